package journal

import (
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// buildJournal writes a journal with enough in it that every kind of bbolt
// page occurs: chunks of 32 labels (each chunk a bucket on its own page),
// two of them completed, intents in several states (on leaves under a
// branch page when there are more than about six), client state and a
// queue. It returns the file's bytes.
func buildJournal(t testing.TB, path string, chunks, intents int) []byte {
	t.Helper()
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	j.db.NoSync = true
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	j.now = func() time.Time { clock = clock.Add(time.Second); return clock } // the same file every time
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for c := range chunks {
		for task := range 32 {
			must(j.PutLabel(campaign, uint64(c), uint32(task), uint64(task%3), time.Second))
		}
	}
	must(j.MarkChunkComplete(campaign, 0, 32))
	must(j.MarkChunkComplete(campaign, 1, 32))
	for i := range intents {
		in, err := j.AddIntent(intentFor(t, KindClaim, uint64(i), uint64(i)))
		must(err)
		if i%3 == 0 {
			_, err = j.UpdateIntent(in.ID, Update{State: StateMined, Block: uint64(i), GasUsed: 21000})
			must(err)
		}
	}
	for i := range 20 {
		must(j.PutState(fmt.Sprintf("cid/label/%d", i), []byte("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")))
		_, err := j.Enqueue("ipfs-uploads", []byte(strings.Repeat("x", 100)))
		must(err)
	}
	j.db.NoSync = false
	must(j.Close())
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// fixtures are what exercise writes.
type fixtures struct{ intent Intent }

func newFixtures(t testing.TB) fixtures {
	in := intentFor(t, KindCommit, 1000, 1000)
	in.Key = "exercise/1000"
	return fixtures{intent: in}
}

// outcome is what exercise saw a damaged journal do.
type outcome struct {
	opened  bool  // Open succeeded
	openErr error // Open's error
	broken  bool  // found damaged while open
}

// exercise opens the journal at path and uses it as the client does: reads,
// then writes, then (if everything worked) a reopen that must find the
// writes. It returns an error for any broken promise: an error that does
// not name the file, a write accepted after the journal was found
// damaged, or a journal that opened and worked but whose writes left a file
// that no longer opens.
func exercise(path string, fx fixtures) (outcome, error) {
	opts := Options{LockTimeout: 100 * time.Millisecond, noSync: true} // fsync is not what is tested here
	j, err := Open(path, opts)
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			return outcome{openErr: err}, fmt.Errorf("Open error %q does not name the file", err)
		}
		if m := salvageRE.FindStringSubmatch(err.Error()); m != nil {
			if _, err := os.Stat(m[1]); err != nil {
				return outcome{openErr: err}, fmt.Errorf("salvage file named in the error: %v", err)
			}
		}
		return outcome{openErr: err}, nil
	}
	out := outcome{opened: true}
	defer j.Close()
	_, _ = j.Labels(campaign, 3)
	_, _ = j.ChunkStatus(campaign, 0)
	_, _ = j.Intents(nil)
	_, _, _ = j.NextNonce(fx.intent.From)
	_, _, _ = j.IntentByKey("claim/x")
	_, _ = j.Queue("ipfs-uploads")
	_, _ = j.StateKeys("cid/")
	_, _ = j.UndoLabel(campaign, 5)
	_ = j.MarkChunkComplete(campaign, 2, 32)
	writes := []func() error{
		func() error { return j.PutLabel(campaign, 1000, 0, 2, time.Second) },
		func() error { _, err := j.AddIntent(fx.intent); return err },
		func() error { _, err := j.Enqueue("fuzz", []byte("x")); return err },
		func() error { return j.PutState("fuzz", []byte("y")) },
	}
	var werr error
	for _, w := range writes {
		if err := w(); err != nil && werr == nil {
			werr = err
		}
	}
	if err := j.Broken(); err != nil {
		out.broken = true
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
			return out, fmt.Errorf("damage error %q is not ErrCorrupt naming the file", err)
		}
		if err := checkSalvageNamed(err); err != nil {
			return out, err
		}
		for i, w := range writes {
			if w() == nil {
				return out, fmt.Errorf("write %d accepted after the journal was found damaged", i)
			}
		}
		return out, nil
	}
	if werr != nil {
		return out, fmt.Errorf("a journal that opened refused a write: %v", werr)
	}
	if err := j.Close(); err != nil {
		return out, err
	}
	// What passed the check and took writes must still be a sound journal.
	j2, err := Open(path, opts)
	if err != nil {
		return out, fmt.Errorf("reopen after writing to a journal that opened: %v", err)
	}
	defer j2.Close()
	if ls, err := j2.Labels(campaign, 1000); err != nil || len(ls) != 1 || ls[0].Value != 2 {
		return out, fmt.Errorf("label written before the reopen = %+v, %v", ls, err)
	}
	return out, nil
}

