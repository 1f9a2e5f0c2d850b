package clientbackend

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Submit records the intent to submit a fully labeled chunk and hands it to
// the client's driver, which commits, reveals and finalizes it in the
// background (client.Advance). A second call does nothing more.
func (b *Backend) Submit(ctx context.Context, chunk uint64) error {
	if b.ctx.Err() != nil {
		return errClosed
	}
	if _, err := b.taskIDs(chunk); err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	return b.drv.Submit(chunk)
}

// submissionPhases is the client's phase of a submitted chunk as the UI
// names it: one row per phase.
var submissionPhases = map[client.Phase]backend.Phase{
	"":                     backend.Labeling, // not read yet: the first step is on its way
	client.PhaseLabeling:   backend.Labeling,
	client.PhaseCommitted:  backend.Committed,
	client.PhaseRevealed:   backend.Revealed,
	client.PhaseFinalized:  backend.Finalized,
	client.PhaseDisputed:   backend.Disputed,
	client.PhaseGoldMissed: backend.GoldMissed,
	client.PhaseLapsed:     backend.Lapsed,
}

// sendingPhases is the transaction the driver is sending, as the UI names it.
var sendingPhases = map[client.Action]backend.Phase{
	client.ActionCommit: backend.Committing,
	client.ActionReveal: backend.Revealing,
}

// submissionOf maps the driver's status of a chunk to the UI's: the
// transaction being sent (failed, when it failed), else the chunk's phase;
// a chunk that is no submission of the user's (claimable, closed, locked)
// is a failed one. When a chunk ends unhappily the driver says why.
func submissionOf(st client.ChunkStatus) backend.Submission {
	s := backend.Submission{
		Chunk: st.Chunk, Err: st.Err,
		CommitTx: txHex(st.CommitTx), RevealTx: txHex(st.RevealTx), RevealAt: chainTime(st.RevealFrom),
	}
	sending, isSending := sendingPhases[st.Doing]
	phase, isPhase := submissionPhases[st.Phase]
	switch {
	case isSending && st.Err != "":
		s.Phase = backend.Failed
	case isSending:
		s.Phase = sending
	case isPhase:
		s.Phase = phase
	default:
		s.Phase = backend.Failed
	}
	if st.Done && st.Wait != "" { // an unhappy end: the driver says why
		s.Err = st.Wait
	}
	return s
}

func txHex(h common.Hash) string {
	if h == (common.Hash{}) {
		return ""
	}
	return h.Hex()
}
