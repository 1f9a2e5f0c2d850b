package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Phase is where a chunk stands for this account. It is kappa's one model
// of a chunk's phase: the CLI prints it, the terminal UI maps it one to one
// onto its own states, and Advance acts on it.
type Phase string

// Phases of a chunk as the account sees it.
const (
	PhaseClaimable  Phase = "claimable"   // the account may claim a seat now
	PhaseClosed     Phase = "closed"      // others hold every seat, or the claim window passed
	PhaseLocked     Phase = "locked"      // the account's reputation is below the tier's minimum
	PhaseLabeling   Phase = "labeling"    // claimed; labels are being given
	PhaseCommitted  Phase = "committed"   // committed; waiting for the reveal phase
	PhaseRevealed   Phase = "revealed"    // revealed; waiting for finalize
	PhaseDisputed   Phase = "disputed"    // finalized with tasks waiting for a reviewer
	PhaseFinalized  Phase = "finalized"   // tallied, every task decided
	PhaseGoldMissed Phase = "gold missed" // finalized; the account revealed but missed gold answers, so its labels were excluded
	PhaseLapsed     Phase = "lapsed"      // the account's seat lapsed: it did not commit or reveal in time
)

// Phases lists every phase, in protocol order, for the views that map them.
var Phases = []Phase{
	PhaseClaimable, PhaseClosed, PhaseLocked, PhaseLabeling, PhaseCommitted, PhaseRevealed,
	PhaseDisputed, PhaseFinalized, PhaseGoldMissed, PhaseLapsed,
}

// ChunkView is one chunk of the manifest as the account sees it.
type ChunkView struct {
	ID            uint64
	Tier          uint8
	TierName      string
	Size          int
	Reward        *big.Int // per accepted label
	MinReputation uint64
	Phase         Phase
	Seat          int // the account's seat, -1 if none
	Opened        bool
	Seats         int // seats taken
	K             int
	Labeled       int // labels in the journal
	// Deadlines in chain time (unix seconds), zero when not applicable.
	ClaimBy, CommitBy, RevealFrom, RevealBy uint64
}

// Mine reports whether the account holds a seat of the chunk.
func (v ChunkView) Mine() bool { return v.Seat >= 0 }

// Reputation is the account's reputation as the campaign reads it: under
// the campaign's reputation source (its requester unless it names another
// ledger), which is what its tier minimums and senior threshold check.
func (c *Client) Reputation(ctx context.Context) (uint64, error) {
	return c.ReputationOf(ctx, c.Address())
}

// ReputationOf is any account's reputation under the campaign's reputation
// source.
func (c *Client) ReputationOf(ctx context.Context, a common.Address) (uint64, error) {
	return c.reader.Reputation(ctx, a, c.Info().ReputationSource)
}

// Credited is the account's withdrawable balance on the hub.
func (c *Client) Credited(ctx context.Context) (*big.Int, error) {
	return c.reader.Credited(ctx, c.Address())
}

// TokenBalance is the account's token balance.
func (c *Client) TokenBalance(ctx context.Context) (*big.Int, error) {
	return c.reader.TokenBalance(ctx, c.token, c.Address())
}

// Chunks lists every chunk of the manifest with its phase for the account.
func (c *Client) Chunks(ctx context.Context) ([]ChunkView, error) {
	env, err := c.viewEnv(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ChunkView, 0, len(c.manifest.Chunks))
	for i := range c.manifest.Chunks {
		v, err := c.viewOf(ctx, env, &c.manifest.Chunks[i])
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Chunk is one chunk of the manifest with its phase for the account.
func (c *Client) Chunk(ctx context.Context, chunk uint64) (ChunkView, error) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return ChunkView{}, err
	}
	env, err := c.viewEnv(ctx)
	if err != nil {
		return ChunkView{}, err
	}
	return c.viewOf(ctx, env, mc)
}

// viewEnv is what every chunk's view is judged against: the index just
// synced, the chain time of its head, and the account's settlements.
type viewEnv struct {
	now        uint64
	info       bindings.KappaHubCampaignInfo
	goldMissed map[uint64]bool // chunks where the account's labels were excluded for gold
	rep        *uint64         // read on first need: only chunks without the account's seat need it
}

func (c *Client) viewEnv(ctx context.Context) (*viewEnv, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return nil, err
	}
	env := &viewEnv{now: c.index.Head().Time, info: c.index.Info(), goldMissed: map[uint64]bool{}}
	for _, s := range c.index.Settlements(c.Address()) {
		if s.Reason == index.ReasonGoldFailed {
			env.goldMissed[s.ChunkID] = true
		}
	}
	return env, nil
}