var salvageRE = regexp.MustCompile(`saved in (\S+\.salvage-\d+\.json)`)

// checkSalvageNamed checks that a salvage file named in err exists and is
// a Salvaged document.
func checkSalvageNamed(err error) error {
	m := salvageRE.FindStringSubmatch(err.Error())
	if m == nil {
		return nil // nothing was readable
	}
	data, rerr := os.ReadFile(m[1])
	if rerr != nil {
		return fmt.Errorf("salvage file named in %q: %v", err, rerr)
	}
	var s Salvaged
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("salvage file %s: %v", m[1], err)
	}
	return nil
}

// withDeadline runs exercise on path in a goroutine and fails the test if
// it panics or takes longer than d. The machine running the tests may be
// busy, so a run slower than d that still finishes within a minute is
// tried again and must then take less than d; one that does not finish at
// all is a hang.
func withDeadline(t *testing.T, name, path string, fx fixtures, d time.Duration) (outcome, time.Duration) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for try := 0; ; try++ {
		out, took, err := runWithin(path, fx, time.Minute)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if out.err != nil {
			t.Errorf("%s: %v", name, out.err)
		}
		if took <= d {
			return out.outcome, took
		}
		if try == 2 {
			t.Errorf("%s: took %s, more than %s, three times", name, took, d)
			return out.outcome, took
		}
		removeAll(t, path)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

type result struct {
	outcome
	err error
}

// runWithin runs exercise in a goroutine: its error is a panic or no
// answer within hard.
func runWithin(path string, fx fixtures, hard time.Duration) (result, time.Duration, error) {
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("panic: %v", r)}
			}
		}()
		out, err := exercise(path, fx)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r, time.Since(start), nil
	case <-time.After(hard):
		buf := make([]byte, 1<<20)
		return result{}, 0, fmt.Errorf("no answer after %s: the journal hangs on this damage; goroutines:\n%s", hard, buf[:runtime.Stack(buf, true)])
	}
}

