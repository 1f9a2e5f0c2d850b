package clientbackend

import (
	"context"

	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/readmodel"
)

// goldTasks returns the gold tasks of a finalized chunk and their answers,
// decoded from the finalize call's calldata by readmodel.FinalizedGold
// (the pilot screen reads them the same way, through readmodel.Pilot).
// The result is cached: a finalize never changes. Without a node that
// serves transactions, or for a finalize sent through another contract, it
// returns nil and the screens show no gold results.
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
	r, ok := b.opts.Chain.(readmodel.TxReader)
	if !ok {
		return nil, nil
	}
	g, err := readmodel.FinalizedGold(ctx, r, ch, b.c.Info().LabelBits)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.gold[ch.ID] = g
	b.mu.Unlock()
	return g, nil
}
