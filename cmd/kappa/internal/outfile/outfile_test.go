//go:build unix

package outfile

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func umask() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// noTemp checks that no temporary file was left in dir.
func noTemp(t *testing.T, dir string) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		if strings.HasSuffix(de.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", de.Name())
		}
	}
}

// TestNewFile: a path that does not exist becomes a regular file with the
// mode a shell redirection gives (0666 less the umask), not a forced 0600.
func TestNewFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	if err := Write(context.Background(), path, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.Mode().IsRegular() {
		t.Fatalf("mode %v, want a regular file", fi.Mode())
	}
	if want := 0o666 &^ umask(); fi.Mode().Perm() != want {
		t.Errorf("mode %04o, want %04o (0666 less the umask)", fi.Mode().Perm(), want)
	}
	if got := readFile(t, path); got != "new\n" {
		t.Errorf("content %q", got)
	}
	noTemp(t, dir)
}

// TestReplaceRegularFile: an existing file is replaced by rename (a reader
// holding the old file still sees the old content whole: nothing was
// truncated in place), and its permission bits are kept.
func TestReplaceRegularFile(t *testing.T) {
	for _, perm := range []fs.FileMode{0o640, 0o600, 0o644, 0o444} {
		t.Run(perm.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.txt")
			if err := os.WriteFile(path, []byte("old content\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, perm); err != nil {
				t.Fatal(err)
			}
			old, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer old.Close()
			before, _ := os.Stat(path)

			if err := Write(context.Background(), path, []byte("new\n")); err != nil {
				t.Fatal(err)
			}
			after, err := os.Lstat(path)
			if err != nil {
				t.Fatal(err)
			}
			if !after.Mode().IsRegular() || after.Mode().Perm() != perm {
				t.Errorf("mode after %v, want a regular file with %v", after.Mode(), perm)
			}
			if os.SameFile(before, after) {
				t.Error("the file was rewritten in place, not replaced by a rename")
			}
			if got := readFile(t, path); got != "new\n" {
				t.Errorf("content %q, want the new one", got)
			}
			// The replaced inode is intact: a reader that had it open sees
			// all of the old content, never a truncated file.
			if got, _ := io.ReadAll(old); string(got) != "old content\n" {
				t.Errorf("the open old file reads %q", got)
			}
			noTemp(t, dir)
		})
	}
}

// TestSymlinkToRegularFile: the link is followed; its target is replaced
// (mode kept) and the link stays a link.
func TestSymlinkToRegularFile(t *testing.T) {
	dir := t.TempDir()
	realDir := filepath.Join(dir, "real")
	if err := os.Mkdir(realDir, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(realDir, "report.html")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.html")
	if err := os.Symlink(filepath.Join("real", "report.html"), link); err != nil {
		t.Fatal(err)
	}
	if err := Write(context.Background(), link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by %v", fi.Mode())
	}
	if got := readFile(t, target); got != "new" {
		t.Errorf("target content %q", got)
	}
	if ti, _ := os.Stat(target); ti.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640 kept", ti.Mode().Perm())
	}
	noTemp(t, dir)
	noTemp(t, realDir)
}

// TestDanglingSymlink: a link to nothing is refused and left alone.
func TestDanglingSymlink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "out")
	if err := os.Symlink(filepath.Join(dir, "missing"), link); err != nil {
		t.Fatal(err)
	}
	err := Write(context.Background(), link, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), link) || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("error = %v, want one naming the dangling link", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); err == nil {
		t.Error("the link's target was created")
	}
	if fi, _ := os.Lstat(link); fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// TestFIFO: a FIFO is written in place: the reader gets the data and the
// FIFO is still a FIFO afterwards.
func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until the writer opens
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			got <- "read: " + err.Error()
			return
		}
		got <- string(b)
	}()
	data := strings.Repeat("report line\n", 10000) // more than a pipe buffer
	if err := Write(context.Background(), fifo, []byte(data)); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != data {
			t.Errorf("reader got %d bytes (%.40q), want %d", len(s), s, len(data))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing")
	}
	fi, err := os.Lstat(fifo)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("%s is now %v, want still a FIFO", fifo, fi.Mode())
	}
	noTemp(t, dir)
}

// TestFIFONoReader: a FIFO nobody opens does not hang the command past its
// context.
func TestFIFONoReader(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := Write(ctx, fifo, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("error = %v, want the context's", err)
	}
	// Unblock the writer goroutine.
	if f, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
		time.Sleep(10 * time.Millisecond)
		f.Close()
	}
}

// restoreDevNull puts /dev/null back if a test ever replaced it (only root
// could have).
func restoreDevNull(t *testing.T) {
	fi, err := os.Lstat("/dev/null")
	if err == nil && fi.Mode()&fs.ModeCharDevice != 0 {
		return
	}
	t.Errorf("/dev/null is no longer a character device (%v, %v); restoring it", fi, err)
	if os.Geteuid() != 0 {
		return
	}
	os.Remove("/dev/null")
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	if err := syscall.Mknod("/dev/null", syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Errorf("mknod /dev/null: %v; run: rm /dev/null && mknod -m 666 /dev/null c 1 3", err)
	}
}

// TestCharDevice: /dev/null (a character device) is written in place and
// is still the character device 1,3 with mode 0666 afterwards. Run as root
// this is the bug it guards against: the old code renamed a 0600 regular
// file over it.
func TestCharDevice(t *testing.T) {
	before, err := os.Lstat("/dev/null")
	if err != nil || before.Mode()&fs.ModeCharDevice == 0 {
		t.Skipf("no /dev/null character device here: %v", err)
	}
	t.Cleanup(func() { restoreDevNull(t) })
	if err := Write(context.Background(), "/dev/null", []byte("discarded\n")); err != nil {
		t.Fatal(err)
	}
	after, err := os.Lstat("/dev/null")
	if err != nil {
		t.Fatal(err)
	}
	if after.Mode() != before.Mode() || !os.SameFile(before, after) {
		t.Errorf("/dev/null changed from %v to %v", before.Mode(), after.Mode())
	}
	bs, as := before.Sys().(*syscall.Stat_t), after.Sys().(*syscall.Stat_t)
	if bs.Rdev != as.Rdev {
		t.Errorf("/dev/null device number changed from %#x to %#x", bs.Rdev, as.Rdev)
	}
	des, _ := os.ReadDir("/dev")
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".null.") {
			t.Errorf("temporary file /dev/%s left behind", de.Name())
		}
	}
}

// TestDirectory: a directory is refused with an error naming it, and left
// as it was.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "reports")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	err := Write(context.Background(), out, []byte("x"))
	if err == nil || err.Error() != "write "+out+": is a directory; give a file name" {
		t.Fatalf("error = %v", err)
	}
	if fi, err := os.Stat(out); err != nil || !fi.IsDir() {
		t.Errorf("the directory is gone: %v %v", fi, err)
	}
	noTemp(t, dir)
}

// TestFailedWriteLeavesTarget: when the temporary file cannot be made (a
// read-only directory), the existing file is untouched.
func TestFailedWriteLeavesTarget(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to read-only directories")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if err := Write(context.Background(), path, []byte("new")); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("error = %v, want one naming %s", err, path)
	}
	if got := readFile(t, path); got != "old" {
		t.Errorf("content %q, want the old one", got)
	}
}
