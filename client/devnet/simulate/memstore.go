package simulate

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/kappa-dev/kappa/client/ipfs"
)

// MemStore is a content-addressed in-memory ipfs.Store for the simulator
// only: Add stores a document under ipfs.CIDOf (the CID a kubo node gives
// a raw block), Get enforces the size cap and checks the bytes against the
// CID like every kappa store. Nothing is persisted or shared.
type MemStore struct {
	mu   sync.Mutex
	docs map[string][]byte
}

var _ ipfs.Store = (*MemStore)(nil)

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{docs: map[string][]byte{}} }

// Add stores data and returns its CID.
func (m *MemStore) Add(_ context.Context, data []byte) (string, error) {
	if len(data) > ipfs.MaxBlockSize {
		return "", fmt.Errorf("add: %w: %d bytes, at most %d", ipfs.ErrTooLarge, len(data), ipfs.MaxBlockSize)
	}
	c := ipfs.CIDOf(data)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[c] = bytes.Clone(data)
	return c, nil
}

// Get returns a stored document.
func (m *MemStore) Get(_ context.Context, c string, maxSize int64) ([]byte, error) {
	m.mu.Lock()
	data, ok := m.docs[c]
	m.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("get %s: not in the simulator's store", c)
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("get %s: %w: %d bytes, at most %d", c, ipfs.ErrTooLarge, len(data), maxSize)
	}
	if err := ipfs.Verify(c, data); err != nil {
		return nil, fmt.Errorf("get %s: %w", c, err)
	}
	return bytes.Clone(data), nil
}

// Pin succeeds for a stored document.
func (m *MemStore) Pin(_ context.Context, c string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.docs[c]; !ok {
		return fmt.Errorf("pin %s: not in the simulator's store", c)
	}
	return nil
}
