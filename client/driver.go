package client

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
)

// DriverOptions configure a Driver.
type DriverOptions struct {
	// Poll is how often the driver syncs the index to learn of new blocks
	// and events (default 1s). When nothing happens on-chain a poll costs
	// one read of the chain head, however many chunks are driven.
	Poll time.Duration
	// Retry is the first backoff after a failed step, doubled up to
	// MaxRetry (defaults 1s and 30s).
	Retry, MaxRetry time.Duration
	// Finalize also drives every open chunk of the campaign to its
	// finalize: the requester's part (its journal holds the gold answers).
	Finalize bool
	// OnError receives every failed step (it is retried); nil drops them.
	OnError func(error)
}

// ChunkStatus is one driven chunk as its last step left it.
type ChunkStatus struct {
	Chunk uint64
	// Phase is the chunk's phase for the account.
	Phase Phase
	// Doing is the transaction being sent now or, with Err, the one that
	// failed last; "" otherwise.
	Doing Action
	// Err is the last step's failure; a later success clears it.
	Err string
	// Wait says why the next step is not due yet (Advanced.Wait).
	Wait string
	// NextAt and RevealFrom are Advanced's: when the clock makes the next
	// step due, when the reveal phase opens (chain time).
	NextAt, RevealFrom uint64
	// CommitTx and RevealTx are the account's transactions on the chunk,
	// from the journal, once sent.
	CommitTx, RevealTx common.Hash
	// Done: nothing is left for the account to do on the chunk.
	Done bool
}

// Driver advances chunks in the background through Advance: the chunks
// submitted (Submit, durable in the journal), the account's committed and
// revealed ones, and with Finalize every open one. It follows the index
// rather than polling chunks: a chunk's step runs again only when an event
// about the chunk was applied (by any Sync: the driver's own each Poll,
// or another caller's), when a new block's time reaches the deadline its
// last step returned (NextAt), or when a failed step's backoff ends. A
// restarted driver resumes from the journal and the index (Pending).
type Driver struct {
	c     *Client
	opts  DriverOptions
	watch *index.Watch

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.Mutex
	chunks map[uint64]*driven
}

// driven is one chunk's worker state.
type driven struct {
	st   ChunkStatus
	wake chan struct{} // capacity 1: a wake while the step runs is kept
}

// Drive starts a driver: it resumes every pending chunk (Pending: the
// submitted ones, the account's committed and revealed ones, and with
// opts.Finalize every open one), then follows the index. Close stops it.
func (c *Client) Drive(opts DriverOptions) *Driver {
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	if opts.Retry <= 0 {
		opts.Retry = time.Second
	}
	if opts.MaxRetry < opts.Retry {
		opts.MaxRetry = max(30*time.Second, opts.Retry)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &Driver{c: c, opts: opts, watch: c.index.Watch(), ctx: ctx, cancel: cancel, chunks: map[uint64]*driven{}}
	d.wg.Add(1)
	go d.loop()
	return d
}

// Close stops the driver and waits for its steps to end. A step cut short
// resumes at the next Drive over the same journal.
func (d *Driver) Close() {
	d.mu.Lock() // no worker starts after this (drive checks ctx under mu)
	d.cancel()
	d.mu.Unlock()
	d.wg.Wait()
	d.watch.Close()
}

// Submit records the intent to submit a fully labeled chunk (Client.Submit)
// and drives it. Submitting a chunk driven already only wakes it.
func (d *Driver) Submit(chunk uint64) error {
	if d.ctx.Err() != nil {
		return fmt.Errorf("submit chunk %d: the client is shutting down", chunk)
	}
	if err := d.c.Submit(chunk); err != nil {
		return err
	}
	d.drive(chunk)
	return nil
}

// Status returns every chunk driven in this session (done ones too), by id.
func (d *Driver) Status() []ChunkStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]ChunkStatus, 0, len(d.chunks))
	for _, dv := range d.chunks {
		out = append(out, dv.st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Chunk < out[j].Chunk })
	return out
}

// drive starts a worker for the chunk, or wakes the one it has. A chunk
// done in this session stays done.
func (d *Driver) drive(chunk uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if dv, ok := d.chunks[chunk]; ok {
		if !dv.st.Done {
			wake(dv)
		}
		return
	}
	if d.ctx.Err() != nil {
		return
	}
	dv := &driven{st: ChunkStatus{Chunk: chunk}, wake: make(chan struct{}, 1)}
	d.chunks[chunk] = dv
	d.wg.Add(1)
	go d.run(chunk, dv)
}

func wake(dv *driven) {
	select {
	case dv.wake <- struct{}{}:
	default:
	}
}

