package index

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Backend is what the index reads from a node. *ethclient.Client and the
// simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
}

// Reasons of a Settled event, as the hub's ReputationRegistry.Reason enum.
const (
	ReasonConsensus       uint8 = 0
	ReasonGoldFailed      uint8 = 1
	ReasonNoReveal        uint8 = 2
	ReasonLapsed          uint8 = 3
	ReasonDisputeResolved uint8 = 4
	ReasonReviewFee       uint8 = 5
	ReasonDisputeExpired  uint8 = 6
	// ReasonDeposit is a stake deposit: account-wide (campaign 0), so a
	// campaign's index never holds one.
	ReasonDeposit uint8 = 7
)

// ReasonName is a settlement reason in words.
func ReasonName(r uint8) string {
	switch r {
	case ReasonConsensus:
		return "consensus"
	case ReasonGoldFailed:
		return "failed gold"
	case ReasonNoReveal:
		return "never revealed"
	case ReasonLapsed:
		return "commit window lapsed"
	case ReasonDisputeResolved:
		return "dispute resolved"
	case ReasonReviewFee:
		return "review fee"
	case ReasonDisputeExpired:
		return "dispute expired unreviewed"
	case ReasonDeposit:
		return "stake deposit"
	}
	return fmt.Sprintf("reason %d", r)
}

// Event locates the log an entry came from.
type Event struct {
	Block  uint64
	TxHash common.Hash
	Index  uint
}

// Claim is one seat taken, in event order (a lapsed seat can be taken again).
type Claim struct {
	Event
	Seat      int
	Annotator common.Address
	At        uint64
}

// Reveal is one seat's revealed labels.
type Reveal struct {
	Event
	Seat      int
	Annotator common.Address
	Labels    []*big.Int // packed, as committed
	LabelDoc  string     // CID of the signed label document (CIDv1, raw, sha2-256)
}

// Outcome is a chunk's finalize.
type Outcome struct {
	Event
	Time         uint64     // block time of the finalize
	Accepted     []*big.Int // packed accepted labels; tasks in Disputes are undecided
	Disputes     *big.Int   // bit t: task t had no quorum
	GoldRevealed bool
	Released     *big.Int // escrow returned to the campaign's unreserved funds
}

// Resolution is one resolve of some of a chunk's disputed tasks.
type Resolution struct {
	Event
	Reviewer  common.Address
	TaskMask  *big.Int
	Labels    []*big.Int // packed final labels; only tasks in TaskMask count
	Fee       *big.Int
	Remaining *big.Int
}

// Settlement is one change of an account's reputation and credited balance.
type Settlement struct {
	Event
	ChunkID uint64
	Account common.Address
	Reason  uint8
	Matched uint64
	Missed  uint64
	// Credited is pay (rewards or a reviewer's fee), never stake.
	Credited *big.Int
	// Stake is the seat's stake returned to the credited balance
	// (positive) or slashed and burned (negative); zero when the
	// settlement moved no stake.
	Stake    *big.Int
	RepDelta int64
	// Reputation is the account's reputation after the change under the
	// campaign requester's ledger. The hub reads and writes it only when
	// RepDelta is nonzero; with RepDelta 0 it is 0 and means "unchanged".
	Reputation uint64
}

// Chunk is everything the events say about one chunk of the campaign.
type Chunk struct {
	ID     uint64
	Lane   uint64
	Opened Event
	// Record is the chunk's current record; while InLane, its hash is what
	// the lane holds and what every transaction on the chunk must pass.
	Record      protocol.Record
	InLane      bool
	Claims      []Claim
	Reveals     []*Reveal // by seat; nil where the seat never revealed
	Outcome     *Outcome
	Resolutions []Resolution
	// Release is set when the chunk was finalized with no eligible vote
	// (ChunkReleased instead of Finalized): it decided nothing.
	Release *Release
	// Expiry is set when the dispute window passed with tasks unresolved
	// (DisputesExpired): those tasks stay undecided, their revealed seats
	// were paid, and the lane was freed.
	Expiry *Expiry
}

