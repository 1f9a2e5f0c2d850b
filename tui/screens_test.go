package tui_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
	"github.com/kappa-dev/kappa/tui/styles"
)

func TestChunksKeys(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenChunks)
	hs.mustShow("› ", "chunk 1: yours, 0 of 8 labeled")
	steps := []struct {
		key, want string
	}{
		{"j", "chunk 2: yours"},
		{"down", "chunk 3: standard tier, reputation ≥ 0: you qualify"},
		{"k", "chunk 2: yours"},
		{"up", "chunk 1: yours"},
		{"G", "chunk 5: hard tier needs reputation ≥ 150"},
		{"g", "chunk 1: yours"},
		{"end", "chunk 5:"},
		{"home", "chunk 1:"},
		{"ctrl+d", "chunk 5:"},
		{"ctrl+u", "chunk 1:"},
	}
	for _, s := range steps {
		hs.keys(s.key)
		hs.mustShow(s.want)
	}

	// c on an assigned chunk, and on one above the user's reputation: an
	// error, no transaction.
	hs.keys("c")
	hs.mustShow("✗ claim chunk 1: already assigned")
	hs.keys("G", "c")
	hs.mustShow("✗ claim chunk 5: the hard tier needs reputation 150")
	if n := len(hs.b.CallsTo("Claim")); n != 0 {
		t.Fatalf("%d claims sent for unclaimable chunks", n)
	}
	// enter on a claimable chunk cannot open it.
	hs.keys("enter")
	hs.mustShow("✗ open chunk 5: it is claimable: claim it first")

	// c on an eligible chunk claims it, reloads and says so.
	hs.keys("g", "j", "j", "c")
	if got := hs.calls("Claim"); !reflect.DeepEqual(got, []string{"Claim(3)"}) {
		t.Fatalf("Claim calls = %v", got)
	}
	hs.mustShow("claimed chunk 3", "3 yours · 2 claimable")

	// r reloads.
	before := len(hs.b.CallsTo("Chunks"))
	hs.keys("r")
	if len(hs.b.CallsTo("Chunks")) != before+1 {
		t.Error("r did not reload the chunks")
	}

	// enter on an assigned chunk opens it in the annotate screen.
	hs.keys("g", "j", "j", "enter")
	if hs.m.Active() != common.ScreenAnnotate {
		t.Fatalf("enter did not switch to annotate (active %d)", hs.m.Active())
	}
	if s := hs.annotate(); s.Chunk != 3 || s.Task != "c3-t00" {
		t.Fatalf("opened %+v, want chunk 3", s)
	}
}

// TestChunksAskForWork: in a campaign whose seats the hub draws, a asks for
// work and the chunk given opens with enter; c is refused without a call;
// the footer offers a, not c. In a campaign that lets annotators pick, a is
// refused and the footer offers c.
func TestChunksAskForWork(t *testing.T) {
	hs := newHarness(t, 100, 24, common.ScreenChunks, fake.WithSeatsAssigned())
	hs.mustShow("a ask for work")
	hs.keys("j", "j")
	hs.mustShow("chunk 3: standard tier, you qualify · the hub draws seats: a to ask for work")
	hs.mustNotShow("c claim")
	hs.keys("G", "c")
	hs.mustShow("✗ claim: the hub draws the seats here: press a to ask for work")
	if n := len(hs.b.CallsTo("Claim")); n != 0 {
		t.Fatalf("%d claims sent in a campaign whose seats are assigned", n)
	}
	hs.keys("a")
	if got := hs.calls("Work"); len(got) != 1 {
		t.Fatalf("Work calls = %v", got)
	}
	hs.mustShow("you were given chunk 3: enter to label it", "3 yours · 2 in the pool")
	hs.mustNotShow("claimable", "claim 01-")

	picked := newHarness(t, 100, 24, common.ScreenChunks)
	picked.mustShow("c claim")
	picked.mustNotShow("a ask for work")
	picked.keys("a")
	picked.mustShow("✗ ask for work: you pick chunks here: select one and press c")
	if n := len(picked.b.CallsTo("Work")); n != 0 {
		t.Fatalf("%d work requests sent in a campaign that lets annotators pick", n)
	}
}

func TestChunksClaimFailure(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenChunks)
	hs.b.Fail("Claim", nil)
	hs.keys("j", "j", "c")
	hs.mustShow("✗ claim chunk 3: claim: injected failure")
	hs.mustNotShow("claiming…")
}

