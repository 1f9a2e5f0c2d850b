package clientbackend_test

import (
	"context"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/client/devnet/bots"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/clientbackend"
)

// user is alice's Backend on a running devnet.
type user struct {
	b     *clientbackend.Backend
	c     *client.Client
	j     *journal.Journal
	truth bots.Truth
}

func startDevnet(t *testing.T) (context.Context, *devnet.Devnet) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	d, err := devnet.Start(ctx, devnet.Options{Dir: t.TempDir(), Quiet: true})
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return ctx, d
}

func openUser(t *testing.T, ctx context.Context, d *devnet.Devnet, opts clientbackend.Options) *user {
	t.Helper()
	acct, err := d.Account(devnet.Alice)
	if err != nil {
		t.Fatal(err)
	}
	path, err := d.JournalPath(devnet.Alice)
	if err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(path, journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store, err := client.NewTaskStore(filepath.Join(t.TempDir(), "cache"), d.IPFS())
	if err != nil {
		t.Fatal(err)
	}
	deps := d.ClientDeps(acct, j)
	deps.IPFS = store
	c, err := client.Open(ctx, deps, d.CampaignID())
	if err != nil {
		t.Fatal(err)
	}
	opts.PingIPFS = func(ctx context.Context) error {
		_, err := d.IPFS().Get(ctx, d.ManifestCID(), 1<<20)
		return err
	}
	b := clientbackend.New(c, opts)
	t.Cleanup(func() {
		b.Close()
		store.Close()
		j.Close()
	})
	truth, err := bots.SampleTruth()
	if err != nil {
		t.Fatal(err)
	}
	return &user{b: b, c: c, j: j, truth: truth}
}

// waitFor polls cond every 100ms until it holds or the deadline passes.
func waitFor(t *testing.T, what string, within time.Duration, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestAnnotateSubmitFeedback runs the annotate flow through the Backend on
// a real dev chain and kubo node: alice claims a chunk, labels it (with an
// undo of an earlier task in between), submits, and two bots join the chunk,
// label, commit and reveal; the requester bot finalizes with gold. The
// submission must reach finalized (or disputed) through Status alone, and
// Feedback, Wallet and Pilot must show the chunk.
func TestAnnotateSubmitFeedback(t *testing.T) {
	ctx, d := startDevnet(t)
	u := openUser(t, ctx, d, clientbackend.Options{Refresh: 200 * time.Millisecond, Poll: 200 * time.Millisecond, Retry: 200 * time.Millisecond})
	b := u.b

	camp, err := b.Campaign(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if camp.Token.Symbol == "" || camp.K != devnet.SampleK || camp.TasksTotal != devnet.SampleTasks {
		t.Fatalf("campaign %+v", camp)
	}
	schema, err := b.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := b.Chunks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) != devnet.SampleTasks/devnet.SampleChunkSize {
		t.Fatalf("%d chunks listed, want every chunk of the fresh campaign", len(chunks))
	}
	if c := chunks[len(chunks)-1]; c.State != backend.ChunkClaimable || c.Eligible {
		t.Errorf("expert chunk %+v: want claimable and not eligible at reputation 100", c)
	}
	const chunk = 3
	got, err := b.Claim(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != backend.ChunkAssigned || got.ID != chunk || got.CommitBy.IsZero() {
		t.Fatalf("claimed chunk %+v", got)
	}

	tasks, err := b.Tasks(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}
	if len(tasks) != devnet.SampleChunkSize {
		t.Fatalf("%d tasks", len(tasks))
	}
	m, _ := u.c.Manifest()
	mc, _ := m.Chunk(chunk)
	// Alice gives the true label except on task 2, where she first gives a
	// wrong one, then undoes it after labeling task 3 (undo must keep 3).
	truthOf := func(i int) string {
		doc, err := u.c.TaskText(ctx, mc.Tasks[i])
		if err != nil {
			t.Fatal(err)
		}
		return u.truth[doc.ID]
	}
	wrong := func(l string) string {
		for _, s := range schema.Labels {
			if s.ID != l {
				return s.ID
			}
		}
		return ""
	}
	for i, task := range tasks {
		if task.Given != nil {
			t.Fatalf("task %d already labeled: %v", i, task.Given)
		}
		l := truthOf(i)
		if i == 2 {
			l = wrong(l)
		}
		if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: chunk, Task: task.ID, Labels: []string{l}, Spent: time.Duration(i+1) * time.Second}); err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
	if err := b.ClearLabel(ctx, chunk, tasks[2].ID); err != nil {
		t.Fatal(err)
	}
	again, err := b.Tasks(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}
	for i, task := range again {
		switch {
		case i == 2 && task.Given != nil:
			t.Errorf("task 2 still labeled %v after ClearLabel", task.Given)
		case i != 2 && !slices.Equal(task.Given, []string{truthOf(i)}):
			t.Errorf("task %d labeled %v, want %s (kept across the undo)", i, task.Given, truthOf(i))
		}
	}
	if err := b.Submit(ctx, chunk); err == nil {
		t.Fatal("Submit accepted a chunk with an unlabeled task")
	}
	if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: chunk, Task: tasks[2].ID, Labels: []string{truthOf(2)}, Spent: time.Second}); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: chunk, Task: "no-such-task", Labels: []string{truthOf(2)}}); err == nil {
		t.Error("SaveLabel accepted an unknown task id")
	}
	if err := b.Submit(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if err := b.Submit(ctx, chunk); err != nil {
		t.Fatalf("second Submit: %v", err)
	}
	// Committed: labels are frozen.
	waitFor(t, "commit", time.Minute, func() (bool, error) {
		st, err := b.Status(ctx)
		return err == nil && len(st.Submissions) == 1 && st.Submissions[0].Phase >= backend.Committed && st.Submissions[0].CommitTx != "", err
	})
	if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: chunk, Task: tasks[0].ID, Labels: []string{truthOf(0)}}); err == nil {
		t.Error("SaveLabel succeeded after commit")
	}

	// Co-annotators join alice's chunk (they open nothing themselves).
	bctx, stop := context.WithCancel(ctx)
	defer stop()
	truth := u.truth
	var crew []*bots.Bot
	for i, name := range []string{devnet.Bob, devnet.Carol} {
		bot, err := bots.Open(ctx, d, name, truth, bots.Config{Accuracy: 1, Seed: uint64(i), Poll: 200 * time.Millisecond, OnError: func(err error) { t.Log(err) }})
		if err != nil {
			t.Fatal(err)
		}
		crew = append(crew, bot)
	}
	req, err := bots.NewRequester(ctx, d, bots.Config{Poll: 200 * time.Millisecond, OnError: func(err error) { t.Log(err) }})
	if err != nil {
		t.Fatal(err)
	}
	crew = append(crew, req)
	done := make(chan struct{})
	for _, bot := range crew {
		go func() { bot.Run(bctx); done <- struct{}{} }()
	}
	defer func() {
		stop()
		for range crew {
			<-done
		}
		for _, bot := range crew {
			bot.Close()
		}
	}()

	var final backend.Submission
	waitFor(t, "finalize", 2*time.Minute, func() (bool, error) {
		st, err := b.Status(ctx)
		if err == nil && len(st.Submissions) == 1 {
			final = st.Submissions[0]
		}
		return err == nil && (final.Phase == backend.Finalized || final.Phase == backend.Disputed), err
	})
	if final.RevealTx == "" || final.Err != "" {
		t.Errorf("final submission %+v", final)
	}
	// Everyone gave the true label: every task is accepted and paid.
	fbs, err := b.Feedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fbs) != 1 || fbs[0].Chunk != chunk || len(fbs[0].Outcomes) != devnet.SampleChunkSize {
		t.Fatalf("feedback %+v", fbs)
	}
	fb := fbs[0]
	agreed, decided := backend.Agreement(fbs)
	if agreed != devnet.SampleChunkSize || decided != devnet.SampleChunkSize {
		t.Errorf("agreement %d/%d, want all", agreed, decided)
	}
	// The sample campaign has one gold task per chunk; alice learns which
	// from the finalize (only the requester's journal knew before).
	if right, total := backend.GoldScore(fbs); right != 1 || total != 1 {
		t.Errorf("gold score %d/%d, want 1/1", right, total)
	}
	if want := devnet.KAPPA(devnet.SampleChunkSize); fb.Earned.Cmp(want) != 0 {
		t.Errorf("earned %v, want %v", fb.Earned, want)
	}
	if len(fb.Rep) == 0 || fb.Rep[0].Delta <= 0 || fb.Rep[0].Reason == "" {
		t.Errorf("reputation changes %+v", fb.Rep)
	}
	waitFor(t, "status after finalize", 10*time.Second, func() (bool, error) {
		st, err := b.Status(ctx)
		return err == nil && st.Paid != nil && st.Paid.Cmp(fb.Earned) == 0 && st.Reputation > 100 &&
			st.TasksDone == devnet.SampleChunkSize && st.Chain.State == backend.ConnUp && st.IPFS.State == backend.ConnUp, err
	})

	w, err := b.Wallet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A reveal that lost a race with a bot's (StaleRecord) is retried and
	// listed as failed: count the confirmed ones.
	confirmed := 0
	for _, tx := range w.Txs {
		if tx.Status == "confirmed" {
			confirmed++
		}
	}
	// Credited is the pay and the stake deposit (four seats' worth, the one
	// seat's stake back after finalize); the stake's approve and deposit
	// are among the confirmed transactions.
	deposit := new(big.Int).Mul(u.c.SeatStake(chunk), big.NewInt(4))
	if got := new(big.Int).Sub(w.Credited, fb.Earned); got.Cmp(deposit) != 0 || w.Address != u.c.Address().Hex() || confirmed != 5 {
		t.Errorf("wallet %+v (%d txs): credited less earned %s, want the stake deposit %s", w, len(w.Txs), got, deposit)
	}
	if w.Stake.Cmp(u.c.Stake()) != 0 || w.Stake.Sign() == 0 || w.Staked.Sign() != 0 || w.Slashed.Sign() != 0 {
		t.Errorf("wallet stake %v, staked %v, slashed %v; want the campaign's stake, 0, 0", w.Stake, w.Staked, w.Slashed)
	}
	// The stake deposit is listed with its amount.
	if i := slices.IndexFunc(w.Txs, func(tx backend.Tx) bool { return tx.Kind == "deposit" }); i < 0 || w.Txs[i].Amount == nil || w.Txs[i].Amount.Cmp(deposit) != 0 {
		t.Errorf("the wallet lists no deposit of %s: %+v", deposit, w.Txs)
	}
	for _, k := range []string{"approve", "deposit", "claim", "commit", "reveal"} {
		if !slices.ContainsFunc(w.Txs, func(tx backend.Tx) bool { return tx.Kind == k && tx.Status == "confirmed" }) {
			t.Errorf("no confirmed %s among the wallet's transactions %+v", k, w.Txs)
		}
	}

	p, err := b.Pilot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rows) != 3 {
		t.Fatalf("pilot rows %+v, want alice, bob and carol", p.Rows)
	}
	for _, r := range p.Rows {
		if r.Items != devnet.SampleChunkSize || r.ConsensusChecked != devnet.SampleChunkSize || r.ConsensusErrors != 0 ||
			r.GoldChecked != 1 || r.GoldErrors != 0 || r.Earnings.Cmp(fb.Earned) != 0 {
			t.Errorf("pilot row %+v", r)
		}
		if r.Annotator == u.c.Address().Hex() && (r.Median != 4*time.Second || r.P90 != 8*time.Second) {
			t.Errorf("alice's times: median %v, p90 %v; want 4s, 8s from the label document", r.Median, r.P90)
		}
	}

	if _, err := b.Withdraw(ctx, big.NewInt(1)); err == nil {
		t.Error("Withdraw of a partial amount accepted")
	}
	if w.StakeReserve.Cmp(deposit) != 0 {
		t.Errorf("stake reserve %v, want the deposit's four seats %v", w.StakeReserve, deposit)
	}
	// Keeping everything credited withdraws nothing, and says so.
	if _, err := b.WithdrawKeeping(ctx, w.Credited); err == nil || !strings.Contains(err.Error(), "nothing credited above") {
		t.Errorf("WithdrawKeeping of the whole credit: %v", err)
	}
	before := new(big.Int).Set(w.Balance)
	tx, err := b.Withdraw(ctx, w.Credited)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Amount.Cmp(w.Credited) != 0 || tx.Hash == "" {
		t.Errorf("withdraw tx %+v", tx)
	}
	w2, err := b.Wallet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if w2.Credited.Sign() != 0 || new(big.Int).Sub(w2.Balance, before).Cmp(w.Credited) != 0 {
		t.Errorf("after withdraw: credited %v, balance %v (was %v)", w2.Credited, w2.Balance, before)
	}
}
