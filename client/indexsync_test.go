package client_test

import (
	"context"
	"math/big"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/index"
)

// rangeRecorder is a backend that records the block range of every
// eth_getLogs call it passes on, and counts its eth_calls.
type rangeRecorder struct {
	index.Backend
	mu     sync.Mutex
	ranges [][2]uint64
	calls  int
}

func (r *rangeRecorder) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	r.mu.Lock()
	r.calls++
	r.mu.Unlock()
	return r.Backend.CallContract(ctx, msg, block)
}

func (r *rangeRecorder) callCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls
}

func (r *rangeRecorder) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.mu.Lock()
	r.ranges = append(r.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	r.mu.Unlock()
	return r.Backend.FilterLogs(ctx, q)
}

func (r *rangeRecorder) taken() [][2]uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([][2]uint64(nil), r.ranges...)
}

// TestIndexSyncBoundsLogRanges spreads a campaign's events (its chunks
// opened and claimed) over more blocks than Options.BlockRange, with empty
// blocks between them, and syncs a fresh index over the real dev chain: it
// asks for the logs of at most BlockRange blocks at a time, in contiguous
// ranges from block 0 to the head, and finds every event the default range
// (one query) finds, its lanes agreeing with the hub's. A second sync after
// more blocks scans only the new ones.
func TestIndexSyncBoundsLogRanges(t *testing.T) {
	const span = 4
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(3*crashChunkSize, crashChunkSize))
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	c, err := client.Open(ctx, w.deps("ann"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	mine := func(n int) {
		t.Helper()
		for range n {
			if _, err := w.chain.Mine(); err != nil {
				t.Fatal(err)
			}
		}
	}
	for chunk := uint64(0); chunk < 3; chunk++ {
		mine(2*span + 1)
		if err := c.Claim(ctx, chunk); err != nil {
			t.Fatalf("claim chunk %d: %v", chunk, err)
		}
	}
	mine(span + 1)

	bounded := &rangeRecorder{Backend: w.chain.Client()}
	ix, err := index.Open(ctx, bounded, w.addrs.Hub, created.CampaignID, index.Options{BlockRange: span})
	if err != nil {
		t.Fatal(err)
	}
	head, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkRanges := func(ranges [][2]uint64, from, to uint64) {
		t.Helper()
		if want := int((to - from + span) / span); len(ranges) != want {
			t.Fatalf("blocks %d-%d synced in %d eth_getLogs calls, want %d: %v", from, to, len(ranges), want, ranges)
		}
		next := from
		for _, r := range ranges {
			if r[0] != next || r[1] < r[0] || r[1]-r[0]+1 > span {
				t.Fatalf("eth_getLogs ranges %v: range %v is not the next %d blocks from %d", ranges, r, span, next)
			}
			next = r[1] + 1
		}
		if next != to+1 {
			t.Fatalf("eth_getLogs ranges %v end at %d, want the head %d", ranges, next-1, to)
		}
	}
	checkRanges(bounded.taken(), 0, head)

	whole := &rangeRecorder{Backend: w.chain.Client()}
	ref, err := index.Open(ctx, whole, w.addrs.Hub, created.CampaignID, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ref.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(whole.taken()); n != 1 {
		t.Errorf("the default range synced %d blocks in %d eth_getLogs calls, want 1", head+1, n)
	}
	got, want := ix.Chunks(), ref.Chunks()
	if len(want) != 3 {
		t.Fatalf("reference index has %d chunks, want 3", len(want))
	}
	for _, ch := range want {
		if len(ch.Claims) != 1 {
			t.Fatalf("reference chunk %d has %d claims, want 1", ch.ID, len(ch.Claims))
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bounded sync found\n%+v\nthe default sync found\n%+v", got, want)
	}
	if err := ix.Verify(ctx); err != nil {
		t.Error(err)
	}

	// The next sync starts after the head the last one reached.
	before := len(bounded.taken())
	mine(span + 2)
	head2, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkRanges(bounded.taken()[before:], head+1, head2)
}

// TestIndexSyncRereadsInfo opens an index, then claims a chunk (which
// reserves escrow for it) through another client: the index's next Sync
// applies the events and rereads the campaign info, so Info shows the
// reservation as the hub has it without a RefreshInfo (the terminal UI's
// status loop relies on this in a long session). A sync that applied
// nothing reads no info.
func TestIndexSyncRereadsInfo(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(2*crashChunkSize, crashChunkSize))
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	rec := &rangeRecorder{Backend: w.chain.Client()}
	ix, err := index.Open(ctx, rec, w.addrs.Hub, created.CampaignID, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	before := ix.Info().Reserved
	c, err := client.Open(ctx, w.deps("ann"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := c.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	want := c.Info().Reserved
	if want.Cmp(before) <= 0 {
		t.Fatalf("the claim left the reserved escrow at %s (was %s)", want, before)
	}
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if got := ix.Info().Reserved; got.Cmp(want) != 0 {
		t.Errorf("after a sync over the claim the index says %s reserved, the hub %s", got, want)
	}
	calls := rec.callCount()
	if _, err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := rec.callCount() - calls; n != 0 {
		t.Errorf("a sync that applied no events made %d eth_calls", n)
	}
}
