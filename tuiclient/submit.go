package tuiclient

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Submit records the intent to submit a fully labeled chunk and starts its
// background submitter. A second call while one runs does nothing.
func (b *Backend) Submit(ctx context.Context, chunk uint64) error {
	if b.ctx.Err() != nil {
		return errClosed
	}
	ids, err := b.taskIDs(chunk)
	if err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	if b.opts.Journal != nil {
		labels, err := b.opts.Journal.Labels(b.key, chunk)
		if err != nil {
			return fmt.Errorf("submit chunk %d: %w", chunk, err)
		}
		if len(labels) < len(ids) {
			return fmt.Errorf("submit chunk %d: %d of %d tasks labeled", chunk, len(labels), len(ids))
		}
		if err := b.opts.Journal.PutState(fmt.Sprintf("%s%d", b.submitPrefix(), chunk), []byte("submit")); err != nil {
			return fmt.Errorf("submit chunk %d: record the intent: %w", chunk, err)
		}
	}
	b.startSubmitter(chunk)
	return nil
}

// startSubmitter starts the chunk's submitter unless one runs already.
func (b *Backend) startSubmitter(chunk uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if s, ok := b.subs[chunk]; ok && s.Phase != backend.Failed {
		return
	} else if ok {
		return // a failed submitter keeps retrying on its own
	}
	if b.ctx.Err() != nil {
		return
	}
	b.subs[chunk] = &backend.Submission{Chunk: chunk, Phase: backend.Labeling}
	b.wg.Add(1)
	go b.submit(chunk)
}

// update changes the chunk's submission under the lock.
func (b *Backend) update(chunk uint64, f func(s *backend.Submission)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if s, ok := b.subs[chunk]; ok {
		f(s)
	}
}

