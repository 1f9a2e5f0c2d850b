package clientbackend_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/client/devnet/bots"
	"github.com/kappa-dev/kappa/tui/clientbackend"
)

// TestReviewResolve: the demo crew's pre-play leaves disputes with three
// reveals each; alice (who annotated none of them, at the senior
// reputation) sees them through Review, resolves one through Resolve, and
// earns the reviewer fee, which Review, Status and Wallet then show.
func TestReviewResolve(t *testing.T) {
	ctx, d := startDevnet(t)
	cr, err := bots.StartCrew(ctx, d, bots.CrewOptions{PrePlay: bots.DemoPrePlay, Seed: bots.DemoSeed, Members: []bots.Member{
		{Name: devnet.Bob, Accuracy: 0.9}, {Name: devnet.Carol, Accuracy: 0.8}, {Name: devnet.Dave, Accuracy: 0.6},
	}})
	if err != nil {
		t.Fatal(err)
	}
	// Stop the bots before the devnet closes (cleanups run last first).
	t.Cleanup(func() { cr.Close() })
	// The disputes come from the bots' pre-play: wait for it.
	if err := cr.PrePlayed(ctx); err != nil {
		t.Fatal(err)
	}
	u := openUser(t, ctx, d, clientbackend.Options{Refresh: 200 * time.Millisecond})
	b := u.b

	rv, err := b.Review(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rv.Eligible || len(rv.Disputes) == 0 || rv.Earned.Sign() != 0 {
		t.Fatalf("review %+v", rv)
	}
	dsp := rv.Disputes[0]
	if len(dsp.Reveals) != devnet.SampleK || dsp.Text == "" || dsp.Fee.Cmp(u.c.Info().ReviewerFee) != 0 || dsp.Deadline.IsZero() {
		t.Fatalf("dispute %+v", dsp)
	}
	// Three different labels (no quorum): rule for the first annotator's.
	tx, err := b.Resolve(ctx, dsp.Chunk, dsp.Task, dsp.Reveals[0].Labels)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Hash == "" || tx.Kind != "resolve" {
		t.Errorf("resolve tx %+v", tx)
	}
	if _, err := b.Resolve(ctx, dsp.Chunk, dsp.Task, []string{"no-such-label"}); err == nil {
		t.Error("Resolve accepted an unknown label")
	}
	rv2, err := b.Review(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := u.c.Info().ReviewerFee
	if len(rv2.Disputes) != len(rv.Disputes)-1 || rv2.Earned.Cmp(fee) != 0 {
		t.Fatalf("after resolving: %d disputes (was %d), earned %v, want the fee %v", len(rv2.Disputes), len(rv.Disputes), rv2.Earned, fee)
	}
	// A second dispute of the same chunk is a separate ruling: it must
	// reach the chain, not be taken for the first one.
	for _, next := range rv2.Disputes {
		if next.Chunk != dsp.Chunk {
			continue
		}
		if _, err := b.Resolve(ctx, next.Chunk, next.Task, next.Reveals[1].Labels); err != nil {
			t.Fatalf("second ruling in chunk %d: %v (client.Resolve's journal key does not name the tasks)", next.Chunk, err)
		}
		rv3, err := b.Review(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(rv3.Disputes) != len(rv2.Disputes)-1 {
			t.Errorf("a second ruling in chunk %d left %d disputes (was %d): the client took it for the first (same journal intent key)", next.Chunk, len(rv3.Disputes), len(rv2.Disputes))
		}
		fee = new(big.Int).Mul(fee, big.NewInt(2))
		break
	}
	waitFor(t, "paid in status", 10*time.Second, func() (bool, error) {
		st, err := b.Status(ctx)
		return err == nil && st.Paid != nil && st.Paid.Cmp(fee) == 0, err
	})
	w, err := b.Wallet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if w.Credited.Cmp(fee) != 0 || len(w.Txs) == 0 || w.Txs[0].Kind != "resolve" {
		t.Errorf("wallet %+v", w)
	}
	// The pilot table counts the three bots over the two chunks, the
	// resolution counted as the decided label. As in kappa pilot, every
	// credited account has a row: the user's holds the reviewer fee and no
	// labels.
	p, err := b.Pilot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	items, earned, labelers := 0, new(big.Int), 0
	for _, r := range p.Rows {
		items += r.Items
		earned.Add(earned, r.Earnings)
		if r.Annotator == u.c.Address().Hex() {
			if r.Items != 0 || r.Earnings.Cmp(fee) != 0 {
				t.Errorf("the reviewer's row %+v, want no items and the fee %s", r, fee)
			}
			continue
		}
		labelers++
		// DemoSeed passes every gold task of the pre-play.
		if r.GoldChecked != 2 || r.GoldErrors != 0 {
			t.Errorf("%s: gold %d wrong of %d, want 0 of 2", r.Annotator, r.GoldErrors, r.GoldChecked)
		}
		if r.Median != 0 {
			t.Errorf("bots of speed 0 recorded time %v", r.Median)
		}
	}
	if len(p.Rows) != 4 || labelers != 3 || items != 3*2*devnet.SampleChunkSize || earned.Sign() <= 0 {
		t.Errorf("pilot %+v", p.Rows)
	}
}
