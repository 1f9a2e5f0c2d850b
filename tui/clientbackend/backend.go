package clientbackend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Options configure a Backend. All are optional.
type Options struct {
	// PingIPFS checks the IPFS node (not a cache) for the status line; nil
	// leaves its state unknown.
	PingIPFS func(ctx context.Context) error
	// Refresh is the period of the client's status monitor (default 2s).
	Refresh time.Duration
	// Retry is the first backoff of a failed submission step, doubled up to
	// MaxRetry (defaults 1s and 30s).
	Retry, MaxRetry time.Duration
	// Poll is how often the submissions' driver (client.Driver) looks for
	// new blocks and events (default 1s); a chunk's next step runs only
	// when its events arrive or a block passes its deadline.
	Poll time.Duration
}

// Backend implements tui/backend.Backend over a *client.Client. It is safe
// for concurrent use. Close stops the client's monitor and driver it
// started.
type Backend struct {
	c      *client.Client
	schema *document.Schema
	ctx    context.Context
	cancel context.CancelFunc
	mon    *client.Monitor // the status line
	drv    *client.Driver  // the submissions
}

var _ backend.Backend = (*Backend)(nil)

// New adapts c to the UI and starts the client's status monitor and
// submissions' driver, which resumes the submissions a previous run (of the
// UI or of kappa submit) left unfinished.
func New(c *client.Client, opts Options) *Backend {
	ctx, cancel := context.WithCancel(context.Background())
	return &Backend{
		c: c, schema: c.Schema(), ctx: ctx, cancel: cancel,
		mon: c.Monitor(client.MonitorOptions{Period: opts.Refresh, PingIPFS: opts.PingIPFS}),
		drv: c.Drive(client.DriverOptions{Poll: opts.Poll, Retry: opts.Retry, MaxRetry: opts.MaxRetry}),
	}
}

// Close stops the status monitor and the submissions' driver and waits for
// them. A submission cut short resumes at the next New over the same
// journal.
func (b *Backend) Close() {
	b.cancel()
	b.drv.Close()
	b.mon.Close()
}

// shortErr keeps the status line's connection detail short.
func shortErr(err error) string {
	s := err.Error()
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// connOf maps a connection's state as the monitor saw it.
func connOf(c client.Conn, upDetail string) backend.Conn {
	switch {
	case !c.Known:
		return backend.Conn{State: backend.ConnUnknown}
	case c.Err != nil:
		return backend.Conn{State: backend.ConnDown, Detail: shortErr(c.Err)}
	}
	return backend.Conn{State: backend.ConnUp, Detail: upDetail}
}

// Campaign returns the campaign and its token.
func (b *Backend) Campaign(ctx context.Context) (backend.Campaign, error) {
	info := b.c.Info()
	m, _ := b.c.Manifest()
	tasks := 0
	for _, ch := range m.Chunks {
		tasks += len(ch.Tasks)
	}
	tok, err := b.c.TokenInfo(ctx)
	if err != nil {
		return backend.Campaign{}, err
	}
	return backend.Campaign{
		Address: b.c.Hub().Hex() + "#" + b.c.Campaign().String(),
		Title:   b.schema.Title, Token: tok,
		K: int(info.K), Q: int(info.Q), Chunks: len(m.Chunks), TasksTotal: tasks,
		SeatsAssigned: info.Chunks != 0,
	}, nil
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

// Status maps the client monitor's last status and the driver's
// submissions: no network round trip.
func (b *Backend) Status(ctx context.Context) (backend.Status, error) {
	st := b.mon.Status()
	s := backend.Status{
		Chain:      connOf(st.Chain, fmt.Sprintf("block %d", st.Head)),
		IPFS:       connOf(st.IPFS, ""),
		Reputation: int64(st.Reputation),
		Paid:       st.Earnings.Earned, Pending: st.Earnings.Pending,
		TasksDone: st.TasksDone,
	}
	if st.Uploads > 0 && s.IPFS.State == backend.ConnUp {
		s.IPFS.Detail = fmt.Sprintf("%d uploads queued", st.Uploads)
	}
	sts := b.drv.Status()
	s.Submissions = make([]backend.Submission, 0, len(sts))
	for _, st := range sts {
		s.Submissions = append(s.Submissions, submissionOf(st))
	}
	return s, nil
}

// errClosed is returned by calls made after Close.
var errClosed = errors.New("the client is shutting down")
