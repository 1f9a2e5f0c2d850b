package devnet

import (
	"math/big"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet/corpus"
)

// TestSampleChunkCycle proves the sample campaign is labelable as set up:
// alice, bob and carol claim chunk 0, alice and bob give the corpus labels,
// carol answers "computers" to everything, all commit and reveal, and the
// requester finalizes with the gold answer from its journal. Every credit
// and reputation is checked to the unit, and alice's reputation unlocks
// the expert tier.
func TestSampleChunkCycle(t *testing.T) {
	ctx := testContext(t)
	d := startT(t, ctx, Options{Dir: t.TempDir()})
	items, err := corpus.Fortunes()
	if err != nil {
		t.Fatal(err)
	}
	spec, err := SampleCampaign()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{Alice, Bob, Carol}
	clients := map[string]*client.Client{}
	for _, n := range append(names, Requester) {
		c, j, err := d.OpenClient(ctx, n)
		if err != nil {
			t.Fatalf("open client of %s: %v", n, err)
		}
		t.Cleanup(func() { j.Close() })
		clients[n] = c
	}

	const chunk = 0
	for _, n := range names {
		if err := clients[n].Claim(ctx, chunk); err != nil {
			t.Fatalf("%s claims chunk %d: %v", n, chunk, err)
		}
	}
	s := clients[Alice].Schema()
	computers, _ := s.Label("computers")
	goldIdx := -1
	carolMatched := 0
	for _, n := range names {
		tasks, err := clients[n].Tasks(ctx, chunk)
		if err != nil {
			t.Fatal(err)
		}
		if len(tasks) != SampleChunkSize {
			t.Fatalf("%s sees %d tasks in chunk %d", n, len(tasks), chunk)
		}
		for i, task := range tasks {
			it := items[i] // chunk 0 holds the first texts, in order
			if task.Task.Text != it.Text {
				t.Fatalf("chunk %d task %d is %q, want %q", chunk, i, task.Task.Text, it.Text)
			}
			v, _ := s.Label(it.Label)
			if n == Carol {
				v = computers
				if it.Label == "computers" {
					carolMatched++
				}
			}
			if err := clients[n].PutLabel(chunk, i, uint32(v), 3*time.Second); err != nil {
				t.Fatal(err)
			}
			if len(spec.Tasks[i].Gold) > 0 {
				goldIdx = i
			}
		}
	}
	for _, n := range names {
		if err := clients[n].Commit(ctx, chunk); err != nil {
			t.Fatalf("%s commits: %v", n, err)
		}
	}
	for _, n := range names {
		if err := clients[n].Reveal(ctx, chunk); err != nil {
			t.Fatalf("%s reveals: %v", n, err)
		}
	}
	if err := clients[Requester].Finalize(ctx, chunk); err != nil {
		t.Fatalf("requester finalizes: %v", err)
	}

	// alice and bob agree on all 8 texts: 8 KAPPA each, and +1 reputation
	// for the gold task they matched (agreeing with the quorum pays but
	// moves no reputation). carol misses the gold task unless it is about
	// computers.
	// Missing gold also burns carol's seat stake.
	seat := clients[Carol].SeatStake(chunk)
	wantCarolCredit, wantCarolRep, wantCarolSlash := new(big.Int), uint64(100-5), seat
	if items[goldIdx].Label == "computers" {
		wantCarolCredit = KAPPA(int64(carolMatched))
		wantCarolRep = 100 + 1
		wantCarolSlash = new(big.Int)
	}
	if seat.Sign() == 0 {
		t.Fatal("the sample campaign stakes nothing")
	}
	for _, tc := range []struct {
		name          string
		earned, slash *big.Int
		rep           uint64
	}{
		{Alice, KAPPA(8), new(big.Int), 101},
		{Bob, KAPPA(8), new(big.Int), 101},
		{Carol, wantCarolCredit, wantCarolSlash, wantCarolRep},
	} {
		c := clients[tc.name]
		e, err := c.Earnings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := c.Reputation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if e.Earned.Cmp(tc.earned) != 0 || e.Slashed.Cmp(tc.slash) != 0 || e.Staked.Sign() != 0 || rep != tc.rep {
			t.Errorf("%s: earned %v, slashed %v, staked %v, reputation %d; want %v, %v, 0, %d", tc.name, e.Earned, e.Slashed, e.Staked, rep, tc.earned, tc.slash, tc.rep)
		}
	}
	info, err := d.CampaignInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Add(KAPPA(16), wantCarolCredit)
	if want := new(big.Int).Sub(KAPPA(328), paid); info.Unreserved.Cmp(want) != 0 || info.Reserved.Sign() != 0 {
		t.Errorf("escrow after finalize: unreserved %v, reserved %v; want %v, 0", info.Unreserved, info.Reserved, want)
	}

	// Reputation 101 opens the expert tier (101) to alice; carol's does not.
	for _, tc := range []struct {
		name string
		want client.Phase
	}{{Alice, client.PhaseClaimable}, {Carol, client.PhaseLocked}} {
		views, err := clients[tc.name].Chunks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		last := views[len(views)-1]
		if last.TierName != "expert" || last.Phase != tc.want {
			t.Errorf("%s sees the last chunk as %s/%s, want expert/%s", tc.name, last.TierName, last.Phase, tc.want)
		}
	}
}
