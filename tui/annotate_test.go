package tui_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
)

func TestAnnotateLabelSavesWithTimeAndAdvances(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	if s := hs.annotate(); s.Chunk != 1 || s.Task != "c1-t00" || s.Total != 8 {
		t.Fatalf("opened %+v, want chunk 1 task c1-t00 of 8", s)
	}
	hs.now = hs.now.Add(4200 * time.Millisecond)
	hs.mustShow("⏱ 4.2s")
	hs.keys("2")
	want := []string{"SaveLabel(1, c1-t00, neg, 4.2s)"}
	if got := hs.calls("SaveLabel"); !reflect.DeepEqual(got, want) {
		t.Fatalf("SaveLabel calls = %v, want %v", got, want)
	}
	s := hs.annotate()
	if s.Task != "c1-t01" || s.Labeled != 1 || s.Saving != 0 {
		t.Fatalf("after label: %+v", s)
	}
	hs.mustShow("⏱ 0.0s", "chunk ", "1/8")
}

func TestAnnotateEveryLabelHotkey(t *testing.T) {
	tests := []struct {
		key, id string
	}{{"1", "pos"}, {"2", "neg"}, {"3", "neu"}, {"4", "mix"}}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			hs := newHarness(t, 80, 24, common.ScreenAnnotate)
			hs.keys(tc.key)
			got := hs.calls("SaveLabel")
			if len(got) != 1 || !strings.Contains(got[0], ", "+tc.id+", ") {
				t.Fatalf("key %s saved %v, want label %s", tc.key, got, tc.id)
			}
		})
	}
}

func TestAnnotateUndo(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.keys("u")
	hs.mustShow("nothing to undo")
	hs.keys("1", "2")
	hs.keys("u")
	s := hs.annotate()
	if s.Task != "c1-t01" || s.Labeled != 1 || s.Given != nil {
		t.Fatalf("after undo: %+v", s)
	}
	if got := hs.calls("ClearLabel"); !reflect.DeepEqual(got, []string{"ClearLabel(1, c1-t01)"}) {
		t.Fatalf("ClearLabel calls = %v", got)
	}
	// Relabel an already labeled task, then undo restores the old label.
	hs.keys("p", "3", "u")
	if s := hs.annotate(); s.Task != "c1-t00" || !reflect.DeepEqual(s.Given, []string{"pos"}) {
		t.Fatalf("undo of a relabel: %+v", s)
	}
	if got := hs.calls("SaveLabel"); got[len(got)-1] != "SaveLabel(1, c1-t00, pos, 0s)" {
		t.Errorf("undo of a relabel must save the old label again, got %v", got)
	}
}

func TestAnnotateSkipNextPrev(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	tests := []struct {
		key  string
		want string
	}{
		{"s", "c1-t01"},     // skip moves on without a label
		{"n", "c1-t02"},     // next
		{"right", "c1-t03"}, // arrow alias
		{"p", "c1-t02"},     // previous
		{"left", "c1-t01"},
	}
	for _, tc := range tests {
		hs.keys(tc.key)
		if s := hs.annotate(); s.Task != tc.want {
			t.Fatalf("after %s: task %s, want %s", tc.key, s.Task, tc.want)
		}
	}
	if n := len(hs.b.CallsTo("SaveLabel")); n != 0 {
		t.Errorf("navigation saved %d labels", n)
	}
	// p at the first task and n at the last stay put.
	hs.keys("p", "p", "p")
	if s := hs.annotate(); s.Index != 0 {
		t.Errorf("p below the first task: index %d", s.Index)
	}
	// Skip comes back to a skipped task once the rest is labeled.
	hs = newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.keys("s", "1", "1", "1", "1", "1", "1", "1")
	if s := hs.annotate(); s.Task != "c1-t00" || s.Labeled != 7 {
		t.Fatalf("skipped task not revisited: %+v", s)
	}
	hs.keys("1", "s")
	hs.mustShow("nothing else to label")
}

