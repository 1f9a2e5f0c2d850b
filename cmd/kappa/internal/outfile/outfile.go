// Package outfile writes a command's output to the path given with -o/--out
// without ever destroying what is at that path by accident.
//
// What is at the path decides how it is written:
//
//   - nothing yet: a new regular file, created through a temporary file in
//     the same directory that is synced and renamed into place, with the
//     mode a shell redirection would give (0666 less the umask);
//   - a regular file: replaced atomically the same way (readers see the old
//     content or the new, never half of it), keeping its permission bits
//     and, where allowed, its owner and group;
//   - a FIFO or a device (/dev/null, /dev/stdout, a terminal, a pipe from
//     process substitution): opened for writing and written in place, never
//     created, truncated or replaced;
//   - a symbolic link: followed, and the rules above applied to the file it
//     finally points to; the link itself is never replaced. A link to
//     nothing is refused;
//   - a directory, a socket or anything else: refused with an error naming
//     the path.
package outfile

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes data to path as the package comment describes. ctx stops a
// write in place that blocks, such as a FIFO nobody reads.
func Write(ctx context.Context, path string, data []byte) error {
	if path == "" {
		return errors.New("write: no path")
	}
	target := path
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replace(path, nil, data)
	case err != nil:
		return fmt.Errorf("write %s: %w", path, err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("write %s: a symbolic link to a file that does not exist; remove the link or point it at a file", path)
			}
			return fmt.Errorf("write %s: %w", path, err)
		}
		if fi, err = os.Stat(target); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return replace(target, fi, data)
	case m&(fs.ModeNamedPipe|fs.ModeDevice|fs.ModeCharDevice) != 0:
		return inPlace(ctx, path, target, data)
	case m.IsDir():
		return fmt.Errorf("write %s: is a directory; give a file name", path)
	default:
		return fmt.Errorf("write %s: not a regular file, FIFO or device (%s)", path, m.Type())
	}
}

// inPlace writes to an existing FIFO or device through an ordinary open for
// writing: no O_CREATE, no O_TRUNC, nothing renamed. Opening a FIFO waits
// for a reader, so the open and the write run apart from ctx.
func inPlace(ctx context.Context, path, target string, data []byte) error {
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	case <-ctx.Done():
		// The goroutine stays blocked in open or write; the process is
		// about to exit.
		return fmt.Errorf("write %s: %w", path, ctx.Err())
	}
}

// replace writes data to a temporary file next to path and renames it over
// path. old is the regular file being replaced, nil when there is none.
func replace(path string, old fs.FileInfo, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	// A new file gets 0666 less the umask, as with a shell's ">"; the open
	// applies the umask. A replaced file gets its own bits, set below.
	perm := fs.FileMode(0o666)
	if old != nil {
		perm = 0o600 // until Chmod gives the old bits back
	}
	tmp, f, err := createTemp(dir, base, perm)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	if old != nil {
		keepOwner(f, old)
		// After keepOwner: a chown clears the setuid and setgid bits.
		if err := f.Chmod(old.Mode().Perm()); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// createTemp creates a new file ".BASE.RANDOM.tmp" in dir with O_EXCL.
func createTemp(dir, base string, perm fs.FileMode) (string, *os.File, error) {
	for range 10000 {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return "", nil, err
		}
		name := filepath.Join(dir, "."+base+"."+hex.EncodeToString(b[:])+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, f, err
	}
	return "", nil, errors.New("cannot create a temporary file")
}

// syncDir makes the rename durable where the file system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
