package client_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// TestChunkNobodyRevealedReopens: a squatter claims a gold chunk and never
// commits. The requester's client does not finalize it with its gold
// (that would make the gold public and retire the chunk): it waits for the
// gold window, then finalizes without gold, and the hub releases the chunk
// (reservation back, lane free) and reopens it. The squatter sees its seat
// lapsed; anyone else sees a chunk nobody opened, and can open it again.
func TestChunkNobodyRevealedReopens(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "squatter", "ann"}, devchain.Options{})
	created := w.create(goldSpec())
	ctx := w.ctx
	open := func(name string) *client.Client { return w.open(name, created.CampaignID) }
	req, squatter, ann := open("requester"), open("squatter"), open("ann")
	const chunk = 0
	if err := squatter.Claim(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	_, reserved := w.escrowOf(created.CampaignID)
	if reserved.Sign() == 0 {
		t.Fatal("an opened chunk reserves nothing")
	}

	// Past the reveal phase, inside the gold window: the requester waits.
	if err := w.chain.AdvanceTime(4*time.Hour + time.Minute); err != nil { // claim 2h + commit 1h + reveal 1h
		t.Fatal(err)
	}
	a, err := req.Advance(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Did) != 0 || a.Wait == "" {
		t.Fatalf("requester finalized a chunk nobody revealed inside the gold window: %+v", a)
	}

	// After the gold window: finalized without gold, released, reopened.
	if err := w.chain.AdvanceTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	if a, err = req.Advance(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if len(a.Did) != 1 || a.Did[0] != client.ActionFinalize {
		t.Fatalf("requester after the gold window: %+v", a)
	}
	st, ok := req.ChunkState(chunk)
	if !ok || st.Release == nil || st.InLane {
		t.Fatalf("chunk after the finalize: %+v", st)
	}
	unres, reserved := w.escrowOf(created.CampaignID)
	if reserved.Sign() != 0 || unres.Cmp(created.Deposit) != 0 {
		t.Fatalf("escrow after the release: unreserved %s reserved %s, want %s and 0", unres, reserved, created.Deposit)
	}
	if err := squatter.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if v, err := squatter.Chunk(ctx, chunk); err != nil || v.Phase != client.PhaseLapsed {
		t.Fatalf("squatter's view: %+v, %v", v, err)
	}
	if err := ann.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := ann.Chunk(ctx, chunk)
	if err != nil || v.Phase != client.PhaseClaimable || v.Opened {
		t.Fatalf("another annotator's view of the reopened chunk: %+v, %v", v, err)
	}
	if err := ann.Claim(ctx, chunk); err != nil {
		t.Fatalf("open the reopened chunk: %v", err)
	}
	if v, err := ann.Chunk(ctx, chunk); err != nil || v.Phase != client.PhaseLabeling {
		t.Fatalf("after reopening: %+v, %v", v, err)
	}
}

// escrowOf reads a campaign's unreserved and reserved escrow from the hub.
func (w *rig) escrowOf(id *big.Int) (unreserved, reserved *big.Int) {
	w.t.Helper()
	out, err := bind.Call(w.hub.Instance(w.chain.Client(), w.addrs.Hub), &bind.CallOpts{Context: w.ctx}, w.hub.PackEscrowOf(id), w.hub.UnpackEscrowOf)
	if err != nil {
		w.t.Fatal(err)
	}
	return out.Unreserved, out.Reserved
}
