package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		w, h int
	}{
		{"pads short block", "a\nb", 10, 4},
		{"cuts tall block", strings.Repeat("x\n", 30), 10, 4},
		{"cuts wide CJK", strings.Repeat("漢字", 20), 9, 1},
		{"emoji ZWJ", "👨‍👩‍👧‍👦 family " + strings.Repeat("👍", 30), 15, 2},
		{"rtl", "مرحبا بالعالم שלום עולם", 12, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := Fit(tc.in, tc.w, tc.h)
			lines := strings.Split(out, "\n")
			if len(lines) != tc.h {
				t.Fatalf("got %d lines, want %d", len(lines), tc.h)
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w != tc.w {
					t.Errorf("line %q is %d cells, want %d", l, w, tc.w)
				}
			}
		})
	}
	if Fit("x", 0, 3) != "" {
		t.Error("zero width must render nothing")
	}
}

func TestSpread(t *testing.T) {
	if got := Spread("left", "right", 12); got != "left   right" {
		t.Errorf("Spread = %q", got)
	}
	if got := Spread("a long left part", "right", 12); ansi.StringWidth(got) != 12 || !strings.HasSuffix(got, " right") {
		t.Errorf("Spread cut = %q", got)
	}
	if got := Spread("l", "far too long right", 8); ansi.StringWidth(got) != 8 {
		t.Errorf("Spread overlong right = %q", got)
	}
}