// Expiry is a settleExpired: nobody ruled on TaskMask's tasks within the
// dispute window, so every revealed seat was paid the tier reward for each
// (Paid in all) and the reviewer fees went back to the escrow.
type Expiry struct {
	Event
	TaskMask *big.Int
	Paid     *big.Int
}

// Release is a finalize that found no eligible vote and revealed no gold:
// the chunk's whole reservation went back to the escrow, its lane was
// freed, and it may be opened again (a later ChunkOpened starts it afresh).
type Release struct {
	Event
	Released *big.Int
}

// Finalized reports whether the chunk was tallied.
func (c Chunk) Finalized() bool { return c.Outcome != nil }

// Disputed reports whether the chunk still has tasks awaiting a reviewer.
func (c Chunk) Disputed() bool {
	return c.InLane && c.Record.Status == protocol.ChunkDisputed
}

// Index follows one campaign. It is safe for concurrent use; Sync brings it
// up to the chain head.
type Index struct {
	backend  Backend
	hub      common.Address
	campaign *big.Int
	contract *bindings.KappaHub
	info     bindings.KappaHubCampaignInfo
	span     uint64 // blocks per eth_getLogs call (Options.BlockRange)

	syncMu    sync.Mutex // one Sync at a time
	infoStale bool       // events applied since info was read (under syncMu)

	mu          sync.RWMutex
	next        uint64 // next block to scan
	chunks      map[uint64]*Chunk
	lanes       map[uint64]uint64 // lane -> chunk occupying it
	settlements []Settlement
	excluded    map[uint64][]bool // chunk -> seats excluded by Settled before its Finalized
	head        Head              // the chain head the last Sync reached

	watchMu  sync.Mutex
	watchers map[*Watch]struct{}
}

// Head is a block the index synced up to: its number and time (unix
// seconds). Campaign windows are judged by chain time, so a deadline passes
// only when a block later than it is mined.
type Head struct {
	Number uint64
	Time   uint64
}

// Options tune an Index.
type Options struct {
	// FromBlock is the first block scanned (the campaign's creation block
	// or earlier); zero scans from genesis.
	FromBlock uint64
	// BlockRange bounds one eth_getLogs call: Sync asks for the logs of at
	// most this many blocks at a time (public RPC endpoints cap the range
	// of eth_getLogs). Zero means DefaultBlockRange.
	BlockRange uint64
}

// DefaultBlockRange is the eth_getLogs range of an Index opened with a zero
// Options.BlockRange.
const DefaultBlockRange = 5000

// Open reads the campaign's parameters and returns an index that has not
// scanned anything yet; call Sync.
func Open(ctx context.Context, backend Backend, hub common.Address, campaignID *big.Int, opts Options) (*Index, error) {
	contract := bindings.NewKappaHub()
	inst := contract.Instance(backend, hub)
	info, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, contract.PackCampaignInfo(campaignID), contract.UnpackCampaignInfo)
	if err != nil {
		return nil, fmt.Errorf("read campaign %s on hub %s: %w", campaignID, hub.Hex(), err)
	}
	if info.Requester == (common.Address{}) {
		return nil, fmt.Errorf("campaign %s does not exist on hub %s", campaignID, hub.Hex())
	}
	span := opts.BlockRange
	if span == 0 {
		span = DefaultBlockRange
	}
	return &Index{
		backend: backend, hub: hub, campaign: new(big.Int).Set(campaignID),
		contract: contract, info: info, span: span, next: opts.FromBlock,
		chunks: map[uint64]*Chunk{}, lanes: map[uint64]uint64{}, excluded: map[uint64][]bool{},
	}, nil
}

// Info returns the campaign parameters and escrow as last read: when the
// index was opened, by RefreshInfo, or by a Sync that applied events of the
// campaign.
func (ix *Index) Info() bindings.KappaHubCampaignInfo {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.info
}

