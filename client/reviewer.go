package client

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// SeatLabel is one annotator's revealed label on a task.
type SeatLabel struct {
	Seat       int
	Annotator  common.Address
	Reputation uint64
	Value      uint32
	LabelDoc   string
}

// Dispute is one task of a finalized chunk that reached no quorum.
type Dispute struct {
	Chunk    uint64
	Task     int
	CID      string
	Labels   []SeatLabel // every revealed label, in seat order
	Fee      *big.Int    // what resolving it pays the reviewer
	Eligible bool        // the account may resolve it
	Why      string      // why not, when not eligible
	Deadline uint64      // chain time the dispute window closes
	// Expired: the dispute window closed with the task unresolved. Nobody
	// may rule on it any more; anyone may settle it (SettleExpired), which
	// pays every revealed seat and returns the reviewer fees.
	Expired bool
}

// Disputes lists every open dispute of the campaign, with each revealed
// label and its annotator's reputation, and whether this account may resolve
// it (not the requester; the arbiter, or reputation at the senior threshold;
// and no seat in the chunk).
func (c *Client) Disputes(ctx context.Context) ([]Dispute, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	info := c.index.Info()
	me := c.Address()
	rep, err := c.Reputation(ctx)
	if err != nil {
		return nil, err
	}
	now := c.index.Head().Time
	reps := map[common.Address]uint64{}
	var out []Dispute
	for _, ch := range c.index.Chunks() {
		if !ch.Disputed() {
			continue
		}
		mc, err := c.chunkDoc(ch.ID)
		if err != nil {
			return nil, err
		}
		eligible, why := true, ""
		deadline, expired := disputeDeadline(ch, info.DisputeWindow, now)
		switch {
		case expired:
			eligible, why = false, fmt.Sprintf("the dispute window closed at %s (chain time); anyone may settle it now", time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339))
		case ch.Record.SeatOf(me) >= 0 || annotated(ch, me):
			eligible, why = false, "you annotated this chunk"
		case me == info.Requester:
			eligible, why = false, notTheRequester
		case rep >= uint64(info.SeniorReputation):
		case me == info.Arbiter:
			// Senior reviewers rule first; the arbiter after the review window.
			if from := ch.Record.FinalizedAt + uint64(info.ReviewWindow); now < from {
				eligible, why = false, fmt.Sprintf("senior reviewers rule first: the arbiter may from %s (chain time)", time.Unix(int64(from), 0).UTC().Format(time.RFC3339))
			}
		default:
			eligible, why = false, fmt.Sprintf("reputation %d is below the senior threshold %d", rep, info.SeniorReputation)
		}
		bits := info.LabelBits
		for t := 0; t < int(ch.Record.Size); t++ {
			if ch.Record.Disputes.Bit(t) == 0 {
				continue
			}
			d := Dispute{Chunk: ch.ID, Task: t, CID: mc.Tasks[t], Fee: new(big.Int).Set(info.ReviewerFee), Eligible: eligible, Why: why,
				Deadline: deadline, Expired: expired}
			for seat, rv := range ch.Reveals {
				if rv == nil || ch.Record.Seats[seat].Status != protocol.SeatRevealed {
					continue
				}
				values, err := protocol.UnpackLabels(rv.Labels, int(ch.Record.Size), bits)
				if err != nil {
					return nil, fmt.Errorf("chunk %d seat %d: %w", ch.ID, seat, err)
				}
				r, ok := reps[rv.Annotator]
				if !ok {
					if r, err = c.ReputationOf(ctx, rv.Annotator); err != nil {
						return nil, err
					}
					reps[rv.Annotator] = r
				}
				d.Labels = append(d.Labels, SeatLabel{Seat: seat, Annotator: rv.Annotator, Reputation: r, Value: values[t], LabelDoc: rv.LabelDoc})
			}
			out = append(out, d)
		}
	}
	return out, nil
}

// disputeDeadline is when a disputed chunk's dispute window closes (chain
// time: its finalize plus the campaign's dispute window, as the hub counts
// it) and whether it has closed at chain time now.
func disputeDeadline(ch index.Chunk, window uint32, now uint64) (uint64, bool) {
	if ch.Record.FinalizedAt == 0 {
		return 0, false
	}
	deadline := ch.Record.FinalizedAt + uint64(window)
	return deadline, now > deadline
}

