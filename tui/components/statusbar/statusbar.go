package statusbar

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
)

// Model is the status line.
type Model struct {
	c      *common.Common
	width  int
	msg    string
	isErr  bool
	status *backend.Status
}

// New returns an empty status line.
func New(c *common.Common) *Model { return &Model{c: c} }

// SetSize sets the width; the status line is one line high.
func (m *Model) SetSize(width, _ int) { m.width = width }

// SetStatus records the latest polled status.
func (m *Model) SetStatus(s backend.Status) { m.status = &s }

// SetError shows an error until the next Clear.
func (m *Model) SetError(err error) {
	m.msg, m.isErr = oneLine(err.Error()), true
}

// SetInfo shows a confirmation until the next Clear.
func (m *Model) SetInfo(text string) { m.msg, m.isErr = oneLine(text), false }

// Clear removes the message.
func (m *Model) Clear() { m.msg, m.isErr = "", false }

// Message returns the message shown and whether it is an error.
func (m *Model) Message() (string, bool) { return m.msg, m.isErr }

// View renders the line at exactly the width. The message wins over the
// figures: they shorten (full, compact, connections only) before the message
// is cut, because an error the user cannot read is useless.
func (m *Model) View() string {
	st := m.c.Styles
	left := m.msg
	if m.isErr {
		left = "✗ " + left
	}
	const gap = 2
	var right string
	for level := 0; level < 3; level++ {
		right = m.figures(level)
		if ansi.StringWidth(left)+gap+ansi.StringWidth(right) <= m.width {
			break
		}
	}
	if lw, rw := ansi.StringWidth(left), ansi.StringWidth(right); lw+gap+rw > m.width {
		left = ansi.Truncate(left, max(m.width/2, m.width-gap-rw), "…")
		right = ansi.Truncate(right, max(0, m.width-gap-ansi.StringWidth(left)), "…")
	}
	pad := max(0, m.width-ansi.StringWidth(left)-ansi.StringWidth(right))
	if m.isErr {
		left = st.StatusErr.Render(left)
	} else {
		left = st.StatusMsg.Render(left)
	}
	return st.StatusBar.Render(left + strings.Repeat(" ", pad) + right)
}

// figures renders the right side at a level of detail: 0 full, 1 compact,
// 2 connections only.
func (m *Model) figures(level int) string {
	st := m.c.Styles
	s := m.status
	if s == nil {
		return st.Subtle.Render("connecting…")
	}
	amt := m.c.Amount
	var parts []string
	switch level {
	case 2:
	case 1:
		// Pending is the estimate; paid is what the user has. Keep paid.
		parts = []string{fmt.Sprintf("rep %d", s.Reputation), "paid " + amt(s.Paid)}
	default:
		parts = []string{
			fmt.Sprintf("rep %d", s.Reputation),
			"pending " + amt(s.Pending),
			"paid " + amt(s.Paid),
		}
	}
	parts = append(parts, conn("chain", s.Chain, st.Good.Render, st.Bad.Render), conn("ipfs", s.IPFS, st.Good.Render, st.Bad.Render))
	return strings.Join(parts, " · ")
}

// conn renders a connection with a marker that does not depend on colour.
func conn(name string, c backend.Conn, good, bad func(...string) string) string {
	switch c.State {
	case backend.ConnUp:
		return good(name + " ✓")
	case backend.ConnDown:
		return bad(name + " ✗")
	default:
		return name + " ?"
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
