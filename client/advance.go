package client

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Action is a transaction Advance sends on a chunk for the account.
type Action string

// Actions of Advance, in protocol order.
const (
	ActionCommit   Action = "commit"
	ActionReveal   Action = "reveal"
	ActionFinalize Action = "finalize"
	// ActionSettleExpired settles a disputed chunk whose dispute window
	// closed with tasks unresolved, which pays the account's revealed seat.
	ActionSettleExpired Action = "settle-expired"
)

// Advanced is what Advance did to a chunk and what comes next.
type Advanced struct {
	Chunk uint64
	// Did are the transactions Advance sent, each mined, in order.
	Did []Action
	// Phase is the chunk's phase for the account afterwards.
	Phase Phase
	// Mine reports whether the account holds a seat of the chunk.
	Mine bool
	// Done reports that nothing is left for the account to do on the chunk:
	// it is final for the account, or the account has no part in it.
	Done bool
	// Wait says why the next step is not due yet; when Done, why there
	// was nothing to do if that is not a happy end ("" otherwise).
	Wait string
	// NextAt is the chain time (unix seconds) at which the clock alone makes
	// the next step due; zero when only another transaction on the chunk
	// can (or when Done).
	NextAt uint64
	// RevealFrom is when the chunk's reveal phase opens (chain time), once
	// the account committed; zero before.
	RevealFrom uint64
}

// advanceSteps bounds one Advance: commit, reveal and finalize can all fall
// due in one call (the last commit opens the reveal phase, the last reveal
// may make the chunk final), and a finalize lost to another account's is
// read back once more.
const advanceSteps = 5

// Advance does whatever is due on a chunk for this account, in order, and
// says what it did and when the next step can happen. These are kappa's
// one set of advance rules; the terminal UI (through Driver), kappa submit,
// the devnet's bots and the simulator all go through them:
//
//   - a seat still labeling is committed once every task has a label (the
//     intent to submit is journaled first, see Submit);
//   - a committed seat is revealed once the reveal phase is open (every
//     seat committed, or the claim and commit windows passed);
//   - a revealed seat's chunk is finalized once every seat revealed or the
//     reveal window passed, and, for a chunk with gold tasks, once the
//     requester can pass the gold answers (only its journal has them) or
//     the gold window passed; the requester finalizes every open chunk on
//     the same terms;
//   - a chunk another account finalized first is read back, not retried;
//   - a disputed chunk waits for its reviewers until the dispute window
//     closes; tasks still unresolved then are settled (SettleExpired),
//     which pays the account's revealed seat for them;
//   - a chunk final for the account (finalized, gold missed, lapsed) is
//     done, and its intent to submit is dropped.
//
// Every step reads the chunk from a freshly synced index first, so a
// restart, or a step another process or account took, is never repeated;
// the transactions themselves are journaled before they are sent.
func (c *Client) Advance(ctx context.Context, chunk uint64) (Advanced, error) {
	return c.advance(ctx, chunk, nil)
}

// advance is Advance with a progress hook, called before each step with
// the chunk as it stands and the action about to be sent ("" for none: the
// last call), and after each action that succeeded (with "").
func (c *Client) advance(ctx context.Context, chunk uint64, progress func(Advanced, Action)) (Advanced, error) {
	out := Advanced{Chunk: chunk}
	for range advanceSteps {
		next, err := c.nextStep(ctx, chunk, &out)
		if err != nil {
			return out, err
		}
		if progress != nil {
			progress(out, next)
		}
		if next == "" {
			if out.Done {
				if err := c.forget(chunk); err != nil {
					return out, err
				}
			}
			return out, nil
		}
		if err := c.act(ctx, chunk, next); err != nil {
			// Another account may have finalized or settled first: the
			// next step reads the outcome.
			if _, serr := c.index.Sync(ctx); serr == nil {
				if ch, ok := c.index.Chunk(chunk); ok {
					if (next == ActionFinalize && ch.Finalized()) || (next == ActionSettleExpired && !ch.Disputed()) {
						continue
					}
				}
			}
			return out, err
		}
		out.Did = append(out.Did, next)
		if progress != nil {
			progress(out, "")
		}
	}
	return out, nil
}

