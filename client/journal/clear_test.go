package journal

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// The clear tests label chunk clearChunk of campaign, tasks 0..5, then give
// task 1 again, so that the labels of tasks 3, 4, 5 and 1 were all given
// after the one of clearTarget. A label in another chunk and one of another
// campaign are bystanders.
const (
	clearChunk  = 3
	clearTarget = 2
)

var clearOther = common.HexToAddress("0x0000000000000000000000000000000000000bad")

// seedClear writes the labels the clear tests start from.
func seedClear(t *testing.T, j *Journal) {
	t.Helper()
	for task := uint32(0); task < 6; task++ {
		if err := j.PutLabel(campaign, clearChunk, task, uint64(10+task), time.Duration(task+1)*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range []error{
		j.PutLabel(campaign, clearChunk+1, 0, 7, time.Second),
		j.PutLabel(clearOther, clearChunk, 2, 8, time.Second),
		j.PutLabel(campaign, clearChunk, 1, 99, 9*time.Second), // task 1 changed after the others
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// clearKeys names the labels seedClear writes.
type clearKey struct {
	campaign common.Address
	chunk    uint64
	task     uint32
}

func (k clearKey) String() string {
	return fmt.Sprintf("campaign %s chunk %d task %d", k.campaign.Hex(), k.chunk, k.task)
}

// allLabels reads every label of the chunks seedClear writes to.
func allLabels(t *testing.T, j *Journal) map[clearKey]Label {
	t.Helper()
	out := map[clearKey]Label{}
	for _, c := range []struct {
		campaign common.Address
		chunk    uint64
	}{{campaign, clearChunk}, {campaign, clearChunk + 1}, {clearOther, clearChunk}} {
		ls, err := j.Labels(c.campaign, c.chunk)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			out[clearKey{c.campaign, c.chunk, l.Task}] = l
		}
	}
	return out
}

// lostLabels compares the labels after a clear of target (finished or cut
// short) with those before it. Every other label must still be there with
// its value; strict also requires it unchanged (seq, time, time spent), as
// ClearLabel promises. target itself may be there unchanged or gone, and
// must be gone once the clear finished.
func lostLabels(before, after map[clearKey]Label, target clearKey, finished, strict bool) []string {
	var bad []string
	for k, b := range before {
		a, ok := after[k]
		switch {
		case k == target && ok && finished:
			bad = append(bad, fmt.Sprintf("%s: still labeled after the clear returned", k))
		case k == target && ok && (a.Value != b.Value || a.Seq != b.Seq):
			bad = append(bad, fmt.Sprintf("%s: changed to %+v, was %+v", k, a, b))
		case k == target:
		case !ok:
			bad = append(bad, fmt.Sprintf("%s: label %d LOST", k, b.Value))
		case a.Value != b.Value:
			bad = append(bad, fmt.Sprintf("%s: value %d, was %d", k, a.Value, b.Value))
		case strict && (a.Seq != b.Seq || !a.At.Equal(b.At) || a.TimeSpent != b.TimeSpent):
			bad = append(bad, fmt.Sprintf("%s: rewritten as %+v, was %+v", k, a, b))
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			bad = append(bad, fmt.Sprintf("%s: appeared from nowhere", k))
		}
	}
	slices.Sort(bad)
	return bad
}

// clearStrategies are the ways of clearing one task's label a child of
// TestClearLabelCrash runs; wrote is called after each journal write
// returns (after its fsync).
var clearStrategies = map[string]func(j *Journal, chunk uint64, task uint32, wrote func()) error{
	// clear is what the callers do now: Journal.ClearLabel.
	"clear": func(j *Journal, chunk uint64, task uint32, wrote func()) error {
		if _, err := j.ClearLabel(campaign, chunk, task); err != nil {
			return err
		}
		wrote()
		return nil
	},
	// replay is what clientbackend.Backend.ClearLabel did before: undo the
	// chunk's latest labels down to the task's, then give the later ones
	// again, oldest first; one transaction each.
	"replay": func(j *Journal, chunk uint64, task uint32, wrote func()) error {
		var later []Label
		for {
			l, err := j.UndoLabel(campaign, chunk)
			if errors.Is(err, ErrNoLabel) {
				break
			}
			if err != nil {
				return err
			}
			wrote()
			if l.Task == task {
				break
			}
			later = append(later, l)
		}
		for k := len(later) - 1; k >= 0; k-- {
			l := later[k]
			if err := j.PutLabel(campaign, chunk, l.Task, l.Value, l.TimeSpent); err != nil {
				return err
			}
			wrote()
		}
		return nil
	},
}

// crashClear seeds a journal, lets a child process clear clearTarget with
// strategy and SIGKILLs it right after its kill-th journal write (0: before
// the first). It returns the labels before and after, and whether the clear
// had finished (fewer than kill writes).
func crashClear(t *testing.T, strategy string, kill int) (before, after map[clearKey]Label, finished bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	seedClear(t, j)
	before = allLabels(t, j)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperClearLabel$")
	cmd.Env = append(os.Environ(), "JOURNAL_HELPER=clear", "JOURNAL_PATH="+path,
		"JOURNAL_STRATEGY="+strategy, "JOURNAL_KILL_AFTER="+strconv.Itoa(kill))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	var line string
	for sc.Scan() {
		if line = sc.Text(); strings.HasPrefix(line, "KILL-POINT") || strings.HasPrefix(line, "FINISHED") || strings.HasPrefix(line, "FAILED") {
			break
		}
	}
	cmd.Process.Kill() // SIGKILL: no deferred Close, nothing flushed
	cmd.Wait()
	switch {
	case strings.HasPrefix(line, "FINISHED"):
		finished = true
	case !strings.HasPrefix(line, "KILL-POINT"):
		t.Fatalf("child (%s, kill after write %d) said %q", strategy, kill, line)
	}

	j, err = Open(path, Options{})
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	defer j.Close()
	return before, allLabels(t, j), finished
}

// TestClearLabelCrash kills a process clearing the label of an earlier task
// of a chunk after each of its journal writes, reopens the journal and
// checks that no other label was lost or changed. ClearLabel is one
// transaction, so there is no moment to lose one in. The "replay" subtest is
// the check that the test can see a loss: the old pop-and-replay sequence
// (undo the later labels, give them again) loses labels when killed in
// between, and must be caught here.
func TestClearLabelCrash(t *testing.T) {
	if os.Getenv("JOURNAL_HELPER") != "" {
		return
	}
	target := clearKey{campaign, clearChunk, clearTarget}
	t.Run("ClearLabel", func(t *testing.T) {
		for kill := 0; ; kill++ {
			before, after, finished := crashClear(t, "clear", kill)
			when := fmt.Sprintf("killed after write %d of the clear", kill)
			if finished {
				when = "after the clear returned"
			}
			for _, p := range lostLabels(before, after, target, finished, true) {
				t.Errorf("%s: %s", when, p)
			}
			if finished {
				if kill != 2 { // ClearLabel is a single write; kill=1 stops right after it
					t.Errorf("ClearLabel finished before kill point %d, want 2 (one write)", kill)
				}
				return
			}
		}
	})
	t.Run("replay", func(t *testing.T) {
		caught := 0
		for kill := 0; ; kill++ {
			before, after, finished := crashClear(t, "replay", kill)
			if lost := lostLabels(before, after, target, finished, false); len(lost) > 0 {
				caught++
				t.Logf("pop-and-replay killed after write %d: %s", kill, strings.Join(lost, "; "))
			}
			if finished || kill > 20 {
				break
			}
		}
		if caught == 0 {
			t.Error("no kill point of pop-and-replay lost a label: the crash test cannot see the bug it guards against")
		}
	})
}

// TestHelperClearLabel is the child of TestClearLabelCrash.
func TestHelperClearLabel(t *testing.T) {
	if os.Getenv("JOURNAL_HELPER") != "clear" {
		t.Skip("helper process")
	}
	run := clearStrategies[os.Getenv("JOURNAL_STRATEGY")]
	kill, err := strconv.Atoi(os.Getenv("JOURNAL_KILL_AFTER"))
	if run == nil || err != nil {
		os.Stdout.WriteString("FAILED bad strategy or kill point\n")
		t.FailNow()
	}
	j, err := Open(os.Getenv("JOURNAL_PATH"), Options{})
	if err != nil {
		os.Stdout.WriteString("FAILED open: " + err.Error() + "\n")
		t.FailNow()
	}
	writes := 0
	stop := func() {
		os.Stdout.WriteString("KILL-POINT " + strconv.Itoa(writes) + "\n")
		time.Sleep(time.Minute) // the parent kills us here
	}
	if kill == 0 {
		stop()
	}
	err = run(j, clearChunk, clearTarget, func() {
		if writes++; writes == kill {
			stop()
		}
	})
	if err != nil {
		os.Stdout.WriteString("FAILED clear: " + err.Error() + "\n")
		t.FailNow()
	}
	os.Stdout.WriteString("FINISHED " + strconv.Itoa(writes) + "\n")
	time.Sleep(time.Minute)
}

// TestClearLabel: ClearLabel removes exactly one task's label in one bbolt
// transaction, keeps the others as they were, and obeys the freeze.
func TestClearLabel(t *testing.T) {
	j := openTemp(t)
	seedClear(t, j)
	before := allLabels(t, j)
	txid := func() int {
		id := 0
		if err := j.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil }); err != nil {
			t.Fatal(err)
		}
		return id
	}

	at := txid()
	l, err := j.ClearLabel(campaign, clearChunk, clearTarget)
	if err != nil {
		t.Fatal(err)
	}
	if n := txid() - at; n != 1 {
		t.Errorf("ClearLabel committed %d transactions, want 1", n)
	}
	if want := before[clearKey{campaign, clearChunk, clearTarget}]; l.Task != want.Task || l.Value != want.Value || l.Seq != want.Seq {
		t.Errorf("ClearLabel returned %+v, want %+v", l, want)
	}
	after := allLabels(t, j)
	for _, p := range lostLabels(before, after, clearKey{campaign, clearChunk, clearTarget}, true, true) {
		t.Error(p)
	}
	if len(after) != len(before)-1 {
		t.Errorf("%d labels after the clear, want %d", len(after), len(before)-1)
	}

	// Nothing to clear: the same task again, an unlabeled one, an empty chunk.
	at = txid()
	for _, c := range []struct {
		chunk uint64
		task  uint32
	}{{clearChunk, clearTarget}, {clearChunk, 6}, {99, 0}} {
		if _, err := j.ClearLabel(campaign, c.chunk, c.task); !errors.Is(err, ErrNoLabel) {
			t.Errorf("clear chunk %d task %d: %v, want ErrNoLabel", c.chunk, c.task, err)
		}
	}
	if n := txid() - at; n != 0 {
		t.Errorf("clearing nothing committed %d transactions", n)
	}

	// Undo still takes back the latest label: the change of task 1.
	if l, err := j.UndoLabel(campaign, clearChunk); err != nil || l.Task != 1 || l.Value != 99 {
		t.Errorf("undo after clear = %+v, %v; want task 1 value 99", l, err)
	}

	// Frozen once complete.
	for _, task := range []uint32{1, 2} {
		if err := j.PutLabel(campaign, clearChunk, task, 1, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.MarkChunkComplete(campaign, clearChunk, 6); err != nil {
		t.Fatal(err)
	}
	if _, err := j.ClearLabel(campaign, clearChunk, 0); !errors.Is(err, ErrChunkComplete) {
		t.Errorf("clear after complete: %v, want ErrChunkComplete", err)
	}
	if _, err := j.ClearLabel(campaign, clearChunk, 6); !errors.Is(err, ErrChunkComplete) {
		t.Errorf("clear of an unlabeled task after complete: %v, want ErrChunkComplete", err)
	}
	if ls, err := j.Labels(campaign, clearChunk); err != nil || len(ls) != 6 {
		t.Errorf("labels after refused clears: %d, %v; want 6", len(ls), err)
	}
}
