package table

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/styles"
)

func TestCell(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		w     int
		right bool
		want  string
	}{
		{"pads ascii", "ab", 4, false, "ab  "},
		{"right aligns", "7", 3, true, "  7"},
		{"cuts long", "abcdef", 4, false, "abc…"},
		{"CJK counts double", "日本語テキスト", 6, false, "日本… "},
		{"newlines flattened", "a\nb\tc", 5, false, "a b c"},
		{"emoji", "👍👍👍", 4, false, "👍… "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cell(tc.in, tc.w, tc.right)
			if got != tc.want {
				t.Errorf("Cell(%q,%d) = %q, want %q", tc.in, tc.w, got, tc.want)
			}
			if ansi.StringWidth(got) != tc.w {
				t.Errorf("Cell width %d, want %d", ansi.StringWidth(got), tc.w)
			}
		})
	}
}

func TestScrollAndWidth(t *testing.T) {
	m := New(styles.PlainStyles(), []Column{{Title: "id", Width: 3, Right: true}, {Title: "text"}})
	m.SetSize(30, 4) // header + 3 rows
	var rows [][]string
	for i := 0; i < 10; i++ {
		rows = append(rows, []string{string(rune('0' + i)), "مرحبا بالعالم 你好世界 " + strings.Repeat("x", i)})
	}
	m.SetRows(rows)
	m.Move(5)
	if m.Cursor() != 5 {
		t.Fatalf("cursor = %d, want 5", m.Cursor())
	}
	v := m.View()
	lines := strings.Split(v, "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), v)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w != 30 {
			t.Errorf("line %q is %d cells, want 30", l, w)
		}
	}
	if !strings.HasPrefix(lines[3], "›   5") {
		t.Errorf("cursor row not last visible row: %q", lines[3])
	}
	m.Move(100)
	if m.Cursor() != 9 {
		t.Errorf("cursor past end = %d, want 9", m.Cursor())
	}
	m.SetRows(nil)
	if m.Cursor() != 0 || strings.Count(m.View(), "\n") != 0 {
		t.Error("empty table must render only its header")
	}
}
