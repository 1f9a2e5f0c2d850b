package client

import (
	"context"
	"math/big"
	"sync"
	"time"
)

// MonitorOptions configure a Monitor.
type MonitorOptions struct {
	// Period is how often the monitor refreshes (default 2s).
	Period time.Duration
	// PingIPFS checks the IPFS node itself (not a cache in front of it);
	// nil leaves the node's state unknown and queued uploads unflushed.
	PingIPFS func(ctx context.Context) error
}

// Conn is the state of one connection as the last refresh found it.
type Conn struct {
	Known bool  // checked at least once
	Err   error // nil: up
}

// Up reports whether the connection was checked and answered.
func (c Conn) Up() bool { return c.Known && c.Err == nil }

// Status is the account's standing in the campaign as a Monitor last saw
// it: what a status line shows without waiting on the network.
type Status struct {
	Chain Conn
	Head  uint64 // the chain's head block, when Chain is up
	IPFS  Conn
	// Uploads is the number of label documents still queued for upload
	// (revealed while the IPFS node was down), after the last flush.
	Uploads int
	// Reputation and Earnings are the last values read; they keep their
	// previous value when a read fails. Earnings' amounts are nil until
	// read once.
	Reputation uint64
	Earnings   Earnings
	// TasksDone counts the tasks of finalized chunks, all accounts'.
	TasksDone int
}

// Monitor keeps a Status fresh in the background: the chain's head, the
// event index (which also rereads the campaign info when an event changed
// it, so Info stays current however long a session runs), the account's
// reputation and earnings, the IPFS node's state, and the upload queue
// flushed when the node is up. Close stops it.
type Monitor struct {
	c      *Client
	opts   MonitorOptions
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	status Status
}

// Monitor starts a monitor of the account's status.
func (c *Client) Monitor(opts MonitorOptions) *Monitor {
	if opts.Period <= 0 {
		opts.Period = 2 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &Monitor{c: c, opts: opts, cancel: cancel, done: make(chan struct{})}
	go m.loop(ctx)
	return m
}

// Status returns a copy of the last status: no network round trip.
func (m *Monitor) Status() Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.status
	s.Earnings = Earnings{Earned: copyInt(s.Earnings.Earned), Pending: copyInt(s.Earnings.Pending)}
	return s
}

// Close stops the monitor and waits for its refresh to end.
func (m *Monitor) Close() {
	m.cancel()
	<-m.done
}

func (m *Monitor) loop(ctx context.Context) {
	defer close(m.done)
	t := time.NewTicker(m.opts.Period)
	defer t.Stop()
	for {
		m.refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// refreshTimeout bounds one refresh, so a hung node shows as down.
const refreshTimeout = 10 * time.Second

// refresh reads everything once. Each part that fails keeps its previous
// value.
func (m *Monitor) refresh(parent context.Context) {
	ctx, cancel := context.WithTimeout(parent, refreshTimeout)
	defer cancel()
	c := m.c
	chain := Conn{Known: true}
	var head uint64
	if h, err := c.deps.Backend.HeaderByNumber(ctx, nil); err != nil {
		chain.Err = err
	} else {
		head = h.Number.Uint64()
		if _, err := c.index.Sync(ctx); err != nil {
			chain.Err = err
		}
	}
	var (
		rep            uint64
		earn           Earnings
		repErr, earnEr error
	)
	if chain.Up() {
		rep, repErr = c.Reputation(ctx)
		earn, earnEr = c.Earnings(ctx)
	}
	ipfs, uploads := Conn{}, -1
	if m.opts.PingIPFS != nil {
		ipfs = Conn{Known: true, Err: m.opts.PingIPFS(ctx)}
		if ipfs.Up() {
			if n, err := c.FlushUploads(ctx); err == nil {
				uploads = n
			}
		}
	}
	done := 0
	for _, ch := range c.index.Chunks() {
		if ch.Finalized() {
			done += int(ch.Record.Size)
		}
	}
	if parent.Err() != nil {
		return // closing: what failed says nothing of the nodes
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	s := &m.status
	s.Chain, s.IPFS, s.TasksDone = chain, ipfs, done
	if chain.Up() {
		s.Head = head
		if repErr == nil {
			s.Reputation = rep
		}
		if earnEr == nil {
			s.Earnings = earn
		}
	}
	if uploads >= 0 {
		s.Uploads = uploads
	}
}

func copyInt(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}