func (c *Client) reputation(ctx context.Context, env *viewEnv) (uint64, error) {
	if env.rep == nil {
		r, err := c.Reputation(ctx)
		if err != nil {
			return 0, err
		}
		env.rep = &r
	}
	return *env.rep, nil
}

// viewOf builds one chunk's view.
func (c *Client) viewOf(ctx context.Context, env *viewEnv, mc *document.Chunk) (ChunkView, error) {
	info := env.info
	tier := info.Tiers[mc.Tier]
	v := ChunkView{
		ID: mc.ID, Tier: mc.Tier, TierName: c.schema.Tiers[mc.Tier].Name, Size: len(mc.Tasks),
		Reward: new(big.Int).Set(tier.Reward), MinReputation: uint64(tier.MinReputation),
		Seat: -1, K: int(info.K),
	}
	labels, err := c.deps.Journal.Labels(c.key, mc.ID)
	if err != nil {
		return ChunkView{}, err
	}
	v.Labeled = len(labels)
	ch, opened := c.index.Chunk(mc.ID)
	if opened && ch.Release != nil && ch.Record.SeatOf(c.Address()) < 0 {
		// Finalized without a vote and back in the pool: to everyone who
		// held no seat, it is a chunk nobody opened.
		opened = false
	}
	if !opened {
		rep, err := c.reputation(ctx, env)
		if err != nil {
			return ChunkView{}, err
		}
		v.Phase = PhaseClaimable
		if rep < v.MinReputation {
			v.Phase = PhaseLocked
		}
		if env.now >= info.EndTime || info.Closed {
			v.Phase = PhaseClosed
		}
		return v, nil
	}
	v.Opened = true
	r := ch.Record
	v.ClaimBy = r.OpenedAt + uint64(info.ClaimWindow)
	v.RevealFrom, v.RevealBy = revealPhase(r, info)
	me := c.Address()
	for i, s := range r.Seats {
		if s.Status != protocol.SeatEmpty {
			v.Seats++
		}
		if s.Status != protocol.SeatEmpty && s.Annotator == me {
			v.Seat = i
			v.CommitBy = s.ClaimedAt + uint64(info.CommitWindow)
		}
	}
	var rep uint64
	if v.Seat < 0 && !ch.Finalized() {
		if rep, err = c.reputation(ctx, env); err != nil {
			return ChunkView{}, err
		}
	}
	v.Phase = phaseOf(ch, v.Seat, rep, v.MinReputation, env.now, info, env.goldMissed[mc.ID])
	return v, nil
}

// phaseOf is the one rule for a chunk's phase: the chunk as the index
// rebuilt it, the account's seat (-1 for none), its reputation (needed
// only without a seat), chain time, and whether a gold settlement excluded
// the account's labels.
func phaseOf(ch index.Chunk, seat int, rep, minRep, now uint64, info bindings.KappaHubCampaignInfo, goldMissed bool) Phase {
	r := ch.Record
	if seat < 0 {
		if ch.Finalized() {
			return PhaseFinalized
		}
		if !ch.InLane || r.Status != protocol.ChunkActive || now > r.OpenedAt+uint64(info.ClaimWindow) {
			return PhaseClosed
		}
		if rep < minRep {
			return PhaseLocked
		}
		for _, s := range r.Seats {
			if s.Status == protocol.SeatEmpty ||
				(s.Status == protocol.SeatClaimed && now > s.ClaimedAt+uint64(info.CommitWindow)) {
				return PhaseClaimable
			}
		}
		return PhaseClosed
	}
	switch r.Seats[seat].Status {
	case protocol.SeatExcluded:
		if goldMissed {
			return PhaseGoldMissed
		}
		return PhaseLapsed
	case protocol.SeatClaimed:
		if ch.Finalized() {
			return PhaseLapsed
		}
		return PhaseLabeling
	case protocol.SeatCommitted:
		if ch.Finalized() {
			return PhaseLapsed
		}
		return PhaseCommitted
	}
	if ch.Disputed() {
		return PhaseDisputed
	}
	if ch.Finalized() {
		return PhaseFinalized
	}
	return PhaseRevealed
}