func TestAnnotateScrollLongText(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.send(common.OpenChunkMsg{Chunk: 2})
	hs.keys("n", "n", "n", "n") // task 4 of chunk 2 is the long text
	if s := hs.annotate(); s.Chunk != 2 || s.Task != "c2-t04" {
		t.Fatalf("not on the long text: %+v", s)
	}
	hs.mustShow("0%")
	tests := []struct {
		key  string
		want func(int) bool
	}{
		{"j", func(y int) bool { return y == 1 }},
		{"down", func(y int) bool { return y == 2 }},
		{"k", func(y int) bool { return y == 1 }},
		{"up", func(y int) bool { return y == 0 }},
		{"ctrl+d", func(y int) bool { return y > 2 }},
		{"ctrl+u", func(y int) bool { return y == 0 }},
		{"pgdown", func(y int) bool { return y > 2 }},
		{"pgup", func(y int) bool { return y == 0 }},
		{"G", func(y int) bool { return y > 10 }},
		{"g", func(y int) bool { return y == 0 }},
	}
	for _, tc := range tests {
		hs.keys(tc.key)
		if y := hs.annotate().Scroll; !tc.want(y) {
			t.Errorf("after %s: scroll %d", tc.key, y)
		}
	}
	hs.keys("G")
	hs.mustShow("100%")
	hs.checkFits()
	// A new task starts at the top.
	hs.keys("n")
	if y := hs.annotate().Scroll; y != 0 {
		t.Errorf("next task kept scroll %d", y)
	}
}

func TestAnnotateSubmitAndBackgroundPhases(t *testing.T) {
	hs := newHarness(t, 120, 40, common.ScreenAnnotate)
	hs.keys("enter")
	if n := len(hs.b.CallsTo("Submit")); n != 0 {
		t.Fatal("enter submitted an incomplete chunk")
	}
	for i := 0; i < 8; i++ {
		hs.keys("1")
	}
	hs.mustShow("all labeled · enter: submit")
	hs.keys("enter")
	if got := hs.calls("Submit"); !reflect.DeepEqual(got, []string{"Submit(1)"}) {
		t.Fatalf("Submit calls = %v", got)
	}
	hs.mustShow("submitted")
	// Labels are final now.
	hs.keys("2", "u")
	if n := len(hs.b.CallsTo("SaveLabel")); n != 8 {
		t.Errorf("label after submit was saved (%d saves)", n)
	}
	if n := len(hs.b.CallsTo("ClearLabel")); n != 0 {
		t.Error("undo after submit cleared a label")
	}
	phases := []string{"submission: committed · commit 0x0000…0005", "submission: revealing", "reveal 0x0000…0006", "submission: finalized"}
	for _, p := range phases {
		hs.send(common.PollMsg{})
		hs.mustShow(p)
	}
	// enter after submission moves on to the next assigned chunk.
	hs.keys("enter")
	if n := len(hs.b.CallsTo("Submit")); n != 1 {
		t.Errorf("submitted twice: %d", n)
	}
	if s := hs.annotate(); s.Chunk != 2 || s.Task != "c2-t00" || s.Submitted {
		t.Errorf("enter after submit did not open chunk 2: %+v", s)
	}
	// With nothing left, the screen says so.
	for i := 0; i < 8; i++ {
		hs.keys("1")
	}
	hs.keys("enter", "enter")
	hs.mustShow("No chunk to label")
}

func TestAnnotateMultiLabel(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate, fake.WithKind(backend.Multi))
	hs.keys("1", "2")
	if s := hs.annotate(); !reflect.DeepEqual(s.Toggled, []string{"bug", "price"}) {
		t.Fatalf("toggled = %v", s.Toggled)
	}
	hs.mustShow("☑ bug", "☑ pricing", "☐ shipping")
	hs.keys("2") // toggles off
	if s := hs.annotate(); !reflect.DeepEqual(s.Toggled, []string{"bug"}) {
		t.Fatalf("second press did not untoggle: %v", s.Toggled)
	}
	hs.keys("esc")
	if s := hs.annotate(); len(s.Toggled) != 0 {
		t.Fatalf("esc kept %v", s.Toggled)
	}
	hs.keys("enter")
	if n := len(hs.b.CallsTo("SaveLabel")); n != 0 {
		t.Fatal("enter with nothing toggled saved a label")
	}
	hs.keys("1", "3", "enter")
	if got := hs.calls("SaveLabel"); !reflect.DeepEqual(got, []string{"SaveLabel(1, c1-t00, bug+ship, 0s)"}) {
		t.Fatalf("SaveLabel calls = %v", got)
	}
	if s := hs.annotate(); s.Task != "c1-t01" {
		t.Errorf("did not advance: %+v", s)
	}
}