// Campaign returns the campaign id.
func (ix *Index) Campaign() *big.Int { return new(big.Int).Set(ix.campaign) }

// Hub returns the hub address.
func (ix *Index) Hub() common.Address { return ix.hub }

// RefreshInfo rereads the campaign parameters and escrow.
func (ix *Index) RefreshInfo(ctx context.Context) (bindings.KappaHubCampaignInfo, error) {
	inst := ix.contract.Instance(ix.backend, ix.hub)
	info, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ix.contract.PackCampaignInfo(ix.campaign), ix.contract.UnpackCampaignInfo)
	if err != nil {
		return bindings.KappaHubCampaignInfo{}, fmt.Errorf("read campaign %s: %w", ix.campaign, err)
	}
	ix.mu.Lock()
	ix.info = info
	ix.mu.Unlock()
	return info, nil
}

// Sync scans the hub's logs for this campaign up to the chain head and
// applies them in order, asking for the logs of at most Options.BlockRange
// blocks at a time; when it applied any, it rereads the campaign info. It
// returns the head block it reached. Watches learn which chunks the applied
// events touched, and of a new head.
func (ix *Index) Sync(ctx context.Context) (uint64, error) {
	ix.syncMu.Lock()
	defer ix.syncMu.Unlock()
	head, err := ix.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sync campaign %s: read head: %w", ix.campaign, err)
	}
	to := head.Number.Uint64()
	touched := map[uint64]bool{}
	defer func() {
		ix.mu.Lock()
		moved := ix.next > to && (to > ix.head.Number || head.Time > ix.head.Time)
		if moved {
			ix.head = Head{Number: to, Time: head.Time}
		}
		ix.mu.Unlock()
		ix.notify(touched, moved)
	}()
	ix.mu.RLock()
	from := ix.next
	ix.mu.RUnlock()
	topic := common.BigToHash(ix.campaign)
	for from <= to {
		end := to
		if to-from >= ix.span {
			end = from + ix.span - 1
		}
		logs, err := ix.filterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: []common.Address{ix.hub},
			Topics:    [][]common.Hash{nil, {topic}},
		})
		if err != nil {
			return 0, fmt.Errorf("sync campaign %s: logs %d-%d: %w", ix.campaign, from, end, err)
		}
		sort.Slice(logs, func(i, j int) bool {
			if logs[i].BlockNumber != logs[j].BlockNumber {
				return logs[i].BlockNumber < logs[j].BlockNumber
			}
			return logs[i].Index < logs[j].Index
		})
		for i := range logs {
			if logs[i].Removed {
				continue
			}
			id, err := ix.apply(ctx, &logs[i])
			if err != nil {
				return 0, fmt.Errorf("sync campaign %s: block %d log %d: %w", ix.campaign, logs[i].BlockNumber, logs[i].Index, err)
			}
			ix.infoStale = true
			if id != nil {
				touched[*id] = true
			}
		}
		ix.mu.Lock()
		ix.next = end + 1
		ix.mu.Unlock()
		from = end + 1
	}
	// Every change of the campaign's escrow is one of its events, so the
	// info is reread after a sync that applied some (and retried by the
	// next sync if the read fails).
	if ix.infoStale {
		if _, err := ix.RefreshInfo(ctx); err != nil {
			return 0, fmt.Errorf("sync campaign %s: %w", ix.campaign, err)
		}
		ix.infoStale = false
	}
	return to, nil
}

