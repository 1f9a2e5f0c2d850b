package tabs

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/styles"
)

func TestTabs(t *testing.T) {
	titles := []string{"Annotate", "Chunks", "Feedback", "Review", "Pilot", "Wallet"}
	tests := []struct {
		width  int
		active int
		want   string
	}{
		{80, 0, "kappa  1 Annotate   2 Chunks   3 Feedback   4 Review   5 Pilot   6 Wallet "},
		{50, 4, "kappa  1   2   3   4   5 Pilot   6 "}, // inactive tabs shrink to numbers
		{12, 4, "kappa  1   …"}, // still one line, cut
	}
	for _, tc := range tests {
		m := New(styles.PlainStyles(), titles)
		m.Active = tc.active
		m.SetSize(tc.width, 1)
		got := m.View()
		if got != tc.want {
			t.Errorf("width %d: %q, want %q", tc.width, got, tc.want)
		}
		if ansi.StringWidth(got) > tc.width || strings.Contains(got, "\n") {
			t.Errorf("width %d: tab row %q does not fit", tc.width, got)
		}
	}
}
