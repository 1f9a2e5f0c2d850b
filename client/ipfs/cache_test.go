package ipfs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCache(t *testing.T) {
	ctx := context.Background()
	mem := newMemStore()
	dir := t.TempDir()
	c, err := NewCache(dir, mem)
	if err != nil {
		t.Fatal(err)
	}
	data := doc("cached", 700)
	id, _ := mem.Add(ctx, data)

	if _, ok, err := c.Lookup(id, 1024); ok || err != nil {
		t.Fatalf("Lookup before any Get = %v, %v", ok, err)
	}
	for range 3 {
		got, err := c.Get(ctx, id, 1024)
		if err != nil || string(got) != string(data) {
			t.Fatalf("Get = %q, %v", got, err)
		}
	}
	if n := mem.getCount(id); n != 1 {
		t.Errorf("the store was asked %d times, want once", n)
	}
	if _, err := c.Get(ctx, id, 100); !errors.Is(err, ErrTooLarge) {
		t.Errorf("cached document over the cap: err = %v", err)
	}

	// A damaged entry is dropped and fetched again, never returned.
	if err := os.WriteFile(c.path(id), []byte("bit rot"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := c.Get(ctx, id, 1024)
	if err != nil || string(got) != string(data) {
		t.Fatalf("Get after corruption = %q, %v", got, err)
	}
	if n := mem.getCount(id); n != 2 {
		t.Errorf("the store was asked %d times, want a refetch after corruption", n)
	}

	// A store handing back other bytes never gets them into the cache.
	other := doc("other", 10)
	oid, _ := mem.Add(ctx, other)
	mem.set(func(m *memStore) { m.lie = true })
	if _, err := c.Get(ctx, oid, 1024); !errors.Is(err, ErrCIDMismatch) {
		t.Errorf("lying store: err = %v, want ErrCIDMismatch", err)
	}
	if _, ok, _ := c.Lookup(oid, 1024); ok {
		t.Errorf("a mismatching document was cached")
	}
	mem.set(func(m *memStore) { m.lie = false })

	// Add caches what it uploads; with the store down it fails with
	// ErrUnavailable and caches nothing.
	up := doc("upload", 50)
	uid, err := c.Add(ctx, up)
	if err != nil || uid != CIDOf(up) {
		t.Fatalf("Add = %s, %v", uid, err)
	}
	mem.set(func(m *memStore) { m.down = true })
	if got, err := c.Get(ctx, uid, 1024); err != nil || string(got) != string(up) {
		t.Errorf("own upload with the store down = %q, %v", got, err)
	}
	queued := doc("queued", 50)
	if _, err := c.Add(ctx, queued); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Add with the store down: err = %v", err)
	}
	if _, ok, _ := c.Lookup(CIDOf(queued), 1024); ok {
		t.Errorf("a failed upload was cached")
	}
	if _, err := c.Get(ctx, "bafy-nonsense", 1024); !errors.Is(err, ErrBadCID) {
		t.Errorf("bad CID: err = %v", err)
	}

	// Atomic writes leave no temporary files behind.
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
