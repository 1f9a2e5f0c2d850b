package fake

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/kappa-dev/kappa/tui/backend"
)

// Base is the fixed "now" of the sample campaign; deadlines are relative to
// it so that views are identical on every run.
var Base = time.Date(2026, 1, 2, 15, 4, 0, 0, time.UTC)

// Token is the sample token: 18 decimals like most ERC-20s.
var Token = backend.Token{Symbol: "KAP", Decimals: 18}

// milli returns n thousandths of a token in base units.
func milli(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000_000_000))
}

// Call is one recorded backend call.
type Call struct {
	Method string
	Args   string
}

// String renders the call as Method(args).
func (c Call) String() string { return c.Method + "(" + c.Args + ")" }

// ErrInjected is the default error of an injected failure.
var ErrInjected = errors.New("injected failure")

// Option configures the fake.
type Option func(*Backend)

// WithLatency delays every call by d (honouring ctx cancellation).
func WithLatency(d time.Duration) Option { return func(b *Backend) { b.latency = d } }

// WithKind switches the sample schema to multi-label topics.
func WithKind(k backend.Kind) Option { return func(b *Backend) { b.kind = k } }

// WithTasks replaces the sample chunks by n generated tasks cut into chunks
// of size tasks; the first chunk is assigned, the rest claimable. Used for
// benchmarks on large campaigns.
func WithTasks(n, size int) Option { return func(b *Backend) { b.genTasks, b.genSize = n, size } }

// WithNothingAssigned makes every chunk claimable: the user has not claimed
// anything yet (a newcomer's first start).
func WithNothingAssigned() Option { return func(b *Backend) { b.noAssign = true } }

// WithSeatsAssigned makes the campaign one whose seats the hub draws: Work
// gives the first claimable chunk the user's reputation allows, and Claim
// is refused.
func WithSeatsAssigned() Option { return func(b *Backend) { b.seatsAssigned = true } }

// WithoutReviewRights makes the user ineligible to review, for the reason
// given (as the contract would explain it).
func WithoutReviewRights(reason string) Option {
	return func(b *Backend) { b.noReview = reason }
}

type chunk struct {
	info  backend.Chunk
	tasks []backend.Task
}

// Backend is the in-memory fake. The zero value is not usable; call New.
type Backend struct {
	mu       sync.Mutex
	latency  time.Duration
	kind     backend.Kind
	genTasks int
	genSize  int
	noAssign bool
	// seatsAssigned: the campaign's seats are drawn (WithSeatsAssigned)
	seatsAssigned bool
	noReview      string
	fail          map[string]error
	calls         []Call

	campaign  backend.Campaign
	schema    backend.Schema
	status    backend.Status
	chunks    []*chunk
	subs      map[uint64]*backend.Submission
	feedback  []backend.ChunkFeedback
	review    backend.Review
	pilot     backend.PilotReport
	wallet    backend.Wallet
	txCounter int
}

// New returns a fake with the sample campaign.
func New(opts ...Option) *Backend {
	b := &Backend{fail: map[string]error{}, subs: map[uint64]*backend.Submission{}}
	for _, o := range opts {
		o(b)
	}
	b.seed()
	return b
}

// Fail makes every later call of method fail with err (ErrInjected when err
// is nil) until Heal(method). The call is still recorded.
func (b *Backend) Fail(method string, err error) {
	if err == nil {
		err = ErrInjected
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fail[method] = err
}

// Heal clears an injected failure.
func (b *Backend) Heal(method string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.fail, method)
}

// SetLatency changes the delay of later calls.
func (b *Backend) SetLatency(d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.latency = d
}

// SetConn sets the connection states reported by Status.
func (b *Backend) SetConn(chain, ipfs backend.Conn) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.status.Chain, b.status.IPFS = chain, ipfs
}

// Calls returns the calls recorded so far, in order.
func (b *Backend) Calls() []Call {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Call(nil), b.calls...)
}