// ExpiredDisputes lists the disputed chunks whose dispute window has
// closed with tasks unresolved, as of a fresh sync: SettleExpired settles
// them.
func (c *Client) ExpiredDisputes(ctx context.Context) ([]uint64, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	now := c.index.Head().Time
	window := c.index.Info().DisputeWindow
	var out []uint64
	for _, ch := range c.index.Chunks() {
		if _, expired := disputeDeadline(ch, window, now); expired && ch.Disputed() {
			out = append(out, ch.ID)
		}
	}
	return out, nil
}

// SettleExpired settles a disputed chunk whose dispute window closed with
// tasks unresolved: every revealed seat is paid the tier reward for each
// such task, the reviewer fees go back to the escrow, and the chunk's lane
// is freed. Anyone may send it; its annotators have the reason to.
func (c *Client) SettleExpired(ctx context.Context, chunk uint64) error {
	_, err := c.withRecord(ctx, journal.KindSettleExpired, chunk, func(ch index.Chunk) ([]byte, error) {
		if !ch.Disputed() {
			return nil, fmt.Errorf("settle chunk %d: it has no open disputes", chunk)
		}
		now, err := c.chainTime(ctx)
		if err != nil {
			return nil, fmt.Errorf("settle chunk %d: %w", chunk, err)
		}
		if deadline, expired := disputeDeadline(ch, c.index.Info().DisputeWindow, now); !expired {
			return nil, fmt.Errorf("settle chunk %d: its dispute window is open until %s (chain time)", chunk, time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339))
		}
		return c.hub.PackSettleExpired(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words()), nil
	})
	return err // already "settle-expired chunk N: ..." from the sender or the builder
}

// notTheRequester is why a requester may not rule on its own campaign's
// disputes (the hub refuses it: its money is at stake in every ruling).
const notTheRequester = "you are the campaign's requester"

// Reviewing is the account's standing as a reviewer of the campaign.
type Reviewing struct {
	// Eligible: the account is the arbiter, or its reputation is at the
	// senior threshold. Why says why not; or, when eligible and every open
	// dispute is in a chunk the account annotated, why none is listed.
	Eligible bool
	Why      string
	// Disputes are the open disputes the account may resolve.
	Disputes []Dispute
	// Earned is the review fees credited to the account in this campaign.
	Earned *big.Int
}

// Review returns the account's standing as a reviewer: the open disputes it
// may resolve, and the fees it earned. Disputes of chunks the account
// annotated are left out: the hub never lets an annotator rule on their own
// chunk.
func (c *Client) Review(ctx context.Context) (Reviewing, error) {
	ds, err := c.Disputes(ctx)
	if err != nil {
		return Reviewing{}, fmt.Errorf("disputes: %w", err)
	}
	rep, err := c.Reputation(ctx)
	if err != nil {
		return Reviewing{}, fmt.Errorf("disputes: %w", err)
	}
	info := c.index.Info()
	rv := Reviewing{Earned: new(big.Int)}
	for _, s := range c.index.Settlements(c.Address()) {
		if s.Reason == index.ReasonReviewFee {
			rv.Earned.Add(rv.Earned, s.Credited)
		}
	}
	me := c.Address()
	rv.Eligible = me != info.Requester && (rep >= uint64(info.SeniorReputation) || me == info.Arbiter)
	switch {
	case me == info.Requester:
		rv.Why = notTheRequester
	case !rv.Eligible:
		rv.Why = fmt.Sprintf("your reputation %d is below the reviewers' threshold %d", rep, info.SeniorReputation)
	}
	skipped := ""
	for _, d := range ds {
		if !d.Eligible {
			skipped = d.Why
			continue
		}
		rv.Disputes = append(rv.Disputes, d)
	}
	if rv.Eligible && len(rv.Disputes) == 0 && skipped != "" {
		rv.Why = "open disputes are in chunks you may not review: " + skipped
	}
	return rv, nil
}

// annotated reports whether a ever held a seat of the chunk (a lapsed seat
// taken over still counts: the rule is "never one of its annotators").
func annotated(ch index.Chunk, a common.Address) bool {
	for _, cl := range ch.Claims {
		if cl.Annotator == a {
			return true
		}
	}
	return false
}

