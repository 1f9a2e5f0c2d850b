package journal

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzOpen feeds damaged journal files to Open and to the readers: each
// must either work or fail with an error naming the file, never panic.
func FuzzOpen(f *testing.F) {
	seed := filepath.Join(f.TempDir(), "seed.db")
	j, err := Open(seed, Options{})
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
	valid, err := os.ReadFile(seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid, 0, byte(0))
	f.Add(valid, os.Getpagesize()*2+16, byte(0xff))
	f.Add(valid, 40, byte(0x01))
	f.Add([]byte{}, 0, byte(0))
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
		j, err := Open(path, Options{})
		if err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		defer j.Close()
		// Reading a damaged file may fail but must not panic.
		_, _ = j.Labels(campaign, 1)
		_, _ = j.OpenIntents()
		_, _, _ = j.NextNonce(campaign)
		if err := j.PutLabel(campaign, 2, 0, 1, time.Second); err != nil && errors.Is(err, ErrChunkComplete) {
			t.Fatal(err)
		}
	})
}