// Claim takes a seat of a chunk: it opens the chunk (Merkle proof against
// the manifest root, reservation of its maximum payout) if nobody has, or
// takes an empty or lapsed seat of an open chunk. The seat locks the
// campaign's stake for the chunk's tasks from the credited balance, which
// Claim tops up from the wallet first when it falls short (ensureStake).
func (c *Client) Claim(ctx context.Context, chunk uint64) error {
	if c.Assigned() {
		return fmt.Errorf("claim chunk %d: this campaign's seats are assigned by the hub's draw, nobody picks a chunk: ask for work instead (Work, kappa work)", chunk)
	}
	leaf, ok := c.leaves[chunk]
	if !ok {
		return fmt.Errorf("claim chunk %d: not in the campaign's manifest", chunk)
	}
	rep, err := c.Reputation(ctx)
	if err != nil {
		return err
	}
	info := c.index.Info()
	if need := uint64(info.Tiers[leaf.Tier].MinReputation); rep < need {
		return fmt.Errorf("claim chunk %d: your reputation %d is below the %s tier's minimum %d", chunk, rep, c.schema.Tiers[leaf.Tier].Name, need)
	}
	if _, err := c.index.Sync(ctx); err != nil {
		return err
	}
	// Deposit nothing for a seat that is not there: before a deposit,
	// ensureStake asks whether the claim could succeed.
	seatThere := func() error {
		if _, free := c.index.FreeLane(); !free {
			return fmt.Errorf("claim chunk %d: all %d lanes of the campaign are busy; try again after a chunk finalizes", chunk, info.Lanes)
		}
		return nil
	}
	if ch, opened := c.index.Chunk(chunk); opened && ch.Release == nil {
		if ch.Record.SeatOf(c.Address()) >= 0 {
			return nil // already ours: claiming is idempotent, and stakes nothing more
		}
		seatThere = func() error { _, err := c.freeSeat(ctx, ch); return err }
	}
	// A seat locks its stake from the credited balance: deposit first if
	// it falls short.
	if err := c.ensureStake(ctx, chunk, seatThere); err != nil {
		return err
	}
	openKey := c.intentKey(journal.KindClaim, chunk, 0)
	if ch, opened := c.index.Chunk(chunk); opened {
		if ch.Release == nil {
			return c.claimSeat(ctx, ch)
		}
		// Released and back in the pool: open it afresh, under a journal
		// key of this round (the first open's intent is mined).
		openKey = c.actionKey(journal.KindClaim, chunk, fmt.Sprintf("reopen@%d", ch.Release.Block), 0)
	}
	// Lanes are shared: another claimer may open a different chunk in the
	// lane this one picked between its read and its transaction
	// (LaneBusy). Then it picks another free lane, a few times, each under
	// a journal key of its own (the lane and the head block it was chosen
	// at), so a retry never resends a reverted intent.
	for attempt := 0; ; attempt++ {
		c.mu.Lock()
		lane, free := c.index.FreeLane()
		if !free {
			c.mu.Unlock()
			return fmt.Errorf("claim chunk %d: all %d lanes of the campaign are busy; try again after a chunk finalizes", chunk, info.Lanes)
		}
		proof, err := c.tree.Proof(c.leafIndex[chunk])
		if err != nil {
			c.mu.Unlock()
			return fmt.Errorf("claim chunk %d: proof: %w", chunk, err)
		}
		data := c.hub.PackClaimOpen(c.campaign, new(big.Int).SetUint64(lane), bindings.KappaHubChunkLeaf{
			ChunkId: leaf.ChunkID, Tier: leaf.Tier, Size: leaf.Size, TasksRoot: leaf.TasksRoot, GoldCommitment: leaf.GoldCommitment,
		}, proof)
		_, err = c.send(ctx, journal.KindClaim, chunk, openKey, data)
		c.mu.Unlock()
		if err == nil {
			break
		}
		// Someone else opened it first: join as a seat.
		if _, serr := c.index.Sync(ctx); serr != nil {
			return err
		}
		if ch, opened := c.index.Chunk(chunk); opened && ch.Release == nil && isRevert(err, "ChunkTaken", "LaneBusy") {
			return c.claimSeat(ctx, ch)
		}
		if attempt < maxLaneRetries && isRevert(err, "LaneBusy") {
			openKey = c.actionKey(journal.KindClaim, chunk, fmt.Sprintf("lane%d@%d", lane, c.index.Head().Number), 0)
			continue
		}
		return err // the sender names the action: "claim chunk N: ..."
	}
	c.prefetch(chunk)
	return nil
}

// maxLaneRetries bounds how often Claim picks another lane after losing
// its pick to another claimer.
const maxLaneRetries = 3

func (c *Client) claimSeat(ctx context.Context, opened index.Chunk) error {
	chunk := opened.ID
	if opened.Record.SeatOf(c.Address()) >= 0 {
		return nil // already ours: claiming is idempotent
	}
	_, err := c.withRecord(ctx, journal.KindClaim, chunk, func(ch index.Chunk) ([]byte, error) {
		seat, err := c.freeSeat(ctx, ch)
		if err != nil {
			return nil, err
		}
		return c.hub.PackClaim(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), big.NewInt(int64(seat))), nil
	})
	if err != nil {
		return err // already "claim chunk N: ..." from the sender or the builder
	}
	c.prefetch(chunk)
	return nil
}