// filterLogs is FilterLogs, asked again a few times over ~300 ms when it
// fails: a node can report a head whose logs it has not indexed yet
// (go-ethereum's log index answers "failed to retrieve log value pointer
// ... not found" for a block just inserted), and such a gap closes on its
// own. A node that stays down still fails the Sync.
func (ix *Index) filterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	wait := 20 * time.Millisecond
	for attempt := 0; ; attempt++ {
		logs, err := ix.backend.FilterLogs(ctx, q)
		if err == nil || attempt == 4 || ctx.Err() != nil {
			return logs, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func eventOf(l *types.Log) Event {
	return Event{Block: l.BlockNumber, TxHash: l.TxHash, Index: l.Index}
}

// apply folds one log into the index.
func (ix *Index) apply(ctx context.Context, l *types.Log) (*uint64, error) {
	var touched *uint64
	if len(l.Topics) == 0 {
		return nil, nil
	}
	events := ix.contract.GetABI().Events
	c := ix.contract
	ix.mu.Lock()
	defer ix.mu.Unlock()
	k := int(ix.info.K)
	switch l.Topics[0] {
	case events["ChunkOpened"].ID:
		e, err := c.UnpackChunkOpenedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("ChunkOpened: %w", err)
		}
		id := e.ChunkId.Uint64()
		touched = ptr(id)
		leaf := protocol.Leaf{ChunkID: id, Tier: uint8(e.Tier.Uint64()), Size: uint16(e.Size.Uint64()), GoldCommitment: e.GoldCommitment}
		tier := int(leaf.Tier)
		if tier >= len(ix.info.Tiers) {
			return nil, fmt.Errorf("ChunkOpened: chunk %d has tier %d, the campaign has %d", id, tier, len(ix.info.Tiers))
		}
		rec := protocol.NewRecord(leaf, ix.info.Tiers[tier].MinReputation, k, common.Address{}, e.OpenedAt.Uint64())
		rec.Seats[0] = protocol.Seat{} // the Claimed event that follows fills seat 0
		ch := &Chunk{ID: id, Lane: e.Lane.Uint64(), Opened: eventOf(l), Record: rec, InLane: true, Reveals: make([]*Reveal, k)}
		ix.chunks[id] = ch
		ix.lanes[ch.Lane] = id
	case events["Claimed"].ID:
		e, err := c.UnpackClaimedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Claimed: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		seat := int(e.Seat.Uint64())
		if err := ch.Record.ApplyClaim(seat, e.Annotator, e.ClaimedAt.Uint64()); err != nil {
			return nil, err
		}
		ch.Claims = append(ch.Claims, Claim{Event: eventOf(l), Seat: seat, Annotator: e.Annotator, At: e.ClaimedAt.Uint64()})
	case events["Committed"].ID:
		e, err := c.UnpackCommittedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Committed: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		if err := ch.Record.ApplyCommit(int(e.Seat.Uint64()), e.Commitment, e.RevealAt.Uint64()); err != nil {
			return nil, err
		}
	case events["Revealed"].ID:
		e, err := c.UnpackRevealedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Revealed: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		seat := int(e.Seat.Uint64())
		if err := ch.Record.ApplyReveal(seat, e.Labels); err != nil {
			return nil, err
		}
		doc, err := protocol.LabelDocCID(e.LabelDoc)
		if err != nil {
			return nil, fmt.Errorf("Revealed: %w", err)
		}
		ch.Reveals[seat] = &Reveal{Event: eventOf(l), Seat: seat, Annotator: e.Annotator, Labels: e.Labels, LabelDoc: doc}
	case events["Settled"].ID:
		e, err := c.UnpackSettledEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Settled: %w", err)
		}
		s := Settlement{
			Event: eventOf(l), ChunkID: e.ChunkId.Uint64(), Account: e.Account, Reason: e.Reason,
			Matched: e.Matched.Uint64(), Missed: e.Missed.Uint64(), Credited: e.Credited, Stake: e.Stake,
			RepDelta: e.RepDelta.Int64(), Reputation: e.Reputation.Uint64(),
		}
		ix.settlements = append(ix.settlements, s)
		touched = ptr(s.ChunkID)
		if s.Reason == ReasonGoldFailed || s.Reason == ReasonNoReveal {
			if ch, ok := ix.chunks[s.ChunkID]; ok {
				if seat := ch.Record.SeatOf(s.Account); seat >= 0 {
					ex := ix.excluded[s.ChunkID]
					if ex == nil {
						ex = make([]bool, k)
						ix.excluded[s.ChunkID] = ex
					}
					ex[seat] = true
				}
			}
		}
	case events["Finalized"].ID:
		e, err := c.UnpackFinalizedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Finalized: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		hdr, err := ix.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("Finalized: block %d time: %w", l.BlockNumber, err)
		}
		ch.Outcome = &Outcome{
			Event: eventOf(l), Time: hdr.Time, Accepted: e.Accepted, Disputes: e.DisputeMask,
			GoldRevealed: e.GoldRevealed, Released: e.Released,
		}
		ch.Record.ApplyFinalize(e.DisputeMask, ix.excluded[ch.ID], hdr.Time)
		delete(ix.excluded, ch.ID)
		if e.DisputeMask.Sign() == 0 {
			ix.freeLane(ch)
		}
	case events["ChunkReleased"].ID:
		e, err := c.UnpackChunkReleasedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("ChunkReleased: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		hdr, err := ix.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("ChunkReleased: block %d time: %w", l.BlockNumber, err)
		}
		ch.Release = &Release{Event: eventOf(l), Released: e.Released}
		ch.Record.ApplyFinalize(new(big.Int), ix.excluded[ch.ID], hdr.Time)
		delete(ix.excluded, ch.ID)
		ix.freeLane(ch)
	case events["Resolved"].ID:
		e, err := c.UnpackResolvedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("Resolved: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		ch.Resolutions = append(ch.Resolutions, Resolution{
			Event: eventOf(l), Reviewer: e.Reviewer, TaskMask: e.TaskMask, Labels: e.Labels,
			Fee: e.Fee, Remaining: e.RemainingDisputes,
		})
		if !ch.Record.ApplyResolve(e.TaskMask) {
			ix.freeLane(ch)
		}
	case events["DisputesExpired"].ID:
		e, err := c.UnpackDisputesExpiredEvent(l)
		if err != nil {
			return nil, fmt.Errorf("DisputesExpired: %w", err)
		}
		ch, err := ix.chunk(e.ChunkId)
		if err != nil {
			return nil, err
		}
		touched = ptr(ch.ID)
		ch.Expiry = &Expiry{Event: eventOf(l), TaskMask: e.TaskMask, Paid: e.Paid}
		ch.Record.ApplyResolve(e.TaskMask)
		ix.freeLane(ch)
	}
	return touched, nil
}