// submit drives one chunk from labeled to finalized: commit, wait for the
// reveal phase, reveal, wait until the chunk may be finalized and finalize
// it (anyone may), until the chunk is tallied. Each step reads the chunk's
// state from the index first, so a restart or a step another account took
// (a finalize) is never repeated. A failed step is retried with backoff.
func (b *Backend) submit(chunk uint64) {
	defer b.wg.Done()
	backoff := b.opts.Retry
	for {
		done, wait, err := b.step(chunk)
		if done {
			b.forget(chunk)
			return
		}
		if err != nil {
			b.update(chunk, func(s *backend.Submission) {
				s.Err = err.Error()
				if s.Phase == backend.Committing || s.Phase == backend.Revealing || s.Phase == backend.Labeling {
					s.Phase = backend.Failed
				}
			})
			wait = backoff
			if backoff *= 2; backoff > b.opts.MaxRetry {
				backoff = b.opts.MaxRetry
			}
		} else {
			backoff = b.opts.Retry
		}
		select {
		case <-b.ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// forget drops the journal's record of the intent once the chunk is final.
func (b *Backend) forget(chunk uint64) {
	if b.opts.Journal != nil {
		_ = b.opts.Journal.DeleteState(fmt.Sprintf("%s%d", b.submitPrefix(), chunk))
	}
}

// step takes the next step of a chunk's submission. It returns done once the
// chunk is final (or can no longer move for this account), or how long to
// wait before the next step.
func (b *Backend) step(chunk uint64) (done bool, wait time.Duration, err error) {
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	phase, err := b.phase(ctx, chunk)
	if err != nil {
		return false, 0, err
	}
	switch phase {
	case client.PhaseLabeling:
		b.update(chunk, func(s *backend.Submission) { s.Phase = backend.Committing })
		if err := b.c.Commit(ctx, chunk); err != nil {
			return false, 0, err
		}
		b.update(chunk, func(s *backend.Submission) {
			s.Phase, s.Err = backend.Committed, ""
			s.CommitTx = b.txHash(journal.KindCommit, chunk)
		})
		return false, 0, nil
	case client.PhaseCommitted:
		due, from, err := b.c.RevealDue(ctx, chunk)
		if err != nil {
			return false, 0, err
		}
		b.update(chunk, func(s *backend.Submission) {
			s.Phase, s.RevealAt = backend.Committed, chainTime(from)
			if s.CommitTx == "" {
				s.CommitTx = b.txHash(journal.KindCommit, chunk)
			}
		})
		if !due {
			return false, b.opts.Poll, nil
		}
		b.update(chunk, func(s *backend.Submission) { s.Phase = backend.Revealing })
		if err := b.c.Reveal(ctx, chunk); err != nil {
			return false, 0, err
		}
		b.update(chunk, func(s *backend.Submission) {
			s.Phase, s.Err = backend.Revealed, ""
			s.RevealTx = b.txHash(journal.KindReveal, chunk)
		})
		return false, 0, nil
	case client.PhaseRevealed:
		b.update(chunk, func(s *backend.Submission) {
			s.Phase = backend.Revealed
			if s.CommitTx == "" {
				s.CommitTx = b.txHash(journal.KindCommit, chunk)
			}
			if s.RevealTx == "" {
				s.RevealTx = b.txHash(journal.KindReveal, chunk)
			}
		})
		due, _, err := b.c.FinalizeDue(ctx, chunk)
		if err != nil {
			return false, 0, err
		}
		if !due {
			return false, b.opts.Poll, nil
		}
		if err := b.c.Finalize(ctx, chunk); err != nil {
			// Another account may have finalized first: the next step
			// reads the outcome.
			if p, perr := b.phase(ctx, chunk); perr == nil && p != client.PhaseRevealed {
				return false, 0, nil
			}
			return false, 0, fmt.Errorf("finalize chunk %d: %w", chunk, err)
		}
		return false, 0, nil
	case client.PhaseFinalized, client.PhaseDisputed:
		b.update(chunk, func(s *backend.Submission) {
			s.Phase, s.Err = backend.Finalized, ""
			if phase == client.PhaseDisputed {
				s.Phase = backend.Disputed
			}
		})
		return true, 0, nil
	case client.PhaseLapsed:
		if ch, ok := b.c.Index().Chunk(chunk); ok && ch.Finalized() && b.revealed(ch.Reveals) {
			// Excluded at finalize (a missed gold task): the submission
			// itself went through; Feedback says why nothing was paid.
			b.update(chunk, func(s *backend.Submission) {
				s.Phase, s.Err = backend.Finalized, ""
				if ch.Disputed() {
					s.Phase = backend.Disputed
				}
			})
			return true, 0, nil
		}
		b.update(chunk, func(s *backend.Submission) {
			s.Phase, s.Err = backend.Failed, fmt.Sprintf("chunk %d: your seat lapsed (a window closed before you acted)", chunk)
		})
		return true, 0, nil
	}
	b.update(chunk, func(s *backend.Submission) {
		s.Phase, s.Err = backend.Failed, fmt.Sprintf("chunk %d is %s for you: nothing to submit", chunk, phase)
	})
	return true, 0, nil
}

// revealed reports whether the account is among a chunk's revealers.
func (b *Backend) revealed(reveals []*index.Reveal) bool {
	for _, rv := range reveals {
		if rv != nil && rv.Annotator == b.c.Address() {
			return true
		}
	}
	return false
}

// phase reads the chunk's phase for the account from a synced index.
func (b *Backend) phase(ctx context.Context, chunk uint64) (client.Phase, error) {
	views, err := b.c.Chunks(ctx)
	if err != nil {
		return "", err
	}
	for _, v := range views {
		if v.ID == chunk {
			return v.Phase, nil
		}
	}
	return "", fmt.Errorf("chunk %d is not in the campaign's manifest", chunk)
}

// txHash finds the account's last transaction of a kind on a chunk in the
// journal, or "".
func (b *Backend) txHash(kind journal.Kind, chunk uint64) string {
	if b.opts.Journal == nil {
		return ""
	}
	me := b.c.Address()
	ins, err := b.opts.Journal.Intents(func(in journal.Intent) bool {
		return in.Kind == kind && in.Chunk == chunk && in.Campaign == b.key && in.From == me
	})
	if err != nil || len(ins) == 0 {
		return ""
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].ID < ins[j].ID })
	for k := len(ins) - 1; k >= 0; k-- {
		if ins[k].State == journal.StateMined {
			return ins[k].Hash.Hex()
		}
	}
	return ins[len(ins)-1].Hash.Hex()
}

// sortSubmissions orders submissions by chunk.
func sortSubmissions(s []backend.Submission) {
	sort.Slice(s, func(i, j int) bool { return s[i].Chunk < s[j].Chunk })
}