// TestDamagedJournal flips single bytes of a real journal at many offsets:
// every page's header and element table, and random bytes everywhere. Each
// damaged file must be refused with ErrCorrupt naming it, or open and work
// (and still open after the writes), within a second: never a panic, a
// hang, or a write after the journal was found damaged.
func TestDamagedJournal(t *testing.T) {
	dir := t.TempDir()
	valid := buildJournal(t, filepath.Join(dir, "valid.db"), 20, 40)
	fx := newFixtures(t)
	ps := os.Getpagesize()
	hwm := int(binary.NativeEndian.Uint64(valid[ps+16+40:])) // meta 1's high water mark is near meta 0's
	// In every page: the id's low and high bytes, the flags, the count and
	// the overflow, and the fields of the first two elements (branch: pos,
	// key size, child; leaf: flags, pos, key size, value size).
	header := []int{0, 7, 8, 10, 11, 12, 15}
	for e := 16; e < 48; e += 16 {
		header = append(header, e, e+3, e+4, e+7, e+8, e+11, e+12, e+15)
	}
	var offsets []int
	for p := 0; p < hwm && (p+1)*ps <= len(valid); p++ {
		for _, off := range header {
			offsets = append(offsets, p*ps+off)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		offsets = append(offsets, rng.IntN(len(valid)))
	}
	if testing.Short() {
		offsets = offsets[:len(offsets)/8]
	}
	var (
		refused, opened, broke int
		slowest                time.Duration
	)
	for i, off := range offsets {
		data := append([]byte{}, valid...)
		data[off] ^= byte(1 << (i % 8))
		if i%5 == 0 {
			data[off] ^= 0xff
		}
		path := filepath.Join(dir, fmt.Sprintf("flip-%d.db", i))
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, took := withDeadline(t, fmt.Sprintf("byte %d (page %d offset %d) flipped", off, off/ps, off%ps), path, fx, time.Second)
		slowest = max(slowest, took)
		switch {
		case out.broken:
			broke++
		case out.opened:
			opened++
		default:
			refused++
		}
		removeAll(t, path)
	}
	t.Logf("%d damaged journals: %d refused by Open, %d opened and worked, %d found damaged while open; slowest %s",
		len(offsets), refused, opened, broke, slowest)
	if refused == 0 || opened == 0 {
		t.Errorf("want both refused and working journals among the flips")
	}
}

// removeAll removes path and its salvage files.
func removeAll(t *testing.T, path string) {
	matches, _ := filepath.Glob(path + "*")
	for _, m := range matches {
		os.Remove(m)
	}
}

// setMeta rewrites a field of both meta pages of a journal and fixes their
// checksums, so bbolt would trust the damage.
func setMeta(data []byte, field int, v uint64) {
	ps := os.Getpagesize()
	for _, p := range []int{0, ps} {
		m := data[p+16 : p+16+64]
		binary.NativeEndian.PutUint64(m[field:], v)
		h := fnv.New64a()
		h.Write(m[:56])
		binary.NativeEndian.PutUint64(m[56:], h.Sum64())
	}
}

// TestDamagedJournalStructure damages the structure in ways single flips
// rarely reach because the meta checksum catches them, and in ways that
// used to hang or crash Open: meta fields with valid checksums, a branch
// page that points at itself, a huge freelist, pages swapped, a truncated
// file. Each is refused within a second, and the labels still readable
// are exported.
func TestDamagedJournalStructure(t *testing.T) {
	dir := t.TempDir()
	valid := buildJournal(t, filepath.Join(dir, "valid.db"), 20, 40)
	ps := os.Getpagesize()
	meta := func(field int) uint64 { return binary.NativeEndian.Uint64(valid[16+field:]) }
	const (
		fRoot     = 16
		fFreelist = 32
		fHWM      = 40
	)
	hwm := int(max(meta(fHWM), binary.NativeEndian.Uint64(valid[ps+16+fHWM:])))
	// pageOf finds the first page of type flags.
	pageOf := func(flags uint16, skip int) int {
		for p := 2; p < hwm; p++ {
			if binary.NativeEndian.Uint16(valid[p*ps+8:]) == flags && binary.NativeEndian.Uint64(valid[p*ps:]) == uint64(p) {
				if skip == 0 {
					return p
				}
				skip--
			}
		}
		t.Fatalf("no page with flags %#x", flags)
		return 0
	}
	branch, leaf := pageOf(flagBranch, 0), pageOf(flagLeaf, 3)
	cases := []struct {
		name    string
		damage  func(d []byte) []byte
		salvage bool // labels can still be read and must be exported
	}{
		{"root past the end", func(d []byte) []byte { setMeta(d, fRoot, 1<<40); return d }, false},
		{"root is a meta page", func(d []byte) []byte { setMeta(d, fRoot, 1); return d }, false},
		{"freelist past the end", func(d []byte) []byte { setMeta(d, fFreelist, uint64(hwm)+5); return d }, true},
		{"high water mark past the end", func(d []byte) []byte { setMeta(d, fHWM, 1<<50); return d }, true},
		{"high water mark too low", func(d []byte) []byte { setMeta(d, fHWM, 3); return d }, false},
		{"branch points at itself", func(d []byte) []byte {
			binary.NativeEndian.PutUint64(d[branch*ps+16+8:], uint64(branch))
			return d
		}, true},
		{"branch points past the end", func(d []byte) []byte {
			binary.NativeEndian.PutUint64(d[branch*ps+16+8:], 1<<45)
			return d
		}, true},
		{"huge freelist", func(d []byte) []byte {
			fl := int(meta(fFreelist))
			binary.NativeEndian.PutUint16(d[fl*ps+10:], 0xFFFF)
			binary.NativeEndian.PutUint64(d[fl*ps+16:], 1<<40)
			return d
		}, true},
		{"leaf overflows past the end", func(d []byte) []byte {
			binary.NativeEndian.PutUint32(d[leaf*ps+12:], 1<<30)
			return d
		}, true},
		{"leaf element past the page", func(d []byte) []byte {
			binary.NativeEndian.PutUint32(d[leaf*ps+16+4:], 1<<31)
			return d
		}, true},
		{"page copied over another", func(d []byte) []byte {
			copy(d[leaf*ps:(leaf+1)*ps], d[branch*ps:(branch+1)*ps])
			return d
		}, true},
		{"truncated", func(d []byte) []byte { return d[:len(d)/2] }, false}, // the root page is gone
		{"a page zeroed", func(d []byte) []byte { clear(d[leaf*ps : (leaf+1)*ps]); return d }, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "j.db")
			if err := os.WriteFile(path, tc.damage(append([]byte{}, valid...)), 0o600); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			j, err := Open(path, Options{})
			took := time.Since(start)
			if err == nil {
				j.Close()
				t.Fatal("Open accepted the damaged journal")
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "mv "+path) {
				t.Errorf("error %q is not ErrCorrupt naming the file and how to move it aside", err)
			}
			if took > time.Second {
				t.Errorf("Open took %s", took)
			}
			t.Logf("%s: refused in %s: %v", tc.name, took.Round(time.Microsecond), err)
			m := salvageRE.FindStringSubmatch(err.Error())
			if !tc.salvage {
				return
			}
			if m == nil {
				t.Fatalf("no salvage file named in %q", err)
			}
			data, err := os.ReadFile(m[1])
			if err != nil {
				t.Fatal(err)
			}
			var s Salvaged
			if err := json.Unmarshal(data, &s); err != nil {
				t.Fatal(err)
			}
			if len(s.Labels) == 0 || s.Journal != path {
				t.Errorf("salvage %s: %d labels, journal %q", m[1], len(s.Labels), s.Journal)
			}
			if fi, err := os.Stat(m[1]); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("salvage file mode: %v %v", fi, err)
			}
		})
	}
}