// freeSeat is the first seat of an open chunk that a claim may take: empty,
// or claimed and lapsed (its commit window passed by block time).
func (c *Client) freeSeat(ctx context.Context, ch index.Chunk) (int, error) {
	now, err := c.chainTime(ctx)
	if err != nil {
		return -1, err
	}
	info := c.index.Info()
	for i, s := range ch.Record.Seats {
		if s.Status == protocol.SeatEmpty ||
			(s.Status == protocol.SeatClaimed && now > s.ClaimedAt+uint64(info.CommitWindow)) {
			return i, nil
		}
	}
	return -1, fmt.Errorf("claim chunk %d: every seat is taken", ch.ID)
}

// isRevert reports whether err is a revert with one of the custom errors
// named.
func isRevert(err error, names ...string) bool {
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		return false
	}
	for _, n := range names {
		if rev.Name == n {
			return true
		}
	}
	return false
}

// TaskView is one task of a chunk with the label the account gave it.
type TaskView struct {
	Index int
	CID   string
	Task  *document.Task
	Label *journal.Label // nil when not labeled yet
}

// chunkDoc returns the manifest chunk.
func (c *Client) chunkDoc(chunk uint64) (*document.Chunk, error) {
	mc, ok := c.manifest.Chunk(chunk)
	if !ok {
		return nil, fmt.Errorf("chunk %d is not in the campaign's manifest", chunk)
	}
	return mc, nil
}

// prefetch warms the cache with a chunk's tasks in the background.
func (c *Client) prefetch(chunk uint64) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return
	}
	if p, ok := c.deps.IPFS.(interface{ Prefetch(...string) }); ok {
		p.Prefetch(mc.Tasks...)
	}
}

// Tasks fetches a chunk's tasks (from the cache when possible) with the
// labels already journaled, so a restarted client resumes where it stopped.
// When the store prefetches, it warms it with the tasks of the account's
// next chunk still being labeled, so moving on reads from disk.
func (c *Client) Tasks(ctx context.Context, chunk uint64) ([]TaskView, error) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return nil, err
	}
	labels, err := c.deps.Journal.Labels(c.key, chunk)
	if err != nil {
		return nil, err
	}
	given := map[uint32]journal.Label{}
	for _, l := range labels {
		given[l.Task] = l
	}
	out := make([]TaskView, len(mc.Tasks))
	for i, cid := range mc.Tasks {
		raw, err := c.deps.IPFS.Get(ctx, cid, document.MaxTaskSize)
		if err != nil {
			return nil, fmt.Errorf("chunk %d task %d: %w", chunk, i, err)
		}
		t, err := document.DecodeTask(cid, raw)
		if err != nil {
			return nil, fmt.Errorf("chunk %d task %d: %w", chunk, i, err)
		}
		out[i] = TaskView{Index: i, CID: cid, Task: t}
		if l, ok := given[uint32(i)]; ok {
			out[i].Label = &l
		}
	}
	c.prefetchNext(chunk)
	return out, nil
}

// prefetchNext prefetches the tasks of the account's next chunk after this
// one that it holds a seat of and that is not finalized, from the index
// alone (no network).
func (c *Client) prefetchNext(chunk uint64) {
	me := c.Address()
	for _, ch := range c.index.Chunks() {
		if ch.ID > chunk && !ch.Finalized() && ch.Record.SeatOf(me) >= 0 {
			c.prefetch(ch.ID)
			return
		}
	}
}

// PutLabel journals a label the moment it is given (durable on return).
func (c *Client) PutLabel(chunk uint64, task int, value uint32, spent time.Duration) error {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return err
	}
	if task < 0 || task >= len(mc.Tasks) {
		return fmt.Errorf("label chunk %d: task %d out of range 0..%d", chunk, task, len(mc.Tasks)-1)
	}
	if err := c.schema.CheckLabel(uint64(value)); err != nil {
		return fmt.Errorf("label chunk %d task %d: %w", chunk, task, err)
	}
	return c.deps.Journal.PutLabel(c.key, chunk, uint32(task), uint64(value), spent)
}

// UndoLabel removes the chunk's most recent label.
func (c *Client) UndoLabel(chunk uint64) (journal.Label, error) {
	return c.deps.Journal.UndoLabel(c.key, chunk)
}

