package journal

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkPutLabel measures one durable label: a bbolt commit with fsync,
// which is the price of "durable the moment it is given".
func BenchmarkPutLabel(b *testing.B) {
	j, err := Open(filepath.Join(b.TempDir(), "journal.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if err := j.PutLabel(campaign, uint64(i/32), uint32(i%32), 1, time.Second); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddIntent measures journaling a signed transaction before its
// broadcast, with a journal already holding 1,000 intents.
func BenchmarkAddIntent(b *testing.B) {
	j, err := Open(filepath.Join(b.TempDir(), "journal.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	proto := intentFor(b, KindCommit, 0, 0)
	for i := range 1000 {
		in := proto
		in.Key = "seed/" + itoa(uint32(i))
		if _, err := j.AddIntent(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		in := proto
		in.Key = "bench/" + itoa(uint32(i))
		if _, err := j.AddIntent(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNextNonce measures the nonce lookup Send makes under the account
// lock, over 1,000 journaled intents.
func BenchmarkNextNonce(b *testing.B) {
	j, err := Open(filepath.Join(b.TempDir(), "journal.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	proto := intentFor(b, KindCommit, 0, 0)
	for i := range 1000 {
		in := proto
		in.Key = "seed/" + itoa(uint32(i))
		if _, err := j.AddIntent(in); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if _, _, err := j.NextNonce(proto.From); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen measures opening (and verifying) a journal holding 10,240
// labels and 1,000 intents, a long pilot's worth.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	j.db.NoSync = true // fill quickly; the file is synced on Close
	for i := range 10240 {
		if err := j.PutLabel(campaign, uint64(i/32), uint32(i%32), 1, time.Second); err != nil {
			b.Fatal(err)
		}
	}
	proto := intentFor(b, KindCommit, 0, 0)
	for i := range 1000 {
		in := proto
		in.Key = "seed/" + itoa(uint32(i))
		if _, err := j.AddIntent(in); err != nil {
			b.Fatal(err)
		}
	}
	j.db.NoSync = false
	j.Close()
	for b.Loop() {
		j, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		j.Close()
	}
}

// BenchmarkCheckFile measures the structural check Open runs before bbolt
// maps the file, on the journal of BenchmarkOpen (10,240 labels and 1,000
// intents).
func BenchmarkCheckFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	j.db.NoSync = true
	for i := range 10240 {
		if err := j.PutLabel(campaign, uint64(i/32), uint32(i%32), 1, time.Second); err != nil {
			b.Fatal(err)
		}
	}
	proto := intentFor(b, KindCommit, 0, 0)
	for i := range 1000 {
		in := proto
		in.Key = "seed/" + itoa(uint32(i))
		if _, err := j.AddIntent(in); err != nil {
			b.Fatal(err)
		}
	}
	j.Close()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	b.ReportMetric(float64(fi.Size())/(1<<20), "MiB")
	for b.Loop() {
		if err := checkFile(f, fi.Size()); err != nil {
			b.Fatal(err)
		}
	}
}
