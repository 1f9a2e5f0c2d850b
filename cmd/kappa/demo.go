package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/client/devnet/bots"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/clientbackend"
)

func init() { addCommandGroup(newDemoCmd) }

func newDemoCmd(app *cli.App) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Try kappa: a local chain, IPFS node, sample campaign and simulated co-annotators, in the terminal UI",
		Long: `Start a devnet in this process (a go-ethereum dev chain and a kubo IPFS
node on 127.0.0.1, dev wallets, the contracts and a sample campaign of 80
texts), start simulated co-annotators (bots of accuracy 0.9, 0.8, 0.6 and
0.75 running the same client), and open the terminal UI as the dev wallet
alice. The bots play two chunks before you start, so there are disputes to
review at once; when you submit a chunk they join it, and within a minute you
see consensus, feedback and earnings. q quits and shuts everything down.

State lives in a temporary directory, deleted on exit, unless --dir is
given: then a later kappa demo --dir resumes where you stopped.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), app, dir)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "keep the demo's state in this directory (resumed next time) instead of a temporary one")
	return cmd
}

// runDemo starts the demo, runs the UI on it and shuts it down.
func runDemo(ctx context.Context, app *cli.App, dir string) (err error) {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "kappa-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	app.Info("kappa demo: starting a local chain, an IPFS node and the sample campaign in %s", dir)
	dm, err := startDemo(ctx, dir)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := dm.Close(); cerr != nil && err == nil {
			err = cerr
		}
		if n, last := dm.botErrors(); n > 0 {
			app.Info("kappa demo: the bots met %d error(s); the last: %v", n, last)
		}
	}()
	return runUI(ctx, app, dm.UI())
}

// demo is a running demo: the devnet, the bots and alice's Backend.
type demo struct {
	Devnet  *devnet.Devnet
	Crew    *bots.Crew
	Backend *clientbackend.Backend
	// First is the chunk alice was given to label.
	First uint64
	// startedDevnet is when the devnet was up, for the start benchmark.
	startedDevnet time.Time

	journal *journal.Journal
	store   *ipfs.Prefetching

	mu      sync.Mutex
	errs    int
	lastErr error
}

// startDemo starts the devnet in dir, the bots (their pre-play runs in the
// background) and alice's client, and makes sure alice holds a chunk to
// label so that the UI opens on a task. Nothing it starts writes to the
// terminal: the UI is about to own it.
func startDemo(ctx context.Context, dir string) (_ *demo, err error) {
	dm := &demo{}
	defer func() {
		if err != nil {
			dm.Close()
		}
	}()
	dm.Devnet, err = devnet.Start(ctx, devnet.Options{Dir: dir, Quiet: true})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	dm.startedDevnet = time.Now()
	d := dm.Devnet
	dm.Crew, err = bots.StartCrew(ctx, d, bots.CrewOptions{
		PrePlay: bots.DemoPrePlay, Seed: bots.DemoSeed, OnError: dm.botError,
	})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	acct, err := d.Account(devnet.Alice)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	path, err := d.JournalPath(devnet.Alice)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if dm.journal, err = journal.Open(path, journal.Options{}); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if dm.store, err = client.NewTaskStore(filepath.Join(dir, "ipfs-cache"), d.IPFS()); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	deps := d.ClientDeps(acct, dm.journal)
	deps.IPFS = dm.store
	c, err := client.Open(ctx, deps, d.CampaignID())
	if err != nil {
		return nil, fmt.Errorf("demo: open alice's client: %w", err)
	}
	if _, err := c.Reconcile(ctx); err != nil {
		return nil, fmt.Errorf("demo: reconcile alice's journal: %w", err)
	}
	if dm.First, err = firstChunk(ctx, c); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	dm.Backend = clientbackend.New(c, clientbackend.Options{
		PingIPFS: pingIPFS(d.IPFS(), d.ManifestCID()),
		Poll:     500 * time.Millisecond,
	})
	return dm, nil
}

// UI is alice's Backend as the demo's UI sees it: the pre-play goes on
// while the first task is shown, so the Review and Pilot screens, which
// load once, wait for it (settled).
func (dm *demo) UI() backend.Backend {
	return settled{Backend: dm.Backend, wait: func(ctx context.Context) error {
		// A failed pre-play is the bots' error (reported after the UI
		// closes), not a reason to show no disputes at all.
		_ = dm.Crew.PrePlayed(ctx)
		return ctx.Err()
	}}
}

// settled is a Backend whose Review and Pilot wait for the demo's bots
// first. The UI calls them in commands, so waiting never blocks it.
type settled struct {
	backend.Backend
	wait func(ctx context.Context) error
}

func (s settled) Review(ctx context.Context) (backend.Review, error) {
	if err := s.wait(ctx); err != nil {
		return backend.Review{}, fmt.Errorf("waiting for the bots: %w", err)
	}
	return s.Backend.Review(ctx)
}

func (s settled) Pilot(ctx context.Context) (backend.PilotReport, error) {
	if err := s.wait(ctx); err != nil {
		return backend.PilotReport{}, fmt.Errorf("waiting for the bots: %w", err)
	}
	return s.Backend.Pilot(ctx)
}

// firstChunk returns the chunk alice labels first: one she is labeling
// already (a resumed demo), else the first standard chunk nobody opened,
// which she claims now (a bot never opens a chunk after the pre-play, so
// this cannot race).
func firstChunk(ctx context.Context, c *client.Client) (uint64, error) {
	views, err := c.Chunks(ctx)
	if err != nil {
		return 0, err
	}
	for _, v := range views {
		if v.Phase == client.PhaseLabeling {
			return v.ID, nil
		}
	}
	for _, v := range views {
		if v.Phase == client.PhaseClaimable && !v.Opened && !slices.Contains(bots.DemoPrePlay, v.ID) {
			if err := c.Claim(ctx, v.ID); err != nil {
				return 0, fmt.Errorf("claim a chunk for alice: %w", err)
			}
			return v.ID, nil
		}
	}
	return 0, errors.New("the sample campaign has no chunk left for alice: start over with a new --dir")
}

// botError keeps the bots' errors for the report after the UI closes:
// nothing may write to the terminal while it runs.
func (dm *demo) botError(err error) {
	dm.mu.Lock()
	defer dm.mu.Unlock()
	dm.errs++
	dm.lastErr = err
}

func (dm *demo) botErrors() (int, error) {
	dm.mu.Lock()
	defer dm.mu.Unlock()
	return dm.errs, dm.lastErr
}

// Close stops alice's Backend and the bots, then the devnet.
func (dm *demo) Close() error {
	if dm.Backend != nil {
		dm.Backend.Close()
	}
	var errs []error
	if dm.Crew != nil {
		errs = append(errs, dm.Crew.Close())
	}
	if dm.store != nil {
		dm.store.Close()
	}
	if dm.journal != nil {
		errs = append(errs, dm.journal.Close())
	}
	if dm.Devnet != nil {
		errs = append(errs, dm.Devnet.Close())
	}
	dm.Backend, dm.Crew, dm.store, dm.journal, dm.Devnet = nil, nil, nil, nil, nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("demo: shut down: %w", err)
	}
	return nil
}
