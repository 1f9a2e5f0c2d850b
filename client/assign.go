package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client/chain"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// ErrNoSeat is returned (wrapped) by Work when the hub found no seat in
// any lane the account may take: every lane busy with chunks whose seats
// are taken, no chunk left to open, or tiers above the account's
// reputation. The request closed and its bond is back.
var ErrNoSeat = errors.New("no free seat in any lane")

// Assigned reports whether the campaign assigns seats (protocol v2 §2):
// the account asks for work (Work) instead of choosing a chunk (Claim).
func (c *Client) Assigned() bool { return c.index.Info().Chunks != 0 }

// Work asks the campaign for a seat and returns the chunk the hub drew for
// it. It sends requestSeat (the bond, one task's stake, is deposited first
// when the credited balance falls short), waits for the block whose hash
// draws the seat, computes the draw from the index the way the hub does,
// deposits the seat's stake when needed, and sends assign. Every step is
// journaled under the request's number: a crash anywhere resumes the same
// request, and a re-run after the seat was given returns that chunk rather
// than asking again while it is still unlabeled.
func (c *Client) Work(ctx context.Context) (uint64, error) {
	if !c.Assigned() {
		return 0, errors.New("ask for a seat: this campaign lets annotators pick chunks (claim one instead)")
	}
	at, count, err := c.reader.RequestOf(ctx, c.campaign, c.Address())
	if err != nil {
		return 0, fmt.Errorf("ask for a seat: %w", err)
	}
	if at == 0 {
		// The last request was assigned (or closed): a re-run after a crash
		// returns its chunk while the account has not started on it.
		if chunk, ok := c.assignedChunk(ctx, count); ok {
			return chunk, nil
		}
		if at, count, err = c.requestSeat(ctx, count+1); err != nil {
			return 0, err
		}
	}
	if err := c.waitBlock(ctx, at+2); err != nil {
		return 0, fmt.Errorf("ask for a seat: wait for block %d, whose parent's hash draws the seat: %w", at+2, err)
	}
	return c.assign(ctx, at, count)
}

// requestSeat sends the account's n-th seat request (or finishes one an
// earlier run left in flight) and returns the pending request.
func (c *Client) requestSeat(ctx context.Context, n uint64) (uint64, uint64, error) {
	key := c.actionKey(journal.KindRequest, 0, fmt.Sprintf("n%d", n), 0)
	in, open, err := c.deps.Journal.IntentByKey(key)
	if err != nil {
		return 0, 0, fmt.Errorf("ask for a seat: %w", err)
	}
	if !open || in.State == journal.StateReverted || in.State == journal.StateDropped {
		// The bond now, and the stake of a seat of the largest chunk, so
		// that the assign that follows need not wait for a deposit.
		if err := c.ensureStakeFor(ctx, "ask for a seat", c.StakeReserve(), func() error { return nil }); err != nil {
			return 0, 0, err
		}
	}
	c.mu.Lock()
	_, err = c.send(ctx, journal.KindRequest, 0, key, c.hub.PackRequestSeat(c.campaign))
	c.mu.Unlock()
	if err != nil {
		return 0, 0, fmt.Errorf("ask for a seat: %w", err)
	}
	at, count, err := c.reader.RequestOf(ctx, c.campaign, c.Address())
	if err != nil {
		return 0, 0, fmt.Errorf("ask for a seat: %w", err)
	}
	if at == 0 {
		return 0, 0, fmt.Errorf("ask for a seat: request %d was sent but is not pending on-chain", n)
	}
	return at, count, nil
}