// loop resumes the pending chunks, then syncs the index every Poll and
// hands what the watch saw to the chunks' workers.
func (d *Driver) loop() {
	defer d.wg.Done()
	ids, err := d.pending()
	if err != nil {
		d.report(fmt.Errorf("resume submissions: %w", err))
	}
	for _, id := range ids {
		d.drive(id)
	}
	t := time.NewTicker(d.opts.Poll)
	defer t.Stop()
	for {
		select {
		case <-d.ctx.Done():
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(d.ctx, max(d.opts.Poll, 10*time.Second))
			_, err := d.c.index.Sync(ctx) // the watch hears of what it applies
			cancel()
			if err != nil && d.ctx.Err() == nil {
				d.report(err)
			}
		case <-d.watch.C:
		}
		d.dispatch()
	}
}

// pending is Pending from the journal and the index as they are, without
// a network round trip (Open synced the index).
func (d *Driver) pending() ([]uint64, error) {
	ids, err := d.c.Submitted()
	if err != nil {
		return nil, err
	}
	opts := PendingOptions{Finalize: d.opts.Finalize}
	for _, ch := range d.c.index.Chunks() {
		if d.c.pending(ch, opts) {
			ids = append(ids, ch.ID)
		}
	}
	return ids, nil
}

// dispatch wakes the workers of the chunks whose events arrived, starts
// one for a chunk that became the account's business (a commit sent by
// another process, a chunk opened, for the requester), and, when the head
// moved, wakes the chunks whose deadline its time reached.
func (d *Driver) dispatch() {
	changed, newHead := d.watch.Take()
	for _, id := range changed {
		d.mu.Lock()
		dv, ok := d.chunks[id]
		if ok && !dv.st.Done {
			wake(dv)
		}
		d.mu.Unlock()
		if !ok {
			if ch, opened := d.c.index.Chunk(id); opened && d.c.pending(ch, PendingOptions{Finalize: d.opts.Finalize}) {
				d.drive(id)
			}
		}
	}
	if !newHead {
		return
	}
	now := d.c.index.Head().Time
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, dv := range d.chunks {
		if !dv.st.Done && dv.st.NextAt != 0 && now >= dv.st.NextAt {
			wake(dv)
		}
	}
}

// run is one chunk's worker: Advance, then sleep until woken (or, after a
// failure, until the backoff ends), until the chunk is done.
func (d *Driver) run(chunk uint64, dv *driven) {
	defer d.wg.Done()
	backoff := d.opts.Retry
	for {
		ctx, cancel := context.WithTimeout(d.ctx, 2*time.Minute)
		_, err := d.c.advance(ctx, chunk, func(a Advanced, doing Action) {
			d.set(dv, a, doing)
		})
		cancel()
		if d.ctx.Err() != nil {
			return
		}
		var retry <-chan time.Time
		d.mu.Lock()
		if err != nil {
			dv.st.Err, dv.st.Done = err.Error(), false
		} else {
			dv.st.Err, dv.st.Doing = "", ""
		}
		done := dv.st.Done
		d.mu.Unlock()
		if err != nil {
			d.report(err)
			retry = time.After(backoff)
			backoff = min(2*backoff, d.opts.MaxRetry)
		} else {
			backoff = d.opts.Retry
		}
		if done {
			return
		}
		select {
		case <-d.ctx.Done():
			return
		case <-dv.wake:
		case <-retry:
		}
	}
}

// set records a step's view of the chunk.
func (d *Driver) set(dv *driven, a Advanced, doing Action) {
	commit, reveal := d.c.LastTx(journal.KindCommit, a.Chunk), d.c.LastTx(journal.KindReveal, a.Chunk)
	d.mu.Lock()
	defer d.mu.Unlock()
	st := &dv.st
	st.Phase, st.Doing, st.Wait, st.NextAt, st.Done = a.Phase, doing, a.Wait, a.NextAt, a.Done
	if a.RevealFrom != 0 {
		st.RevealFrom = a.RevealFrom
	}
	st.CommitTx, st.RevealTx = commit, reveal
}

func (d *Driver) report(err error) {
	if d.opts.OnError != nil {
		d.opts.OnError(err)
	}
}

// LastTx is the account's last transaction of a kind on a chunk in the
// journal (the mined one if any), or zero.
func (c *Client) LastTx(kind journal.Kind, chunk uint64) common.Hash {
	me := c.Address()
	ins, err := c.deps.Journal.Intents(func(in journal.Intent) bool {
		return in.Kind == kind && in.Chunk == chunk && in.Campaign == c.key && in.From == me
	})
	if err != nil || len(ins) == 0 {
		return common.Hash{}
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].ID < ins[j].ID })
	for k := len(ins) - 1; k >= 0; k-- {
		if ins[k].State == journal.StateMined {
			return ins[k].Hash
		}
	}
	return ins[len(ins)-1].Hash
}

// RecentTxs is the account's last n journaled transactions, every campaign
// of the journal, newest first.
func (c *Client) RecentTxs(n int) ([]journal.Intent, error) {
	me := c.Address()
	ins, err := c.deps.Journal.Intents(func(in journal.Intent) bool { return in.From == me })
	if err != nil {
		return nil, fmt.Errorf("read recent transactions: %w", err)
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].ID > ins[j].ID })
	if len(ins) > n {
		ins = ins[:n]
	}
	return ins, nil
}