func ptr(id uint64) *uint64 { return &id }

func (ix *Index) freeLane(ch *Chunk) {
	ch.InLane = false
	if ix.lanes[ch.Lane] == ch.ID {
		delete(ix.lanes, ch.Lane)
	}
}

func (ix *Index) chunk(id *big.Int) (*Chunk, error) {
	ch, ok := ix.chunks[id.Uint64()]
	if !ok {
		return nil, fmt.Errorf("event for chunk %s before its ChunkOpened", id)
	}
	return ch, nil
}

// Chunk returns a copy of what the index knows of a chunk.
func (ix *Index) Chunk(id uint64) (Chunk, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ch, ok := ix.chunks[id]
	if !ok {
		return Chunk{}, false
	}
	return ch.copy(), true
}

// Chunks returns copies of every chunk opened so far, by id.
func (ix *Index) Chunks() []Chunk {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]Chunk, 0, len(ix.chunks))
	for _, ch := range ix.chunks {
		out = append(out, ch.copy())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (c *Chunk) copy() Chunk {
	out := *c
	out.Record = c.Record.Clone()
	out.Claims = append([]Claim(nil), c.Claims...)
	out.Reveals = append([]*Reveal(nil), c.Reveals...)
	out.Resolutions = append([]Resolution(nil), c.Resolutions...)
	return out
}

// BusyLanes returns the lanes occupied by a chunk record (active or
// disputed), mapped to their chunk ids.
func (ix *Index) BusyLanes() map[uint64]uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make(map[uint64]uint64, len(ix.lanes))
	for l, c := range ix.lanes {
		out[l] = c
	}
	return out
}

