package clientbackend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Options configure a Backend. Only Journal is needed, for the wallet's
// recent transactions (submissions survive a restart through the client's
// own journal); the rest only improve what the status line says.
type Options struct {
	// Chain is the node the client talks to. When set, the status line shows
	// its head block, and the token's symbol and decimals are read from the
	// chain when Token is zero.
	Chain client.Backend
	// Journal is the client's journal: recent transactions.
	Journal *journal.Journal
	// IPFS is the client's store. When set, label documents are read for the
	// pilot's time per item, and Tasks prefetches the next assigned chunk.
	IPFS interface {
		Get(ctx context.Context, cid string, maxSize int64) ([]byte, error)
	}
	// PingIPFS checks the IPFS node (not a cache) for the status line; nil
	// leaves its state unknown.
	PingIPFS func(ctx context.Context) error
	// Token is the token's symbol and decimals for display; when zero it is
	// the client's (client.TokenInfo: read from the chain once) when Chain
	// is set, else "tokens" with 18 decimals.
	Token backend.Token
	// Refresh is the period of the status loop (default 2s).
	Refresh time.Duration
	// Retry is the first backoff of a failed submission step, doubled up to
	// MaxRetry (defaults 1s and 30s).
	Retry, MaxRetry time.Duration
	// Poll is how often the submissions' driver (client.Driver) looks for
	// new blocks and events (default 1s); a chunk's next step runs only
	// when its events arrive or a block passes its deadline.
	Poll time.Duration
	// Settle, when set, is waited for before Review and Pilot answer:
	// kappa demo passes its bots' pre-play, so that those screens, which
	// load once at start, show the disputes it makes. The UI calls them in
	// commands, so waiting never blocks it.
	Settle func(ctx context.Context) error
}

// Backend implements tui/backend.Backend over a *client.Client. It is safe
// for concurrent use. Close stops its goroutines.
type Backend struct {
	c      *client.Client
	opts   Options
	schema *document.Schema
	key    common.Address // the journal's campaign key

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	drv    *client.Driver // the submissions

	token backend.Token // Options.Token; never written after New

	mu      sync.Mutex
	status  backend.Status
	gold    map[uint64]map[int]uint32 // gold answers of finalized chunks
	started bool
}

var _ backend.Backend = (*Backend)(nil)

