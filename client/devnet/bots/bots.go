package bots

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
)

// Truth maps a task document's id to its true label id.
type Truth map[string]string

// SampleTruth is the corpus label of every task of the devnet's sample
// campaign: its tasks are the corpus's first texts, in order.
func SampleTruth() (Truth, error) {
	spec, err := devnet.SampleCampaign()
	if err != nil {
		return nil, err
	}
	items, err := corpus.Fortunes()
	if err != nil {
		return nil, fmt.Errorf("bots: %w", err)
	}
	t := make(Truth, len(spec.Tasks))
	for i, task := range spec.Tasks {
		if items[i].Text != task.Text {
			return nil, fmt.Errorf("bots: sample task %s is not corpus text %d", task.ID, i)
		}
		t[task.ID] = items[i].Label
	}
	return t, nil
}

// Config sets a bot's behaviour.
type Config struct {
	// Accuracy is the probability of giving the true label, 0..1.
	Accuracy float64
	// Speed is the mean time per label; each label waits between half and
	// one and a half of it. Zero labels at once.
	Speed time.Duration
	// Seed makes the bot's choices reproducible.
	Seed uint64
	// Open lets the bot open chunks nobody has claimed yet; otherwise it
	// only joins chunks someone else opened (the user's, typically).
	Open bool
	// MaxActive bounds the chunks the bot holds unfinished at once
	// (default 1).
	MaxActive int
	// Poll is how often Run looks at the chain (default 500ms).
	Poll time.Duration
	// OnError receives errors Run keeps going after; nil drops them.
	OnError func(error)
}

// Bot is a simulated annotator (or, from NewRequester, the requester).
type Bot struct {
	Name string
	c    *client.Client
	j    *journal.Journal
	ipfs *ipfs.Prefetching
	cfg  Config
	// truth is nil for the requester.
	truth Truth
	mu    sync.Mutex     // one step at a time (Run and Play may overlap)
	drv   *client.Driver // Run's: commits, reveals and finalizes (client.Advance)
}

// Open opens the journal and IPFS cache of the dev wallet called name under
// the devnet's directory and binds a client to the sample campaign.
func Open(ctx context.Context, d *devnet.Devnet, name string, truth Truth, cfg Config) (*Bot, error) {
	acct, err := d.Account(name)
	if err != nil {
		return nil, fmt.Errorf("bot %s: %w", name, err)
	}
	path, err := d.JournalPath(name)
	if err != nil {
		return nil, fmt.Errorf("bot %s: %w", name, err)
	}
	j, err := journal.Open(path, journal.Options{})
	if err != nil {
		return nil, fmt.Errorf("bot %s: %w", name, err)
	}
	store, err := client.NewTaskStore(filepath.Join(d.Dir(), "bots", name, "ipfs-cache"), d.IPFS())
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("bot %s: %w", name, err)
	}
	deps := d.ClientDeps(acct, j)
	deps.IPFS = store
	c, err := client.Open(ctx, deps, d.CampaignID())
	if err != nil {
		store.Close()
		j.Close()
		return nil, fmt.Errorf("bot %s: %w", name, err)
	}
	if cfg.MaxActive <= 0 {
		cfg.MaxActive = 1
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 500 * time.Millisecond
	}
	return &Bot{Name: name, c: c, j: j, ipfs: store, cfg: cfg, truth: truth}, nil
}

// NewRequester opens the requester's bot: it never labels, and finalizes
// every chunk whose reveals are in, passing the gold answers.
func NewRequester(ctx context.Context, d *devnet.Devnet, cfg Config) (*Bot, error) {
	return Open(ctx, d, devnet.Requester, nil, cfg)
}

// Close closes the bot's journal and cache. Stop Run first.
func (b *Bot) Close() error {
	b.ipfs.Close()
	return b.j.Close()
}

