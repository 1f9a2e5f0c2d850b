package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Cache is a Store that keeps every document it sees on local disk, by
// CID. Content addressing means an entry never goes stale; every read is
// still checked against its CID, and a corrupt entry is dropped and fetched
// again. Cached documents stay readable while the node is down.
type Cache struct {
	dir  string
	next Store
}

var _ Store = (*Cache)(nil)

// NewCache returns a cache in dir (created if missing) in front of next.
func NewCache(dir string, next Store) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("ipfs cache %s: %w", dir, err)
	}
	return &Cache{dir: dir, next: next}, nil
}

// path returns where a CID's bytes live: sharded by the CID's last two
// characters (the hash's, so evenly spread), as kubo's flatfs does.
func (c *Cache) path(id string) string {
	return filepath.Join(c.dir, id[len(id)-2:], id)
}

// Add stores data on the node, then in the cache. When the node is down
// the error matches ErrUnavailable and nothing is cached: the caller keeps
// the bytes and retries (their CID is CIDOf(data) either way).
func (c *Cache) Add(ctx context.Context, data []byte) (string, error) {
	id, err := c.next.Add(ctx, data)
	if err != nil {
		return "", err
	}
	if err := c.put(id, data); err != nil {
		return "", err
	}
	return id, nil
}

// Get returns a cached document, or fetches it from the next store and
// caches it.
func (c *Cache) Get(ctx context.Context, id string, maxSize int64) ([]byte, error) {
	if _, err := parseCID(id); err != nil {
		return nil, fmt.Errorf("get: %w", err)
	}
	data, ok, err := c.Lookup(id, maxSize)
	if err != nil || ok {
		return data, err
	}
	data, err = c.next.Get(ctx, id, maxSize)
	if err != nil {
		return nil, err
	}
	if err := c.put(id, data); err != nil {
		return nil, err
	}
	return data, nil
}

// Lookup returns a document only if it is in the cache, without touching
// the network. A cached document over maxSize is refused with ErrTooLarge.
func (c *Cache) Lookup(id string, maxSize int64) ([]byte, bool, error) {
	if _, err := parseCID(id); err != nil {
		return nil, false, fmt.Errorf("cache lookup: %w", err)
	}
	p := c.path(id)
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cache read %s: %w", id, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("cache read %s: %w", id, err)
	}
	if st.Size() > maxSize {
		return nil, false, fmt.Errorf("get %s: %w: %d bytes cached, cap %d", id, ErrTooLarge, st.Size(), maxSize)
	}
	data := make([]byte, st.Size())
	if _, err := f.ReadAt(data, 0); err != nil && st.Size() > 0 {
		return nil, false, fmt.Errorf("cache read %s: %w", id, err)
	}
	if err := Verify(id, data); err != nil {
		// A damaged disk or a foreign write: forget the entry so the
		// next Get fetches a good copy.
		os.Remove(p)
		return nil, false, nil
	}
	return data, true, nil
}

// Pin pins on the next store.
func (c *Cache) Pin(ctx context.Context, id string) error { return c.next.Pin(ctx, id) }

// put writes data atomically: a temporary file in the same directory,
// synced, then renamed over the final name, so a crash never leaves a
// partial entry under a CID.
func (c *Cache) put(id string, data []byte) error {
	if err := Verify(id, data); err != nil {
		return fmt.Errorf("cache write: %w", err)
	}
	p := c.path(id)
	if _, err := os.Stat(p); err == nil {
		return nil // same CID, same bytes
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("cache write %s: %w", id, err)
	}
	return nil
}
