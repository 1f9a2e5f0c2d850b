package common

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/keys"
)

// Scroll moves a viewport by the shared scroll keys (a line, half a page,
// top, bottom) and reports whether msg was one of them. Every scrolling
// text (a task, a dispute, the instructions) scrolls with it; tables move
// their cursor with table.Model.Navigate, on the same keys.
func Scroll(vp *viewport.Model, msg tea.KeyMsg, k *keys.KeyMap) bool {
	switch {
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		vp.HalfPageDown()
	case key.Matches(msg, k.PageUp):
		vp.HalfPageUp()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}
