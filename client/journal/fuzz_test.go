package journal

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzDeadline is how long one damaged journal may take to be refused, or
// opened, used and reopened. Go's fuzzer does not notice a hang by itself,
// so a slow input fails here instead of stalling the run.
const fuzzDeadline = 2 * time.Second

// FuzzOpen feeds damaged journal files to Open, to the readers and to the
// writers (exercise): each must be refused with an error naming the file,
// or work and still open afterwards, within fuzzDeadline; never panic, hang
// or accept a write once found damaged.
func FuzzOpen(f *testing.F) {
	small := filepath.Join(f.TempDir(), "small.db")
	j, err := Open(small, Options{})
	if err != nil {
		f.Fatal(err)
	}
	if err := j.PutLabel(campaign, 1, 0, 1, time.Second); err != nil {
		f.Fatal(err)
	}
	if _, err := j.AddIntent(intentFor(f, KindClaim, 1, 0)); err != nil {
		f.Fatal(err)
	}
	j.Close()
	valid, err := os.ReadFile(small)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid, 0, byte(0))
	f.Add(valid, os.Getpagesize()*2+16, byte(0xff))
	f.Add(valid, 40, byte(0x01))
	f.Add([]byte{}, 0, byte(0))
	// A journal with a branch page, nested buckets on their own pages and
	// a freelist, trimmed to its pages in use (small: the fuzzer minimizes
	// every new input, which takes long for large ones).
	big := buildJournal(f, filepath.Join(f.TempDir(), "big.db"), 2, 12)
	ps := os.Getpagesize()
	bf := &boltFile{r: bytes.NewReader(big), size: int64(len(big))}
	if m, _, err := bf.metas(); err != nil || int(m.hwm)*ps > len(big) {
		f.Fatalf("built journal: meta %+v, %v", m, err)
	} else {
		big = big[:int(m.hwm)*ps]
	}
	f.Add(big, 0, byte(0))
	f.Add(big, 5*ps+10, byte(0x04))
	// The files that hung or crashed Open before it checked the structure.
	damaged, _ := filepath.Glob(filepath.Join("testdata", "damaged", "*.db.gz"))
	for _, file := range damaged {
		f.Add(gunzip(f, file), 0, byte(0))
	}
	fx := newFixtures(f)
	limitMinimizing()
	f.Fuzz(func(t *testing.T, data []byte, at int, x byte) {
		if len(data) > 0 {
			if at < 0 {
				at = -at
			}
			data = append([]byte{}, data...)
			data[at%len(data)] ^= x
		}
		path := filepath.Join(t.TempDir(), "j.db")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, _, err := runWithin(path, fx, fuzzDeadline)
		if err != nil {
			t.Fatal(err)
		}
		if out.err != nil {
			t.Fatal(out.err)
		}
	})
}

// limitMinimizing bounds the minimizing of each new input to a second,
// unless -fuzzminimizetime was given. Go's fuzzer minimizes every input that
// finds new coverage, by default for up to a minute, one byte at a time: on
// journal files of tens of kilobytes that is the whole run (it then reports
// "execs: 10 (0/sec)" for a minute and tests nothing).
func limitMinimizing() {
	const name = "test.fuzzminimizetime"
	set := false
	flag.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	if fl := flag.Lookup(name); fl != nil && !set {
		_ = fl.Value.Set("1s")
	}
}