// act sends one action.
func (c *Client) act(ctx context.Context, chunk uint64, a Action) error {
	switch a {
	case ActionCommit:
		if err := c.putIntent(chunk); err != nil {
			return err
		}
		return c.Commit(ctx, chunk)
	case ActionReveal:
		return c.Reveal(ctx, chunk)
	case ActionFinalize:
		return c.Finalize(ctx, chunk)
	case ActionSettleExpired:
		return c.SettleExpired(ctx, chunk)
	}
	return fmt.Errorf("chunk %d: unknown action %q", chunk, a)
}

// nextStep reads the chunk from a synced index into out and returns the
// action due now, or "" with out saying why not (Wait, NextAt) or that the
// chunk is done.
func (c *Client) nextStep(ctx context.Context, chunk uint64, out *Advanced) (Action, error) {
	v, err := c.Chunk(ctx, chunk)
	if err != nil {
		return "", err
	}
	ch, _ := c.index.Chunk(chunk)
	info := c.index.Info()
	now := c.index.Head().Time
	out.Phase, out.Mine, out.Done, out.Wait, out.NextAt = v.Phase, v.Mine(), false, "", 0
	switch v.Phase {
	case PhaseLabeling:
		if v.Labeled < v.Size {
			out.Wait = fmt.Sprintf("%d of %d tasks labeled", v.Labeled, v.Size)
			return "", nil
		}
		return ActionCommit, nil
	case PhaseCommitted:
		due, from := revealDue(ch.Record, info, now)
		out.RevealFrom = from
		if !due {
			out.Wait = "the reveal phase opens at " + time.Unix(int64(from), 0).UTC().Format(time.RFC3339) + " or when every seat has committed"
			out.NextAt = from
			return "", nil
		}
		return ActionReveal, nil
	case PhaseRevealed:
		out.RevealFrom, _ = revealPhase(ch.Record, info)
		return c.finalizeStep(chunk, now, out)
	case PhaseDisputed:
		deadline, expired := disputeDeadline(ch, info.DisputeWindow, now)
		if expired {
			return ActionSettleExpired, nil
		}
		out.Wait = "disputed: reviewers have until " + time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339) +
			"; tasks still unresolved then pay every revealed seat"
		out.NextAt = deadline + 1
		return "", nil
	case PhaseFinalized, PhaseGoldMissed:
		out.Done = true
		return "", nil
	case PhaseLapsed:
		out.Done, out.Wait = true, fmt.Sprintf("chunk %d: your seat lapsed (a window closed before you acted)", chunk)
		return "", nil
	}
	// Not a seat of the account: only the requester has a part, the
	// finalize that passes the gold answers, and settling disputes left
	// unresolved, which returns their reviewer fees to the escrow.
	if v.Opened && info.Requester == c.Address() {
		if ch.Disputed() {
			deadline, expired := disputeDeadline(ch, info.DisputeWindow, now)
			if expired {
				return ActionSettleExpired, nil
			}
			out.Wait, out.NextAt = "disputed: reviewers have until "+time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339), deadline+1
			return "", nil
		}
		return c.finalizeStep(chunk, now, out)
	}
	out.Done, out.Wait = true, fmt.Sprintf("chunk %d is %s for you: nothing to submit", chunk, v.Phase)
	return "", nil
}

// finalizeStep returns ActionFinalize when the chunk may be finalized now.
func (c *Client) finalizeStep(chunk, now uint64, out *Advanced) (Action, error) {
	due, why, at, err := c.finalizeDue(chunk, now)
	if err != nil {
		return "", err
	}
	if due {
		return ActionFinalize, nil
	}
	if at == 0 { // not open: finalized (by anyone) or never opened
		out.Done = true
		return "", nil
	}
	out.Wait, out.NextAt = why, at
	return "", nil
}

