package client_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestStakeOnClaim: a claim deposits the seat's stake when the credited
// balance falls short, once for several seats; a wallet without the tokens
// gets a clear error and sends nothing; the campaign's default stake is the
// recommended one and a zero stake is refused before anything is sent.
func TestStakeOnClaim(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann", "broke"}, devchain.Options{})
	ctx := w.ctx

	sent := w.nonce(w.address("requester")) // the deployment and mints
	zero := soloSpec(8, 4)
	zero.Stake = new(big.Int)
	if _, err := client.CreateCampaign(ctx, w.deps("requester"), w.addrs.Token, zero); err == nil || !strings.Contains(err.Error(), "stake") {
		t.Fatalf("campaign with a zero stake: %v, want refused", err)
	}
	if n := w.nonce(w.address("requester")); n != sent {
		t.Fatalf("a refused campaign sent %d transactions", n-sent)
	}

	// Two gold tasks of three classes per chunk: a guess passes with 1/9,
	// breaks even at reward/8; kappa proposes twice that.
	spec := soloSpec(12, 4)
	for chunk := 0; chunk < 3; chunk++ {
		spec.Tasks[4*chunk].Gold = []string{"a"}
		spec.Tasks[4*chunk+1].Gold = []string{"b"}
	}
	created := w.create(spec)
	wantStake := new(big.Int).Div(tokens(1), big.NewInt(4))
	if created.Stake.Cmp(wantStake) != 0 {
		t.Fatalf("default stake %s, want %s (2 x reward / (3^2 - 1))", created.Stake, wantStake)
	}
	if got := client.RecommendedStake(spec.Schema, 2, 0); got.Cmp(wantStake) != 0 {
		t.Fatalf("RecommendedStake %s, want %s", got, wantStake)
	}

	// No tokens: the claim says what the seat needs and sends nothing.
	broke := w.open("broke", created.CampaignID)
	err := broke.Claim(ctx, 0)
	if err == nil || !strings.Contains(err.Error(), "a seat stakes 1 KAPPA; you have 0 KAPPA credited and 0 KAPPA in the wallet") {
		t.Fatalf("claim without tokens: %v", err)
	}
	if n := w.nonce(w.address("broke")); n != 0 {
		t.Fatalf("a claim without tokens sent %d transactions", n)
	}

	// The first claim deposits four seats' stake and locks one.
	ann := w.open("ann", created.CampaignID)
	seat := protocol.SeatStake(created.Stake, 4)
	if got := ann.SeatStake(0); got.Cmp(seat) != 0 {
		t.Fatalf("SeatStake %s, want %s", got, seat)
	}
	walletBefore := w.balance(w.address("ann"))
	if err := ann.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	topUp := new(big.Int).Mul(seat, big.NewInt(4))
	if got := new(big.Int).Sub(walletBefore, w.balance(w.address("ann"))); got.Cmp(topUp) != 0 {
		t.Fatalf("the wallet paid %s, want one top-up of four seats %s", got, topUp)
	}
	if got, want := w.credited("ann"), new(big.Int).Sub(topUp, seat); got.Cmp(want) != 0 {
		t.Fatalf("credited after the claim %s, want %s (one seat locked)", got, want)
	}
	// Claiming again is idempotent; the next seat stakes from the credited
	// balance without a deposit.
	if err := ann.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := ann.Claim(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if got := w.stakeDeposits("ann"); got != 1 {
		t.Fatalf("%d stake deposits for two seats, want 1", got)
	}
	if got, want := w.credited("ann"), new(big.Int).Sub(topUp, new(big.Int).Mul(seat, big.NewInt(2))); got.Cmp(want) != 0 {
		t.Fatalf("credited after two seats %s, want %s", got, want)
	}
	if got := w.nonce(w.address("ann")); got != stakeTxs+2 {
		t.Fatalf("ann sent %d transactions, want %d", got, stakeTxs+2)
	}

	// Withdraw takes what is not locked; the third claim finds the credited
	// balance short and deposits again: a deliberate second deposit.
	if _, _, err := ann.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	if got := w.credited("ann"); got.Sign() != 0 {
		t.Fatalf("credited after withdraw %s", got)
	}
	if err := ann.Claim(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if got := w.stakeDeposits("ann"); got != 2 {
		t.Fatalf("%d stake deposits, want 2", got)
	}
	deposited, slashed := w.stakeFlows("ann")
	if want := new(big.Int).Mul(topUp, big.NewInt(2)); deposited.Cmp(want) != 0 || slashed.Sign() != 0 {
		t.Fatalf("deposited %s, slashed %s; want %s and 0", deposited, slashed, want)
	}
}
