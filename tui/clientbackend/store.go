package clientbackend

import (
	"context"
	"fmt"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
)

// Store is an ipfs.Store with a prefetcher in front, usually of a disk
// cache in front of a node. The client warms it with Prefetch when
// a chunk is claimed, and the Backend when a chunk's tasks are shown, so
// the tasks after the current one are read from disk.
type Store struct {
	next ipfs.Store
	pre  *ipfs.Prefetcher
}

// prefetchConcurrency bounds the background fetches: enough to stay ahead of
// an annotator, few enough not to crowd out the UI's own reads.
const prefetchConcurrency = 4

// NewStore caches documents of node in dir (created if needed).
func NewStore(dir string, node ipfs.Store) (*Store, error) {
	c, err := ipfs.NewCache(dir, node)
	if err != nil {
		return nil, fmt.Errorf("ipfs cache in %s: %w", dir, err)
	}
	return Wrap(c), nil
}

// Wrap puts a prefetcher in front of a store (a Cache, for fetched tasks to
// survive restarts).
func Wrap(next ipfs.Store) *Store {
	return &Store{next: next, pre: ipfs.NewPrefetcher(next, document.MaxTaskSize, prefetchConcurrency)}
}

// Add stores a document (in the cache and on the node).
func (s *Store) Add(ctx context.Context, data []byte) (string, error) {
	return s.next.Add(ctx, data)
}

// Get reads a document, waiting for a prefetch of it already under way
// rather than fetching it twice.
func (s *Store) Get(ctx context.Context, id string, maxSize int64) ([]byte, error) {
	if maxSize == document.MaxTaskSize {
		return s.pre.Get(ctx, id)
	}
	return s.next.Get(ctx, id, maxSize)
}

// Pin pins a document on the node.
func (s *Store) Pin(ctx context.Context, id string) error { return s.next.Pin(ctx, id) }

// Prefetch fetches documents into the cache in the background.
func (s *Store) Prefetch(ids ...string) { s.pre.Prefetch(ids...) }

// Close stops the prefetcher.
func (s *Store) Close() { s.pre.Close() }

var _ ipfs.Store = (*Store)(nil)