// TestSalvageExportsEverythingReadable damages one chunk's page: Open
// refuses the journal and the salvage file holds every other label. Opening
// it again names the same salvage file; once the journal changed, another
// salvage file is written instead of overwriting the first.
func TestSalvageExportsEverythingReadable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	valid := buildJournal(t, path, 20, 40)
	ps := os.Getpagesize()
	// Find the page holding chunk 7's labels: a leaf whose first key is
	// task 0 and whose values mention seq numbers of chunk 7.
	target := -1
	for p := 2; (p+1)*ps <= len(valid); p++ {
		pg := valid[p*ps : (p+1)*ps]
		if binary.NativeEndian.Uint64(pg) == uint64(p) && binary.NativeEndian.Uint16(pg[8:]) == flagLeaf &&
			binary.NativeEndian.Uint16(pg[10:]) == 32 && strings.Contains(string(pg), `"seq":225}`) {
			target = p
		}
	}
	if target < 0 {
		t.Fatal("no page holds chunk 7's labels")
	}
	data := append([]byte{}, valid...)
	binary.NativeEndian.PutUint64(data[target*ps:], 1<<33) // the page no longer says it is itself
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, n := range []int{1, 1, 2} {
		if i == 2 {
			time.Sleep(10 * time.Millisecond) // a later modification time
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		_, err := Open(path, Options{})
		want := fmt.Sprintf("%s.salvage-%d.json", path, n)
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), want) {
			t.Fatalf("Open error %q does not name %s", err, want)
		}
		raw, err := os.ReadFile(want)
		if err != nil {
			t.Fatal(err)
		}
		var s Salvaged
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		perChunk := map[uint64]int{}
		for _, l := range s.Labels {
			perChunk[l.Chunk]++
		}
		if len(s.Labels) != 19*32 || perChunk[7] != 0 || perChunk[8] != 32 {
			t.Errorf("salvaged %d labels, %d of chunk 7, %d of chunk 8; want 608, 0, 32", len(s.Labels), perChunk[7], perChunk[8])
		}
		if len(s.Intents) != 40 || len(s.Chunks) != 2 || len(s.Unreadable) == 0 {
			t.Errorf("salvaged %d intents, %d chunks, unreadable %q", len(s.Intents), len(s.Chunks), s.Unreadable)
		}
	}
}

