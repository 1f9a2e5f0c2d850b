package ipfs

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// memStore is a small in-memory Store for unit tests of Cache and
// Prefetcher. gate, when set, holds every Get until it is closed or the
// context ends; lie makes Get return other bytes than the CID's.
type memStore struct {
	mu       sync.Mutex
	docs     map[string][]byte
	gets     map[string]int
	down     bool
	lie      bool
	gate     chan struct{}
	inFlight atomic.Int32
	maxIn    atomic.Int32
}

func newMemStore() *memStore {
	return &memStore{docs: map[string][]byte{}, gets: map[string]int{}}
}

func (m *memStore) Add(_ context.Context, data []byte) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return "", &UnavailableError{Addr: "mem", Op: "add", Err: fmt.Errorf("down")}
	}
	id := CIDOf(data)
	m.docs[id] = append([]byte(nil), data...)
	return id, nil
}

func (m *memStore) Get(ctx context.Context, id string, maxSize int64) ([]byte, error) {
	n := m.inFlight.Add(1)
	defer m.inFlight.Add(-1)
	for {
		old := m.maxIn.Load()
		if n <= old || m.maxIn.CompareAndSwap(old, n) {
			break
		}
	}
	m.mu.Lock()
	m.gets[id]++
	gate, down, lie := m.gate, m.down, m.lie
	data, ok := m.docs[id]
	m.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	switch {
	case down:
		return nil, &UnavailableError{Addr: "mem", Op: "get " + id, Err: fmt.Errorf("down")}
	case !ok:
		return nil, fmt.Errorf("get %s: not found", id)
	case int64(len(data)) > maxSize:
		return nil, fmt.Errorf("get %s: %w", id, ErrTooLarge)
	case lie:
		return append([]byte("x"), data...), nil
	}
	return data, nil
}

func (m *memStore) Pin(context.Context, string) error { return nil }

func (m *memStore) getCount(id string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.gets[id]
}

func (m *memStore) set(f func(*memStore)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f(m)
}
