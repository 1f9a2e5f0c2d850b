package client

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// GoldRevealed returns the gold tasks of a finalized chunk and their
// answers, decoded from the calldata of the chunk's finalize transaction:
// the hub's Finalized event says only whether gold was revealed, and only
// the requester's journal (GoldAnswers) knows the answers otherwise. It
// returns nil when the chunk is not finalized, revealed no gold, was
// finalized through another contract (the calldata is then not a direct
// finalize call).
// A finalize never changes, so the answers are cached.
func (c *Client) GoldRevealed(ctx context.Context, chunk uint64) (map[int]uint32, error) {
	ch, ok := c.index.Chunk(chunk)
	if !ok || ch.Outcome == nil || !ch.Outcome.GoldRevealed {
		return nil, nil
	}
	c.goldMu.Lock()
	g, ok := c.goldRevealed[chunk]
	c.goldMu.Unlock()
	if ok {
		return g, nil
	}
	tx, _, err := c.deps.Backend.TransactionByHash(ctx, ch.Outcome.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read the finalize of chunk %d: %w", chunk, err)
	}
	g, err = decodeGold(tx.Data(), int(ch.Record.Size), c.index.Info().LabelBits)
	if err != nil {
		return nil, fmt.Errorf("gold answers of chunk %d: %w", chunk, err)
	}
	c.goldMu.Lock()
	c.goldRevealed[chunk] = g
	c.goldMu.Unlock()
	return g, nil
}

// decodeGold reads the gold mask and answers from finalize calldata.
func decodeGold(data []byte, size int, bits uint8) (map[int]uint32, error) {
	hub, err := hubABI()
	if err != nil {
		return nil, err
	}
	m, ok := hub.Methods["finalize"]
	if !ok || len(data) < 4 || string(data[:4]) != string(m.ID) {
		return nil, nil // not a direct finalize call: gold unknown
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode finalize: %w", err)
	}
	var gold bindings.KappaHubGold
	for i, in := range m.Inputs {
		if in.Name == "gold" {
			if gold, err = convertGold(args[i]); err != nil {
				return nil, err
			}
		}
	}
	if len(gold.Mask) == 0 {
		return nil, nil
	}
	mask, err := protocol.UnpackLabels(gold.Mask, size, bits)
	if err != nil {
		return nil, fmt.Errorf("gold mask: %w", err)
	}
	answers, err := protocol.UnpackLabels(gold.Labels, size, bits)
	if err != nil {
		return nil, fmt.Errorf("gold labels: %w", err)
	}
	out := map[int]uint32{}
	for t := 0; t < size; t++ {
		if mask[t] == 1 {
			out[t] = answers[t]
		}
	}
	return out, nil
}

// convertGold turns the ABI decoder's anonymous struct into the binding's
// type; ConvertType panics on a shape mismatch, which is an error here.
func convertGold(v any) (g bindings.KappaHubGold, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decode finalize: gold argument of type %T", v)
		}
	}()
	return *abi.ConvertType(v, new(bindings.KappaHubGold)).(*bindings.KappaHubGold), nil
}

// hubABI is the hub's ABI, parsed once.
var hubABI = sync.OnceValues(bindings.KappaHubMetaData.ParseABI)
