package journal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout version this package writes. Files with a
// higher version were written by a newer kappa and are refused rather than
// misread.
const SchemaVersion uint32 = 1

// DefaultLockTimeout is how long Open waits for another process to release
// the file lock before reporting the journal as in use.
const DefaultLockTimeout = time.Second

// Bucket names. They are part of the on-disk format (docs/JOURNAL.md).
var (
	bucketMeta       = []byte("meta")
	bucketLabels     = []byte("labels")
	bucketChunks     = []byte("chunks")
	bucketIntents    = []byte("intents")
	bucketIntentKeys = []byte("intent_keys")
	bucketNonces     = []byte("intent_nonces")
	bucketState      = []byte("state")
	bucketQueues     = []byte("queues")

	keyVersion = []byte("version")
	keyCreated = []byte("created")
)

var allBuckets = [][]byte{bucketMeta, bucketLabels, bucketChunks, bucketIntents, bucketIntentKeys, bucketNonces, bucketState, bucketQueues}

// ErrInUse is returned (wrapped) by Open when another process holds the
// journal open.
var ErrInUse = errors.New("journal is in use by another process")

// ErrNewerVersion is returned (wrapped) by Open for a journal written by a
// newer kappa.
var ErrNewerVersion = errors.New("journal was written by a newer kappa")

// ErrCorrupt is returned (wrapped) by Open for a file that is not a readable
// kappa journal, and by every method of a Journal found damaged while open.
var ErrCorrupt = errors.New("journal is corrupt or not a kappa journal")

// Journal is an open journal file. Its methods are safe for concurrent use by
// several goroutines; only one process may have the file open at a time.
type Journal struct {
	db   *bolt.DB
	path string
	now  func() time.Time

	mu     sync.Mutex
	broken error // once set, every method returns it
}

// Options tune Open. The zero value is valid.
type Options struct {
	// LockTimeout bounds the wait for another process's file lock; zero
	// means DefaultLockTimeout.
	LockTimeout time.Duration

	noSync bool // tests only: skip fsync
}

// Open opens the journal at path, creating it (and its directory, mode 0700)
// if it does not exist. An existing file with looser permissions is tightened
// to 0600, because it holds signed transactions and the annotator's work.
//
// A damaged file is refused with ErrCorrupt, after the labels, chunk states
// and transactions that can still be read are exported next to it (see
// docs/JOURNAL.md). Open reads every page of the file once before bbolt
// maps it, so its time and memory are bounded by the file's size whatever
// the damage.
func Open(path string, opts Options) (j *Journal, err error) {
	if path == "" {
		return nil, errors.New("open journal: empty path")
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return nil, fmt.Errorf("open journal %s: is a directory", path)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(path, 0o600); err != nil {
				return nil, fmt.Errorf("open journal %s: restrict permissions: %w", path, err)
			}
		}
	}
	inUse := func() error {
		return fmt.Errorf("open journal %s: %w (waited %s for its lock; is another kappa running?)", path, ErrInUse, opts.LockTimeout)
	}
	// The file is locked, then checked, then handed to bbolt, which locks
	// it again (a no-op on the same open file): no other kappa can write
	// between the check and bbolt's first read.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	handed := false
	defer func() {
		if !handed {
			unlockFile(f)
			f.Close()
		}
	}()
	switch err := lockFile(f, opts.LockTimeout); {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, inUse()
	case err != nil:
		return nil, fmt.Errorf("open journal %s: lock: %w", path, err)
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	if fi.Size() > 0 {
		if err := checkFile(f, fi.Size()); err != nil {
			return nil, damaged(path, "open journal", err.Error())
		}
	}

	// bbolt reads the file through mmap: a fault there (the file truncated
	// behind our back) would be a SIGBUS, and bbolt panics on damage the
	// check above missed. SetPanicOnFault turns such faults into panics in
	// this goroutine, and the recover below turns both into an error
	// naming the file.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var db *bolt.DB
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				closeStuck(db)
			} else {
				unlockFile(f)
				f.Close()
			}
			j, err = nil, damaged(path, "open journal", fmt.Sprintf("bbolt panicked: %v", r))
		}
	}()
	handed = true // bbolt closes f from here on, also when Open fails
	db, err = bolt.Open(path, 0o600, &bolt.Options{
		Timeout:  opts.LockTimeout,
		NoSync:   opts.noSync,
		OpenFile: func(string, int, os.FileMode) (*os.File, error) { return f, nil },
	})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, inUse()
	case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum), errors.Is(err, bolt.ErrVersionMismatch), errors.Is(err, bolt.ErrInvalidMapping):
		return nil, fmt.Errorf("open journal %s: %w: %v", path, ErrCorrupt, err)
	case err != nil:
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	j = &Journal{db: db, path: path, now: time.Now}
	if err := j.init(); err != nil {
		if j.Broken() != nil {
			closeStuck(db)
			return nil, err
		}
		db.Close()
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	return j, nil
}