// ClearLabel removes the label of one task of the chunk and returns it, in
// one journal transaction that leaves the chunk's other labels as they were
// (journal.ErrNoLabel if the task has none, journal.ErrChunkComplete once
// the chunk is committed).
func (c *Client) ClearLabel(chunk uint64, task int) (journal.Label, error) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return journal.Label{}, err
	}
	if task < 0 || task >= len(mc.Tasks) {
		return journal.Label{}, fmt.Errorf("clear label chunk %d: task %d out of range 0..%d", chunk, task, len(mc.Tasks)-1)
	}
	return c.deps.Journal.ClearLabel(c.key, chunk, uint32(task))
}

// values returns the journaled labels of a complete chunk in task order.
func (c *Client) values(chunk uint64) ([]uint32, []journal.Label, error) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return nil, nil, err
	}
	labels, err := c.deps.Journal.Labels(c.key, chunk)
	if err != nil {
		return nil, nil, err
	}
	values := make([]uint32, len(mc.Tasks))
	have := make([]bool, len(mc.Tasks))
	for _, l := range labels {
		if int(l.Task) < len(values) {
			values[l.Task] = uint32(l.Value)
			have[l.Task] = true
		}
	}
	for i, ok := range have {
		if !ok {
			return nil, nil, fmt.Errorf("chunk %d: task %d has no label yet (%d of %d labeled)", chunk, i, len(labels), len(mc.Tasks))
		}
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i].Task < labels[j].Task })
	return values, labels, nil
}

// salt derives the chunk's commit salt from the wallet's deterministic
// signature, so it can be recomputed without any local state.
func (c *Client) salt(chunk uint64) ([32]byte, error) {
	sig, err := c.deps.Account.SignTypedData(protocol.SaltTypedData(c.deps.ChainID, c.deps.Hub, c.campaign, chunk))
	if err != nil {
		return [32]byte{}, fmt.Errorf("chunk %d: salt signature: %w", chunk, err)
	}
	if err := protocol.ValidateSaltSignature(sig); err != nil {
		return [32]byte{}, err
	}
	return protocol.SaltFromSignature(sig), nil
}

// packed returns the chunk's packed labels, salt and commitment. The
// commitment binds the signed label document (protocol v2), so the document
// is frozen in the journal with the first commitment computed from it: a
// reveal after a restart or an upgrade of the client must reveal the very
// bytes that were committed.
func (c *Client) packed(chunk uint64) ([]*big.Int, [32]byte, common.Hash, error) {
	values, _, err := c.values(chunk)
	if err != nil {
		return nil, [32]byte{}, common.Hash{}, err
	}
	words, err := protocol.PackLabels(values, c.index.Info().LabelBits)
	if err != nil {
		return nil, [32]byte{}, common.Hash{}, fmt.Errorf("chunk %d: pack labels: %w", chunk, err)
	}
	salt, err := c.salt(chunk)
	if err != nil {
		return nil, [32]byte{}, common.Hash{}, err
	}
	doc, err := c.frozenLabelDocument(chunk)
	if err != nil {
		return nil, [32]byte{}, common.Hash{}, err
	}
	h, err := protocol.CommitHash(c.deps.ChainID, c.deps.Hub, c.campaign, chunk, c.Address(), words, protocol.LabelDocDigest(doc), salt)
	if err != nil {
		return nil, [32]byte{}, common.Hash{}, err
	}
	return words, salt, h, nil
}

// Commit freezes the chunk's labels in the journal and commits their hash.
func (c *Client) Commit(ctx context.Context, chunk uint64) error {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return err
	}
	if _, _, err := c.values(chunk); err != nil {
		return fmt.Errorf("commit %w", err)
	}
	if err := c.deps.Journal.MarkChunkComplete(c.key, chunk, len(mc.Tasks)); err != nil && !errors.Is(err, journal.ErrChunkComplete) {
		return fmt.Errorf("commit chunk %d: %w", chunk, err)
	}
	_, _, commitment, err := c.packed(chunk)
	if err != nil {
		return fmt.Errorf("commit %w", err)
	}
	_, err = c.withRecord(ctx, journal.KindCommit, chunk, func(ch index.Chunk) ([]byte, error) {
		seat := ch.Record.SeatOf(c.Address())
		if seat < 0 {
			return nil, fmt.Errorf("commit chunk %d: you hold no seat of it", chunk)
		}
		return c.hub.PackCommit(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), big.NewInt(int64(seat)), commitment), nil
	})
	if err != nil {
		return err // already "commit chunk N: ..." from the sender or the builder
	}
	return nil
}

// RevealDue reports whether the chunk's reveal phase is open, and when it
// opens otherwise (chain time, unix seconds), as of the index's last Sync.
func (c *Client) RevealDue(ctx context.Context, chunk uint64) (bool, uint64, error) {
	ch, ok := c.index.Chunk(chunk)
	if !ok {
		return false, 0, fmt.Errorf("chunk %d is not open", chunk)
	}
	now, err := c.chainTime(ctx)
	if err != nil {
		return false, 0, err
	}
	due, from := revealDue(ch.Record, c.index.Info(), now)
	return due, from, nil
}