// New adapts c to the UI and starts the status loop and the submissions'
// driver, which resumes the submissions a previous run (of the UI or of
// kappa submit) left unfinished.
func New(c *client.Client, opts Options) *Backend {
	if opts.Refresh <= 0 {
		opts.Refresh = 2 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	b := &Backend{
		c: c, opts: opts, schema: c.Schema(),
		key: client.CampaignKey(c.Index().Hub(), c.Campaign()),
		ctx: ctx, cancel: cancel,
		drv:   c.Drive(client.DriverOptions{Poll: opts.Poll, Retry: opts.Retry, MaxRetry: opts.MaxRetry}),
		gold:  map[uint64]map[int]uint32{},
		token: opts.Token,
	}
	b.wg.Add(1)
	go b.loop()
	return b
}

// Close stops the status loop and the submissions' driver and waits for
// them. A submission cut short resumes at the next New over the same
// journal.
func (b *Backend) Close() {
	b.cancel()
	b.drv.Close()
	b.wg.Wait()
}

// loop refreshes the status snapshot.
func (b *Backend) loop() {
	defer b.wg.Done()
	t := time.NewTicker(b.opts.Refresh)
	defer t.Stop()
	for {
		b.refresh(b.ctx)
		select {
		case <-b.ctx.Done():
			return
		case <-t.C:
		}
	}
}

// refresh rebuilds the status snapshot from the chain, the index and the
// IPFS node. Each part that fails keeps its previous value.
func (b *Backend) refresh(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	chainConn := backend.Conn{State: backend.ConnUp}
	if b.opts.Chain != nil {
		if n, err := b.opts.Chain.HeaderByNumber(ctx, nil); err != nil {
			chainConn = backend.Conn{State: backend.ConnDown, Detail: shortErr(err)}
		} else {
			chainConn.Detail = fmt.Sprintf("block %d", n.Number.Uint64())
		}
	}
	var rep int64
	var earn client.Earnings
	var repErr, earnErr error
	if chainConn.State == backend.ConnUp {
		// The sync also rereads the campaign info when it applied events
		// of the campaign (every change of the escrow is one), so Info
		// stays current however long the session runs.
		if _, err := b.c.Index().Sync(ctx); err != nil {
			chainConn = backend.Conn{State: backend.ConnDown, Detail: shortErr(err)}
		}
	}
	if chainConn.State == backend.ConnUp {
		var r uint64
		r, repErr = b.c.Reputation(ctx)
		rep = int64(r)
		earn, earnErr = b.c.Earnings(ctx)
	}
	ipfsConn := backend.Conn{State: backend.ConnUnknown}
	if b.opts.PingIPFS != nil {
		if err := b.opts.PingIPFS(ctx); err != nil {
			ipfsConn = backend.Conn{State: backend.ConnDown, Detail: shortErr(err)}
		} else {
			ipfsConn = backend.Conn{State: backend.ConnUp}
			if n, err := b.c.FlushUploads(ctx); err == nil && n > 0 {
				ipfsConn.Detail = fmt.Sprintf("%d uploads queued", n)
			}
		}
	}
	done := 0
	for _, ch := range b.c.Index().Chunks() {
		if ch.Finalized() {
			done += int(ch.Record.Size)
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.started = true
	b.status.Chain, b.status.IPFS = chainConn, ipfsConn
	if chainConn.State == backend.ConnUp {
		if repErr == nil {
			b.status.Reputation = rep
		}
		if earnErr == nil {
			b.status.Paid, b.status.Pending = earn.Earned, earn.Pending
		}
	}
	b.status.TasksDone = done
}

// shortErr keeps the status line's connection detail short.
func shortErr(err error) string {
	s := err.Error()
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// Campaign returns the campaign and its token.
func (b *Backend) Campaign(ctx context.Context) (backend.Campaign, error) {
	info := b.c.Info()
	m, _ := b.c.Manifest()
	tasks := 0
	for _, ch := range m.Chunks {
		tasks += len(ch.Tasks)
	}
	tok, err := b.tokenInfo(ctx)
	if err != nil {
		return backend.Campaign{}, err
	}
	return backend.Campaign{
		Address: b.c.Index().Hub().Hex() + "#" + b.c.Campaign().String(),
		Title:   b.schema.Title, Token: tok,
		K: int(info.K), Q: int(info.Q), Chunks: len(m.Chunks), TasksTotal: tasks,
	}, nil
}

// tokenInfo returns the token for display: Options.Token when given, else
// the client's (read from the chain once and cached by the client), else,
// without Chain, "tokens" with 18 decimals.
func (b *Backend) tokenInfo(ctx context.Context) (backend.Token, error) {
	if b.token.Symbol != "" {
		return b.token, nil
	}
	if b.opts.Chain == nil {
		return backend.Token{Address: b.c.Token(), Symbol: "tokens", Decimals: 18}, nil
	}
	return b.c.TokenInfo(ctx)
}

// Schema returns the campaign's schema as the UI shows it.
func (b *Backend) Schema(ctx context.Context) (backend.Schema, error) {
	s := b.schema
	out := backend.Schema{Title: s.Title, Instructions: s.Instructions, Kind: backend.Single}
	if s.Kind == document.KindMulti {
		out.Kind = backend.Multi
	}
	if s.GoldPolicy != "" {
		out.Instructions += "\n\n" + s.GoldPolicy
	}
	for _, l := range s.Labels {
		out.Labels = append(out.Labels, backend.Label{ID: l.ID, Name: l.Name, Hotkey: l.Hotkey, Description: l.Description})
	}
	for _, t := range s.Tiers {
		out.Tiers = append(out.Tiers, backend.Tier{Name: t.Name, Reward: new(big.Int).Set(t.Reward), MinReputation: int64(t.MinReputation)})
	}
	return out, nil
}

// Status copies the snapshot the status loop keeps: no network round trip.
func (b *Backend) Status(ctx context.Context) (backend.Status, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.status
	s.Pending, s.Paid = copyInt(s.Pending), copyInt(s.Paid)
	if !b.started {
		s.Chain.State, s.IPFS.State = backend.ConnUnknown, backend.ConnUnknown
	}
	sts := b.drv.Status()
	s.Submissions = make([]backend.Submission, 0, len(sts))
	for _, st := range sts {
		s.Submissions = append(s.Submissions, submissionOf(st))
	}
	return s, nil
}

func copyInt(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}

// errClosed is returned by calls made after Close.
var errClosed = errors.New("the client is shutting down")

// settlementsOf returns the account's settlements, all chunks.
func (b *Backend) settlementsOf() []index.Settlement {
	return b.c.Index().Settlements(b.c.Address())
}
