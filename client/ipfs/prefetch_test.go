package ipfs

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func addDocs(t *testing.T, s Store, n int) []string {
	var ids []string
	for i := range n {
		id, err := s.Add(context.Background(), doc(fmt.Sprintf("%s-%d", t.Name(), i), 256))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// waitReady polls until every CID is prefetched or the deadline passes.
func waitReady(t *testing.T, p *Prefetcher, ids []string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, id := range ids {
		for !p.Ready(id) {
			if time.Now().After(deadline) {
				t.Fatalf("%s not prefetched in time", id)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// TestPrefetchBounded checks that no more than the given number of fetches
// run at once, that every queued document arrives, and that Get then
// serves it without asking the store again.
func TestPrefetchBounded(t *testing.T) {
	mem := newMemStore()
	ids := addDocs(t, mem, 20)
	gate := make(chan struct{})
	mem.set(func(m *memStore) { m.gate = gate })
	p := NewPrefetcher(mem, 1024, 3)
	defer p.Close()
	p.Prefetch(ids...)
	p.Prefetch(ids[:5]...) // duplicates are not fetched twice

	// Let the workers pile up on the gate, then open it.
	deadline := time.Now().Add(5 * time.Second)
	for mem.inFlight.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(gate)
	waitReady(t, p, ids)
	if max := mem.maxIn.Load(); max != 3 {
		t.Errorf("at most %d fetches ran at once, want exactly 3", max)
	}
	for _, id := range ids {
		if _, err := p.Get(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		if n := mem.getCount(id); n != 1 {
			t.Errorf("%s fetched %d times, want once", id, n)
		}
	}
}

// TestPrefetchJoin checks that a Get for a document being prefetched
// waits for that fetch instead of starting another.
func TestPrefetchJoin(t *testing.T) {
	mem := newMemStore()
	ids := addDocs(t, mem, 1)
	gate := make(chan struct{})
	mem.set(func(m *memStore) { m.gate = gate })
	p := NewPrefetcher(mem, 1024, 1)
	defer p.Close()
	p.Prefetch(ids[0])
	for mem.inFlight.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	got := make(chan error, 1)
	go func() {
		_, err := p.Get(context.Background(), ids[0])
		got <- err
	}()
	time.Sleep(20 * time.Millisecond)
	close(gate)
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	if n := mem.getCount(ids[0]); n != 1 {
		t.Errorf("fetched %d times, want once", n)
	}
}

// TestPrefetchRetryAndClose checks that a failed prefetch is retried by
// the Get that needs it, and that Close releases waiters of queued work.
func TestPrefetchRetryAndClose(t *testing.T) {
	mem := newMemStore()
	ids := addDocs(t, mem, 3)
	mem.set(func(m *memStore) { m.down = true })
	p := NewPrefetcher(mem, 1024, 1)
	p.Prefetch(ids[0])
	for mem.getCount(ids[0]) == 0 {
		time.Sleep(time.Millisecond)
	}
	mem.set(func(m *memStore) { m.down = false })
	if _, err := p.Get(context.Background(), ids[0]); err != nil {
		t.Fatalf("Get after a failed prefetch: %v", err)
	}

	gate := make(chan struct{})
	mem.set(func(m *memStore) { m.gate = gate })
	p.Prefetch(ids[1], ids[2]) // ids[1] blocks the only worker; ids[2] waits in the queue
	for mem.inFlight.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	done := make(chan struct{})
	go func() { p.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := p.Get(ctx, ids[2]); !errors.Is(err, context.DeadlineExceeded) {
		// The abandoned prefetch must not hang Get: it falls back to the
		// store, which the gate still holds until the caller's deadline.
		t.Errorf("Get of an abandoned prefetch: err = %v", err)
	}
}