// The intent to submit a chunk is a journal state record, so that a
// restarted client (whichever: the terminal UI, kappa submit, a bot)
// resumes the submission. intentPrefix + campaign key + "/" + chunk; the
// terminal UI wrote legacyIntentPrefix before the rules moved here.
const (
	intentPrefix       = "client/submit/"
	legacyIntentPrefix = "tuiclient/submit/"
)

func (c *Client) intentKeys(chunk uint64) []string {
	suffix := c.key.Hex() + "/" + strconv.FormatUint(chunk, 10)
	return []string{intentPrefix + suffix, legacyIntentPrefix + suffix}
}

// Submit records the intent to submit a chunk whose every task is labeled:
// Advance (directly, or through a Driver) then commits, reveals and
// finalizes it, and a restarted client resumes it. Labels are final once
// it is committed. Submitting twice is harmless.
func (c *Client) Submit(chunk uint64) error {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	labels, err := c.deps.Journal.Labels(c.key, chunk)
	if err != nil {
		return fmt.Errorf("submit chunk %d: %w", chunk, err)
	}
	if len(labels) < len(mc.Tasks) {
		return fmt.Errorf("submit chunk %d: %d of %d tasks labeled", chunk, len(labels), len(mc.Tasks))
	}
	return c.putIntent(chunk)
}

func (c *Client) putIntent(chunk uint64) error {
	if err := c.deps.Journal.PutState(c.intentKeys(chunk)[0], []byte("submit")); err != nil {
		return fmt.Errorf("submit chunk %d: record the intent: %w", chunk, err)
	}
	return nil
}

// forget drops the intent once the chunk is done for the account.
func (c *Client) forget(chunk uint64) error {
	for _, k := range c.intentKeys(chunk) {
		if err := c.deps.Journal.DeleteState(k); err != nil {
			return fmt.Errorf("chunk %d: drop the intent to submit: %w", chunk, err)
		}
	}
	return nil
}

// Submitted lists the chunks whose intent to submit is recorded, in order.
func (c *Client) Submitted() ([]uint64, error) {
	seen := map[uint64]bool{}
	var out []uint64
	for _, p := range []string{intentPrefix, legacyIntentPrefix} {
		prefix := p + c.key.Hex() + "/"
		keys, err := c.deps.Journal.StateKeys(prefix)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			id, err := strconv.ParseUint(strings.TrimPrefix(k, prefix), 10, 64)
			if err == nil && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// PendingOptions say what Pending lists besides the submitted chunks and
// the account's committed or revealed ones.
type PendingOptions struct {
	// Labeling adds the account's chunks still being labeled (kappa
	// submit commits those whose every task has a label).
	Labeling bool
	// Finalize adds every chunk in a lane: the requester's part, whose
	// finalize passes the gold answers, and which settles disputes left
	// unresolved past the dispute window (their fees return to the escrow).
	Finalize bool
}

// Pending lists, in order, the chunks Advance may have work on for the
// account: those submitted (Submit), those where the account committed or
// revealed and nothing is final yet, and what opts add. A restarted
// client resumes exactly these.
func (c *Client) Pending(ctx context.Context, opts PendingOptions) ([]uint64, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	ids, err := c.Submitted()
	if err != nil {
		return nil, err
	}
	seen := map[uint64]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	for _, ch := range c.index.Chunks() {
		if !seen[ch.ID] && c.pending(ch, opts) {
			seen[ch.ID] = true
			ids = append(ids, ch.ID)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}

// pending reports whether Advance may have work on an opened chunk for the
// account, submitted or not: a disputed chunk the account revealed is
// settled if its dispute window closes with tasks unresolved.
func (c *Client) pending(ch index.Chunk, opts PendingOptions) bool {
	seat := ch.Record.SeatOf(c.Address())
	if seat >= 0 && ch.Disputed() && ch.Record.Seats[seat].Status == protocol.SeatRevealed {
		return true
	}
	if seat >= 0 && !ch.Finalized() {
		switch ch.Record.Seats[seat].Status {
		case protocol.SeatCommitted, protocol.SeatRevealed:
			return true
		case protocol.SeatClaimed:
			return opts.Labeling
		}
	}
	return opts.Finalize && ch.InLane
}
