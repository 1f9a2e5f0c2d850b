package lanes

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Backend is what rebuilding needs: log filtering and block headers (for the
// time a chunk was finalized). ethclient.Client and the simulated client fit.
type Backend interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Campaign is what the records depend on: replication and each tier's
// minimum reputation (from the hub's campaignInfo).
type Campaign struct {
	ID     *big.Int
	K      int
	MinRep []uint32 // per tier
}

var hubABI = bindings.NewKappaHub()

// Rebuild replays the campaign's events from block `from` (the campaign's
// creation block, or 0) and returns the record of every busy lane. Compare a
// record's Hash with the hub's laneHash before using it: a mismatch means an
// event was missed or the chain moved on.
func Rebuild(ctx context.Context, b Backend, hub common.Address, c Campaign, from uint64) (map[uint64]*protocol.Record, error) {
	if c.ID == nil || c.K <= 0 {
		return nil, fmt.Errorf("rebuild lanes: campaign id and k are required")
	}
	ab := hubABI.GetABI()
	var ids []common.Hash
	for _, name := range []string{"ChunkOpened", "Claimed", "Committed", "Revealed", "Finalized", "ChunkReleased", "Resolved", "DisputesExpired", "Settled"} {
		ids = append(ids, ab.Events[name].ID)
	}
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{hub},
		Topics:    [][]common.Hash{ids, {common.BigToHash(c.ID)}},
	})
	if err != nil {
		return nil, fmt.Errorf("rebuild lanes of campaign %s: filter logs: %w", c.ID, err)
	}
	lanes := map[uint64]*protocol.Record{}
	laneOf := map[uint64]uint64{}         // chunk -> lane
	excluded := map[uint64]map[int]bool{} // chunk -> seats settled as excluded in this finalize
	rec := func(chunk uint64) (*protocol.Record, uint64, error) {
		lane, ok := laneOf[chunk]
		if !ok || lanes[lane] == nil {
			return nil, 0, fmt.Errorf("rebuild lanes: event for chunk %d, which is in no lane", chunk)
		}
		return lanes[lane], lane, nil
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		switch l.Topics[0] {
		case ab.Events["ChunkOpened"].ID:
			ev, err := hubABI.UnpackChunkOpenedEvent(l)
			if err != nil {
				return nil, err
			}
			tier := ev.Tier.Uint64()
			if tier >= uint64(len(c.MinRep)) {
				return nil, fmt.Errorf("rebuild lanes: chunk %s has tier %d, campaign has %d tiers", ev.ChunkId, tier, len(c.MinRep))
			}
			leaf := protocol.Leaf{ChunkID: ev.ChunkId.Uint64(), Tier: uint8(tier), Size: uint16(ev.Size.Uint64()), GoldCommitment: ev.GoldCommitment}
			r := protocol.NewRecord(leaf, c.MinRep[tier], c.K, common.Address{}, ev.OpenedAt.Uint64())
			r.Seats[0] = protocol.Seat{} // the Claimed event of the same transaction fills seat 0
			lanes[ev.Lane.Uint64()] = &r
			laneOf[leaf.ChunkID] = ev.Lane.Uint64()
		case ab.Events["Claimed"].ID:
			ev, err := hubABI.UnpackClaimedEvent(l)
			if err != nil {
				return nil, err
			}
			r, _, err := rec(ev.ChunkId.Uint64())
			if err != nil {
				return nil, err
			}
			if err := r.ApplyClaim(int(ev.Seat.Uint64()), ev.Annotator, ev.ClaimedAt.Uint64()); err != nil {
				return nil, err
			}
		case ab.Events["Committed"].ID:
			ev, err := hubABI.UnpackCommittedEvent(l)
			if err != nil {
				return nil, err
			}
			r, _, err := rec(ev.ChunkId.Uint64())
			if err != nil {
				return nil, err
			}
			if err := r.ApplyCommit(int(ev.Seat.Uint64()), ev.Commitment, ev.RevealAt.Uint64()); err != nil {
				return nil, err
			}
		case ab.Events["Revealed"].ID:
			ev, err := hubABI.UnpackRevealedEvent(l)
			if err != nil {
				return nil, err
			}
			r, _, err := rec(ev.ChunkId.Uint64())
			if err != nil {
				return nil, err
			}
			if err := r.ApplyReveal(int(ev.Seat.Uint64()), ev.Labels); err != nil {
				return nil, err
			}
		case ab.Events["Settled"].ID:
			ev, err := hubABI.UnpackSettledEvent(l)
			if err != nil {
				return nil, err
			}
			// reasons 1 (GoldFailed) and 2 (NoReveal) exclude the seat at finalize
			if ev.Reason != 1 && ev.Reason != 2 {
				continue
			}
			r, _, err := rec(ev.ChunkId.Uint64())
			if err != nil {
				return nil, err
			}
			chunk := ev.ChunkId.Uint64()
			if excluded[chunk] == nil {
				excluded[chunk] = map[int]bool{}
			}
			excluded[chunk][r.SeatOf(ev.Account)] = true
		case ab.Events["Finalized"].ID:
			ev, err := hubABI.UnpackFinalizedEvent(l)
			if err != nil {
				return nil, err
			}
			chunk := ev.ChunkId.Uint64()
			r, lane, err := rec(chunk)
			if err != nil {
				return nil, err
			}
			if ev.DisputeMask.Sign() == 0 {
				delete(lanes, lane)
				delete(laneOf, chunk)
				delete(excluded, chunk)
				continue
			}
			h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, fmt.Errorf("rebuild lanes: header of block %d: %w", l.BlockNumber, err)
			}
			ex := make([]bool, c.K)
			for seat := range excluded[chunk] {
				if seat >= 0 && seat < c.K {
					ex[seat] = true
				}
			}
			r.ApplyFinalize(ev.DisputeMask, ex, h.Time)
			delete(excluded, chunk)
		case ab.Events["ChunkReleased"].ID: // finalized without a vote: the lane is free
			ev, err := hubABI.UnpackChunkReleasedEvent(l)
			if err != nil {
				return nil, err
			}
			chunk := ev.ChunkId.Uint64()
			if _, lane, err := rec(chunk); err == nil {
				delete(lanes, lane)
			}
			delete(laneOf, chunk)
			delete(excluded, chunk)
		case ab.Events["Resolved"].ID:
			ev, err := hubABI.UnpackResolvedEvent(l)
			if err != nil {
				return nil, err
			}
			r, lane, err := rec(ev.ChunkId.Uint64())
			if err != nil {
				return nil, err
			}
			if !r.ApplyResolve(ev.TaskMask) {
				delete(lanes, lane)
				delete(laneOf, ev.ChunkId.Uint64())
			}
		case ab.Events["DisputesExpired"].ID: // settled unreviewed: the lane is free
			ev, err := hubABI.UnpackDisputesExpiredEvent(l)
			if err != nil {
				return nil, err
			}
			chunk := ev.ChunkId.Uint64()
			if _, lane, err := rec(chunk); err == nil {
				delete(lanes, lane)
			}
			delete(laneOf, chunk)
		}
	}
	return lanes, nil
}
