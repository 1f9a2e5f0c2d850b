package tabs

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/styles"
)

// Model is the tab row: a brand, then "1 Annotate  2 Chunks ...". When the
// full row does not fit, inactive tabs shrink to their number.
type Model struct {
	Titles []string
	Active int
	width  int
	st     *styles.Styles
}

// New returns a tab row over the given titles.
func New(st *styles.Styles, titles []string) *Model {
	return &Model{Titles: titles, st: st}
}

// SetSize sets the available width; the row is always one line high.
func (m *Model) SetSize(width, _ int) { m.width = width }

// View renders the tab row, never wider than the width.
func (m *Model) View() string {
	for _, short := range []bool{false, true} {
		parts := []string{m.st.Brand.Render("kappa")}
		for i, t := range m.Titles {
			label := fmt.Sprintf("%d %s", i+1, t)
			if short && i != m.Active {
				label = fmt.Sprint(i + 1)
			}
			if i == m.Active {
				parts = append(parts, m.st.ActiveTab.Render(" "+label+" "))
			} else {
				parts = append(parts, m.st.Tab.Render(" "+label+" "))
			}
		}
		row := strings.Join(parts, " ")
		if ansi.StringWidth(row) <= m.width || short {
			return ansi.Truncate(row, m.width, "…")
		}
	}
	return ""
}