// Resolve settles disputed tasks of one chunk with their final labels (task
// index -> packed label value). The reviewer earns the fee per task;
// annotators who gave the final label are paid.
func (c *Client) Resolve(ctx context.Context, chunk uint64, final map[int]uint32) error {
	if len(final) == 0 {
		return fmt.Errorf("resolve chunk %d: no final labels given", chunk)
	}
	for t, v := range final {
		if err := c.schema.CheckLabel(uint64(v)); err != nil {
			return fmt.Errorf("resolve chunk %d task %d: %w", chunk, t, err)
		}
	}
	// Each ruling is its own action: key it by the tasks it settles, so a
	// second ruling in the same chunk is not mistaken for the first.
	settled := make([]int, 0, len(final))
	for t := range final {
		settled = append(settled, t)
	}
	sort.Ints(settled)
	what := "tasks=" + strings.Trim(strings.Join(strings.Fields(fmt.Sprint(settled)), ","), "[]")
	_, err := c.withRecordAction(ctx, journal.KindResolve, chunk, what, func(ch index.Chunk) ([]byte, error) {
		if !ch.Disputed() {
			return nil, fmt.Errorf("resolve chunk %d: it has no open disputes", chunk)
		}
		if deadline, expired := disputeDeadline(ch, c.index.Info().DisputeWindow, c.index.Head().Time); expired {
			return nil, fmt.Errorf("resolve chunk %d: its dispute window closed at %s (chain time); it can only be settled now", chunk, time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339))
		}
		size := int(ch.Record.Size)
		values := make([]uint32, size)
		mask := new(big.Int)
		tasks := make([]int, 0, len(final))
		for t := range final {
			tasks = append(tasks, t)
		}
		sort.Ints(tasks)
		for _, t := range tasks {
			if t < 0 || t >= size || ch.Record.Disputes.Bit(t) == 0 {
				return nil, fmt.Errorf("resolve chunk %d: task %d is not disputed", chunk, t)
			}
			values[t] = final[t]
			mask.SetBit(mask, t, 1)
		}
		words, err := protocol.PackLabels(values, c.index.Info().LabelBits)
		if err != nil {
			return nil, err
		}
		labels, err := revealedLabels(ch)
		if err != nil {
			return nil, err
		}
		return c.hub.PackResolve(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), labels, mask, words), nil
	})
	if err != nil {
		return err // already "resolve chunk N: ..."
	}
	return nil
}

// TaskOutcome is one task of a finalized chunk from the account's side.
type TaskOutcome struct {
	Task      int
	CID       string
	Mine      uint32 // the account's label
	Accepted  uint32 // the decided label, when Decided
	Decided   bool   // by quorum, gold or a reviewer
	Disputed  bool   // waiting for a reviewer
	Expired   bool   // nobody ruled on it within the dispute window: no label, every revealed seat paid
	Contested bool   // the quorum did not decide it: it went to a reviewer
	Gold      bool   // a gold task (from the requester's journal, else the finalize calldata)
	Matched   bool
}

// Feedback is what a finalized chunk says about the account's labels.
type Feedback struct {
	Chunk       uint64
	Tasks       []TaskOutcome
	Agreed      int // tasks whose decided label the account gave
	Decided     int
	Settlements []index.Settlement // the account's reputation and pay changes, with reasons
}

// Confusions counts (mine, accepted) pairs where they differ.
func (f Feedback) Confusions() map[[2]uint32]int {
	out := map[[2]uint32]int{}
	for _, t := range f.Tasks {
		if t.Decided && !t.Matched {
			out[[2]uint32{t.Mine, t.Accepted}]++
		}
	}
	return out
}

