package client_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// raceBackend runs first() once, just before the first transaction it
// forwards: another claimer's transaction lands between this client's
// choice of a lane and its own transaction.
type raceBackend struct {
	client.Backend
	once  sync.Once
	first func()
}

func (b *raceBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.once.Do(b.first)
	return b.Backend.SendTransaction(ctx, tx)
}

// TestClaimLosesItsLane: alice picks the first free lane for chunk 0, but
// bob opens chunk 1 in that lane before her transaction lands, so hers
// reverts with LaneBusy. Her claim picks another free lane and opens the
// chunk there (the demo failed on this race: "claim chunk 2: LaneBusy").
func TestClaimLosesItsLane(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "alice", "bob"}, devchain.Options{})
	spec := soloSpec(8, 4) // two chunks, two lanes
	created := w.create(spec)
	ctx := w.ctx
	bob := w.open("bob", created.CampaignID)
	d := w.depsAt("alice", w.chain.Client(), w.node.APIAddr(), t.TempDir())
	race := &raceBackend{Backend: d.Backend}
	race.first = func() {
		if err := bob.Claim(ctx, 1); err != nil {
			t.Errorf("bob's claim: %v", err)
		}
	}
	d.Backend = race
	alice, err := client.Open(ctx, d, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	if err := alice.Claim(ctx, 0); err != nil {
		t.Fatalf("alice's claim after losing her lane: %v", err)
	}
	if err := alice.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	c0, ok0 := alice.ChunkState(0)
	c1, ok1 := alice.ChunkState(1)
	if !ok0 || !ok1 || c0.Lane == c1.Lane {
		t.Fatalf("chunk 0 %+v, chunk 1 %+v: want both open, in different lanes", c0, c1)
	}
	if c0.Record.SeatOf(w.address("alice")) != 0 || c1.Record.SeatOf(w.address("bob")) != 0 {
		t.Fatalf("seats: chunk 0 %+v, chunk 1 %+v", c0.Record.Seats, c1.Record.Seats)
	}
}
