package progress

import (
	"fmt"
	"strings"

	"github.com/kappa-dev/kappa/tui/styles"
)

// Bar renders "label ████░░░░ done/total" in exactly width cells when width
// allows (the bar shrinks first). Negative or inconsistent counts are
// clamped rather than trusted.
func Bar(st *styles.Styles, label string, done, total, width int) string {
	if total < 0 {
		total = 0
	}
	done = min(max(done, 0), total)
	count := fmt.Sprintf(" %d/%d", done, total)
	if label != "" {
		label += " "
	}
	barW := width - len([]rune(label)) - len(count)
	if barW < 4 {
		return label + strings.TrimSpace(count)
	}
	filled := 0
	if total > 0 {
		filled = done * barW / total
	}
	full, empty := "█", "░"
	return label + st.BarFull.Render(strings.Repeat(full, filled)) +
		st.BarEmpty.Render(strings.Repeat(empty, barW-filled)) + count
}