// revealDue reports whether a chunk's reveal phase is open at chain time
// now, and when it opens.
func revealDue(r protocol.Record, info bindings.KappaHubCampaignInfo, now uint64) (bool, uint64) {
	from, _ := revealPhase(r, info)
	return r.RevealAt != 0 || now >= from, from
}

// revealPhase is when a chunk's reveal phase opens and when it ends (chain
// time), as the hub judges them: it opens with the k-th commit (RevealAt),
// or else one second after the claim and commit windows have passed, and
// it ends RevealWindow after RevealAt or after those windows.
func revealPhase(r protocol.Record, info bindings.KappaHubCampaignInfo) (from, end uint64) {
	base, from := r.RevealAt, r.RevealAt
	if base == 0 {
		base = r.OpenedAt + uint64(info.ClaimWindow) + uint64(info.CommitWindow)
		from = base + 1
	}
	return from, base + uint64(info.RevealWindow)
}

// labelDocKey is the journal state key of a chunk's frozen label document.
func (c *Client) labelDocKey(chunk uint64) string {
	return fmt.Sprintf("labeldoc/%s/%s/%d", c.Address().Hex(), c.key.Hex(), chunk)
}

// frozenLabelDocument returns the chunk's label document as first built:
// the one its commitment binds. Labels are final once the chunk is complete,
// but the document also carries the client's version, which an upgrade
// between commit and reveal would change.
func (c *Client) frozenLabelDocument(chunk uint64) ([]byte, error) {
	key := c.labelDocKey(chunk)
	if doc, ok, err := c.deps.Journal.State(key); err != nil {
		return nil, fmt.Errorf("label document of chunk %d: %w", chunk, err)
	} else if ok {
		return doc, nil
	}
	doc, err := c.labelDocument(chunk)
	if err != nil {
		return nil, err
	}
	if err := c.deps.Journal.PutState(key, doc); err != nil {
		return nil, fmt.Errorf("label document of chunk %d: %w", chunk, err)
	}
	return doc, nil
}

// labelDocument builds and signs the account's label document of a chunk.
func (c *Client) labelDocument(chunk uint64) ([]byte, error) {
	mc, err := c.chunkDoc(chunk)
	if err != nil {
		return nil, err
	}
	_, labels, err := c.values(chunk)
	if err != nil {
		return nil, err
	}
	doc := &document.LabelDocument{
		Version: document.VersionLabels, ChainID: c.deps.ChainID.Uint64(), Hub: c.deps.Hub,
		Campaign: c.campaign.Uint64(), Chunk: chunk, Annotator: c.Address(), Client: Version,
	}
	for _, l := range labels {
		doc.Labels = append(doc.Labels, document.TaskLabel{Task: mc.Tasks[l.Task], Label: l.Value, TimeMs: uint64(l.TimeSpent / time.Millisecond)})
	}
	td, err := doc.TypedData()
	if err != nil {
		return nil, fmt.Errorf("label document of chunk %d: %w", chunk, err)
	}
	sig, err := c.deps.Account.SignTypedData(td)
	if err != nil {
		return nil, fmt.Errorf("label document of chunk %d: sign: %w", chunk, err)
	}
	if err := doc.SetSignature(sig); err != nil {
		return nil, err
	}
	return doc.Encode()
}

// uploadQueue holds label documents waiting for the IPFS node.
const uploadQueue = "ipfs-uploads"

// publish adds a document to IPFS, or queues it when the node is down: its
// CID is known locally either way, so the reveal never waits for IPFS.
func (c *Client) publish(ctx context.Context, data []byte) (string, error) {
	cid := ipfs.CIDOf(data)
	if _, err := c.deps.IPFS.Add(ctx, data); err != nil {
		if !errors.Is(err, ipfs.ErrUnavailable) {
			return "", err
		}
		if _, qerr := c.deps.Journal.Enqueue(uploadQueue, data); qerr != nil {
			return "", fmt.Errorf("queue upload of %s: %w (node: %v)", cid, qerr, err)
		}
	}
	return cid, nil
}

// FlushUploads retries queued IPFS uploads; it returns how many remain.
func (c *Client) FlushUploads(ctx context.Context) (int, error) {
	items, err := c.deps.Journal.Queue(uploadQueue)
	if err != nil {
		return 0, err
	}
	left := len(items)
	for _, it := range items {
		if _, err := c.deps.IPFS.Add(ctx, it.Data); err != nil {
			return left, err
		}
		if err := c.deps.Journal.Dequeue(uploadQueue, it.Seq); err != nil {
			return left, err
		}
		left--
	}
	return left, nil
}