// waitBlock waits until the chain's head reaches block n.
func (c *Client) waitBlock(ctx context.Context, n uint64) error {
	for {
		h, err := c.deps.Backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read chain head: %w", err)
		}
		if h.Number.Uint64() >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// assignAttempts bounds how often assign recomputes its draw after a lane
// changed under it (StaleRecord) or the draw went further than predicted.
const assignAttempts = 4

// assign sends assign for the account's pending request number count made
// in block at, and returns the chunk it was given.
func (c *Client) assign(ctx context.Context, at, count uint64) (uint64, error) {
	what := fmt.Sprintf("n%d", count)
	// An earlier run may have sent it already: finish that one.
	if res, ok, err := c.journaledAssign(ctx, count); err != nil {
		return 0, fmt.Errorf("ask for a seat: %w", err)
	} else if ok {
		return c.assignedIn(res)
	}
	var lastErr error
	for attempt := 0; attempt < assignAttempts; attempt++ {
		d, err := c.draw(ctx, at, count)
		if err != nil {
			return 0, err
		}
		if d.chunk >= 0 {
			if err := c.ensureStake(ctx, uint64(d.chunk), func() error { return nil }); err != nil {
				return 0, err
			}
		}
		c.mu.Lock()
		res, err := c.send(ctx, journal.KindAssign, 0, c.actionKey(journal.KindAssign, 0, what, attempt), d.data)
		c.mu.Unlock()
		if err == nil {
			return c.assignedIn(res)
		}
		if !isRevert(err, "StaleRecord", "ProbeIncomplete", "WrongChunk") {
			return 0, fmt.Errorf("ask for a seat: %w", err)
		}
		lastErr = err
	}
	return 0, fmt.Errorf("ask for a seat: %w", lastErr)
}

// seatDraw is the client's prediction of an assign: its calldata and the
// chunk it expects to seat the account in (-1: none anywhere).
type seatDraw struct {
	data  []byte
	chunk int
}

// draw computes what the hub's assign will do with the request made in
// block at (number count): the lane its draw starts from, the records of
// the lanes it probes up to the one that gives a seat, and the leaf of the
// lowest chunk not yet taken for a free lane.
func (c *Client) draw(ctx context.Context, at, count uint64) (seatDraw, error) {
	if _, err := c.index.Sync(ctx); err != nil {
		return seatDraw{}, fmt.Errorf("ask for a seat: %w", err)
	}
	info := c.index.Info()
	h, err := c.deps.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(at+1))
	if err != nil {
		return seatDraw{}, fmt.Errorf("ask for a seat: read block %d: %w", at+1, err)
	}
	now, err := c.chainTime(ctx)
	if err != nil {
		return seatDraw{}, err
	}
	// The account's reputation, read once and only if a tier minimum asks.
	var rep *uint64
	qualifies := func(min uint32) (bool, error) {
		if min == 0 {
			return true, nil
		}
		if rep == nil {
			r, err := c.Reputation(ctx)
			if err != nil {
				return false, err
			}
			rep = &r
		}
		return *rep >= uint64(min), nil
	}
	lanes := int(info.Lanes)
	start := protocol.AssignStart(h.Hash(), c.campaign.Uint64(), c.Address(), count, lanes)
	// The lowest chunk not taken, from the index (it saw every opening and
	// release), as the hub finds it from its cursor.
	next := -1
	for id := uint64(0); id < uint64(info.Chunks); id++ {
		if ch, opened := c.index.Chunk(id); !opened || ch.Release != nil && !ch.InLane {
			next = int(id)
			break
		}
	}
	busy := c.index.BusyLanes()
	d := seatDraw{chunk: -1}
	var recs [][]*big.Int
	sawFree := false
	for i := 0; i < lanes && d.chunk < 0; i++ {
		lane := uint64((start + i) % lanes)
		id, isBusy := busy[lane]
		if !isBusy {
			sawFree = true
			recs = append(recs, []*big.Int{})
			if next >= 0 {
				ok, err := qualifies(info.Tiers[c.leaves[uint64(next)].Tier].MinReputation)
				if err != nil {
					return seatDraw{}, err
				}
				if ok {
					d.chunk = next
				}
			}
			continue
		}
		ch, _ := c.index.Chunk(id)
		recs = append(recs, ch.Record.Words())
		if s := protocol.FreeSeat(ch.Record, c.Address(), now+1, uint64(info.ClaimWindow), uint64(info.CommitWindow)); s >= 0 {
			ok, err := qualifies(ch.Record.MinReputation)
			if err != nil {
				return seatDraw{}, err
			}
			if ok {
				d.chunk = int(id)
			}
		}
	}
	// The hub reads the next chunk's leaf only at a free lane (for its
	// tier): a draw that probes none leaves it out, and its calldata.
	leaf := bindings.KappaHubChunkLeaf{}
	var proof [][32]byte
	if next >= 0 && sawFree {
		l := c.leaves[uint64(next)]
		leaf = bindings.KappaHubChunkLeaf{ChunkId: l.ChunkID, Tier: l.Tier, Size: l.Size, TasksRoot: l.TasksRoot, GoldCommitment: l.GoldCommitment}
		if proof, err = c.tree.Proof(c.leafIndex[uint64(next)]); err != nil {
			return seatDraw{}, fmt.Errorf("ask for a seat: proof of chunk %d: %w", next, err)
		}
	}
	d.data = c.hub.PackAssign(c.campaign, c.Address(), leaf, proof, recs)
	return d, nil
}

