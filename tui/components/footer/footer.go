package footer

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/common"
)

// Model is the help footer.
type Model struct {
	help help.Model
}

// New returns a footer using the common help styles.
func New(c *common.Common) *Model {
	h := help.New()
	h.Styles = c.Styles.Help
	return &Model{help: h}
}

// SetSize sets the width the help may use; the height follows the content.
func (m *Model) SetSize(width, _ int) { m.help.Width = width }

// ShowAll reports whether the full help is shown.
func (m *Model) ShowAll() bool { return m.help.ShowAll }

// ToggleAll switches between short and full help.
func (m *Model) ToggleAll() { m.help.ShowAll = !m.help.ShowAll }

// View renders the help of the given key map, never wider than the width:
// bubbles/help adds an item that does not fit when there is no room left
// for its ellipsis, so every line is cut here as well.
func (m *Model) View(k help.KeyMap) string {
	v := m.help.View(k)
	if m.help.Width <= 0 {
		return v
	}
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.help.Width, "…")
	}
	return strings.Join(lines, "\n")
}
