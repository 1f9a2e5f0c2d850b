package client_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestWorkAssignsSeats: in a campaign whose seats are assigned, annotators
// ask for work and the hub draws their seats; nobody picks a chunk. Three
// annotators of a one-lane campaign all land in chunk 0 (the only lane, the
// lowest chunk), label, commit and reveal; the requester finalizes and
// every seat is paid; the lane is free again and the next request opens
// chunk 1. Asking again before starting on the chunk returns the same
// chunk (a re-run after a crash asks nothing twice), the bond moves to the
// unit, and the picking entry point is refused.
func TestWorkAssignsSeats(t *testing.T) {
	names := []string{"requester", "ann", "bob", "cat"}
	w := startRig(t, 3*time.Minute, names, devchain.Options{})
	ctx := w.ctx
	spec := soloSpec(8, 4)
	spec.K, spec.Q, spec.Lanes = 3, 2, 1
	spec.AssignSeats = true
	created := w.create(spec)
	req := w.open("requester", created.CampaignID)
	if !req.Assigned() {
		t.Fatal("a campaign created with AssignSeats does not assign seats")
	}

	ann := w.open("ann", created.CampaignID)
	// picking is refused before anything is sent (the hub refuses it too:
	// contracts' TestAssignment)
	if err := ann.Claim(ctx, 1); err == nil || !strings.Contains(err.Error(), "ask for work instead") {
		t.Fatalf("claiming a chunk of choice: %v, want refused", err)
	}
	if n := w.nonce(w.address("ann")); n != 0 {
		t.Fatalf("a refused claim sent %d transactions", n)
	}
	annotators := map[string]*client.Client{"ann": ann, "bob": w.open("bob", created.CampaignID), "cat": w.open("cat", created.CampaignID)}
	for _, name := range names[1:] {
		c := annotators[name]
		chunk, err := c.Work(ctx)
		if err != nil {
			t.Fatalf("%s asks for work: %v", name, err)
		}
		if chunk != 0 {
			t.Fatalf("%s was given chunk %d; one lane, so every request joins chunk 0", name, chunk)
		}
		// asking again before starting returns the same seat
		again, err := c.Work(ctx)
		if err != nil || again != chunk {
			t.Fatalf("%s asks again: chunk %d, %v; want chunk %d", name, again, err, chunk)
		}
		if v, err := c.Chunk(ctx, chunk); err != nil || v.Phase != client.PhaseLabeling {
			t.Fatalf("%s's view of its chunk: %+v, %v", name, v, err)
		}
	}
	// one request each: the second Work asked nothing
	stake := created.Stake
	for _, name := range names[1:] {
		if n := w.hubEvents(created.CampaignID, 0, w.address(name)); n["Claimed"] != 1 {
			t.Fatalf("%s: %d Claimed events, want 1", name, n["Claimed"])
		}
		locked := protocol.SeatStake(stake, 4)
		reserve := annotators[name].StakeReserve()
		if got, want := w.credited(name), new(big.Int).Sub(reserve, locked); got.Cmp(want) != 0 {
			t.Fatalf("%s credited %s, want the reserve %s less the seat's stake %s (the bond came back)", name, got, reserve, locked)
		}
	}

	for _, name := range names[1:] {
		c := annotators[name]
		tasks, err := c.Tasks(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, tv := range tasks {
			if err := c.PutLabel(0, tv.Index, 1, time.Second); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.Commit(ctx, 0); err != nil {
			t.Fatalf("%s commits: %v", name, err)
		}
	}
	for _, name := range names[1:] {
		if err := annotators[name].Reveal(ctx, 0); err != nil {
			t.Fatalf("%s reveals: %v", name, err)
		}
	}
	if err := req.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if a, err := req.Advance(ctx, 0); err != nil || len(a.Did) != 1 || a.Did[0] != client.ActionFinalize {
		t.Fatalf("requester finalizes: %+v, %v", a, err)
	}
	reward := tokens(1)
	for _, name := range names[1:] {
		c := annotators[name]
		want := new(big.Int).Add(c.StakeReserve(), new(big.Int).Mul(reward, big.NewInt(4)))
		if got := w.credited(name); got.Cmp(want) != 0 {
			t.Fatalf("%s credited %s after finalize, want %s (stake back and 4 labels paid)", name, got, want)
		}
	}

	// the lane is free: the next request opens the next chunk
	next, err := ann.Work(ctx)
	if err != nil || next != 1 {
		t.Fatalf("ann asks for more work: chunk %d, %v; want chunk 1", next, err)
	}
}

// TestWorkDrawsLanes: with four lanes, five annotators' requests land
// where the hub's draw puts them, which the client computes beforehand from
// the block hash and its index: every assign lands at its first attempt
// (each annotator sends exactly its stake deposit, one request and one
// assign), chunks open in manifest order, and each annotator holds the
// seat it was told about.
func TestWorkDrawsLanes(t *testing.T) {
	names := []string{"requester", "a1", "a2", "a3", "a4", "a5"}
	w := startRig(t, 3*time.Minute, names, devchain.Options{})
	ctx := w.ctx
	spec := soloSpec(16, 4)
	spec.K, spec.Q, spec.Lanes = 3, 2, 4
	spec.AssignSeats = true
	created := w.create(spec)
	opened := map[uint64]bool{}
	for _, name := range names[1:] {
		c := w.open(name, created.CampaignID)
		chunk, err := c.Work(ctx)
		if err != nil {
			t.Fatalf("%s asks for work: %v", name, err)
		}
		opened[chunk] = true
		if v, err := c.Chunk(ctx, chunk); err != nil || v.Phase != client.PhaseLabeling {
			t.Fatalf("%s's view of chunk %d: %+v, %v", name, chunk, v, err)
		}
		if n := w.nonce(w.address(name)); n != 4 {
			t.Fatalf("%s sent %d transactions, want 4 (approve, deposit, request, assign): a draw was mispredicted", name, n)
		}
	}
	for id := range opened {
		if id >= uint64(len(opened)) {
			t.Fatalf("chunks opened %v: not the lowest ones", opened)
		}
	}
}

// TestWorkAfterExpiredRequest: a request nobody assigned within 256 blocks
// (the annotator's client was away) is closed by the next Work, which says
// the bond was slashed and sends nothing more; asking again then gets a
// seat. The bond is the only loss, to the unit.
func TestWorkAfterExpiredRequest(t *testing.T) {
	w := startRig(t, 3*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	ctx := w.ctx
	spec := soloSpec(8, 4)
	spec.AssignSeats = true
	created := w.create(spec)
	ann := w.open("ann", created.CampaignID)
	// A first Work deposits the stake reserve and takes a seat; the chunk
	// is left unlabeled, so that the next request is the point.
	if _, err := ann.Work(ctx); err != nil {
		t.Fatal(err)
	}
	// A request sent by hand (another client of the same key, say) that
	// nobody assigns.
	opts, err := w.account("ann").TransactOpts(ctx, w.chain.Client(), w.chainID)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := bind.Transact(w.hub.Instance(w.chain.Client(), w.addrs.Hub), opts, w.hub.PackRequestSeat(created.CampaignID))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, w.chain.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	for range protocol.AssignBlocks {
		if _, err := w.chain.Mine(); err != nil {
			t.Fatal(err)
		}
	}
	before := w.credited("ann")
	sent := w.nonce(w.address("ann"))
	_, err = ann.Work(ctx)
	if err == nil || !strings.Contains(err.Error(), "the request expired before it was assigned; its bond of") {
		t.Fatalf("Work after an expired request: %v, want the slashed bond named", err)
	}
	if n := w.nonce(w.address("ann")); n != sent+1 {
		t.Fatalf("closing the expired request sent %d transactions, want 1 (assign)", n-sent)
	}
	if got := w.credited("ann"); got.Cmp(before) != 0 {
		t.Fatalf("credited %s, want %s: the bond was locked already, and is gone", got, before)
	}
	chunk, err := ann.Work(ctx)
	if err != nil {
		t.Fatalf("asking again: %v", err)
	}
	if v, err := ann.Chunk(ctx, chunk); err != nil || v.Phase != client.PhaseLabeling {
		t.Fatalf("the new seat: %+v, %v", v, err)
	}
}