// damaged is the error for a journal found damaged: it exports what can
// still be read (exportSalvage) and says what to do.
func damaged(path, op, reason string) error {
	saved := exportSalvage(path, reason)
	return fmt.Errorf("%s %s: %w: %s; %s. Nothing more is written to it or sent from it. Move it aside (mv %s %s.damaged) and run kappa again to start a new journal",
		op, path, ErrCorrupt, reason, saved, path, path)
}

// view runs fn in a read transaction and update in a write transaction.
// Both refuse to run on a journal found damaged, and turn a panic inside
// bbolt (or a fault of its mmap) into an error that marks the journal
// damaged: from then on it refuses every call, so no transaction is ever
// sent on the word of a journal that cannot be trusted.
func (j *Journal) view(fn func(*bolt.Tx) error) error   { return j.run(false, fn) }
func (j *Journal) update(fn func(*bolt.Tx) error) error { return j.run(true, fn) }

func (j *Journal) run(write bool, fn func(*bolt.Tx) error) (err error) {
	if err := j.Broken(); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = j.breakDown(fmt.Sprintf("bbolt panicked: %v", r))
		}
	}()
	if write {
		return j.db.Update(fn)
	}
	return j.db.View(fn)
}

// Broken returns the error every method returns once the journal was found
// damaged while open, or nil.
func (j *Journal) Broken() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.broken
}

// breakDown marks the journal damaged, exporting what can still be read,
// and returns the error every later call returns.
func (j *Journal) breakDown(reason string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.broken == nil {
		j.broken = damaged(j.path, "journal", reason)
	}
	return j.broken
}

// init creates the buckets of a new file or checks the version of an
// existing one.
func (j *Journal) init() error {
	return j.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			// A file with buckets but no meta is some other bbolt database:
			// refuse to scribble over it.
			empty := true
			if err := tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil }); err != nil {
				return err
			}
			if !empty {
				return fmt.Errorf("%w: no %q bucket", ErrCorrupt, bucketMeta)
			}
			var err error
			if meta, err = tx.CreateBucket(bucketMeta); err != nil {
				return err
			}
			if err := meta.Put(keyVersion, binary.BigEndian.AppendUint32(nil, SchemaVersion)); err != nil {
				return err
			}
			if err := meta.Put(keyCreated, []byte(j.now().UTC().Format(time.RFC3339))); err != nil {
				return err
			}
		}
		v := meta.Get(keyVersion)
		if len(v) != 4 {
			return fmt.Errorf("%w: schema version is %d bytes, want 4", ErrCorrupt, len(v))
		}
		switch ver := binary.BigEndian.Uint32(v); {
		case ver > SchemaVersion:
			return fmt.Errorf("%w: schema version %d, this kappa reads up to %d; upgrade kappa", ErrNewerVersion, ver, SchemaVersion)
		case ver == 0:
			return fmt.Errorf("%w: schema version 0", ErrCorrupt)
		}
		// Version 1 is the only version so far; a future migration from
		// version ver to SchemaVersion goes here, inside this transaction.
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return fmt.Errorf("create bucket %s: %w", b, err)
			}
		}
		return nil
	})
}

// Path returns the file the journal was opened from.
func (j *Journal) Path() string { return j.path }

// Close releases the file and its lock.
func (j *Journal) Close() error {
	if j.Broken() != nil {
		if !closeStuck(j.db) {
			return fmt.Errorf("close journal %s: bbolt did not let go of it after its panic; the file stays locked until kappa exits", j.path)
		}
		return nil
	}
	if err := j.db.Close(); err != nil {
		return fmt.Errorf("close journal %s: %w", j.path, err)
	}
	return nil
}

// closeStuck closes a bbolt database that panicked: a panic may have left
// one of its locks held, so Close is given a second and then abandoned
// (blocked on a lock, it uses no CPU). It reports whether Close returned.
func closeStuck(db *bolt.DB) bool {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { _ = recover() }()
		db.Close()
	}()
	select {
	case <-done:
		return true
	case <-time.After(time.Second):
		return false
	}
}

// u64 encodes n as 8 big-endian bytes, so byte order is numeric order.
func u64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func beU64(b []byte) uint64 { return binary.BigEndian.Uint64(b) }
