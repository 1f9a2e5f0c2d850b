package progress

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/styles"
)

func TestBar(t *testing.T) {
	st := styles.PlainStyles()
	tests := []struct {
		name               string
		done, total, width int
		want               string
	}{
		{"half", 2, 4, 16, "chunk ███░░░ 2/4"},
		{"clamped above total", 9, 4, 16, "chunk ██████ 4/4"},
		{"negative done", -1, 4, 16, "chunk ░░░░░░ 0/4"},
		{"zero total", 0, 0, 16, "chunk ░░░░░░ 0/0"},
		{"too narrow drops bar", 1, 4, 8, "chunk 1/4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Bar(st, "chunk", tc.done, tc.total, tc.width)
			if got != tc.want {
				t.Errorf("Bar = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBarWidth(t *testing.T) {
	st := styles.PlainStyles()
	for w := 14; w < 100; w += 7 {
		if got := ansi.StringWidth(Bar(st, "chunk", 3, 7, w)); got != w {
			t.Errorf("width %d: bar is %d cells", w, got)
		}
	}
}
