package client_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// TestReviewWindow: senior reviewers rule first. During the campaign's
// review window the arbiter (not senior here) sees the disputes as not
// yours yet, with the time it may rule, and the hub refuses its ruling;
// after the window it rules.
func TestReviewWindow(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann", "bob", "arbiter"}, devchain.Options{})
	spec := soloSpec(4, 4)
	spec.K, spec.Q = 2, 2
	spec.SeniorReputation = 101 // above everyone's start: the arbiter is not senior
	spec.Arbiter = w.address("arbiter")
	spec.DisputeWindow, spec.ReviewWindow = 3*time.Hour, 2*time.Hour
	created := w.create(spec)
	ctx := w.ctx
	open := func(name string) *client.Client { return w.open(name, created.CampaignID) }
	req, ann, bob, arb := open("requester"), open("ann"), open("bob"), open("arbiter")
	if got := arb.Info().ReviewWindow; got != 7200 {
		t.Fatalf("review window %d s on chain, want 7200", got)
	}
	const chunk = 0
	disagree(t, ctx, chunk, 4, ann, bob)
	for _, c := range []*client.Client{ann, bob, ann, bob, req} {
		if _, err := c.Advance(ctx, chunk); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := arb.Disputes(ctx)
	if err != nil || len(ds) != 4 {
		t.Fatalf("the arbiter's disputes: %+v, %v", ds, err)
	}
	if ds[0].Eligible || !strings.Contains(ds[0].Why, "senior reviewers rule first") {
		t.Fatalf("dispute inside the review window: %+v", ds[0])
	}
	if err := arb.Resolve(ctx, chunk, map[int]uint32{0: 1}); err == nil {
		t.Fatal("the arbiter ruled inside the review window")
	}
	if err := w.chain.AdvanceTime(2*time.Hour + time.Minute); err != nil {
		t.Fatal(err)
	}
	if ds, err = arb.Disputes(ctx); err != nil || len(ds) != 4 || !ds[0].Eligible {
		t.Fatalf("disputes after the review window: %+v, %v", ds, err)
	}
	if err := arb.Resolve(ctx, chunk, map[int]uint32{0: 1, 1: 1, 2: 1, 3: 1}); err != nil {
		t.Fatalf("the arbiter after the review window: %v", err)
	}
}
