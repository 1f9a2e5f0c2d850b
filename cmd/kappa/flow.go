package main

// Helpers shared by the campaign flow commands (campaign.go, chunk.go,
// review.go, account.go): the --campaign flag, argument parsing and reads
// of the hub. Token amounts are parsed and shown by client/token; the
// token's symbol and decimals come from (*client.Client).TokenInfo, or
// client.ReadToken without a campaign.

import (
	"context"
	"fmt"
	"strconv"

	"github.com/kappa-dev/kappa/client"
)

// parseChunkID parses a chunk id argument.
func parseChunkID(s string) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("chunk id %q: want a whole number (kappa chunks lists them)", s)
	}
	return n, nil
}

// checkChunk fails with a clear error when chunk is not in the campaign's
// manifest, before any transaction is prepared.
func checkChunk(c *client.Client, chunk uint64) error {
	m, _ := c.Manifest()
	if _, ok := m.Chunk(chunk); !ok {
		return fmt.Errorf("chunk %d is not in campaign %s (it has chunks 0..%d)", chunk, c.Campaign(), len(m.Chunks)-1)
	}
	return nil
}

// chunkView returns the account's view of one chunk.
func chunkView(ctx context.Context, c *client.Client, chunk uint64) (client.ChunkView, error) {
	if err := checkChunk(c, chunk); err != nil {
		return client.ChunkView{}, err
	}
	return c.Chunk(ctx, chunk)
}
