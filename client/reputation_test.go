package client_test

import (
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// TestReputationSource runs the per-requester reputation rule through the
// client: alice matches a vendor's gold, which raises her reputation under
// the vendor's ledger only. A campaign of another requester that names the
// vendor as its reputation source lets her into a tier that needs 101; the
// same campaign without a source reads its requester's ledger (100) and the
// claim is refused before anything is sent.
func TestReputationSource(t *testing.T) {
	w := startRig(t, 3*time.Minute, []string{"requester", "vendor", "alice"}, devchain.Options{})
	ctx := w.ctx

	// The vendor's campaign: one chunk of four, task 1 gold ("b").
	// the rig minted the vendor 1,000 tokens
	vendorCampaign, err := client.CreateCampaign(ctx, w.deps("vendor"), w.addrs.Token, goldSpec())
	if err != nil {
		t.Fatal(err)
	}
	alice := w.open("alice", vendorCampaign.CampaignID)
	if err := alice.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	for task, v := range []uint32{0, 1, 2, 0} { // task 1 is "b", the gold answer
		if err := alice.PutLabel(0, task, v, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if err := alice.Commit(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := alice.Reveal(ctx, 0); err != nil {
		t.Fatal(err)
	}
	vendor := w.open("vendor", vendorCampaign.CampaignID)
	if err := vendor.Finalize(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if got, err := alice.Reputation(ctx); err != nil || got != 101 {
		t.Fatalf("alice's reputation in the vendor's campaign: %d, %v; want 101 (one gold task matched)", got, err)
	}

	// The requester's campaigns: a tier that needs 101, trusting the
	// vendor's ledger or not.
	spec := soloSpec(4, 4)
	spec.Schema.Tiers[0].MinReputation = 101
	spec.ID = "own-ledger"
	own := w.create(spec)
	spec.ID, spec.ReputationSource = "vendor-ledger", w.address("vendor")
	trusting := w.create(spec)

	inOwn := w.open("alice", own.CampaignID)
	if got := inOwn.Info().ReputationSource; got != w.address("requester") {
		t.Fatalf("a campaign without a source reads %s, want its requester %s", got.Hex(), w.address("requester").Hex())
	}
	if got, err := inOwn.Reputation(ctx); err != nil || got != 100 {
		t.Fatalf("alice's reputation in the requester's own campaign: %d, %v; want the start, 100", got, err)
	}
	if err := inOwn.Claim(ctx, 0); err == nil {
		t.Fatal("alice claimed a tier needing 101 with 100 under the requester's ledger")
	}

	inTrusting := w.open("alice", trusting.CampaignID)
	if got := inTrusting.Info().ReputationSource; got != w.address("vendor") {
		t.Fatalf("campaign source %s, want the vendor %s", got.Hex(), w.address("vendor").Hex())
	}
	if got, err := inTrusting.Reputation(ctx); err != nil || got != 101 {
		t.Fatalf("alice's reputation in the campaign trusting the vendor: %d, %v; want 101", got, err)
	}
	if err := inTrusting.Claim(ctx, 0); err != nil {
		t.Fatalf("claim in the campaign trusting the vendor's ledger: %v", err)
	}
}
