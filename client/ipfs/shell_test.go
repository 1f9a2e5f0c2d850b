package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
)

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// doc returns distinct content of n bytes.
func doc(name string, n int) []byte {
	b := bytes.Repeat([]byte("."), n)
	copy(b, fmt.Sprintf(`{"id":%q}`, name))
	return b
}

// TestShellAddGet round-trips documents of several sizes through the real
// node, up to the one-block limit.
func TestShellAddGet(t *testing.T) {
	s := NewShell(node.APIAddr())
	ctx := testCtx(t)
	for _, n := range []int{0, 1, 2048, 256 << 10, MaxBlockSize} {
		data := doc(t.Name(), n)
		id, err := s.Add(ctx, data)
		if err != nil {
			t.Fatalf("add %d bytes: %v", n, err)
		}
		if id != CIDOf(data) {
			t.Fatalf("add %d bytes: CID %s, want CIDOf = %s", n, id, CIDOf(data))
		}
		got, err := s.Get(ctx, id, int64(n))
		if err != nil {
			t.Fatalf("get %d bytes with an exact cap: %v", n, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("get %d bytes: content differs", n)
		}
		if err := s.Pin(ctx, id); err != nil {
			t.Fatalf("pin: %v", err)
		}
	}
}

// TestShellRefuses covers the errors a caller must be able to tell apart.
func TestShellRefuses(t *testing.T) {
	s := NewShell(node.APIAddr())
	ctx := testCtx(t)
	data := doc(t.Name(), 10<<10)
	id, err := s.Add(ctx, data)
	if err != nil {
		t.Fatal(err)
	}

	// Over the cap: refused while reading, not after.
	if _, err := s.Get(ctx, id, 1024); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), id) {
		t.Errorf("get over the cap: err = %v, want ErrTooLarge naming the CID", err)
	}
	// Over one block: cannot be a raw-block document.
	if _, err := s.Add(ctx, make([]byte, MaxBlockSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("add over one block: err = %v, want ErrTooLarge", err)
	}
	// CIDs Get cannot verify, or that are not CIDs at all.
	dagpb := cid.NewCidV0(cid.MustParse(id).Hash()).String()
	for _, bad := range []string{"", "not-a-cid", dagpb} {
		if _, err := s.Get(ctx, bad, 1024); !errors.Is(err, ErrBadCID) {
			t.Errorf("get %q: err = %v, want ErrBadCID", bad, err)
		}
	}
	// A CID the node does not have: no peers to ask, so it waits for the
	// caller's deadline, which the error reports.
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	missing := CIDOf([]byte("never added"))
	if _, err := s.Get(short, missing, 1024); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), missing) {
		t.Errorf("get a missing CID: err = %v, want a deadline error naming the CID", err)
	}
}

// TestShellCIDMismatch corrupts a block in the node's own repository (kubo
// does not re-hash blocks on read) and checks that Get catches it.
func TestShellCIDMismatch(t *testing.T) {
	s := NewShell(node.APIAddr())
	ctx := testCtx(t)
	data := doc(t.Name(), 300)
	id, err := s.Add(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := filepath.Glob(filepath.Join(node.Dir(), "blocks", "*", "*.data"))
	if err != nil {
		t.Fatal(err)
	}
	corrupted := false
	for _, p := range blocks {
		b, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(b, data) {
			continue
		}
		b[len(b)-1] = '!'
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		corrupted = true
	}
	if !corrupted {
		t.Fatalf("block of %s not found among %d flatfs files", id, len(blocks))
	}
	if _, err := s.Get(ctx, id, 1024); !errors.Is(err, ErrCIDMismatch) || !strings.Contains(err.Error(), id) {
		t.Fatalf("get a corrupted block: err = %v, want ErrCIDMismatch naming the CID", err)
	}
}

// TestNodeDown kills a node with documents cached and checks what still
// works: cached reads; and what fails, clearly: uncached reads and uploads,
// with ErrUnavailable naming the node's address.
func TestNodeDown(t *testing.T) {
	ctx := testCtx(t)
	n, err := ipfsnode.Start(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	addr := n.APIAddr()
	cache, err := NewCache(t.TempDir(), NewShell(addr))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := range 6 {
		id, err := NewShell(addr).Add(ctx, doc(fmt.Sprintf("task-%d", i), 512))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	// The annotator has seen the first three tasks; the prefetcher warms
	// two more; the last was never fetched.
	for _, id := range ids[:3] {
		if _, err := cache.Get(ctx, id, 1024); err != nil {
			t.Fatal(err)
		}
	}
	pf := NewPrefetcher(cache, 1024, 2)
	defer pf.Close()
	pf.Prefetch(ids[3:5]...)
	for _, id := range ids[3:5] {
		if _, err := pf.Get(ctx, id); err != nil {
			t.Fatal(err)
		}
	}

	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	for _, id := range ids[:5] {
		if _, err := cache.Get(ctx, id, 1024); err != nil {
			t.Errorf("cached %s with the node down: %v", id, err)
		}
	}
	_, err = cache.Get(ctx, ids[5], 1024)
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), addr) || !strings.Contains(err.Error(), ids[5]) {
		t.Errorf("uncached get with the node down: err = %v, want ErrUnavailable naming %s and the CID", err, addr)
	}
	var ue *UnavailableError
	if !errors.As(err, &ue) || ue.Addr != addr {
		t.Errorf("error %v is not an *UnavailableError for %s", err, addr)
	}
	if _, err := cache.Add(ctx, []byte("a label document")); !errors.Is(err, ErrUnavailable) {
		t.Errorf("add with the node down: err = %v, want ErrUnavailable so the caller queues it", err)
	}
	pf.Prefetch(ids[5])
	if _, err := pf.Get(ctx, ids[5]); !errors.Is(err, ErrUnavailable) {
		t.Errorf("prefetched get with the node down: err = %v", err)
	}
}

// TestNodeKilledMidPrefetch stops the node while the prefetcher is busy.
// Every document must then come back either whole and verified (it made it
// to the cache) or as ErrUnavailable: never partial, never wrong, never a
// hang.
func TestNodeKilledMidPrefetch(t *testing.T) {
	ctx := testCtx(t)
	n, err := ipfsnode.Start(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	docs := map[string][]byte{}
	var ids []string
	for i := range 200 {
		data := doc(fmt.Sprintf("task-%d", i), 4<<10)
		id, err := NewShell(n.APIAddr()).Add(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		docs[id] = data
		ids = append(ids, id)
	}
	cache, err := NewCache(t.TempDir(), NewShell(n.APIAddr()))
	if err != nil {
		t.Fatal(err)
	}
	p := NewPrefetcher(cache, 8<<10, 4)
	defer p.Close()
	p.Prefetch(ids...)
	waitReady(t, p, ids[:10])
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	got, down := 0, 0
	for _, id := range ids {
		data, err := p.Get(ctx, id)
		switch {
		case err == nil:
			if !bytes.Equal(data, docs[id]) {
				t.Fatalf("%s: wrong content after the node died", id)
			}
			got++
		case errors.Is(err, ErrUnavailable):
			down++
		default:
			t.Fatalf("%s: err = %v, want content or ErrUnavailable", id, err)
		}
	}
	if got < 10 || got+down != len(ids) {
		t.Errorf("%d served, %d unavailable of %d", got, down, len(ids))
	}
	t.Logf("node stopped mid-prefetch: %d of %d tasks ready, %d unavailable", got, len(ids), down)
}