// TestPanicBreaksJournal makes bbolt panic inside an open journal (a page
// of the mapped file overwritten behind its back): the call returns
// ErrCorrupt naming the file and the salvage file, and from then on every
// write, and every read, is refused, so nothing is sent from the journal.
func TestPanicBreaksJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	buildJournal(t, path, 20, 40)
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	// Overwrite the root page's header through another descriptor: the
	// mmap sees it, and bbolt's page check panics on the next read.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	bf := &boltFile{r: f, size: fi.Size()}
	m, _, err := bf.metas()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(make([]byte, 16), int64(m.root)*bf.pageSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = j.Labels(campaign, 3)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("read of a page gone bad: %v, want ErrCorrupt naming the file and the panic", err)
	}
	if err := checkSalvageNamed(err); err != nil {
		t.Error(err)
	}
	if err := j.PutLabel(campaign, 1, 0, 1, time.Second); !errors.Is(err, ErrCorrupt) {
		t.Errorf("PutLabel after the panic: %v, want ErrCorrupt", err)
	}
	if _, err := j.AddIntent(intentFor(t, KindClaim, 1, 0)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("AddIntent after the panic: %v, want ErrCorrupt", err)
	}
	if _, err := j.OpenIntents(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("OpenIntents after the panic: %v, want ErrCorrupt", err)
	}
	if err := j.Close(); err != nil {
		t.Errorf("Close after the panic: %v", err)
	}
}

// TestDamagedJournalFiles opens the damaged journals kept (gzipped) in
// testdata/damaged, one byte flipped each. Before Open checked the file,
// freelist-overflow-hang made Open loop until memory ran out, the two
// -panic files opened and made bbolt panic on the first PutLabel, and
// write-corrupts-silently opened and took writes that left a file bbolt
// could no longer read. Each is now refused, within a second.
func TestDamagedJournalFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "damaged", "*.db.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no files in testdata/damaged")
	}
	fx := newFixtures(t)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".db.gz"), func(t *testing.T) {
			data := gunzip(t, file)
			path := filepath.Join(t.TempDir(), "j.db")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			out, took := withDeadline(t, file, path, fx, time.Second)
			if out.opened || !errors.Is(out.openErr, ErrCorrupt) {
				t.Errorf("opened %v, error %v; want it refused with ErrCorrupt", out.opened, out.openErr)
			}
			t.Logf("refused in %s: %v", took.Round(time.Microsecond), out.openErr)
			// Each holds 2 chunks of 32 labels, all still readable.
			if s := salvageNamed(t, out.openErr); len(s.Labels) != 64 {
				t.Errorf("salvaged %d labels, want 64", len(s.Labels))
			}
		})
	}
}

func gunzip(t testing.TB, file string) []byte {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// salvageNamed reads the salvage file named in err.
func salvageNamed(t *testing.T, err error) Salvaged {
	t.Helper()
	m := salvageRE.FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("no salvage file named in %q", err)
	}
	data, rerr := os.ReadFile(m[1])
	if rerr != nil {
		t.Fatal(rerr)
	}
	var s Salvaged
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("salvage file %s: %v", m[1], err)
	}
	return s
}
