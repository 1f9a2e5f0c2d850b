package tui_test

import (
	"strings"
	"testing"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
)

func TestQuitKeys(t *testing.T) {
	tests := []struct {
		name   string
		screen int
		keys   []string
	}{
		{"q on annotate", common.ScreenAnnotate, []string{"q"}},
		{"ctrl+c on annotate", common.ScreenAnnotate, []string{"ctrl+c"}},
		{"q on wallet", common.ScreenWallet, []string{"q"}},
		{"q while instructions open", common.ScreenChunks, []string{"?", "q"}},
		{"ctrl+c while instructions open", common.ScreenChunks, []string{"?", "ctrl+c"}},
		{"q while withdraw prompt open", common.ScreenWallet, []string{"w", "q"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHarness(t, 80, 24, tc.screen)
			hs.keys(tc.keys...)
			if !hs.quit {
				t.Fatalf("%v did not quit", tc.keys)
			}
			if err := hs.m.Common().Ctx.Err(); err == nil {
				t.Error("quitting must cancel running backend calls")
			}
		})
	}
}

func TestScreenSwitching(t *testing.T) {
	tests := []struct {
		name  string
		from  int
		keys  []string
		want  int
		title string
	}{
		{"tab goes right", common.ScreenAnnotate, []string{"tab"}, common.ScreenChunks, "Chunks ·"},
		{"tab wraps", common.ScreenWallet, []string{"tab"}, common.ScreenAnnotate, "c1-t00"},
		{"shift+tab wraps left", common.ScreenAnnotate, []string{"shift+tab"}, common.ScreenWallet, "address"},
		{"2 jumps to chunks", common.ScreenWallet, []string{"2"}, common.ScreenChunks, "Chunks ·"},
		{"3 jumps to feedback", common.ScreenChunks, []string{"3"}, common.ScreenFeedback, "agreement"},
		{"5 jumps to pilot", common.ScreenChunks, []string{"5"}, common.ScreenPilot, "annotators"},
		{"6 jumps to wallet", common.ScreenChunks, []string{"6"}, common.ScreenWallet, "address"},
		{"1 jumps to annotate", common.ScreenChunks, []string{"1"}, common.ScreenAnnotate, "c1-t00"},
		{"4 jumps to review", common.ScreenChunks, []string{"4"}, common.ScreenReview, "dispute 1/2"},
		// On annotate, digits are label hotkeys and do not switch screens.
		{"digit labels on annotate", common.ScreenAnnotate, []string{"2"}, common.ScreenAnnotate, "c1-t01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHarness(t, 80, 24, tc.from)
			hs.keys(tc.keys...)
			if hs.m.Active() != tc.want {
				t.Fatalf("active = %d, want %d", hs.m.Active(), tc.want)
			}
			hs.mustShow(tc.title)
			hs.checkFits()
		})
	}
}

func TestInstructionsOverlay(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.keys("?")
	hs.mustShow("How to label sentiment", "?/esc close")
	hs.checkFits()
	top := hs.view()
	for _, k := range []string{"j", "down", "ctrl+d", "G"} {
		hs.keys(k)
	}
	if hs.view() == top {
		t.Error("j/down/ctrl+d/G did not scroll the instructions")
	}
	hs.keys("k", "up", "ctrl+u", "g")
	if hs.view() != top {
		t.Error("k/up/ctrl+u/g did not scroll back to the top")
	}
	// Keys do not leak to the screen below while instructions are open.
	hs.keys("1")
	if hs.annotate().Labeled != 0 {
		t.Error("a label was given behind the instructions")
	}
	hs.keys("?")
	hs.mustShow("c1-t00")
	hs.keys("?", "esc")
	hs.mustShow("c1-t00")
	hs.mustNotShow("How to label")
}

func TestFullHelpToggle(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	short := hs.view()
	hs.keys("H")
	hs.mustShow("positive", "ctrl+d", "shift+tab")
	hs.checkFits()
	if hs.view() == short {
		t.Fatal("H did not change the footer")
	}
	hs.keys("H")
	if hs.view() != short {
		t.Error("second H did not restore the short help")
	}
}

