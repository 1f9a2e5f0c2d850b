package client_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/index"
)

// TestDisputesExpireAndPay: two annotators disagree on every task of a
// k=2, q=2 chunk and nobody rules on the disputes. Their clients wait for
// the reviewers until the dispute window closes, then settle the chunk:
// both are paid for every task, nobody can rule any more, the reviewer fees
// go back to the escrow, and the requester's later reclaim takes them (a
// second reclaim is refused: nothing is left to take).
func TestDisputesExpireAndPay(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann", "bob", "reviewer"}, devchain.Options{})
	spec := soloSpec(4, 4)
	spec.K, spec.Q = 2, 2
	spec.SeniorReputation = 0 // anyone not seated may review: here nobody does
	created := w.create(spec)
	ctx := w.ctx
	open := func(name string) *client.Client { return w.open(name, created.CampaignID) }
	req, ann, bob, rev := open("requester"), open("ann"), open("bob"), open("reviewer")
	const chunk = 0
	disagree(t, ctx, chunk, 4, ann, bob)
	for _, c := range []*client.Client{ann, bob} {
		if _, err := c.Advance(ctx, chunk); err != nil {
			t.Fatal(err)
		}
	}
	a, err := ann.Advance(ctx, chunk) // reveal (bob's commit opened the phase), then finalize once bob reveals
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bob.Advance(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	// Every chunk commits to gold: the requester finalizes, revealing it.
	if _, err := req.Advance(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if a, err = ann.Advance(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if a.Phase != client.PhaseDisputed || a.Done || a.NextAt == 0 || !strings.Contains(a.Wait, "reviewers have until") {
		t.Fatalf("annotator on a disputed chunk: %+v", a)
	}
	ds, err := rev.Disputes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 4 || !ds[0].Eligible || ds[0].Expired {
		t.Fatalf("disputes inside the window: %+v", ds)
	}
	pending, err := bob.Pending(ctx, client.PendingOptions{})
	if err != nil || len(pending) != 1 {
		t.Fatalf("bob's pending chunks: %v, %v (the disputed chunk pays him if it expires)", pending, err)
	}

	// The window closes: nobody may rule, anyone may settle.
	if err := w.chain.AdvanceTime(spec.DisputeWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	if ds, err = rev.Disputes(ctx); err != nil {
		t.Fatal(err)
	}
	if len(ds) != 4 || ds[0].Eligible || !ds[0].Expired || !strings.Contains(ds[0].Why, "dispute window closed") {
		t.Fatalf("disputes after the window: %+v", ds)
	}
	if err := rev.Resolve(ctx, chunk, map[int]uint32{0: 0}); err == nil || !strings.Contains(err.Error(), "dispute window closed") {
		t.Fatalf("resolve after the window: %v", err)
	}
	unresBefore, _ := w.escrowOf(created.CampaignID)
	if a, err = ann.Advance(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if len(a.Did) != 1 || a.Did[0] != client.ActionSettleExpired || !a.Done {
		t.Fatalf("annotator after the window: %+v", a)
	}
	if a, err = bob.Advance(ctx, chunk); err != nil || len(a.Did) != 0 || !a.Done {
		t.Fatalf("bob after ann settled: %+v, %v", a, err)
	}
	reward := spec.Schema.Tiers[0].Reward
	want := new(big.Int).Mul(reward, big.NewInt(4))
	for i, c := range []*client.Client{ann, bob} {
		if got := w.earned([]string{"ann", "bob"}[i]); got.Cmp(want) != 0 {
			t.Fatalf("%s earned %s, want %s (4 tasks x reward)", c.Address().Hex(), got, want)
		}
		var expired *index.Settlement
		for _, s := range c.Settlements(c.Address()) {
			if s.Reason == index.ReasonDisputeExpired {
				expired = &s
			}
		}
		if expired == nil || expired.Credited.Cmp(want) != 0 || expired.RepDelta != 0 {
			t.Fatalf("settlement of the expiry: %+v", expired)
		}
	}
	st, ok := ann.ChunkState(chunk)
	if !ok || st.Expiry == nil || st.InLane || st.Expiry.TaskMask.Cmp(big.NewInt(0xf)) != 0 {
		t.Fatalf("chunk after the expiry: %+v", st)
	}
	fb, err := ann.Feedback(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range fb.Tasks {
		if !o.Expired || o.Disputed || o.Decided {
			t.Fatalf("feedback task after the expiry: %+v", o)
		}
	}
	fees := new(big.Int).Mul(spec.Schema.ReviewerFee, big.NewInt(4))
	unres, reserved := w.escrowOf(created.CampaignID)
	if reserved.Sign() != 0 || new(big.Int).Sub(unres, unresBefore).Cmp(fees) != 0 {
		t.Fatalf("escrow after the expiry: unreserved %s (was %s), reserved %s; want the 4 fees back", unres, unresBefore, reserved)
	}

	// The requester reclaims once the campaign is over; then nothing is left.
	over := spec.Duration + spec.ClaimWindow + spec.CommitWindow + spec.RevealWindow + spec.GoldWindow + spec.DisputeWindow
	if err := w.chain.AdvanceTime(over); err != nil {
		t.Fatal(err)
	}
	if err := req.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	op, err := req.Reclaim(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if op.Op != "#1" {
		t.Fatalf("first reclaim: %+v", op)
	}
	if _, err := req.Reclaim(ctx, ""); err == nil || !strings.Contains(err.Error(), "NothingToReclaim") {
		t.Fatalf("second reclaim of an empty escrow: %v", err)
	}
}
