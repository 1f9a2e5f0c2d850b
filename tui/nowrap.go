package tui

import (
	"io"
)

// NoWrap turns the terminal's automatic line wrap off (DECAWM) and returns a
// function that turns it back on. Call it around tea.Program.Run.
//
// Why: terminals disagree on the width of some emoji (tmux draws 👎🏽 in four
// cells, the Unicode width tables in two). A line the UI measured as
// fitting can then be one or two cells too long; with wrap on, the terminal
// pushes every later line down and the layout breaks. With wrap off the
// excess is clipped at the right edge and the layout holds.
func NoWrap(w io.Writer) (restore func()) {
	_, _ = io.WriteString(w, "\x1b[?7l")
	return func() { _, _ = io.WriteString(w, "\x1b[?7h") }
}