// Reveal publishes the signed label document and reveals the chunk's labels
// and salt. The reveal phase must be open.
func (c *Client) Reveal(ctx context.Context, chunk uint64) error {
	if _, err := c.index.Sync(ctx); err != nil {
		return err
	}
	due, from, err := c.RevealDue(ctx, chunk)
	if err != nil {
		return fmt.Errorf("reveal %w", err)
	}
	if !due {
		return fmt.Errorf("reveal chunk %d: the reveal phase opens at %s (chain time) or when every seat has committed", chunk, time.Unix(int64(from), 0).UTC().Format(time.RFC3339))
	}
	words, salt, _, err := c.packed(chunk)
	if err != nil {
		return fmt.Errorf("reveal %w", err)
	}
	doc, err := c.frozenLabelDocument(chunk)
	if err != nil {
		return fmt.Errorf("reveal chunk %d: %w", chunk, err)
	}
	if _, err := c.publish(ctx, doc); err != nil {
		return fmt.Errorf("reveal chunk %d: publish label document: %w", chunk, err)
	}
	// What the hub records: its CID (protocol.LabelDocCID) is the one
	// publish stored the document under (ipfs.CIDOf).
	digest := protocol.LabelDocDigest(doc)
	_, err = c.withRecord(ctx, journal.KindReveal, chunk, func(ch index.Chunk) ([]byte, error) {
		seat := ch.Record.SeatOf(c.Address())
		if seat < 0 {
			return nil, fmt.Errorf("reveal chunk %d: you hold no seat of it", chunk)
		}
		return c.hub.PackReveal(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), big.NewInt(int64(seat)), words, salt, digest), nil
	})
	if err != nil {
		return err // already "reveal chunk N: ..." from the sender or the builder
	}
	return nil
}

// revealedLabels concatenates the labels of every revealed seat in seat
// order, as finalize and resolve take them.
func revealedLabels(ch index.Chunk) ([]*big.Int, error) {
	var out []*big.Int
	for i, s := range ch.Record.Seats {
		if s.Status != protocol.SeatRevealed {
			continue
		}
		if i >= len(ch.Reveals) || ch.Reveals[i] == nil {
			return nil, fmt.Errorf("chunk %d: seat %d revealed but its Revealed event is missing", ch.ID, i)
		}
		out = append(out, ch.Reveals[i].Labels...)
	}
	if out == nil {
		out = []*big.Int{}
	}
	return out, nil
}

// FinalizeDue reports whether the chunk can be finalized now by this
// account, and if not, why.
func (c *Client) FinalizeDue(ctx context.Context, chunk uint64) (bool, string, error) {
	now, err := c.chainTime(ctx)
	if err != nil {
		return false, "", err
	}
	due, why, _, err := c.finalizeDue(chunk, now)
	return due, why, err
}

// finalizeDue is FinalizeDue at chain time now; at is when the clock alone
// makes it due (zero when it never will: the chunk is not open).
func (c *Client) finalizeDue(chunk, now uint64) (due bool, why string, at uint64, err error) {
	ch, ok := c.index.Chunk(chunk)
	if !ok || !ch.InLane || ch.Record.Status != protocol.ChunkActive {
		return false, "not open", 0, nil
	}
	info := c.index.Info()
	_, revealEnd := revealPhase(ch.Record, info)
	all := true
	for _, s := range ch.Record.Seats {
		if s.Status != protocol.SeatRevealed {
			all = false
		}
	}
	if !all && now <= revealEnd {
		return false, "waiting for reveals", revealEnd + 1, nil
	}
	if ch.Record.GoldCommitment != (common.Hash{}) {
		gold, err := c.goldFor(chunk)
		if err != nil {
			return false, "", 0, err
		}
		end := revealEnd + uint64(info.GoldWindow)
		switch {
		case noneRevealed(ch.Record) && now <= end:
			// Finalized with its gold, a chunk nobody revealed would be
			// released for good (its gold public); without it, after the
			// gold window, it reopens.
			return false, "nobody revealed: waiting for the gold window to close, so the chunk reopens", end + 1, nil
		case !gold.Present && now <= end:
			return false, "waiting for the requester's gold reveal", end + 1, nil
		}
	}
	return true, "", 0, nil
}

// noneRevealed reports whether no seat of the record revealed: finalizing
// it decides nothing, and the hub releases the chunk (ChunkReleased).
func noneRevealed(r protocol.Record) bool {
	for _, s := range r.Seats {
		if s.Status == protocol.SeatRevealed {
			return false
		}
	}
	return true
}

