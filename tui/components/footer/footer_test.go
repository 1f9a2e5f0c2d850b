package footer

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/styles"
)

type km []key.Binding

func (k km) ShortHelp() []key.Binding  { return k }
func (k km) FullHelp() [][]key.Binding { return [][]key.Binding{k[:2], k[2:]} }

func TestFooterNeverOverflows(t *testing.T) {
	var k km
	for _, s := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		k = append(k, key.NewBinding(key.WithKeys(s), key.WithHelp(s, "a rather long description")))
	}
	m := New(&common.Common{Styles: styles.PlainStyles()})
	for _, w := range []int{3, 10, 29, 30, 31, 80} {
		m.SetSize(w, 0)
		for _, all := range []bool{false, true} {
			if m.ShowAll() != all {
				m.ToggleAll()
			}
			for _, l := range strings.Split(m.View(k), "\n") {
				if ansi.StringWidth(l) > w {
					t.Errorf("width %d (full %v): line %q overflows", w, all, l)
				}
			}
		}
	}
}
