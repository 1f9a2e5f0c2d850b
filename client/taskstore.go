package client

import (
	"fmt"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
)

// taskPrefetchConcurrency bounds the background fetches of tasks: enough to
// stay ahead of an annotator, few enough not to crowd out the UI's own
// reads.
const taskPrefetchConcurrency = 4

// NewTaskStore is the IPFS store an annotator's client wants (Deps.IPFS):
// documents cached on disk in dir (created if needed) in front of node,
// tasks prefetched (the client prefetches a chunk's tasks when it is claimed,
// and the next chunk's when a chunk's tasks are read). Close it after the
// client.
func NewTaskStore(dir string, node ipfs.Store) (*ipfs.Prefetching, error) {
	c, err := ipfs.NewCache(dir, node)
	if err != nil {
		return nil, fmt.Errorf("ipfs cache in %s: %w", dir, err)
	}
	return PrefetchTasks(c), nil
}

// PrefetchTasks puts a task prefetcher in front of a store (a Cache, for
// fetched tasks to survive restarts).
func PrefetchTasks(next ipfs.Store) *ipfs.Prefetching {
	return ipfs.NewPrefetching(next, document.MaxTaskSize, taskPrefetchConcurrency)
}