// Finalize tallies a chunk whose reveals are in (anyone may). The
// requester's client passes the gold answers.
func (c *Client) Finalize(ctx context.Context, chunk uint64) error {
	gold, err := c.goldFor(chunk)
	if err != nil {
		return fmt.Errorf("finalize chunk %d: %w", chunk, err)
	}
	_, err = c.withRecord(ctx, journal.KindFinalize, chunk, func(ch index.Chunk) ([]byte, error) {
		if ch.Record.Status != protocol.ChunkActive {
			return nil, fmt.Errorf("finalize chunk %d: already finalized", chunk)
		}
		labels, err := revealedLabels(ch)
		if err != nil {
			return nil, err
		}
		g := gold
		if ch.Record.GoldCommitment == (common.Hash{}) || noneRevealed(ch.Record) {
			// No gold to reveal, or nobody to check against it: a chunk
			// nobody revealed is released, and reopens only if its gold
			// stays secret.
			g = bindings.KappaHubGold{Mask: []*big.Int{}, Labels: []*big.Int{}}
		}
		return c.hub.PackFinalize(c.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), labels, g), nil
	})
	if err != nil {
		return err // already "finalize chunk N: ..." from the sender or the builder
	}
	return nil
}

// Withdraw transfers the account's whole credited balance (pay from every
// chunk and campaign of the hub, and stake deposited and not locked) to the
// wallet in one transfer, and returns the amount the chain paid. A withdraw
// left in flight by a crash is finished, never sent twice; once it is
// mined, the next call withdraws whatever was credited since, even the same
// amount.
func (c *Client) Withdraw(ctx context.Context) (*big.Int, common.Hash, error) {
	return c.WithdrawKeeping(ctx, new(big.Int))
}

// WithdrawKeepingStake is Withdraw for an annotator who goes on working: it
// leaves one stake top-up of the campaign credited (four seats of its
// largest chunk), so its next claims need no deposit (an approve and a
// deposit saved per withdrawal).
func (c *Client) WithdrawKeepingStake(ctx context.Context) (*big.Int, common.Hash, error) {
	return c.WithdrawKeeping(ctx, c.StakeReserve())
}

// WithdrawKeeping is Withdraw of the credited balance above keep.
func (c *Client) WithdrawKeeping(ctx context.Context, keep *big.Int) (*big.Int, common.Hash, error) {
	family := opFamily("withdraw", c.deps.Hub.Hex(), c.Address().Hex())
	// The calldata of a withdraw depends only on keep: withdraws with the
	// same keep have the same digest, and only the slot tells one from the
	// next.
	digest := opDigest([]byte("withdraw"))
	if keep.Sign() != 0 {
		digest = opDigest([]byte("withdraw"), common.BigToHash(keep).Bytes())
	}
	slot, err := beginOp(c.deps.Journal, family, "", digest, journal.KindWithdraw)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("withdraw: %w", err)
	}
	key := slot.key(journal.KindWithdraw)
	_, inFlight, err := c.deps.Journal.IntentByKey(key)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("withdraw: %w", err)
	}
	if !inFlight {
		amount, err := c.Credited(ctx)
		if err != nil {
			return nil, common.Hash{}, err
		}
		switch {
		case amount.Sign() == 0:
			return nil, common.Hash{}, errors.New("withdraw: nothing credited yet")
		case amount.Cmp(keep) <= 0:
			return nil, common.Hash{}, fmt.Errorf("withdraw: nothing credited above the %s kept", c.amount(ctx, keep))
		}
	}
	if err := c.settleUnsent(ctx, key); err != nil {
		return nil, common.Hash{}, fmt.Errorf("withdraw: settle earlier transactions first: %w", err)
	}
	res, err := c.sender.Send(ctx, chain.Request{Kind: journal.KindWithdraw, Campaign: c.key, Key: key, To: c.deps.Hub, Data: c.hub.PackWithdraw(c.Address(), keep)})
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("withdraw: %w", err)
	}
	if res.Receipt.Status != 1 {
		return nil, res.Receipt.TxHash, fmt.Errorf("withdraw: transaction %s reverted", res.Receipt.TxHash.Hex())
	}
	// The receipt says what was paid: a resumed withdraw paid what was
	// credited when it was signed, not what is credited now.
	for _, l := range res.Receipt.Logs {
		if ev, err := c.hub.UnpackWithdrawnEvent(l); err == nil && ev.Account == c.Address() {
			return ev.Amount, res.Receipt.TxHash, nil
		}
	}
	return nil, res.Receipt.TxHash, fmt.Errorf("withdraw: no Withdrawn event in %s", res.Receipt.TxHash.Hex())
}
