package tui_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
	"github.com/kappa-dev/kappa/tui/screens/annotate"
	"github.com/kappa-dev/kappa/tui/styles"
)

// harness drives the root model synchronously: every command is run at
// once and its message fed back into Update, so a test sees the state the
// program would reach once all I/O completed. No timers are involved.
type harness struct {
	t     testing.TB
	m     *tui.Model
	b     *fake.Backend
	now   time.Time
	quit  bool
	w, h  int
	steps int
}

func newHarness(t testing.TB, w, h int, screen int, opts ...fake.Option) *harness {
	t.Helper()
	hs := &harness{t: t, b: fake.New(opts...), now: fake.Base, w: w, h: h}
	hs.m = tui.New(hs.b, tui.Options{Now: func() time.Time { return hs.now }, Styles: styles.PlainStyles(), Screen: screen})
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

var cmdSlice = reflect.TypeOf([]tea.Cmd(nil))

func (hs *harness) run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		hs.steps++
		if hs.steps > 100_000 {
			hs.t.Fatal("command loop does not settle")
		}
		msg := c()
		if msg == nil {
			continue
		}
		// tea.Batch and tea.Sequence wrap their commands in slice messages.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().ConvertibleTo(cmdSlice) {
			queue = append(queue, v.Convert(cmdSlice).Interface().([]tea.Cmd)...)
			continue
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			hs.quit = true
			continue
		}
		_, next := hs.m.Update(msg)
		queue = append(queue, next)
	}
}

func (hs *harness) send(msg tea.Msg) {
	_, cmd := hs.m.Update(msg)
	hs.run(cmd)
}

// keys presses each key in turn ("1", "enter", "shift+tab", ...).
func (hs *harness) keys(ks ...string) {
	for _, k := range ks {
		hs.send(keyMsg(k))
	}
}

var special = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"ctrl+c": tea.KeyCtrlC, "ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
}

func keyMsg(k string) tea.KeyMsg {
	if t, ok := special[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func (hs *harness) view() string { return hs.m.View() }

// annotate returns the annotate screen's state.
func (hs *harness) annotate() annotate.State {
	return hs.m.Screen(common.ScreenAnnotate).(*annotate.Model).State()
}

// calls returns the recorded calls of a method as strings.
func (hs *harness) calls(method string) []string {
	var out []string
	for _, c := range hs.b.CallsTo(method) {
		out = append(out, c.String())
	}
	return out
}

// mustShow fails unless the view contains every string.
func (hs *harness) mustShow(ss ...string) {
	hs.t.Helper()
	v := hs.view()
	for _, s := range ss {
		if !strings.Contains(v, s) {
			hs.t.Fatalf("view lacks %q:\n%s", s, v)
		}
	}
}

func (hs *harness) mustNotShow(ss ...string) {
	hs.t.Helper()
	v := hs.view()
	for _, s := range ss {
		if strings.Contains(v, s) {
			hs.t.Fatalf("view shows %q:\n%s", s, v)
		}
	}
}

// checkFits fails unless the view is exactly h lines of at most w cells.
func (hs *harness) checkFits() {
	hs.t.Helper()
	lines := strings.Split(hs.view(), "\n")
	if len(lines) != hs.h {
		hs.t.Fatalf("view has %d lines at %dx%d, want %d:\n%s", len(lines), hs.w, hs.h, hs.h, hs.view())
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > hs.w {
			hs.t.Fatalf("line %d is %d cells wide at %dx%d: %q", i, w, hs.w, hs.h, l)
		}
	}
}