func TestAnnotateFailedSaveIsReverted(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.b.Fail("SaveLabel", nil)
	hs.keys("1")
	hs.mustShow("✗ label c1-t00 not saved")
	if s := hs.annotate(); s.Labeled != 0 {
		t.Fatalf("failed save still counted: %+v", s)
	}
	hs.keys("p")
	if s := hs.annotate(); s.Given != nil {
		t.Errorf("failed label still shown on the task: %v", s.Given)
	}
}

func TestAnnotateResumesFromJournal(t *testing.T) {
	// Labels already in the backend (journal) are shown and skipped over.
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	hs.keys("1", "2")
	hs2 := &harness{t: t, b: hs.b, now: fake.Base, w: 80, h: 24}
	hs2.m = newModel(hs.b)
	hs2.run(hs2.m.Init())
	hs2.send(teaSize(80, 24))
	if s := hs2.annotate(); s.Task != "c1-t02" || s.Labeled != 2 {
		t.Fatalf("restart did not resume: %+v", s)
	}
}

func TestAnnotateNoChunk(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate, fake.WithNothingAssigned())
	hs.mustShow("No chunk to label")
	hs.keys("1", "u", "s", "enter") // no crash, no calls
	if n := len(hs.b.CallsTo("SaveLabel")); n != 0 {
		t.Error("labeled without a chunk")
	}
	hs.checkFits()
}

func TestAnnotateSubmitFailureCanBeRetried(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	for i := 0; i < 8; i++ {
		hs.keys("1")
	}
	hs.b.Fail("Submit", nil)
	hs.keys("enter")
	hs.mustShow("✗ submit chunk 1: submit: injected failure", "all labeled · enter: submit")
	if s := hs.annotate(); s.Submitted {
		t.Fatal("a failed submit left the chunk locked")
	}
	hs.b.Heal("Submit")
	hs.keys("enter")
	if n := len(hs.b.CallsTo("Submit")); n != 2 {
		t.Fatalf("retry did not call Submit again (%d calls)", n)
	}
	hs.mustShow("submitted")
}

func TestAnnotateSavesAreSentInOrder(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	// Press label, undo, label on the same task without letting any save
	// finish: only one save may be in flight, the rest wait their turn.
	var cmds []tea.Cmd
	for _, k := range []string{"1", "u", "2"} {
		_, cmd := hs.m.Update(keyMsg(k))
		if cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	if len(cmds) != 1 {
		t.Fatalf("%d saves started at once, want 1", len(cmds))
	}
	if s := hs.annotate(); s.Saving != 3 {
		t.Fatalf("saving = %d, want 3", s.Saving)
	}
	hs.mustShow("saving 3…")
	hs.run(cmds[0])
	want := []string{"SaveLabel(1, c1-t00, pos, 0s)", "ClearLabel(1, c1-t00)", "SaveLabel(1, c1-t00, neg, 0s)"}
	var got []string
	for _, c := range hs.b.Calls() {
		if c.Method == "SaveLabel" || c.Method == "ClearLabel" {
			got = append(got, c.String())
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("calls = %v, want %v", got, want)
	}
	tasks, _ := hs.b.Tasks(context.Background(), 1)
	if !reflect.DeepEqual(tasks[0].Given, []string{"neg"}) {
		t.Errorf("journal holds %v, want [neg]", tasks[0].Given)
	}
}

func TestAnnotateNoSubmitWhileSaving(t *testing.T) {
	hs := newHarness(t, 80, 24, common.ScreenAnnotate)
	for i := 0; i < 7; i++ {
		hs.keys("1")
	}
	_, pending := hs.m.Update(keyMsg("1")) // last save not yet run
	hs.keys("enter")
	hs.mustShow("labels are still being saved")
	if n := len(hs.b.CallsTo("Submit")); n != 0 {
		t.Fatal("submitted while a label was unsaved")
	}
	hs.run(pending)
	hs.keys("enter")
	if n := len(hs.b.CallsTo("Submit")); n != 1 {
		t.Fatalf("Submit calls = %d after the save landed", n)
	}
}
