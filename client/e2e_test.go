package client_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/contracts/bindings"
)

var actors = []string{"requester", "ann1", "ann2", "ann3", "reviewer", "outsider"}

// tokens is n whole tokens of 18 decimals.
func tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

func (w *rig) hubCall(data []byte) *big.Int {
	w.t.Helper()
	inst := w.hub.Instance(w.chain.Client(), w.addrs.Hub)
	out, err := inst.CallRaw(&bind.CallOpts{Context: w.ctx}, data)
	if err != nil {
		w.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out[:32])
}

func (w *rig) credited(name string) *big.Int {
	return w.hubCall(w.hub.PackCreditedOf(w.address(name)))
}

// settledOf is every Settled event of name's on the hub.
func (w *rig) settledOf(name string) []*bindings.KappaHubSettled {
	w.t.Helper()
	logs := w.hubLogs("Settled", nil, nil, []common.Hash{common.BytesToHash(w.address(name).Bytes())})
	out := make([]*bindings.KappaHubSettled, len(logs))
	for i := range logs {
		var err error
		if out[i], err = w.hub.UnpackSettledEvent(&logs[i]); err != nil {
			w.t.Fatal(err)
		}
	}
	return out
}

// stakeFlows sums name's stake movements on the hub from its Settled
// events: what it deposited, and what its seats' stake was slashed.
func (w *rig) stakeFlows(name string) (deposited, slashed *big.Int) {
	w.t.Helper()
	deposited, slashed = new(big.Int), new(big.Int)
	for _, ev := range w.settledOf(name) {
		if ev.Reason == reasonDeposit {
			deposited.Add(deposited, ev.Credited)
		}
		if ev.Stake.Sign() < 0 {
			slashed.Sub(slashed, ev.Stake)
		}
	}
	return deposited, slashed
}

// stakeDeposits is how many stake deposits name made (each one approve
// and one deposit transaction).
func (w *rig) stakeDeposits(name string) int {
	w.t.Helper()
	n := 0
	for _, ev := range w.settledOf(name) {
		if ev.Reason == reasonDeposit {
			n++
		}
	}
	return n
}

// reasonDeposit is ReputationRegistry.Reason.Deposit.
const reasonDeposit = 7

// earned is what name was paid on the hub: its credited balance less what
// it deposited for stake and still holds (every seat of it settled: stake
// locked in a live seat counts as spent here).
func (w *rig) earned(name string) *big.Int {
	w.t.Helper()
	deposited, slashed := w.stakeFlows(name)
	out := new(big.Int).Sub(w.credited(name), deposited)
	return out.Add(out, slashed)
}

// reputation is name's reputation under the requester's ledger, the one
// the rig's campaigns read.
func (w *rig) reputation(name string) int64 {
	return w.hubCall(w.hub.PackReputationOf(w.address(name), w.address("requester"))).Int64()
}

func (w *rig) constant(data []byte) int64 { return w.hubCall(data).Int64() }

func testSchema() *document.Schema {
	return &document.Schema{
		Version: document.VersionSchema, Title: "Topics", Instructions: "# Pick the topic",
		Kind: document.KindSingle,
		Labels: []document.Label{
			{ID: "a", Name: "Alpha", Hotkey: "1"},
			{ID: "b", Name: "Beta", Hotkey: "2"},
			{ID: "c", Name: "Gamma", Hotkey: "3"},
		},
		Tiers:       []document.Tier{{Name: "easy", Reward: tokens(1), MinReputation: 0}},
		ReviewerFee: new(big.Int).Div(tokens(1), big.NewInt(2)),
	}
}

