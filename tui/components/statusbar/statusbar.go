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

// View renders the line at exactly the width. The message keeps at least
// half the line (errors must be readable); the figures are shortened first.
func (m *Model) View() string {
	st := m.c.Styles
	right := m.figures(false)
	left := m.msg
	if m.isErr {
		left = "✗ " + left
	}
	gap := 2
	if ansi.StringWidth(left)+gap+ansi.StringWidth(right) > m.width {
		right = m.figures(true)
	}
	if lw, rw := ansi.StringWidth(left), ansi.StringWidth(right); lw+gap+rw > m.width {
		keep := max(m.width/2, m.width-gap-rw)
		if lw > keep {
			left = ansi.Truncate(left, keep, "…")
		}
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

func (m *Model) figures(compact bool) string {
	st := m.c.Styles
	s := m.status
	if s == nil {
		return st.Subtle.Render("connecting…")
	}
	amt := m.c.Amount
	var parts []string
	if compact {
		parts = []string{
			fmt.Sprintf("rep %d", s.Reputation),
			fmt.Sprintf("%s/%s", backend.FormatUnits(s.Pending, m.c.Token().Decimals), amt(s.Paid)),
		}
	} else {
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
