package keys

import (
	"strings"
	"testing"
)

func TestLabelBindings(t *testing.T) {
	tests := []struct {
		name     string
		hotkeys  []string
		want     []string // resulting key per label
		warnings int
	}{
		{"all valid", []string{"1", "2", "3"}, []string{"1", "2", "3"}, 0},
		{"missing gets first free", []string{"", "1", "2"}, []string{"3", "1", "2"}, 1},
		{"reserved key replaced", []string{"u", "2"}, []string{"1", "2"}, 1},
		{"duplicate replaced", []string{"a", "a"}, []string{"a", "1"}, 1},
		{"multi-rune rejected", []string{"ab", "1"}, []string{"2", "1"}, 1},
		{"later wish is not stolen", []string{"", "1"}, []string{"2", "1"}, 1},
	}
	km := DefaultKeyMap()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(tc.hotkeys)
			ids := make([]string, n)
			names := make([]string, n)
			for i := range ids {
				ids[i] = string(rune('A' + i))
				names[i] = "label " + ids[i]
			}
			got, warns := km.LabelBindings(ids, names, tc.hotkeys)
			if len(warns) != tc.warnings {
				t.Errorf("warnings = %v, want %d", warns, tc.warnings)
			}
			for i, lk := range got {
				if k := strings.Join(lk.Binding.Keys(), ","); k != tc.want[i] {
					t.Errorf("label %d key = %q, want %q", i, k, tc.want[i])
				}
				if lk.ID != ids[i] {
					t.Errorf("label %d id = %q", i, lk.ID)
				}
			}
		})
	}
}

func TestLabelBindingsRunOutOfKeys(t *testing.T) {
	n := len(fallbackKeys) + 3
	ids := make([]string, n)
	for i := range ids {
		ids[i] = strings.Repeat("x", i+1)
	}
	got, warns := DefaultKeyMap().LabelBindings(ids, ids, make([]string, n))
	if len(got) != n || len(warns) != n {
		t.Fatalf("got %d bindings and %d warnings, want %d each", len(got), len(warns), n)
	}
	if got[n-1].Binding.Enabled() {
		t.Error("a label beyond the free keys must be disabled, not share a key")
	}
}
