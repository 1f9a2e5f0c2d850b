package journal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
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
// kappa journal.
var ErrCorrupt = errors.New("journal is corrupt or not a kappa journal")

// Journal is an open journal file. Its methods are safe for concurrent use by
// several goroutines; only one process may have the file open at a time.
type Journal struct {
	db   *bolt.DB
	path string
	now  func() time.Time
}

// Options tune Open. The zero value is valid.
type Options struct {
	// LockTimeout bounds the wait for another process's file lock; zero
	// means DefaultLockTimeout.
	LockTimeout time.Duration
}

// Open opens the journal at path, creating it (and its directory, mode 0700)
// if it does not exist. An existing file with looser permissions is tightened
// to 0600, because it holds signed transactions and the annotator's work.
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
	// bbolt reads the file through mmap, so a damaged file whose pages
	// point past its end faults (SIGBUS) instead of returning an error, and
	// bbolt panics on some other damage. SetPanicOnFault turns such faults
	// into panics in this goroutine, verify touches every page now, and the
	// recover below turns both into an error naming the file: a damaged
	// journal fails here, not later in the middle of labeling.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var db *bolt.DB
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			j, err = nil, fmt.Errorf("open journal %s: %w: %v", path, ErrCorrupt, r)
		}
	}()
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.LockTimeout})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("open journal %s: %w (waited %s for its lock; is another kappa running?)", path, ErrInUse, opts.LockTimeout)
	case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum), errors.Is(err, bolt.ErrVersionMismatch), errors.Is(err, bolt.ErrInvalidMapping):
		return nil, fmt.Errorf("open journal %s: %w: %v", path, ErrCorrupt, err)
	case err != nil:
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	if err := verify(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open journal %s: %w: %v", path, ErrCorrupt, err)
	}
	j = &Journal{db: db, path: path, now: time.Now}
	if err := j.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	return j, nil
}

// verify reads every key and value of every bucket, so that a damaged page
// shows up while Open can still report it (see Open).
func verify(db *bolt.DB) error {
	return db.View(func(tx *bolt.Tx) error {
		var sum byte
		var walk func(b *bolt.Bucket, depth int) error
		walk = func(b *bolt.Bucket, depth int) error {
			if depth > 8 {
				return errors.New("buckets nested too deep")
			}
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				for _, x := range k {
					sum ^= x
				}
				if v == nil {
					if nb := b.Bucket(k); nb != nil {
						if err := walk(nb, depth+1); err != nil {
							return err
						}
					}
					continue
				}
				for _, x := range v {
					sum ^= x
				}
			}
			return nil
		}
		err := tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walk(b, 1) })
		_ = sum // the reads are the point
		return err
	})
}

// init creates the buckets of a new file or checks the version of an
// existing one.
func (j *Journal) init() error {
	return j.db.Update(func(tx *bolt.Tx) error {
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
	if err := j.db.Close(); err != nil {
		return fmt.Errorf("close journal %s: %w", j.path, err)
	}
	return nil
}

// u64 encodes n as 8 big-endian bytes, so byte order is numeric order.
func u64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func beU64(b []byte) uint64 { return binary.BigEndian.Uint64(b) }
