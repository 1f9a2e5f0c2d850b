package ipfs

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Prefetcher fetches documents ahead of need, with at most a fixed number
// of fetches at a time, so that the next task is ready before the
// annotator asks for it. Put it in front of a Cache: fetched documents
// then also survive restarts and a dead node.
type Prefetcher struct {
	store   Store
	maxSize int64

	ctx    context.Context // canceled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	wake    chan struct{} // one token when queue grows
	queue   []string      // CIDs waiting for a worker, oldest first
	calls   map[string]*call
	ready   map[string][]byte // fetched and not yet taken by Get
	order   []string          // ready keys, oldest first, to bound memory
	maxHeld int
}

// call is one fetch in progress; Get callers for the same CID wait on it.
type call struct {
	done chan struct{}
	data []byte
	err  error
}

// NewPrefetcher starts workers fetching through store, each document
// capped at maxSize bytes, with concurrency fetches at a time (at least 1).
// It holds at most 4*concurrency+32 fetched documents in memory; older ones
// are dropped (a Cache below still has them). Close stops it.
func NewPrefetcher(store Store, maxSize int64, concurrency int) *Prefetcher {
	if concurrency < 1 {
		concurrency = 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &Prefetcher{
		store: store, maxSize: maxSize, ctx: ctx, cancel: cancel,
		wake:  make(chan struct{}, 1),
		calls: map[string]*call{}, ready: map[string][]byte{},
		maxHeld: 4*concurrency + 32,
	}
	for range concurrency {
		p.wg.Add(1)
		go p.work()
	}
	return p
}

// Prefetch queues CIDs to fetch in the background, in order. CIDs already
// fetched, queued or in flight are skipped. It never blocks on the network.
func (p *Prefetcher) Prefetch(cids ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctx.Err() != nil {
		return
	}
	for _, c := range cids {
		if _, ok := p.calls[c]; ok {
			continue
		}
		if _, ok := p.ready[c]; ok {
			continue
		}
		p.calls[c] = &call{done: make(chan struct{})}
		p.queue = append(p.queue, c)
	}
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Get returns the document: at once if it was prefetched, after the
// in-flight fetch if one is running, or by fetching it now. The bytes of
// a prefetched document are shared between callers: do not modify them.
func (p *Prefetcher) Get(ctx context.Context, cid string) ([]byte, error) {
	p.mu.Lock()
	if data, ok := p.ready[cid]; ok {
		p.mu.Unlock()
		return data, nil
	}
	c, inFlight := p.calls[cid]
	p.mu.Unlock()
	if inFlight {
		select {
		case <-c.done:
			if c.err == nil {
				return c.data, nil
			}
			// A failed prefetch (node down a moment ago) is retried now
			// for the caller who actually needs the document.
		case <-ctx.Done():
			return nil, fmt.Errorf("get %s: %w", cid, ctx.Err())
		}
	}
	return p.store.Get(ctx, cid, p.maxSize)
}

// Ready reports whether cid has been fetched and is held in memory.
func (p *Prefetcher) Ready(cid string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.ready[cid]
	return ok
}

// Close stops the workers, abandoning queued fetches, and waits for them.
func (p *Prefetcher) Close() {
	p.cancel()
	p.wg.Wait()
}

func (p *Prefetcher) work() {
	defer p.wg.Done()
	for {
		cid, c, ok := p.next()
		if !ok {
			return
		}
		data, err := p.store.Get(p.ctx, cid, p.maxSize)
		p.finish(cid, c, data, err)
	}
}

// next blocks until a CID is queued or the prefetcher closes.
func (p *Prefetcher) next() (string, *call, bool) {
	for {
		p.mu.Lock()
		if p.ctx.Err() != nil {
			// Release anyone waiting on abandoned fetches.
			for _, cid := range p.queue {
				c := p.calls[cid]
				delete(p.calls, cid)
				c.err = p.ctx.Err()
				close(c.done)
			}
			p.queue = nil
			p.mu.Unlock()
			return "", nil, false
		}
		if len(p.queue) > 0 {
			cid := p.queue[0]
			p.queue = p.queue[1:]
			c := p.calls[cid]
			more := len(p.queue) > 0
			p.mu.Unlock()
			if more { // pass the wake-up on to another worker
				select {
				case p.wake <- struct{}{}:
				default:
				}
			}
			return cid, c, true
		}
		p.mu.Unlock()
		select {
		case <-p.wake:
		case <-p.ctx.Done():
		}
	}
}

func (p *Prefetcher) finish(cid string, c *call, data []byte, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.calls, cid)
	c.data, c.err = data, err
	close(c.done)
	if err != nil || errors.Is(p.ctx.Err(), context.Canceled) {
		return
	}
	p.ready[cid] = data
	p.order = append(p.order, cid)
	for len(p.order) > p.maxHeld {
		delete(p.ready, p.order[0])
		p.order = p.order[1:]
	}
}
