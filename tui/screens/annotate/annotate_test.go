package annotate

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/styles"
)

func newModel(kind backend.Kind, width int) *Model {
	schema := backend.Schema{Kind: kind, Labels: []backend.Label{
		{ID: "a", Name: "alpha", Hotkey: "1", Description: "first"},
		{ID: "b", Name: "beta", Hotkey: "2", Description: "second"},
		{ID: "c", Name: "gamma", Hotkey: "3", Description: "third"},
		{ID: "d", Name: "delta", Hotkey: "4", Description: "fourth"},
	}}
	c := &common.Common{Styles: styles.PlainStyles(), Keys: keys.DefaultKeyMap(), Now: time.Now, Schema: &schema}
	m := New(c)
	m.Update(common.SchemaMsg{Schema: schema})
	m.SetSize(width, 20)
	m.Update(TasksMsg{Chunk: 1, Tasks: []backend.Task{{ID: "t0", Text: "x"}, {ID: "t1", Text: "y", Given: []string{"b"}}}})
	return m
}

// The label rows must keep their height and width whatever is selected,
// or the text area would jump as the annotator works.
func TestLabelRowsStable(t *testing.T) {
	for _, kind := range []backend.Kind{backend.Single, backend.Multi} {
		for _, w := range []int{20, 40, 80, 100, 120} {
			m := newModel(kind, w)
			base := m.labelRows()
			states := []func(){
				func() { m.cur = 1 },                           // a given label (✓)
				func() { m.toggled = []string{"a", "c"} },      // multi selection
				func() { m.cur, m.toggled = 0, []string{"d"} }, // back on an unlabeled task
			}
			for i, st := range states {
				st()
				rows := m.labelRows()
				if len(rows) != len(base) {
					t.Fatalf("%s width %d state %d: %d rows, was %d", kind, w, i, len(rows), len(base))
				}
				for _, r := range rows {
					if ansi.StringWidth(r) > w {
						t.Errorf("%s width %d: row %q too wide", kind, w, r)
					}
				}
			}
		}
	}
}

func TestNextUnlabeled(t *testing.T) {
	m := &Model{tasks: []backend.Task{{Given: []string{"a"}}, {}, {Given: []string{"a"}}, {}}}
	tests := []struct{ from, want int }{
		{-1, 1}, // from the start
		{1, 3},  // skips labeled
		{3, 1},  // wraps around
	}
	for _, tc := range tests {
		if got := m.nextUnlabeled(tc.from); got != tc.want {
			t.Errorf("nextUnlabeled(%d) = %d, want %d", tc.from, got, tc.want)
		}
	}
	m.tasks[1].Given, m.tasks[3].Given = []string{"a"}, []string{"b"}
	if got := m.nextUnlabeled(0); got != -1 {
		t.Errorf("all labeled: %d, want -1", got)
	}
}

func TestSchemaWarningShown(t *testing.T) {
	c := &common.Common{Styles: styles.PlainStyles(), Keys: keys.DefaultKeyMap(), Now: time.Now}
	m := New(c)
	_, cmd := m.Update(common.SchemaMsg{Schema: backend.Schema{Labels: []backend.Label{{ID: "x", Name: "undo-ish", Hotkey: "u"}}}})
	if cmd == nil {
		t.Fatal("a reserved hotkey must be reported")
	}
	msg, ok := cmd().(common.InfoMsg)
	if !ok || msg.Text == "" {
		t.Fatalf("got %#v, want an InfoMsg", msg)
	}
	if k := m.labels[0].Binding.Keys(); len(k) != 1 || k[0] != "1" {
		t.Errorf("label got key %v, want the fallback 1", k)
	}
}
