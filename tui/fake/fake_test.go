package fake

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/tui/backend"
)

var ctx = context.Background()

func TestLabelSubmitFinalize(t *testing.T) {
	b := New()
	tasks, err := b.Tasks(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range tasks {
		if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: 1, Task: tk.ID, Labels: []string{"pos"}, Spent: time.Second}); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.ClearLabel(ctx, 1, tasks[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := b.Submit(ctx, 1); err == nil {
		t.Fatal("submit with an unlabeled task must fail")
	}
	if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: 1, Task: tasks[0].ID, Labels: []string{"neg"}}); err != nil {
		t.Fatal(err)
	}
	if err := b.Submit(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveLabel(ctx, backend.GivenLabel{Chunk: 1, Task: tasks[0].ID, Labels: []string{"pos"}}); err == nil {
		t.Fatal("labels must be final once submitted")
	}
	want := []backend.Phase{backend.Committed, backend.Revealing, backend.Revealed, backend.Finalized, backend.Finalized}
	for _, w := range want {
		s, err := b.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Submissions) != 1 || s.Submissions[0].Phase != w {
			t.Fatalf("submissions = %+v, want phase %s", s.Submissions, w)
		}
	}
	fb, _ := b.Feedback(ctx)
	if len(fb) != 2 || fb[0].Chunk != 1 || len(fb[0].Outcomes) != 8 {
		t.Fatalf("feedback after finalize: %+v", fb)
	}
	w, _ := b.Wallet(ctx)
	if w.Credited.Cmp(new(big.Int).Add(milli(1250), fb[0].Earned)) != 0 {
		t.Errorf("credited %v, want 1.25 KAP + %v", w.Credited, fb[0].Earned)
	}
	if w.Pending.Sign() != 0 {
		t.Errorf("pending after finalize = %v, want 0", w.Pending)
	}
}

func TestBadInputIsAnError(t *testing.T) {
	b := New()
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"claim unknown chunk", func() error { _, err := b.Claim(ctx, 99); return err }, "not in this campaign"},
		{"claim assigned chunk", func() error { _, err := b.Claim(ctx, 1); return err }, "already assigned"},
		{"claim above reputation", func() error { _, err := b.Claim(ctx, 4); return err }, "reputation 120 below"},
		{"tasks of unclaimed chunk", func() error { _, err := b.Tasks(ctx, 3); return err }, "not claimed"},
		{"two labels on single schema", func() error {
			return b.SaveLabel(ctx, backend.GivenLabel{Chunk: 1, Task: "c1-t00", Labels: []string{"pos", "neg"}})
		}, "2 labels"},
		{"unknown label", func() error {
			return b.SaveLabel(ctx, backend.GivenLabel{Chunk: 1, Task: "c1-t00", Labels: []string{"zzz"}})
		}, "unknown label"},
		{"unknown task", func() error { return b.ClearLabel(ctx, 1, "nope") }, "not in chunk"},
		{"withdraw too much", func() error { _, err := b.Withdraw(ctx, milli(99_999)); return err }, "only 1.25 KAP credited"},
		{"withdraw nil", func() error { _, err := b.Withdraw(ctx, nil); return err }, "must be positive"},
		{"resolve unknown", func() error { _, err := b.Resolve(ctx, 9, "x", []string{"pos"}); return err }, "no open dispute"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestClaimResolveWithdraw(t *testing.T) {
	b := New()
	c, err := b.Claim(ctx, 3)
	if err != nil || c.State != backend.ChunkAssigned {
		t.Fatalf("claim: %+v, %v", c, err)
	}
	tx, err := b.Resolve(ctx, 0, "c0-t09", []string{"mix"})
	if err != nil || tx.Kind != "resolve" {
		t.Fatalf("resolve: %+v, %v", tx, err)
	}
	r, _ := b.Review(ctx)
	if len(r.Disputes) != 1 || r.Earned.Cmp(milli(60)) != 0 {
		t.Errorf("after resolve: %d disputes, earned %v", len(r.Disputes), r.Earned)
	}
	if _, err := b.Withdraw(ctx, milli(1270)); err != nil {
		t.Fatal(err)
	}
	w, _ := b.Wallet(ctx)
	if w.Credited.Sign() != 0 || w.Balance.Cmp(milli(11_270)) != 0 || w.Txs[0].Kind != "withdraw" {
		t.Errorf("after withdraw: %+v", w)
	}
}

func TestFailuresLatencyAndCalls(t *testing.T) {
	b := New()
	b.Fail("Chunks", nil)
	if _, err := b.Chunks(ctx); !errors.Is(err, ErrInjected) {
		t.Errorf("injected failure not returned: %v", err)
	}
	b.Heal("Chunks")
	if _, err := b.Chunks(ctx); err != nil {
		t.Errorf("after heal: %v", err)
	}
	b.SetLatency(time.Hour)
	cctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if _, err := b.Campaign(cctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("latency must honour ctx: %v", err)
	}
	got := b.CallsTo("Chunks")
	if len(got) != 2 || got[0].String() != "Chunks()" {
		t.Errorf("recorded calls: %v", got)
	}
}

func TestReturnedValuesAreCopies(t *testing.T) {
	b := New()
	w, _ := b.Wallet(ctx)
	w.Credited.SetInt64(0)
	w2, _ := b.Wallet(ctx)
	if w2.Credited.Sign() == 0 {
		t.Error("mutating a returned amount changed the backend")
	}
}

func TestGeneratedCampaign(t *testing.T) {
	b := New(WithTasks(10_000, 32))
	cs, _ := b.Chunks(ctx)
	if len(cs) != 313 || cs[312].Tasks != 10_000-312*32 {
		t.Fatalf("chunks = %d, last has %d tasks", len(cs), cs[len(cs)-1].Tasks)
	}
	c, _ := b.Campaign(ctx)
	if c.TasksTotal != 10_000+24 {
		t.Errorf("TasksTotal = %d", c.TasksTotal)
	}
}
