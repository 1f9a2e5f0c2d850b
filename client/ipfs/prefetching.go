package ipfs

import "context"

// Prefetching is a Store with a Prefetcher in front for one kind of
// document, told apart by its size cap (a campaign's tasks: the client
// reads them with document.MaxTaskSize), usually over a Cache in front of
// a node. The client warms it with Prefetch when a chunk is claimed or its
// tasks are read, so the tasks after the current one come from disk or
// memory. Other documents go straight to the store below.
type Prefetching struct {
	next    Store
	pre     *Prefetcher
	maxSize int64
}

// NewPrefetching prefetches documents read with maxSize through next, with
// concurrency fetches at a time. Close stops it.
func NewPrefetching(next Store, maxSize int64, concurrency int) *Prefetching {
	return &Prefetching{next: next, pre: NewPrefetcher(next, maxSize, concurrency), maxSize: maxSize}
}

// Add stores a document below.
func (s *Prefetching) Add(ctx context.Context, data []byte) (string, error) {
	return s.next.Add(ctx, data)
}

// Get reads a document, waiting for a prefetch of it already under way
// rather than fetching it twice.
func (s *Prefetching) Get(ctx context.Context, id string, maxSize int64) ([]byte, error) {
	if maxSize == s.maxSize {
		return s.pre.Get(ctx, id)
	}
	return s.next.Get(ctx, id, maxSize)
}

// Pin pins a document below.
func (s *Prefetching) Pin(ctx context.Context, id string) error { return s.next.Pin(ctx, id) }

// Prefetch fetches documents in the background.
func (s *Prefetching) Prefetch(ids ...string) { s.pre.Prefetch(ids...) }

// Close stops the prefetcher.
func (s *Prefetching) Close() { s.pre.Close() }

var _ Store = (*Prefetching)(nil)