func TestErrorsGoToStatusLine(t *testing.T) {
	b := fake.New()
	b.Fail("Pilot", nil)
	hs := newHarness(t, 80, 24, common.ScreenPilot)
	_ = b // the harness has its own fake; inject on it
	hs.b.Fail("Chunks", nil)
	hs.keys("2", "r")
	hs.mustShow("✗ load chunks: chunks: injected failure")
	hs.checkFits()
	// The next key clears the message.
	hs.keys("j")
	hs.mustNotShow("injected failure")
}

func TestStatusPollFailureKeepsRunning(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.b.Fail("Status", nil)
	hs.send(common.PollMsg{})
	hs.mustShow("✗ status: status: injected failure")
	hs.b.Heal("Status")
	hs.send(common.PollMsg{})
	hs.keys("j") // clears the message
	hs.mustShow("paid 1.25 KAP", "chain ✓")
}

func TestConnectionStateShown(t *testing.T) {
	hs := newHarness(t, 120, 40, common.ScreenAnnotate)
	hs.b.SetConn(backend.Conn{State: backend.ConnDown, Detail: "dial tcp: refused"}, backend.Conn{State: backend.ConnUp})
	hs.send(common.PollMsg{})
	hs.mustShow("chain ✗", "ipfs ✓")
}

func TestResizeAlwaysFits(t *testing.T) {
	for _, screen := range []int{0, 1, 2, 3, 4, 5} {
		hs := newHarness(t, 80, 24, screen)
		for _, sz := range [][2]int{{80, 24}, {120, 40}, {40, 12}, {20, 6}, {200, 60}, {10, 3}, {81, 25}} {
			hs.w, hs.h = sz[0], sz[1]
			hs.send(teaSize(sz[0], sz[1]))
			hs.checkFits()
			hs.keys("H")
			hs.checkFits()
			hs.keys("H")
		}
	}
}

func TestSlowBackendNeverBlocksUpdate(t *testing.T) {
	// Update and View must return without calling the backend: with a
	// backend that would take an hour, only the commands would block.
	b := fake.New(fake.WithLatency(1 << 62))
	m := newModel(b)
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init returned no command")
	}
	m.Update(teaSize(80, 24))
	for _, k := range []string{"1", "tab", "j", "c", "enter", "?", "H", "w"} {
		m.Update(keyMsg(k))
		_ = m.View()
	}
	if n := len(b.Calls()); n != 0 {
		t.Errorf("Update/View called the backend %d times", n)
	}
	if !strings.Contains(m.View(), "connecting…") {
		t.Error("status line should say it is connecting")
	}
}

func TestConfirmationFadesErrorsStay(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenChunks)
	hs.keys("j", "j", "c")
	hs.mustShow("claimed chunk 3")
	for i := 0; i < 3; i++ {
		hs.send(common.PollMsg{})
	}
	hs.mustNotShow("claimed chunk 3")
	hs.keys("G", "c")
	hs.mustShow("✗ claim chunk 5")
	for i := 0; i < 5; i++ {
		hs.send(common.PollMsg{})
	}
	hs.mustShow("✗ claim chunk 5")
}

func TestChunksRefreshWhenShown(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.keys("1", "1", "tab")
	hs.mustShow("2/8 done")
}

// TestScreensReloadWhenShown checks that the screens whose data moves while
// the user is elsewhere (a chunk finalizes, a dispute is resolved, a
// balance changes) ask the backend again each time they are shown.
func TestScreensReloadWhenShown(t *testing.T) {
	tests := []struct {
		key    string
		method string
	}{
		{"3", "Feedback"},
		{"4", "Review"},
		{"5", "Pilot"},
		{"6", "Wallet"},
	}
	for _, tc := range tests {
		t.Run(tc.method, func(t *testing.T) {
			hs := newHarness(t, 80, 24, common.ScreenChunks)
			before := len(hs.b.CallsTo(tc.method))
			// Leave and come back with tab keys: on Review digits are label keys.
			hs.keys(tc.key, "tab", "shift+tab")
			if got := len(hs.b.CallsTo(tc.method)) - before; got != 2 {
				t.Fatalf("%s called %d times for two visits, want 2", tc.method, got)
			}
		})
	}
}