func TestFeedbackKeys(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	// Finish chunk 1 and let it finalize: a second feedback entry appears.
	for i := 0; i < 8; i++ {
		hs.keys("2")
	}
	hs.keys("enter")
	for i := 0; i < 4; i++ {
		hs.send(common.PollMsg{})
	}
	hs.keys("tab", "tab")
	if hs.m.Active() != common.ScreenFeedback {
		t.Fatalf("active %d", hs.m.Active())
	}
	hs.mustShow("chunk 1 (standard)", "1/2 · n/p chunk", "agreement")
	hs.keys("n")
	hs.mustShow("chunk 0 (standard)", "2/2", "agreement 5/8 62.5%", "gold 2/3", "rep +2",
		"negative→mixed ×", "+5 agreed with the quorum on 5 tasks", "-3 missed gold task c0-t07")
	hs.keys("n") // stays on the last
	hs.mustShow("2/2")
	hs.keys("right", "left", "p")
	hs.mustShow("1/2")
	hs.keys("n")
	hs.mustShow("› The new update")
	hs.keys("j")
	hs.mustShow("› 这家餐厅")
	hs.keys("down", "k", "up")
	hs.mustShow("› The new update")
	hs.keys("G")
	hs.mustShow("› Great phone")
	hs.keys("g", "ctrl+d")
	hs.mustShow("› Great phone")
	hs.keys("ctrl+u")
	hs.mustShow("› The new update")
	before := len(hs.b.CallsTo("Feedback"))
	hs.keys("r")
	if len(hs.b.CallsTo("Feedback")) != before+1 {
		t.Error("r did not reload feedback")
	}
	hs.checkFits()
}

func TestReviewKeys(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenReview)
	hs.mustShow("dispute 1/2", "0x0000…1ce1", "310", "positive", "ruling:")
	hs.keys("enter") // nothing chosen: nothing sent
	hs.keys("2")
	hs.mustShow("›negative‹", "enter: confirm")
	hs.keys("esc")
	hs.mustNotShow("›negative‹")
	hs.keys("n")
	hs.mustShow("dispute 2/2")
	top := hs.view()
	hs.keys("j", "down", "ctrl+d", "pgdown")
	if hs.view() == top {
		t.Error("j/down/ctrl+d did not scroll the long dispute text")
	}
	hs.keys("ctrl+u", "pgup", "k", "up")
	if hs.view() != top {
		t.Error("ctrl+u/k did not scroll back")
	}
	hs.keys("p", "left")
	hs.mustShow("dispute 1/2")
	hs.keys("right")
	hs.mustShow("dispute 2/2")
	hs.keys("p")
	if n := len(hs.b.CallsTo("Resolve")); n != 0 {
		t.Fatalf("resolved without confirmation: %d", n)
	}
	hs.keys("4", "enter")
	if got := hs.calls("Resolve"); !reflect.DeepEqual(got, []string{"Resolve(0, c0-t09, mix)"}) {
		t.Fatalf("Resolve calls = %v", got)
	}
	hs.mustShow("resolved task c0-t09 · fee 0.02 KAP", "dispute 1/1", "earned 0.06 KAP")
	before := len(hs.b.CallsTo("Review"))
	hs.keys("r")
	if len(hs.b.CallsTo("Review")) != before+1 {
		t.Error("r did not reload")
	}
	// Digits are rulings here, not screen switches.
	if hs.m.Active() != common.ScreenReview {
		t.Error("a label key switched screens")
	}
}

func TestReviewResolveFailure(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenReview)
	hs.b.Fail("Resolve", nil)
	hs.keys("1", "enter")
	hs.mustShow("✗ resolve task c0-t09: resolve: injected failure", "›positive‹")
}

func TestPilotKeys(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenPilot)
	hs.mustShow("4 annotators · 288 items", "10.0%", "8.3%", "17.2 KAP", "≈26.14 KAP", "41.7%", "› 0x5aAe…eAed")
	hs.keys("j")
	hs.mustShow("› 0x0000…1ce1")
	hs.keys("down", "k")
	hs.mustShow("› 0x0000…1ce1")
	hs.keys("up")
	hs.mustShow("› 0x5aAe…eAed")
	hs.keys("G")
	hs.mustShow("› 0x0000…1ce3")
	hs.keys("g")
	hs.mustShow("› 0x5aAe…eAed")
	hs.keys("ctrl+d")
	hs.mustShow("› 0x0000…1ce3")
	hs.keys("ctrl+u")
	hs.mustShow("› 0x5aAe…eAed")
	hs.keys("r")
	if n := len(hs.b.CallsTo("Pilot")); n != 2 {
		t.Errorf("Pilot calls = %d, want 2", n)
	}
}

