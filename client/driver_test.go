package client_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// rpcCounter counts the JSON-RPC methods a client sends through a proxy.
type rpcCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (r *rpcCounter) count(methods []string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range methods {
		r.n[m]++
	}
	return true
}

// take returns the counts so far and starts again.
func (r *rpcCounter) take() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.n
	r.n = map[string]int{}
	return out
}

// TestDriverFollowsEvents: a driver with many submitted chunks waiting for
// their reveal phase does not poll them. Over seconds of idle chain it
// sends one head read per poll and nothing about any chunk (no contract
// call, no log query), however many chunks wait. An event on one chunk (the
// other seat's commit opens its reveal phase) wakes that chunk alone, and a
// block whose time passes the others' deadline (the commit window) wakes
// those.
func TestDriverFollowsEvents(t *testing.T) {
	w := startRig(t, 3*time.Minute, []string{"requester", "ann1", "ann2"}, devchain.Options{})
	ctx := w.ctx
	const chunks, size = 10, 2
	created := w.create(client.CampaignSpec{
		Schema: testSchema(), Tasks: taskInputs(chunks * size), ChunkSize: size, K: 2, Q: 2, Lanes: chunks,
		ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour, GoldWindow: time.Hour,
		DisputeWindow: time.Hour, Duration: 24 * time.Hour, SeniorReputation: 100, Arbiter: outsideArbiter,
	})
	calls := &rpcCounter{n: map[string]int{}}
	proxy := newSwitchProxy(t, w.chain.RPCURL())
	f := calls.count
	proxy.before.Store(&f)
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	ann1, err := client.Open(ctx, w.depsAt("ann1", ec, w.node.APIAddr(), t.TempDir()), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	for chunk := uint64(0); chunk < chunks; chunk++ {
		if err := ann1.Claim(ctx, chunk); err != nil {
			t.Fatal(err)
		}
		for task := range size {
			if err := ann1.PutLabel(chunk, task, uint32(task%3), time.Second); err != nil {
				t.Fatal(err)
			}
		}
	}
	const poll = 50 * time.Millisecond
	var errs []error
	var errMu sync.Mutex
	d := ann1.Drive(client.DriverOptions{Poll: poll, Retry: poll, OnError: func(err error) {
		errMu.Lock()
		errs = append(errs, err)
		errMu.Unlock()
	}})
	defer d.Close()
	for chunk := uint64(0); chunk < chunks; chunk++ {
		if err := d.Submit(chunk); err != nil {
			t.Fatal(err)
		}
	}
	waitUntil(t, "every chunk committed, waiting for the reveal phase", time.Minute, func() bool {
		st := d.Status()
		for _, s := range st {
			if s.Phase != client.PhaseCommitted || s.Doing != "" || !strings.HasPrefix(s.Wait, "the reveal phase opens at") || s.NextAt == 0 {
				return false
			}
		}
		return len(st) == chunks
	})

	// Idle: nobody sends anything for a while.
	calls.take()
	const idle = 2 * time.Second
	time.Sleep(idle)
	got := calls.take()
	polls := int(idle / poll)
	heads := got["eth_getBlockByNumber"]
	if heads == 0 || heads > polls+5 {
		t.Errorf("%d head reads in %v of polling every %v", heads, idle, poll)
	}
	for m, n := range got {
		if m != "eth_getBlockByNumber" {
			t.Errorf("idle driver of %d waiting chunks sent %d %s (all: %v): it polls the chunks", chunks, n, m, got)
		}
	}
	t.Logf("idle %v with %d chunks waiting: %v", idle, chunks, got)

	// An event: ann2 takes chunk 0's other seat and commits, which opens
	// its reveal phase; ann1's driver reveals chunk 0, and only chunk 0.
	ann2, err := client.Open(ctx, w.deps("ann2"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	if err := ann2.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	for task := range size {
		if err := ann2.PutLabel(0, task, 1, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if err := ann2.Commit(ctx, 0); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "chunk 0 revealed after the other seat's commit", time.Minute, func() bool {
		return d.Status()[0].Phase == client.PhaseRevealed
	})
	for _, s := range d.Status()[1:] {
		if s.Phase != client.PhaseCommitted {
			t.Errorf("chunk %d moved on an event of chunk 0: %+v", s.Chunk, s)
		}
	}

	// A deadline: a block past the claim and commit windows (3h) opens every
	// other chunk's reveal phase, and passes chunk 0's reveal window (ann2
	// never reveals): the driver reveals the others, once, and finalizes
	// chunk 0 (no quorum without ann2: disputed).
	if err := w.chain.AdvanceTime(3*time.Hour + 10*time.Second); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "every chunk revealed after the commit window", time.Minute, func() bool {
		st := d.Status()
		for _, s := range st[1:] {
			if s.Phase != client.PhaseRevealed || s.Wait != "waiting for reveals" {
				return false
			}
		}
		// chunk 0 waits for its reviewers, to settle it if none rules
		return st[0].Phase == client.PhaseDisputed && !st[0].Done && strings.Contains(st[0].Wait, "reviewers have until")
	}, d.Status)
	ev := map[string]int{}
	for chunk := uint64(0); chunk < chunks; chunk++ {
		for name, n := range w.hubEvents(created.CampaignID, chunk, w.address("ann1")) {
			ev[name] += n
		}
	}
	if ev["Claimed"] != chunks || ev["Committed"] != chunks || ev["Revealed"] != chunks {
		t.Errorf("ann1's events %v: want one claim, commit and reveal per chunk", ev)
	}
	// One stake deposit (approve and deposit) covers several seats: ann1
	// holds all ten at once, so it deposits a few times, never per claim.
	deposits := w.stakeDeposits("ann1")
	if deposits == 0 || deposits >= chunks {
		t.Errorf("ann1 made %d stake deposits for %d seats held at once", deposits, chunks)
	}
	if got, want := w.nonce(w.address("ann1")), uint64(3*chunks+1+2*deposits); got != want {
		t.Errorf("ann1 sent %d transactions, want %d (and chunk 0's finalize, and %d stake deposits)", got, want, deposits)
	}
	errMu.Lock()
	defer errMu.Unlock()
	for _, err := range errs {
		t.Errorf("driver error: %v", err)
	}
}

// waitUntil polls cond every 50ms until it holds or within passes; then it
// fails, showing what the driver saw.
func waitUntil(t *testing.T, what string, within time.Duration, cond func() bool, status ...func() []client.ChunkStatus) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			for _, st := range status {
				t.Logf("driver status: %+v", st())
			}
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