// CallsTo returns the recorded calls of one method.
func (b *Backend) CallsTo(method string) []Call {
	var out []Call
	for _, c := range b.Calls() {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// ResetCalls forgets the recorded calls.
func (b *Backend) ResetCalls() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls = nil
}

// enter records the call, waits the latency outside the lock and returns
// an injected error if any. It returns with the lock held on success.
func (b *Backend) enter(ctx context.Context, method, args string) error {
	b.mu.Lock()
	b.calls = append(b.calls, Call{method, args})
	lat, err := b.latency, b.fail[method]
	b.mu.Unlock()
	if lat > 0 {
		t := time.NewTimer(lat)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w", method, ctx.Err())
		case <-t.C:
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", strings.ToLower(method), err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	b.mu.Lock()
	return nil
}

func cp(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}

// Campaign implements backend.Backend.
func (b *Backend) Campaign(ctx context.Context) (backend.Campaign, error) {
	if err := b.enter(ctx, "Campaign", ""); err != nil {
		return backend.Campaign{}, err
	}
	defer b.mu.Unlock()
	return b.campaign, nil
}

// Schema implements backend.Backend.
func (b *Backend) Schema(ctx context.Context) (backend.Schema, error) {
	if err := b.enter(ctx, "Schema", ""); err != nil {
		return backend.Schema{}, err
	}
	defer b.mu.Unlock()
	s := b.schema
	s.Labels = append([]backend.Label(nil), s.Labels...)
	s.Tiers = append([]backend.Tier(nil), s.Tiers...)
	for i := range s.Tiers {
		s.Tiers[i].Reward = cp(s.Tiers[i].Reward)
	}
	return s, nil
}

// Status implements backend.Backend. Each call moves every submitted chunk
// one phase forward, so a test or the preview sees the whole pipeline.
func (b *Backend) Status(ctx context.Context) (backend.Status, error) {
	if err := b.enter(ctx, "Status", ""); err != nil {
		return backend.Status{}, err
	}
	defer b.mu.Unlock()
	b.advance()
	s := b.status
	s.Pending, s.Paid = cp(b.wallet.Pending), cp(b.status.Paid)
	s.Submissions = nil
	for _, c := range b.chunks {
		if sub, ok := b.subs[c.info.ID]; ok {
			s.Submissions = append(s.Submissions, *sub)
		}
	}
	return s, nil
}

// Chunks implements backend.Backend.
func (b *Backend) Chunks(ctx context.Context) ([]backend.Chunk, error) {
	if err := b.enter(ctx, "Chunks", ""); err != nil {
		return nil, err
	}
	defer b.mu.Unlock()
	out := make([]backend.Chunk, 0, len(b.chunks))
	for _, c := range b.chunks {
		out = append(out, b.chunkInfo(c))
	}
	return out, nil
}

func (b *Backend) chunkInfo(c *chunk) backend.Chunk {
	ci := c.info
	ci.Reward = cp(ci.Reward)
	ci.Labeled = 0
	for _, t := range c.tasks {
		if t.Given != nil {
			ci.Labeled++
		}
	}
	ci.Eligible = b.status.Reputation >= ci.MinReputation
	return ci
}

func (b *Backend) find(id uint64) (*chunk, error) {
	for _, c := range b.chunks {
		if c.info.ID == id {
			return c, nil
		}
	}
	return nil, fmt.Errorf("chunk %d: not in this campaign", id)
}

// Claim implements backend.Backend.
func (b *Backend) Claim(ctx context.Context, id uint64) (backend.Chunk, error) {
	if err := b.enter(ctx, "Claim", fmt.Sprint(id)); err != nil {
		return backend.Chunk{}, err
	}
	defer b.mu.Unlock()
	c, err := b.find(id)
	if err != nil {
		return backend.Chunk{}, fmt.Errorf("claim: %w", err)
	}
	if b.campaign.SeatsAssigned {
		return backend.Chunk{}, fmt.Errorf("claim chunk %d: this campaign's seats are assigned by the hub's draw: ask for work instead", id)
	}
	if c.info.State != backend.ChunkClaimable {
		return backend.Chunk{}, fmt.Errorf("claim chunk %d: already %s", id, c.info.State)
	}
	if b.status.Reputation < c.info.MinReputation {
		return backend.Chunk{}, fmt.Errorf("claim chunk %d: reputation %d below the %s tier's %d", id, b.status.Reputation, c.info.Tier, c.info.MinReputation)
	}
	return b.take(c, "claim"), nil
}

// take gives the user a seat of c, recording the transaction kind. Callers
// hold b.mu.
func (b *Backend) take(c *chunk, kind string) backend.Chunk {
	c.info.State = backend.ChunkAssigned
	c.info.CommitBy = Base.Add(6 * time.Hour)
	c.info.RevealBy = Base.Add(12 * time.Hour)
	b.addTx(kind, nil)
	return b.chunkInfo(c)
}

// Work implements backend.Backend: the "draw" is the first claimable chunk
// the user's reputation allows.
func (b *Backend) Work(ctx context.Context) (backend.Chunk, error) {
	if err := b.enter(ctx, "Work", ""); err != nil {
		return backend.Chunk{}, err
	}
	defer b.mu.Unlock()
	if !b.campaign.SeatsAssigned {
		return backend.Chunk{}, errors.New("ask for a seat: this campaign lets annotators pick chunks (claim one instead)")
	}
	for _, c := range b.chunks {
		if c.info.State == backend.ChunkClaimable && b.status.Reputation >= c.info.MinReputation {
			return b.take(c, "assign"), nil
		}
	}
	return backend.Chunk{}, errors.New("ask for a seat: no free seat in any lane; the bond is back: ask again after a chunk finalizes")
}

// Tasks implements backend.Backend.
func (b *Backend) Tasks(ctx context.Context, id uint64) ([]backend.Task, error) {
	if err := b.enter(ctx, "Tasks", fmt.Sprint(id)); err != nil {
		return nil, err
	}
	defer b.mu.Unlock()
	c, err := b.find(id)
	if err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	if c.info.State == backend.ChunkClaimable {
		return nil, fmt.Errorf("tasks of chunk %d: not claimed", id)
	}
	out := make([]backend.Task, len(c.tasks))
	copy(out, c.tasks)
	for i := range out {
		out[i].Given = append([]string(nil), out[i].Given...)
		if c.tasks[i].Given == nil {
			out[i].Given = nil
		}
	}
	return out, nil
}

func (b *Backend) task(chunkID uint64, task string, op string) (*chunk, int, error) {
	c, err := b.find(chunkID)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	if c.info.State != backend.ChunkAssigned || b.subs[chunkID] != nil {
		return nil, 0, fmt.Errorf("%s: chunk %d is %s, labels are final", op, chunkID, c.info.State)
	}
	for i := range c.tasks {
		if c.tasks[i].ID == task {
			return c, i, nil
		}
	}
	return nil, 0, fmt.Errorf("%s: task %s is not in chunk %d", op, task, chunkID)
}

// SaveLabel implements backend.Backend.
func (b *Backend) SaveLabel(ctx context.Context, l backend.GivenLabel) error {
	if err := b.enter(ctx, "SaveLabel", fmt.Sprintf("%d, %s, %s, %s", l.Chunk, l.Task, strings.Join(l.Labels, "+"), l.Spent)); err != nil {
		return err
	}
	defer b.mu.Unlock()
	c, i, err := b.task(l.Chunk, l.Task, "save label")
	if err != nil {
		return err
	}
	if len(l.Labels) == 0 || (b.schema.Kind == backend.Single && len(l.Labels) != 1) {
		return fmt.Errorf("save label: task %s: %d labels for a %s-label schema", l.Task, len(l.Labels), b.schema.Kind)
	}
	for _, id := range l.Labels {
		if !b.knownLabel(id) {
			return fmt.Errorf("save label: task %s: unknown label %q", l.Task, id)
		}
	}
	c.tasks[i].Given = append([]string(nil), l.Labels...)
	return nil
}

func (b *Backend) knownLabel(id string) bool {
	for _, l := range b.schema.Labels {
		if l.ID == id {
			return true
		}
	}
	return false
}

// ClearLabel implements backend.Backend.
func (b *Backend) ClearLabel(ctx context.Context, chunkID uint64, task string) error {
	if err := b.enter(ctx, "ClearLabel", fmt.Sprintf("%d, %s", chunkID, task)); err != nil {
		return err
	}
	defer b.mu.Unlock()
	c, i, err := b.task(chunkID, task, "clear label")
	if err != nil {
		return err
	}
	c.tasks[i].Given = nil
	return nil
}

// Submit implements backend.Backend.
func (b *Backend) Submit(ctx context.Context, id uint64) error {
	if err := b.enter(ctx, "Submit", fmt.Sprint(id)); err != nil {
		return err
	}
	defer b.mu.Unlock()
	c, err := b.find(id)
	if err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	if b.subs[id] != nil {
		return nil
	}
	for _, t := range c.tasks {
		if t.Given == nil {
			return fmt.Errorf("submit chunk %d: task %s is not labeled", id, t.ID)
		}
	}
	b.subs[id] = &backend.Submission{Chunk: id, Phase: backend.Committing, RevealAt: Base.Add(10 * time.Minute)}
	return nil
}

// advance moves every submission one phase on; called with the lock held.
func (b *Backend) advance() {
	for _, c := range b.chunks {
		s := b.subs[c.info.ID]
		if s == nil {
			continue
		}
		switch s.Phase {
		case backend.Committing:
			s.Phase, s.CommitTx = backend.Committed, b.addTx("commit", nil).Hash
			c.info.State = backend.ChunkCommitted
		case backend.Committed:
			s.Phase = backend.Revealing
		case backend.Revealing:
			s.Phase, s.RevealTx = backend.Revealed, b.addTx("reveal", nil).Hash
			c.info.State = backend.ChunkRevealed
			b.wallet.Pending.Add(b.wallet.Pending, new(big.Int).Mul(c.info.Reward, big.NewInt(int64(len(c.tasks)))))
		case backend.Revealed:
			s.Phase = backend.Finalized
			c.info.State = backend.ChunkFinalized
			b.finalize(c)
		}
	}
}

// finalize scores a chunk against a deterministic "consensus": the label
// given is accepted unless the task's position says otherwise, so feedback
// has both agreements and confusions.
func (b *Backend) finalize(c *chunk) {
	fb := backend.ChunkFeedback{Chunk: c.info.ID, Tier: c.info.Tier, Earned: new(big.Int)}
	agreed := 0
	for i, t := range c.tasks {
		o := backend.Outcome{Task: t.ID, Text: t.Text, Mine: t.Given, Gold: i%5 == 0}
		switch {
		case i%7 == 3:
			o.Disputed = true
		case i%4 == 2:
			o.Accepted = []string{b.schema.Labels[(i+1)%len(b.schema.Labels)].ID}
			if len(t.Given) == 1 && t.Given[0] == o.Accepted[0] {
				o.Accepted = []string{b.schema.Labels[(i+2)%len(b.schema.Labels)].ID}
			}
		default:
			o.Accepted = t.Given
		}
		if o.Agreed() {
			agreed++
			fb.Earned.Add(fb.Earned, c.info.Reward)
		}
		fb.Outcomes = append(fb.Outcomes, o)
	}
	fb.Rep = []backend.RepChange{{Delta: int64(agreed), Reason: fmt.Sprintf("agreed with the quorum on %d tasks", agreed)}}
	if missed := len(c.tasks) - agreed; missed > 0 {
		fb.Rep = append(fb.Rep, backend.RepChange{Delta: -int64(missed), Reason: fmt.Sprintf("outvoted on %d tasks", missed)})
	}
	b.feedback = append([]backend.ChunkFeedback{fb}, b.feedback...)
	b.status.Reputation += backend.RepTotal(fb.Rep)
	b.status.Paid.Add(b.status.Paid, fb.Earned)
	b.wallet.Credited.Add(b.wallet.Credited, fb.Earned)
	b.wallet.Pending.Sub(b.wallet.Pending, new(big.Int).Mul(c.info.Reward, big.NewInt(int64(len(c.tasks)))))
	if b.wallet.Pending.Sign() < 0 {
		b.wallet.Pending.SetInt64(0)
	}
	b.status.TasksDone += len(c.tasks)
}

// addTx records a confirmed transaction with a deterministic hash.
func (b *Backend) addTx(kind string, amount *big.Int) backend.Tx {
	b.txCounter++
	tx := backend.Tx{
		Hash:   fmt.Sprintf("0x%064x", 0xbeef0000+b.txCounter),
		Kind:   kind,
		Amount: cp(amount),
		Status: "confirmed",
		At:     Base.Add(time.Duration(b.txCounter) * time.Minute),
	}
	b.wallet.Txs = append([]backend.Tx{tx}, b.wallet.Txs...)
	return tx
}

// Feedback implements backend.Backend.
func (b *Backend) Feedback(ctx context.Context) ([]backend.ChunkFeedback, error) {
	if err := b.enter(ctx, "Feedback", ""); err != nil {
		return nil, err
	}
	defer b.mu.Unlock()
	out := append([]backend.ChunkFeedback(nil), b.feedback...)
	for i := range out {
		out[i].Earned = cp(out[i].Earned)
		out[i].Outcomes = append([]backend.Outcome(nil), out[i].Outcomes...)
	}
	return out, nil
}

// Review implements backend.Backend.
func (b *Backend) Review(ctx context.Context) (backend.Review, error) {
	if err := b.enter(ctx, "Review", ""); err != nil {
		return backend.Review{}, err
	}
	defer b.mu.Unlock()
	r := b.review
	r.Earned = cp(r.Earned)
	r.Disputes = append([]backend.Dispute(nil), r.Disputes...)
	for i := range r.Disputes {
		r.Disputes[i].Fee = cp(r.Disputes[i].Fee)
	}
	return r, nil
}

// Resolve implements backend.Backend.
func (b *Backend) Resolve(ctx context.Context, chunkID uint64, task string, labels []string) (backend.Tx, error) {
	if err := b.enter(ctx, "Resolve", fmt.Sprintf("%d, %s, %s", chunkID, task, strings.Join(labels, "+"))); err != nil {
		return backend.Tx{}, err
	}
	defer b.mu.Unlock()
	if !b.review.Eligible {
		return backend.Tx{}, fmt.Errorf("resolve: %s", b.review.Reason)
	}
	if len(labels) == 0 || (b.schema.Kind == backend.Single && len(labels) != 1) {
		return backend.Tx{}, fmt.Errorf("resolve task %s: %d labels for a %s-label schema", task, len(labels), b.schema.Kind)
	}
	for i, d := range b.review.Disputes {
		if d.Chunk == chunkID && d.Task == task {
			b.review.Disputes = append(b.review.Disputes[:i:i], b.review.Disputes[i+1:]...)
			b.review.Earned.Add(b.review.Earned, d.Fee)
			b.wallet.Credited.Add(b.wallet.Credited, d.Fee)
			b.status.Paid.Add(b.status.Paid, d.Fee)
			return b.addTx("resolve", d.Fee), nil
		}
	}
	return backend.Tx{}, fmt.Errorf("resolve: no open dispute for task %s of chunk %d", task, chunkID)
}

// Pilot implements backend.Backend.
func (b *Backend) Pilot(ctx context.Context) (backend.PilotReport, error) {
	if err := b.enter(ctx, "Pilot", ""); err != nil {
		return backend.PilotReport{}, err
	}
	defer b.mu.Unlock()
	rows := append([]backend.PilotRow(nil), b.pilot.Rows...)
	for i := range rows {
		rows[i].Earnings = cp(rows[i].Earnings)
	}
	return backend.PilotReport{Rows: rows}, nil
}

// Wallet implements backend.Backend.
func (b *Backend) Wallet(ctx context.Context) (backend.Wallet, error) {
	if err := b.enter(ctx, "Wallet", ""); err != nil {
		return backend.Wallet{}, err
	}
	defer b.mu.Unlock()
	w := b.wallet
	w.Balance, w.Credited, w.Pending = cp(w.Balance), cp(w.Credited), cp(w.Pending)
	w.Stake, w.Staked, w.Slashed, w.StakeReserve = cp(w.Stake), cp(w.Staked), cp(w.Slashed), cp(w.StakeReserve)
	w.Txs = append([]backend.Tx(nil), w.Txs...)
	for i := range w.Txs {
		w.Txs[i].Amount = cp(w.Txs[i].Amount)
	}
	return w, nil
}

// Withdraw implements backend.Backend.
func (b *Backend) Withdraw(ctx context.Context, amount *big.Int) (backend.Tx, error) {
	if err := b.enter(ctx, "Withdraw", fmt.Sprint(amount)); err != nil {
		return backend.Tx{}, err
	}
	defer b.mu.Unlock()
	switch {
	case amount == nil || amount.Sign() <= 0:
		return backend.Tx{}, errors.New("withdraw: amount must be positive")
	case amount.Cmp(b.wallet.Credited) > 0:
		return backend.Tx{}, fmt.Errorf("withdraw %s: only %s credited", backend.FormatAmount(amount, Token), backend.FormatAmount(b.wallet.Credited, Token))
	}
	b.wallet.Credited.Sub(b.wallet.Credited, amount)
	b.wallet.Balance.Add(b.wallet.Balance, amount)
	return b.addTx("withdraw", amount), nil
}

// WithdrawKeeping implements backend.Backend.
func (b *Backend) WithdrawKeeping(ctx context.Context, keep *big.Int) (backend.Tx, error) {
	if err := b.enter(ctx, "WithdrawKeeping", fmt.Sprint(keep)); err != nil {
		return backend.Tx{}, err
	}
	defer b.mu.Unlock()
	if keep == nil || keep.Sign() < 0 || b.wallet.Credited.Cmp(keep) <= 0 {
		return backend.Tx{}, fmt.Errorf("withdraw: nothing credited above the %s kept", backend.FormatAmount(keep, Token))
	}
	amount := new(big.Int).Sub(b.wallet.Credited, keep)
	b.wallet.Credited.Set(keep)
	b.wallet.Balance.Add(b.wallet.Balance, amount)
	return b.addTx("withdraw", amount), nil
}

var _ backend.Backend = (*Backend)(nil)
