package tuiclient

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// txReader is the part of a node client that reads a transaction by hash
// (ethclient has it; bind.ContractBackend does not).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// goldTasks returns the gold tasks of a finalized chunk and their answers.
// The hub's Finalized event says only whether gold was revealed; the mask
// and answers are in the finalize call's calldata, so they are decoded from
// the transaction. Only the requester's journal knows them before. The
// result is cached: a finalize never changes. Without a node that serves
// transactions, or for a finalize sent through another contract, it returns
// nil and the screens show no gold results.
func (b *Backend) goldTasks(ctx context.Context, ch index.Chunk) (map[int]uint32, error) {
	if ch.Outcome == nil || !ch.Outcome.GoldRevealed {
		return nil, nil
	}
	b.mu.Lock()
	g, ok := b.gold[ch.ID]
	b.mu.Unlock()
	if ok {
		return g, nil
	}
	r, ok := b.opts.Chain.(txReader)
	if !ok {
		return nil, nil
	}
	tx, _, err := r.TransactionByHash(ctx, ch.Outcome.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read the finalize of chunk %d: %w", ch.ID, err)
	}
	g, err = decodeGold(tx, ch, b.c.Info().LabelBits)
	if err != nil {
		return nil, fmt.Errorf("gold answers of chunk %d: %w", ch.ID, err)
	}
	b.mu.Lock()
	b.gold[ch.ID] = g
	b.mu.Unlock()
	return g, nil
}

// decodeGold reads the gold mask and answers from a finalize transaction.
func decodeGold(tx *types.Transaction, ch index.Chunk, bits uint8) (map[int]uint32, error) {
	data := tx.Data()
	hub, err := bindings.KappaHubMetaData.ParseABI()
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
	size := int(ch.Record.Size)
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