func TestWalletKeys(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenWallet)
	hs.mustShow("credited  1.25 KAP", "› 01-02 15:08 withdraw", "2 KAP")
	hs.keys("j")
	hs.mustShow("› 01-02 15:07 reveal")
	hs.keys("k")
	hs.mustShow("› 01-02 15:08 withdraw")
	// w asks; n cancels without a transaction.
	hs.keys("w")
	hs.mustShow("Withdraw 1.25 KAP to 0x5aAe…eAed? y: yes · n: no")
	hs.keys("n")
	hs.mustNotShow("Withdraw 1.25")
	hs.keys("w", "esc")
	hs.mustNotShow("Withdraw 1.25")
	if n := len(hs.b.CallsTo("Withdraw")); n != 0 {
		t.Fatalf("cancelled withdraw sent %d txs", n)
	}
	// w, y withdraws exactly the credited balance.
	hs.keys("w", "y")
	if got := hs.calls("Withdraw"); !reflect.DeepEqual(got, []string{"Withdraw(1250000000000000000)"}) {
		t.Fatalf("Withdraw calls = %v", got)
	}
	hs.mustShow("withdrew 1.25 KAP", "credited  0 KAP", "balance   11.25 KAP")
	// Nothing left: w is an error, not a prompt.
	hs.keys("w")
	hs.mustShow("✗ withdraw: nothing credited yet")
	hs.keys("r")
	if n := len(hs.b.CallsTo("Wallet")); n < 3 {
		t.Errorf("r did not reload (Wallet calls %d)", n)
	}
	// enter also confirms.
	hs2 := newHarness(t, 80, 24, common.ScreenWallet)
	hs2.keys("w", "enter")
	if n := len(hs2.b.CallsTo("Withdraw")); n != 1 {
		t.Errorf("enter did not confirm the withdrawal")
	}
}

// TestWalletWithdrawKeepingStake: K withdraws all but the stake for the
// seats to come, after a y/n prompt that names both amounts.
func TestWalletWithdrawKeepingStake(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenWallet)
	hs.mustShow("K: keep 0.32 KAP of it to stake")
	hs.keys("K")
	hs.mustShow("Withdraw 0.93 KAP, keeping 0.32 KAP of stake? y: yes · n: no")
	hs.keys("n")
	if n := len(hs.b.CallsTo("WithdrawKeeping")); n != 0 {
		t.Fatalf("cancelled withdraw sent %d txs", n)
	}
	hs.keys("K", "y")
	if got := hs.calls("WithdrawKeeping"); !reflect.DeepEqual(got, []string{"WithdrawKeeping(320000000000000000)"}) {
		t.Fatalf("WithdrawKeeping calls = %v", got)
	}
	if n := len(hs.b.CallsTo("Withdraw")); n != 0 {
		t.Fatalf("K also withdrew everything (%d calls)", n)
	}
	hs.mustShow("withdrew 0.93 KAP", "credited  0.32 KAP", "balance   10.93 KAP")
	hs.keys("K")
	hs.mustShow("✗ withdraw: nothing credited above the 0.32 KAP of stake kept")
}

func TestWalletWithdrawFailure(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenWallet)
	hs.b.Fail("Withdraw", nil)
	hs.keys("w", "y")
	hs.mustShow("✗ withdraw: withdraw: injected failure", "credited  1.25 KAP")
	hs.mustNotShow("withdrawing…")
}

func TestLoadFailureShownAndRetried(t *testing.T) {
	tests := []struct {
		screen int
		method string
		what   string
	}{
		{common.ScreenAnnotate, "Chunks", "your chunk"},
		{common.ScreenChunks, "Chunks", "chunks"},
		{common.ScreenFeedback, "Feedback", "feedback"},
		{common.ScreenReview, "Review", "disputes"},
		{common.ScreenPilot, "Pilot", "pilot report"},
		{common.ScreenWallet, "Wallet", "wallet"},
	}
	for _, tc := range tests {
		t.Run(tc.what, func(t *testing.T) {
			b := fake.New()
			b.Fail(tc.method, nil)
			hs := &harness{t: t, b: b, now: fake.Base, w: 80, h: 24}
			hs.m = tui.New(b, tui.Options{Now: func() time.Time { return fake.Base }, Styles: styles.PlainStyles(), Screen: tc.screen})
			hs.run(hs.m.Init())
			hs.send(teaSize(80, 24))
			hs.keys("j") // clears the status line: the body must still say it
			hs.mustShow("Could not load "+tc.what, "injected failure", "Press r to retry")
			hs.checkFits()
			b.Heal(tc.method)
			hs.keys("r")
			hs.mustNotShow("Could not load")
		})
	}
}

func TestReviewNotEligible(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenReview, fake.WithoutReviewRights("reputation 120 is below the senior threshold 300"))
	hs.mustShow("You cannot review yet: reputation 120 is below the senior threshold 300")
	hs.keys("enter")
	if n := len(hs.b.CallsTo("Resolve")); n != 0 {
		t.Fatal("an ineligible reviewer sent a ruling")
	}
	hs.keys("2") // no label hotkeys here: digits switch screens again
	if hs.m.Active() != common.ScreenChunks {
		t.Errorf("2 should switch to chunks when review has no hotkeys active (active %d)", hs.m.Active())
	}
}
