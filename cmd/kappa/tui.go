package main

import (
	"context"
	"errors"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/clientbackend"
	"github.com/kappa-dev/kappa/tui/styles"
)

func init() { addCommandGroup(newTUICmd) }

// newTUICmd is `kappa tui`: the terminal UI on the configured campaign.
// RunTUI is the same for a bare `kappa` (see runConfiguredTUI).
func newTUICmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "tui",
		Short: "Label, review and watch earnings in the terminal UI (the configured campaign)",
		Long: `Open the terminal UI on the configured network and campaign as the
configured account. The passphrase is asked before the UI starts. kappa demo
does the same on a local devnet with simulated co-annotators.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runConfiguredTUI(cmd.Context(), app)
		},
	}
}

// RunTUI is what a bare `kappa` runs: root.go sets it as the root command's
// RunE, so that `kappa` alone opens the UI.
func RunTUI(app *cli.App) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error { return runConfiguredTUI(cmd.Context(), app) }
}

// runConfiguredTUI opens the configured campaign (unlocking the account
// first, outside the alternate screen) and runs the UI on it.
func runConfiguredTUI(ctx context.Context, app *cli.App) error {
	id, err := app.CampaignID()
	if err != nil {
		return err
	}
	deps, err := app.ClientDeps(ctx)
	if err != nil {
		return err
	}
	node := deps.IPFS
	store := client.PrefetchTasks(node)
	defer store.Close()
	deps.IPFS = store
	c, err := client.Open(ctx, deps, id)
	if err != nil {
		return fmt.Errorf("open campaign %s: %w", id, err)
	}
	if _, err := c.Reconcile(ctx); err != nil {
		return fmt.Errorf("reconcile journal: %w", err)
	}
	s, err := app.Settings()
	if err != nil {
		return err
	}
	_, manifest := c.Manifest()
	b := clientbackend.New(c, clientbackend.Options{
		PingIPFS: pingIPFS(ipfs.NewShell(s.IPFSAPI), manifest),
	})
	defer b.Close()
	return runUI(ctx, app, b)
}

// pingIPFS checks the node itself (not the cache) by reading the manifest,
// a small document every node serving the campaign has.
func pingIPFS(node ipfs.Store, manifest string) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		_, err := node.Get(ctx, manifest, 1<<20)
		return err
	}
}

// runUI runs the Bubble Tea program on the terminal until the user quits
// (q, ctrl+c) or ctx is canceled (SIGTERM).
func runUI(ctx context.Context, app *cli.App, b tui.Backend) error {
	opts := tui.DefaultOptions()
	if !app.Color() {
		opts.Styles = styles.PlainStyles()
	}
	p := tea.NewProgram(tui.New(b, opts), tea.WithAltScreen(), tea.WithContext(ctx),
		tea.WithInput(app.Stdin), tea.WithOutput(app.Stdout))
	restore := tui.NoWrap(app.Stdout)
	_, err := p.Run()
	restore()
	if err != nil && !(errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil) {
		return fmt.Errorf("terminal UI: %w", err)
	}
	return nil
}
