package tui_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
	"github.com/kappa-dev/kappa/tui/styles"
)

func TestMain(m *testing.M) {
	// Golden bytes must not depend on the terminal running the tests.
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// goldenCase runs the real program loop (teatest) on the fake backend at a
// fixed size and clock, waits until every marker is on screen (all data
// loaded), optionally presses keys, quits and compares the final view with
// testdata/<test name>.golden. Refresh with: go test ./tui/... -update
type goldenCase struct {
	name    string
	screen  int
	markers []string
	steps   []step
	opts    []fake.Option
}

// step presses keys, then waits for markers (the result of any I/O the
// keys started) before the next step.
type step struct {
	keys, wait []string
}

var goldenCases = []goldenCase{
	{name: "annotate", screen: common.ScreenAnnotate, markers: []string{"c1-t00", "24/64", "[1] positive", "paid 1.25 KAP"}},
	{name: "annotate_cjk_labeled", screen: common.ScreenAnnotate, markers: []string{"c1-t00", "[1] positive", "paid 1.25 KAP"},
		// both labels saved: the status line back to "saved" without "· saving 1…"
		steps: []step{{[]string{"1", "2"}, []string{"c1-t02", "6 to go · labels saved as you go  "}}}},
	{name: "annotate_long_text", screen: common.ScreenAnnotate, markers: []string{"c1-t00", "[1] positive", "paid 1.25 KAP"},
		steps: []step{
			{[]string{"tab", "j", "enter"}, []string{"c2-t00"}},
			{[]string{"n", "n", "n", "n", "j", "j", "j"}, []string{"c2-t04"}},
		}},
	{name: "annotate_multi", screen: common.ScreenAnnotate, markers: []string{"c1-t00", "☐ bug", "paid 1.25 KAP"},
		steps: []step{{[]string{"1", "3"}, []string{"☑ shipping"}}}, opts: []fake.Option{fake.WithKind(backend.Multi)}},
	{name: "instructions", screen: common.ScreenAnnotate, markers: []string{"c1-t00", "[1] positive", "paid 1.25 KAP"},
		steps: []step{{[]string{"?"}, []string{"Tips"}}}},
	{name: "chunks", screen: common.ScreenChunks, markers: []string{"your reputation 120", "0.05 KAP", "paid 1.25 KAP"}},
	{name: "feedback", screen: common.ScreenFeedback, markers: []string{"negative→mixed", "0.25 KAP", "paid 1.25 KAP"}},
	{name: "review", screen: common.ScreenReview, markers: []string{"310 positive", "earned 0.04 KAP", "[1] positive", "paid 1.25 KAP"}},
	{name: "pilot", screen: common.ScreenPilot, markers: []string{"≈26.14 KAP", "paid 1.25 KAP"}},
	{name: "wallet", screen: common.ScreenWallet, markers: []string{"2 KAP confirmed", "paid 1.25 KAP"}},
	{name: "wallet_confirm", screen: common.ScreenWallet, markers: []string{"2 KAP confirmed", "paid 1.25 KAP"},
		steps: []step{{[]string{"w"}, []string{"y: yes"}}}},
}

func TestGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, gc := range goldenCases {
			t.Run(fmt.Sprintf("%s_%dx%d", gc.name, size[0], size[1]), func(t *testing.T) {
				b := fake.New(gc.opts...)
				m := tui.New(b, tui.Options{Now: func() time.Time { return fake.Base }, Screen: gc.screen, Styles: styles.DefaultStyles()})
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitAll(t, tm, gc.markers)
				for _, st := range gc.steps {
					for _, k := range st.keys {
						tm.Send(keyMsg(k))
					}
					waitAll(t, tm, st.wait)
				}
				if err := tm.Quit(); err != nil {
					t.Fatal(err)
				}
				final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*tui.Model)
				golden.RequireEqual(t, []byte(final.View()))
			})
		}
	}
}

// waitAll waits until the program's output has shown every marker.
func waitAll(t *testing.T, tm *teatest.TestModel, markers []string) {
	t.Helper()
	seen := make([]bool, len(markers))
	teatest.WaitFor(t, tm.Output(), func(out []byte) bool {
		all := true
		for i, mk := range markers {
			seen[i] = seen[i] || bytes.Contains(out, []byte(mk))
			all = all && seen[i]
		}
		return all
	}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

var sgrColour = regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)

func TestNoColor(t *testing.T) {
	defer lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetColorProfile(termenv.TrueColor)
	for _, noColor := range []string{"", "1"} {
		t.Setenv("NO_COLOR", noColor)
		hs := newHarness(t, 80, 24, common.ScreenChunks)
		hs.m = tui.New(hs.b, tui.Options{Now: func() time.Time { return fake.Base }, Styles: styles.DefaultStyles()})
		hs.run(hs.m.Init())
		hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		hs.keys("2")
		coloured := sgrColour.MatchString(hs.view())
		if noColor != "" && coloured {
			t.Errorf("NO_COLOR set but the view has colour codes: %q", hs.view())
		}
		if noColor == "" && !coloured {
			t.Error("colours expected without NO_COLOR (is the check broken?)")
		}
	}
}