// FreeLane returns a lane no chunk occupies, preferring low numbers, or
// false when all lanes are busy.
func (ix *Index) FreeLane() (uint64, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for l := uint64(0); l < uint64(ix.info.Lanes); l++ {
		if _, busy := ix.lanes[l]; !busy {
			return l, true
		}
	}
	return 0, false
}

// Settlements returns every settlement of account (all accounts when zero),
// in event order.
func (ix *Index) Settlements(account common.Address) []Settlement {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []Settlement
	for _, s := range ix.settlements {
		if account == (common.Address{}) || s.Account == account {
			out = append(out, s)
		}
	}
	return out
}

// Verify checks every lane the index believes occupied (and every other
// lane, which must be free) against the lane hashes on-chain at the block
// the index reached. A mismatch means the index missed or misread an event.
func (ix *Index) Verify(ctx context.Context) error {
	ix.mu.RLock()
	block := ix.next
	ix.mu.RUnlock()
	if block == 0 {
		return nil
	}
	inst := ix.contract.Instance(ix.backend, ix.hub)
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block - 1)}
	hashes, err := bind.Call(inst, opts, ix.contract.PackLaneHashes(ix.campaign), ix.contract.UnpackLaneHashes)
	if err != nil {
		return fmt.Errorf("verify campaign %s: lane hashes: %w", ix.campaign, err)
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for lane, h := range hashes {
		want := protocol.FreeLane
		if id, busy := ix.lanes[uint64(lane)]; busy {
			want = ix.chunks[id].Record.Hash()
		}
		if common.Hash(h) != want {
			return fmt.Errorf("verify campaign %s: lane %d holds %x, index has %x", ix.campaign, lane, h, want)
		}
	}
	return nil
}

// Head is the chain head the last complete Sync reached (zero before one).
func (ix *Index) Head() Head {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.head
}

// Watch follows an index's Syncs, whoever calls them: it collects the ids
// of the chunks whose events were applied, and notes a new head, until
// Take. C receives (at most one pending value) whenever there is something
// to take, so a consumer that is busy misses nothing and never blocks a
// Sync.
type Watch struct {
	C <-chan struct{}

	c       chan struct{}
	ix      *Index
	mu      sync.Mutex
	chunks  map[uint64]bool
	newHead bool
}

// Watch starts a Watch; Close stops it.
func (ix *Index) Watch() *Watch {
	c := make(chan struct{}, 1)
	w := &Watch{C: c, c: c, ix: ix, chunks: map[uint64]bool{}}
	ix.watchMu.Lock()
	if ix.watchers == nil {
		ix.watchers = map[*Watch]struct{}{}
	}
	ix.watchers[w] = struct{}{}
	ix.watchMu.Unlock()
	return w
}

// Close stops the watch.
func (w *Watch) Close() {
	w.ix.watchMu.Lock()
	delete(w.ix.watchers, w)
	w.ix.watchMu.Unlock()
}

// Take returns the chunks whose events were applied since the last Take,
// in id order, and whether a new head was reached since.
func (w *Watch) Take() (chunks []uint64, newHead bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for id := range w.chunks {
		chunks = append(chunks, id)
	}
	sort.Slice(chunks, func(i, j int) bool { return chunks[i] < chunks[j] })
	newHead = w.newHead
	w.chunks, w.newHead = map[uint64]bool{}, false
	return chunks, newHead
}

// notify hands a Sync's touched chunks and head move to every watch.
func (ix *Index) notify(touched map[uint64]bool, moved bool) {
	if len(touched) == 0 && !moved {
		return
	}
	ix.watchMu.Lock()
	defer ix.watchMu.Unlock()
	for w := range ix.watchers {
		w.mu.Lock()
		for id := range touched {
			w.chunks[id] = true
		}
		w.newHead = w.newHead || moved
		w.mu.Unlock()
		select {
		case w.c <- struct{}{}:
		default:
		}
	}
}
