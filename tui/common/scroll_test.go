package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/keys"
)

func TestScroll(t *testing.T) {
	k := keys.DefaultKeyMap()
	vp := viewport.New(20, 10)
	vp.SetContent(strings.Repeat("line\n", 99) + "last")
	press := func(s string) bool {
		msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
		return Scroll(&vp, msg, k)
	}
	steps := []struct {
		key    string
		offset int
	}{
		{"j", 1}, {"k", 0}, {"G", 90}, {"g", 0},
	}
	for _, s := range steps {
		if !press(s.key) {
			t.Fatalf("%q is not a scroll key", s.key)
		}
		if vp.YOffset != s.offset {
			t.Errorf("after %q: offset %d, want %d", s.key, vp.YOffset, s.offset)
		}
	}
	if press("x") {
		t.Error(`"x" scrolled`)
	}
}