// Feedback compares the account's revealed labels of a finalized chunk with
// the decided ones (quorum at finalize, or a reviewer's resolution).
func (c *Client) Feedback(ctx context.Context, chunk uint64) (*Feedback, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	ch, ok := c.index.Chunk(chunk)
	if !ok || ch.Outcome == nil {
		return nil, fmt.Errorf("feedback chunk %d: not finalized yet", chunk)
	}
	seat := -1
	for i, rv := range ch.Reveals {
		if rv != nil && rv.Annotator == c.Address() {
			seat = i
		}
	}
	if seat < 0 {
		return nil, fmt.Errorf("feedback chunk %d: you revealed no labels in it", chunk)
	}
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return nil, err
	}
	info := c.index.Info()
	size := int(ch.Record.Size)
	mine, err := protocol.UnpackLabels(ch.Reveals[seat].Labels, size, info.LabelBits)
	if err != nil {
		return nil, err
	}
	accepted, err := protocol.UnpackLabels(ch.Outcome.Accepted, size, info.LabelBits)
	if err != nil {
		return nil, err
	}
	gold, _, err := c.GoldAnswers(chunk)
	if err != nil {
		return nil, err
	}
	if gold == nil {
		if gold, err = c.GoldRevealed(ctx, chunk); err != nil {
			return nil, fmt.Errorf("feedback chunk %d: %w", chunk, err)
		}
	}
	fb := &Feedback{Chunk: chunk}
	for t := 0; t < size; t++ {
		o := TaskOutcome{Task: t, CID: mc.Tasks[t], Mine: mine[t]}
		_, o.Gold = gold[t]
		if ch.Outcome.Disputes.Bit(t) == 0 {
			o.Decided, o.Accepted = true, accepted[t]
		} else {
			o.Contested = true
		}
		for _, res := range ch.Resolutions {
			if res.TaskMask.Bit(t) == 1 {
				final, err := protocol.UnpackLabels(res.Labels, size, info.LabelBits)
				if err != nil {
					return nil, err
				}
				o.Decided, o.Accepted = true, final[t]
			}
		}
		o.Expired = ch.Expiry != nil && ch.Expiry.TaskMask.Bit(t) == 1
		o.Disputed = !o.Decided && !o.Expired
		if o.Decided {
			fb.Decided++
			if o.Mine == o.Accepted {
				o.Matched = true
				fb.Agreed++
			}
		}
		fb.Tasks = append(fb.Tasks, o)
	}
	for _, s := range c.index.Settlements(c.Address()) {
		if s.ChunkID == chunk {
			fb.Settlements = append(fb.Settlements, s)
		}
	}
	return fb, nil
}

// FeedbackChunks lists the finalized chunks the account revealed labels
// in, the most recently finalized first: the chunks Feedback answers for.
func (c *Client) FeedbackChunks(ctx context.Context) ([]uint64, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	me := c.Address()
	var chunks []index.Chunk
	for _, ch := range c.index.Chunks() {
		if ch.Outcome == nil {
			continue
		}
		for _, rv := range ch.Reveals {
			if rv != nil && rv.Annotator == me {
				chunks = append(chunks, ch)
				break
			}
		}
	}
	sort.SliceStable(chunks, func(i, j int) bool { return chunks[i].Outcome.Block > chunks[j].Outcome.Block })
	out := make([]uint64, len(chunks))
	for i, ch := range chunks {
		out[i] = ch.ID
	}
	return out, nil
}

// Earnings sums the account's credits in this campaign from its settlements,
// what its open chunks could still pay at most, and its stake.
type Earnings struct {
	Earned  *big.Int // credited in this campaign (consensus, resolutions, review fees)
	Pending *big.Int // at most, from chunks claimed and not finalized
	// Staked is the stake its seats of unfinalized chunks lock now (back
	// at finalize unless slashed).
	Staked *big.Int
	// Slashed is the stake its seats lost in this campaign (lapses, missing
	// reveals, failed gold), burned.
	Slashed *big.Int
}

// Net is what the campaign brought the account: earned less slashed.
func (e Earnings) Net() *big.Int { return new(big.Int).Sub(e.Earned, e.Slashed) }

// Earnings reads the account's earnings in this campaign.
func (c *Client) Earnings(ctx context.Context) (Earnings, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return Earnings{}, err
	}
	e := Earnings{Earned: new(big.Int), Pending: new(big.Int), Staked: new(big.Int), Slashed: new(big.Int)}
	for _, s := range c.index.Settlements(c.Address()) {
		e.Earned.Add(e.Earned, s.Credited)
		if s.Stake != nil && s.Stake.Sign() < 0 {
			e.Slashed.Sub(e.Slashed, s.Stake)
		}
	}
	info := c.index.Info()
	for _, ch := range c.index.Chunks() {
		if ch.Finalized() || ch.Record.SeatOf(c.Address()) < 0 {
			continue
		}
		seat := ch.Record.Seats[ch.Record.SeatOf(c.Address())]
		if seat.Status == protocol.SeatExcluded {
			continue
		}
		p := new(big.Int).Mul(info.Tiers[ch.Record.Tier].Reward, big.NewInt(int64(ch.Record.Size)))
		e.Pending.Add(e.Pending, p)
		e.Staked.Add(e.Staked, protocol.SeatStake(c.Stake(), int(ch.Record.Size)))
	}
	return e, nil
}

// TaskText fetches one task's document (from the cache when possible).
func (c *Client) TaskText(ctx context.Context, cid string) (*document.Task, error) {
	raw, err := c.deps.IPFS.Get(ctx, cid, document.MaxTaskSize)
	if err != nil {
		return nil, err
	}
	return document.DecodeTask(cid, raw)
}
