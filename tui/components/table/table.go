package table

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/styles"
)

// Column describes one column. Width 0 makes the column flexible: flexible
// columns share the width left over by the fixed ones.
type Column struct {
	Title string
	Width int
	Right bool // right-align (numbers)
}

// Model is a table with an optional cursor row.
type Model struct {
	Columns    []Column
	ShowCursor bool

	rows   [][]string
	cursor int
	offset int
	width  int
	height int
	st     *styles.Styles
}

// New returns an empty table.
func New(st *styles.Styles, cols []Column) *Model {
	return &Model{Columns: cols, st: st, ShowCursor: true}
}

// SetSize sets the table's size; the height includes the header line.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.clamp()
}

// SetRows replaces the rows, keeping the cursor in range.
func (m *Model) SetRows(rows [][]string) {
	m.rows = rows
	m.clamp()
}

// Len returns the number of rows.
func (m *Model) Len() int { return len(m.rows) }

// Cursor returns the index of the cursor row (0 when empty).
func (m *Model) Cursor() int { return m.cursor }

// SetCursor moves the cursor, clamped to the rows.
func (m *Model) SetCursor(i int) {
	m.cursor = i
	m.clamp()
}

// Move moves the cursor by delta rows.
func (m *Model) Move(delta int) { m.SetCursor(m.cursor + delta) }

// Navigate moves the cursor for the key map's movement keys (up, down,
// page up and down, top, bottom) and reports whether msg was one of them,
// so every screen with a table scrolls it the same way.
func (m *Model) Navigate(msg tea.KeyMsg, k *keys.KeyMap) bool {
	switch {
	case key.Matches(msg, k.Down):
		m.Move(1)
	case key.Matches(msg, k.Up):
		m.Move(-1)
	case key.Matches(msg, k.PageDown):
		m.Move(m.Page())
	case key.Matches(msg, k.PageUp):
		m.Move(-m.Page())
	case key.Matches(msg, k.Top):
		m.SetCursor(0)
	case key.Matches(msg, k.Bottom):
		m.SetCursor(m.Len() - 1)
	default:
		return false
	}
	return true
}

// Page returns the number of visible data rows.
func (m *Model) Page() int { return max(1, m.height-1) }

func (m *Model) clamp() {
	m.cursor = min(max(m.cursor, 0), max(len(m.rows)-1, 0))
	page := m.Page()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+page {
		m.offset = m.cursor - page + 1
	}
	m.offset = min(max(m.offset, 0), max(len(m.rows)-page, 0))
}

// widths resolves column widths for the current table width.
func (m *Model) widths() []int {
	ws := make([]int, len(m.Columns))
	marker := 0
	if m.ShowCursor {
		marker = 2
	}
	left := m.width - marker - (len(m.Columns) - 1) // one space between columns
	flex := 0
	for i, c := range m.Columns {
		if c.Width == 0 {
			flex++
			continue
		}
		ws[i] = c.Width
		left -= c.Width
	}
	for i, c := range m.Columns {
		if c.Width == 0 {
			ws[i] = max(left/flex, 1)
		}
	}
	return ws
}

// Cell fits s into w cells: newlines and tabs become spaces, overlong text
// is cut with an ellipsis, short text is padded.
func Cell(s string, w int, right bool) string {
	s = strings.Join(strings.Fields(s), " ")
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	pad := strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
	if right {
		return pad + s
	}
	return s + pad
}

// View renders the header and the visible rows, each line exactly the
// table's width (shorter only when the width cannot hold the columns).
func (m *Model) View() string {
	ws := m.widths()
	var b strings.Builder
	line := func(cells []string, header, cur bool) {
		parts := make([]string, len(m.Columns))
		for i, c := range m.Columns {
			v := ""
			if i < len(cells) {
				v = cells[i]
			}
			parts[i] = Cell(v, ws[i], c.Right)
		}
		text := strings.Join(parts, " ")
		switch {
		case header:
			text = m.st.Header.Render(text)
		case cur:
			text = m.st.Selected.Render(text)
		}
		if m.ShowCursor {
			if cur {
				text = m.st.Selected.Render("›") + " " + text
			} else {
				text = "  " + text
			}
		}
		b.WriteString(ansi.Truncate(text, m.width, ""))
	}
	titles := make([]string, len(m.Columns))
	for i, c := range m.Columns {
		titles[i] = c.Title
	}
	line(titles, true, false)
	end := min(len(m.rows), m.offset+m.Page())
	for i := m.offset; i < end; i++ {
		b.WriteByte('\n')
		line(m.rows[i], false, i == m.cursor)
	}
	return b.String()
}
