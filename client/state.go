package client

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
)

// The campaign's on-chain state as the client's event index holds it, for
// read models (reports, exports, the terminal UI) that need more than one
// account's ChunkView. These read what the last Sync brought in: none of
// them waits on the network.

// Hub is the hub contract's address.
func (c *Client) Hub() common.Address { return c.deps.Hub }

// ChainID is the chain the client works on (checked against the node and
// the journal at Open).
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.deps.ChainID) }

// ChunkState is an opened chunk's on-chain state: its record, claims,
// reveals, outcome and resolutions. It reports false for a chunk nobody
// opened yet.
func (c *Client) ChunkState(chunk uint64) (index.Chunk, bool) { return c.index.Chunk(chunk) }

// ChunkStates is every opened chunk's on-chain state, in chunk order.
func (c *Client) ChunkStates() []index.Chunk { return c.index.Chunks() }

// Settlements are the hub's credits and reputation changes in the
// campaign for an account, or for every account when a is the zero
// address.
func (c *Client) Settlements(a common.Address) []index.Settlement { return c.index.Settlements(a) }

// LabelDocument fetches and decodes a label document, as an annotator
// published it with a reveal. It does not check who signed it: the caller
// compares doc.Signer with the revealing seat.
func (c *Client) LabelDocument(ctx context.Context, cid string) (*document.LabelDocument, error) {
	raw, err := c.deps.IPFS.Get(ctx, cid, document.MaxLabelsSize)
	if err != nil {
		return nil, fmt.Errorf("fetch label document %s: %w", cid, err)
	}
	doc, err := document.DecodeLabels(cid, raw)
	if err != nil {
		return nil, err
	}
	return doc, nil
}