// TestCampaignEndToEnd runs a whole campaign on a real dev chain and a real
// kubo node through the client alone: a requester creates and funds it,
// three annotators claim, label, commit and reveal two chunks, one chunk
// finalizes with a dispute a reviewer resolves, the other with a gold task
// one annotator misses; every balance and reputation is checked to the unit.
func TestCampaignEndToEnd(t *testing.T) {
	w := startRig(t, 3*time.Minute, actors, devchain.Options{})
	ctx := w.ctx
	schema := testSchema()
	reward, fee := schema.Tiers[0].Reward, schema.ReviewerFee

	tasks := []client.TaskInput{
		{ID: "t0", Text: "first"}, {ID: "t1", Text: "second"}, {ID: "t2", Text: "third — 第三"},
		{ID: "t3", Text: "gold one", Gold: []string{"a"}}, {ID: "t4", Text: "fifth"}, {ID: "t5", Text: "sixth 🙂"},
	}
	reqDeps := w.deps("requester")
	created, err := client.CreateCampaign(ctx, reqDeps, w.addrs.Token, client.CampaignSpec{
		Schema: schema, Tasks: tasks, ChunkSize: 3, K: 3, Q: 2, Lanes: 2, MaxGoldMisses: 0,
		ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour, GoldWindow: time.Hour,
		DisputeWindow: time.Hour, Duration: 24 * time.Hour, SeniorReputation: 100, Arbiter: outsideArbiter,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Escrow: every chunk's maximum payout, size x (k x reward + fee).
	perTask := new(big.Int).Add(new(big.Int).Mul(big.NewInt(3), reward), fee)
	wantDeposit := new(big.Int).Mul(perTask, big.NewInt(6))
	if created.Deposit.Cmp(wantDeposit) != 0 || created.Chunks != 2 {
		t.Fatalf("deposit %s in %d chunks, want %s in 2", created.Deposit, created.Chunks, wantDeposit)
	}
	if got, want := w.balance(w.address("requester")), new(big.Int).Sub(tokens(1_000_000), wantDeposit); got.Cmp(want) != 0 {
		t.Fatalf("requester balance %s, want %s", got, want)
	}

	open := func(name string, d client.Deps) *client.Client {
		c, err := client.Open(ctx, d, created.CampaignID)
		if err != nil {
			t.Fatalf("%s: open: %v", name, err)
		}
		return c
	}
	req := open("requester", reqDeps)
	anns := []*client.Client{open("ann1", w.deps("ann1")), open("ann2", w.deps("ann2")), open("ann3", w.deps("ann3"))}

	// The token's info is read once and cached.
	for i := 0; i < 2; i++ {
		ti, err := req.TokenInfo(ctx)
		if err != nil || ti.Address != req.Token() || ti.Symbol != "KAPPA" || ti.Decimals != 18 {
			t.Fatalf("TokenInfo = %+v, %v; want KAPPA with 18 decimals at %s", ti, err, req.Token().Hex())
		}
	}

	// Labels by annotator for chunk 0 (tasks t0-t2) and chunk 1 (t3-t5):
	// chunk 0: t0 unanimous a; t1 b,b,c (quorum b); t2 a,b,c (dispute).
	// chunk 1: t3 is gold "a" and ann3 misses it; t4 all b; t5 all c.
	labels := map[uint64][3][]uint32{
		0: {{0, 1, 0}, {0, 1, 1}, {0, 2, 2}},
		1: {{0, 1, 2}, {0, 1, 2}, {1, 1, 2}},
	}
	outsider := open("outsider", w.deps("outsider"))
	for chunk := uint64(0); chunk < 2; chunk++ {
		for i, c := range anns {
			if err := c.Claim(ctx, chunk); err != nil {
				t.Fatalf("ann%d claim chunk %d: %v", i+1, chunk, err)
			}
		}
		// A fourth annotator finds the chunk full.
		if err := outsider.Claim(ctx, chunk); err == nil {
			t.Fatalf("outsider claimed a full chunk %d", chunk)
		}
		if deposited, _ := w.stakeFlows("outsider"); deposited.Sign() != 0 {
			t.Fatalf("the outsider deposited %s of stake for a seat that was not there", deposited)
		}
		for i, c := range anns {
			tv, err := c.Tasks(ctx, chunk)
			if err != nil {
				t.Fatal(err)
			}
			if len(tv) != 3 || tv[0].Task.ID != tasks[chunk*3].ID {
				t.Fatalf("chunk %d tasks: %+v", chunk, tv)
			}
			for task, v := range labels[chunk][i] {
				if err := c.PutLabel(chunk, task, v, time.Duration(task+1)*time.Second); err != nil {
					t.Fatal(err)
				}
			}
		}
		// Reveal before all commits is refused by the client (and the hub).
		if err := anns[0].Commit(ctx, chunk); err != nil {
			t.Fatal(err)
		}
		if err := anns[0].Reveal(ctx, chunk); err == nil {
			t.Fatalf("reveal of chunk %d before every commit succeeded", chunk)
		}
		for _, c := range anns[1:] {
			if err := c.Commit(ctx, chunk); err != nil {
				t.Fatal(err)
			}
		}
		for i, c := range anns {
			if err := c.Reveal(ctx, chunk); err != nil {
				t.Fatalf("ann%d reveal chunk %d: %v", i+1, chunk, err)
			}
		}
	}

	// Chunk 1 has gold, chunk 0 has none, and nobody can tell: both commit
	// to gold, so only the requester (who reveals it, an empty mask for
	// chunk 0) finalizes them until the gold window passes.
	for chunk := uint64(0); chunk < 2; chunk++ {
		if ok, why, err := anns[1].FinalizeDue(ctx, chunk); err != nil || ok {
			t.Fatalf("chunk %d finalizable by an annotator before the gold window: %v %q", chunk, err, why)
		}
		if err := req.Finalize(ctx, chunk); err != nil {
			t.Fatal(err)
		}
	}

	// The dispute on chunk 0 task 2: annotators may not resolve it, the
	// reviewer may.
	ds, err := anns[0].Disputes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Chunk != 0 || ds[0].Task != 2 || ds[0].Eligible || len(ds[0].Labels) != 3 {
		t.Fatalf("disputes as seen by ann1: %+v", ds)
	}
	rev := open("reviewer", w.deps("reviewer"))
	ds, err = rev.Disputes(ctx)
	if err != nil || len(ds) != 1 || !ds[0].Eligible {
		t.Fatalf("disputes as seen by the reviewer: %+v, %v", ds, err)
	}
	if err := anns[0].Resolve(ctx, 0, map[int]uint32{2: 2}); err == nil {
		t.Fatal("an annotator of the chunk resolved its dispute")
	}
	if err := rev.Resolve(ctx, 0, map[int]uint32{2: 2}); err != nil {
		t.Fatal(err)
	}

	// Pay, to the unit. ann1: chunk 0 t0,t1 + chunk 1 t3,t4,t5 = 5 rewards;
	// ann2 the same; ann3: chunk 0 t0 + resolved t2 = 2, chunk 1 none
	// (failed gold). The reviewer: one fee.
	want := map[string]*big.Int{
		"ann1":     new(big.Int).Mul(reward, big.NewInt(5)),
		"ann2":     new(big.Int).Mul(reward, big.NewInt(5)),
		"ann3":     new(big.Int).Mul(reward, big.NewInt(2)),
		"reviewer": new(big.Int).Set(fee),
	}
	for name, amount := range want {
		if got := w.earned(name); got.Cmp(amount) != 0 {
			t.Errorf("%s earned %s, want %s", name, got, amount)
		}
	}
	// Stake: ann3's seat of chunk 1 (failed gold) was slashed, nobody
	// else's; every other seat's stake is back in the credited balance.
	for _, name := range []string{"ann1", "ann2", "ann3", "reviewer"} {
		deposited, slashed := w.stakeFlows(name)
		wantSlash := new(big.Int)
		if name == "ann3" {
			wantSlash = anns[2].SeatStake(1)
		}
		if slashed.Cmp(wantSlash) != 0 || wantSlash.Sign() == 0 && name == "ann3" {
			t.Errorf("%s stake slashed %s, want %s", name, slashed, wantSlash)
		}
		if name != "reviewer" && deposited.Sign() == 0 {
			t.Errorf("%s claimed seats without a stake deposit", name)
		}
	}

	// Reputation, from the hub's own constants.
	start := w.constant(w.hub.PackSTARTREPUTATION())
	gain := w.constant(w.hub.PackAGREEGAIN())
	loss := w.constant(w.hub.PackDISAGREELOSS())
	goldLoss := w.constant(w.hub.PackGOLDMISSLOSS())
	wantRep := map[string]int64{
		// Ground truth only: chunk 0 (no gold) moves nothing; resolve: t2
		// missed; chunk 1: its one gold task matched
		"ann1": start - loss + gain,
		"ann2": start - loss + gain,
		// resolve: t2 matched; chunk 1: failed gold
		"ann3":     start + gain - goldLoss,
		"reviewer": start,
	}
	for name, r := range wantRep {
		if got := w.reputation(name); got != r {
			t.Errorf("%s reputation %d, want %d", name, got, r)
		}
	}

	// Feedback shows ann3 what went wrong on chunk 1.
	fb, err := anns[2].Feedback(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if fb.Decided != 3 || fb.Agreed != 2 || len(fb.Settlements) != 1 || fb.Settlements[0].Reason != index.ReasonGoldFailed {
		t.Fatalf("ann3 feedback on chunk 1: %+v", fb)
	}
	// The phase says so too: a gold miss, not a lapse; the others' chunk 1
	// is finalized.
	for i, want := range []client.Phase{client.PhaseFinalized, client.PhaseFinalized, client.PhaseGoldMissed} {
		if v, err := anns[i].Chunk(ctx, 1); err != nil || v.Phase != want {
			t.Errorf("ann%d's chunk 1: %s (%v), want %s", i+1, v.Phase, err, want)
		}
	}

	// Withdraw once for both chunks (pay and the stake deposit, every seat
	// of it settled); a second withdraw has nothing left.
	before := w.balance(w.address("ann1"))
	deposited, _ := w.stakeFlows("ann1")
	wantOut := new(big.Int).Add(want["ann1"], deposited)
	amount, _, err := anns[0].Withdraw(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if amount.Cmp(wantOut) != 0 {
		t.Fatalf("withdrew %s, want %s", amount, wantOut)
	}
	if got := new(big.Int).Sub(w.balance(w.address("ann1")), before); got.Cmp(wantOut) != 0 {
		t.Fatalf("ann1 token balance grew by %s, want %s", got, wantOut)
	}
	if _, _, err := anns[0].Withdraw(ctx); err == nil {
		t.Fatal("second withdraw succeeded")
	}

	// Conservation: the hub holds exactly escrow + credits not withdrawn +
	// slashed stake not yet burned (ann3's).
	if err := req.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	info := req.Info()
	held := new(big.Int).Add(info.Unreserved, info.Reserved)
	for _, name := range []string{"ann1", "ann2", "ann3", "reviewer"} {
		held.Add(held, w.credited(name))
	}
	unburned := w.hubCall(w.hub.PackUnburned())
	if unburned.Cmp(anns[2].SeatStake(1)) != 0 {
		t.Fatalf("unburned %s, want ann3's slashed seat %s", unburned, anns[2].SeatStake(1))
	}
	held.Add(held, unburned)
	if got := w.balance(w.addrs.Hub); got.Cmp(held) != 0 {
		t.Fatalf("hub holds %s, escrow + credits = %s", got, held)
	}
	if info.Reserved.Sign() != 0 {
		t.Fatalf("reserved %s after every chunk settled", info.Reserved)
	}
	// Everything not paid went back to the unreserved escrow.
	paid := new(big.Int).Add(new(big.Int).Mul(reward, big.NewInt(12)), fee)
	if got, wantU := info.Unreserved, new(big.Int).Sub(wantDeposit, paid); got.Cmp(wantU) != 0 {
		t.Fatalf("unreserved %s, want %s", got, wantU)
	}
	if err := req.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