// assignedIn reads an assign's receipt: the chunk whose seat the account
// was given, or ErrNoSeat when the request closed without one.
func (c *Client) assignedIn(res *chain.Result) (uint64, error) {
	if res == nil || res.Receipt == nil {
		return 0, errors.New("ask for a seat: assign sent, no receipt yet")
	}
	me := c.Address()
	for _, l := range res.Receipt.Logs {
		if ev, err := c.hub.UnpackClaimedEvent(l); err == nil && ev.Annotator == me {
			chunk := ev.ChunkId.Uint64()
			c.prefetch(chunk)
			return chunk, nil
		}
		if ev, err := c.hub.UnpackRequestClosedEvent(l); err == nil && ev.Annotator == me {
			if ev.Slashed.Sign() > 0 {
				return 0, fmt.Errorf("ask for a seat: the request expired before it was assigned; its bond of %s was slashed: ask again", ev.Slashed)
			}
			return 0, fmt.Errorf("ask for a seat: %w; the bond is back: ask again after a chunk finalizes", ErrNoSeat)
		}
	}
	return 0, errors.New("ask for a seat: assign mined without a seat or a closed request for this account")
}

// journaledAssign is the assign of request number count that an earlier
// call, or a run that died, journaled: one still in flight is finished (the
// same bytes), a mined one's receipt read from the node. ok is false when
// there is none, or only failed attempts.
func (c *Client) journaledAssign(ctx context.Context, count uint64) (res *chain.Result, ok bool, err error) {
	for attempt := 0; attempt < assignAttempts; attempt++ {
		key := c.actionKey(journal.KindAssign, 0, fmt.Sprintf("n%d", count), attempt)
		in, found, err := c.deps.Journal.IntentByKey(key)
		if err != nil {
			return nil, false, err
		}
		if !found {
			continue
		}
		switch in.State {
		case journal.StatePending, journal.StateSent:
			res, err := c.send(ctx, journal.KindAssign, 0, key, in.Calldata)
			return res, err == nil, err
		case journal.StateMined:
			rcpt, err := c.deps.Backend.TransactionReceipt(ctx, in.Hash)
			if err != nil {
				return nil, false, fmt.Errorf("receipt of %s: %w", in.Hash.Hex(), err)
			}
			return &chain.Result{Intent: in, Receipt: rcpt}, true, nil
		}
	}
	return nil, false, nil
}

// assignedChunk is the chunk request number count gave the account, when
// its assign is in the journal and the account has not committed there
// yet: what a re-run of Work returns instead of asking again.
func (c *Client) assignedChunk(ctx context.Context, count uint64) (uint64, bool) {
	if count == 0 {
		return 0, false
	}
	res, ok, err := c.journaledAssign(ctx, count)
	if err != nil || !ok {
		return 0, false
	}
	chunk, err := c.assignedIn(res)
	if err != nil {
		return 0, false
	}
	if _, err := c.index.Sync(ctx); err != nil {
		return 0, false
	}
	ch, ok := c.index.Chunk(chunk)
	if !ok {
		return 0, false
	}
	seat := ch.Record.SeatOf(c.Address())
	return chunk, seat >= 0 && ch.Record.Seats[seat].Status == protocol.SeatClaimed
}