// Run plays until ctx is done: it joins (or, with Open, opens) chunks and
// labels them; a client.Driver commits, reveals and finalizes them (for
// the requester: finalizes every chunk when due), as it does for the
// terminal UI. Errors are reported to OnError and retried.
func (b *Bot) Run(ctx context.Context) {
	report := func(err error) {
		if ctx.Err() == nil && b.cfg.OnError != nil {
			b.cfg.OnError(fmt.Errorf("bot %s: %w", b.Name, err))
		}
	}
	drv := b.c.Drive(client.DriverOptions{Poll: b.cfg.Poll, Finalize: b.truth == nil, OnError: report})
	defer drv.Close()
	b.mu.Lock()
	b.drv = drv
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		b.drv = nil
		b.mu.Unlock()
	}()
	if b.truth == nil {
		<-ctx.Done() // the requester labels nothing: its driver does it all
		return
	}
	t := time.NewTicker(b.cfg.Poll)
	defer t.Stop()
	for {
		if err := b.Step(ctx); err != nil {
			report(err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Step looks at every chunk once: it claims what its policy allows and
// labels and submits the chunks it holds. Committing, revealing and
// finalizing are Advance's (Run's driver, or at once without one).
func (b *Bot) Step(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.truth == nil {
		return nil // the requester labels nothing
	}
	views, err := b.c.Chunks(ctx)
	if err != nil {
		return err
	}
	var errs []error
	active := 0
	for _, v := range views {
		if v.Mine() && (v.Phase == client.PhaseLabeling || v.Phase == client.PhaseCommitted) {
			active++
		}
	}
	for _, v := range views {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch v.Phase {
		case client.PhaseClaimable:
			if active >= b.cfg.MaxActive || (!v.Opened && !b.cfg.Open) {
				continue
			}
			if err := b.c.Claim(ctx, v.ID); err != nil {
				// Bots race for the seats of a chunk the user opened:
				// losing that race is no error.
				if !strings.Contains(err.Error(), "every seat is taken") {
					errs = append(errs, err)
				}
				continue
			}
			active++
			errs = append(errs, b.labelAndSubmit(ctx, v.ID, true))
		case client.PhaseLabeling:
			errs = append(errs, b.labelAndSubmit(ctx, v.ID, true))
		}
	}
	return errors.Join(errs...)
}

// labelAndSubmit labels the chunk and submits it: to Run's driver, or,
// without one, through client.Advance at once.
func (b *Bot) labelAndSubmit(ctx context.Context, chunk uint64, wait bool) error {
	if err := b.label(ctx, chunk, wait); err != nil {
		return err
	}
	if b.drv != nil {
		return b.drv.Submit(chunk)
	}
	if err := b.c.Submit(chunk); err != nil {
		return err
	}
	return b.advance(ctx, chunk)
}

// advance does what is due on the chunk for the bot (client.Advance).
func (b *Bot) advance(ctx context.Context, chunk uint64) error {
	_, err := b.c.Advance(ctx, chunk)
	return err
}

// label gives every unlabeled task of the chunk a label, waiting about
// Speed per label when wait is set.
func (b *Bot) label(ctx context.Context, chunk uint64, wait bool) error {
	tasks, err := b.c.Tasks(ctx, chunk)
	if err != nil {
		return err
	}
	s := b.c.Schema()
	for _, t := range tasks {
		if t.Label != nil {
			continue
		}
		r := b.rng(chunk, t.Index)
		spent := b.delay(b.rng(chunk, -1-t.Index))
		if wait {
			if err := sleep(ctx, spent); err != nil {
				return err
			}
		}
		v, err := b.choose(r, s, t.Task)
		if err != nil {
			return err
		}
		// The time recorded is the time the bot took (or, in a pre-play,
		// would have taken): the pilot screen's time per item.
		if err := b.c.PutLabel(chunk, t.Index, v, spent); err != nil {
			return err
		}
	}
	return nil
}

// rng is the generator of one (bot, chunk, task) decision; the time a
// label takes draws from its own stream (task -1-i), so the labels do not
// depend on the speed.
func (b *Bot) rng(chunk uint64, task int) *rand.Rand {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%d/%d", b.Name, chunk, task)
	return rand.New(rand.NewPCG(b.cfg.Seed, h.Sum64()))
}

func (b *Bot) delay(r *rand.Rand) time.Duration {
	if b.cfg.Speed <= 0 {
		return 0
	}
	return b.cfg.Speed/2 + time.Duration(r.Int64N(int64(b.cfg.Speed)))
}

// choose gives the true label with probability Accuracy, else a uniformly
// random other label.
func (b *Bot) choose(r *rand.Rand, s *document.Schema, t *document.Task) (uint32, error) {
	want, ok := b.truth[t.ID]
	if !ok {
		return 0, fmt.Errorf("task %s has no known true label", t.ID)
	}
	i, ok := s.Label(want)
	if !ok {
		return 0, fmt.Errorf("task %s: label %q is not in the schema", t.ID, want)
	}
	n := len(s.Labels)
	if n < 2 || r.Float64() < b.cfg.Accuracy {
		return uint32(i), nil
	}
	other := r.IntN(n - 1)
	if other >= i {
		other++
	}
	if s.Kind == document.KindMulti {
		return 1 << uint(other), nil
	}
	return uint32(other), nil
}

// Play takes the chunk through claim, labels and commit now, with no
// delays (and reveals too when its commit is the last): the demo's
// pre-play before the user arrives. It is idempotent.
func (b *Bot) Play(ctx context.Context, chunk uint64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, err := b.c.Chunk(ctx, chunk)
	if err != nil {
		return fmt.Errorf("bot %s: %w", b.Name, err)
	}
	if v.Phase == client.PhaseClaimable {
		if err := b.c.Claim(ctx, chunk); err != nil {
			return fmt.Errorf("bot %s: %w", b.Name, err)
		}
		v.Phase = client.PhaseLabeling
	}
	if v.Phase == client.PhaseLabeling {
		if err := b.labelAndSubmit(ctx, chunk, false); err != nil {
			return fmt.Errorf("bot %s: %w", b.Name, err)
		}
	}
	return nil
}

// Reveal does what is due on a chunk for the bot now (client.Advance):
// after the pre-play's commits, its reveal.
func (b *Bot) Reveal(ctx context.Context, chunk uint64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.advance(ctx, chunk)
}

// Finalize does what is due on a chunk for the bot now (client.Advance):
// for the requester, the finalize, once due.
func (b *Bot) Finalize(ctx context.Context, chunk uint64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.advance(ctx, chunk)
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
