//go:build unix

package wallet

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestPasswordFileMode: like ssh with a private key, a regular password
// file with any group or other permission is refused, naming the file, its
// mode and the fix; a private one is read. The check is on the opened file,
// so a FIFO (process substitution) is read whatever its mode.
func TestPasswordFileMode(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		mode fs.FileMode
		ok   bool
	}{
		{0o600, true},
		{0o400, true},
		{0o700, true},
		{0o640, false},
		{0o644, false},
		{0o604, false},
		{0o620, false},
		{0o602, false},
		{0o660, false},
		{0o666, false},
	}
	for _, tt := range tests {
		t.Run(tt.mode.String(), func(t *testing.T) {
			path := filepath.Join(dir, "pw-"+tt.mode.String())
			if err := os.WriteFile(path, []byte("secret\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			got, err := ReadPasswordFile(path)
			if tt.ok {
				if err != nil || string(got) != "secret" {
					t.Fatalf("got %q, %v; want the passphrase", got, err)
				}
				return
			}
			var me *PasswordFileModeError
			if !errors.As(err, &me) || me.Mode != tt.mode {
				t.Fatalf("error = %v, want a PasswordFileModeError for mode %04o", err, uint32(tt.mode))
			}
			want := fmt.Sprintf("password file %s is mode %04o: other users may read or change it; run chmod 600 %s", path, uint32(tt.mode), path)
			if err.Error() != want {
				t.Errorf("error = %q\nwant    %q", err, want)
			}
			if got != nil || strings.Contains(err.Error(), "secret") {
				t.Error("the passphrase leaked out of a refused file")
			}
		})
	}

	t.Run("fifo", func(t *testing.T) {
		fifo := filepath.Join(dir, "fifo")
		if err := syscall.Mkfifo(fifo, 0o666); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		os.Chmod(fifo, 0o666) // whatever the umask did: a FIFO's mode is not checked
		go func() {
			f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			f.WriteString("piped secret\n")
			f.Close()
		}()
		done := make(chan struct{})
		var (
			got []byte
			err error
		)
		go func() { got, err = ReadPasswordFile(fifo); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("reading the FIFO hung")
		}
		if err != nil || string(got) != "piped secret" {
			t.Fatalf("got %q, %v", got, err)
		}
	})
}
