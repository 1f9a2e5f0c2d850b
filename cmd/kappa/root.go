package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

// commandGroups construct kappa's top-level commands. Every command file
// registers its group from init (addCommandGroup(newWalletCmd)), so a new
// group is a new file and root.go does not change.
var commandGroups []func(app *cli.App) *cobra.Command

// addCommandGroup registers the constructor of a top-level command.
func addCommandGroup(newCmd func(app *cli.App) *cobra.Command) {
	commandGroups = append(commandGroups, newCmd)
}

// newRootCmd builds the kappa command tree around app.
func newRootCmd(app *cli.App) *cobra.Command {
	// Run every Persistent*Run hook from the root down, so a command group
	// may add its own without skipping the root's.
	cobra.EnableTraverseRunHooks = true
	root := &cobra.Command{
		Use:   "kappa",
		Short: "Label text, get paid in tokens when annotators agree",
		Long: `kappa is a terminal client for token-incentivized text labeling.
Annotators label text tasks from IPFS, commit-reveal their labels on-chain
per chunk, and are paid in ERC-20 tokens when independent annotators agree.

Settings come from flags, then KAPPA_* environment variables, then the
profile in the configuration file, then defaults (kappa config --help).`,
		SilenceErrors:     true,
		SilenceUsage:      true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
		PersistentPreRun: func(*cobra.Command, []string) {
			app.Setup()
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&app.Flags.Config, "config", "", "configuration file (default $XDG_CONFIG_HOME/kappa/config.toml; env KAPPA_CONFIG)")
	f.StringVar(&app.Flags.Profile, "profile", "", "network profile of the configuration (env KAPPA_PROFILE)")
	f.BoolVar(&app.Flags.JSON, "json", false, "print results as JSON")
	f.StringVar(&app.Flags.Keystore, "keystore", "", "keystore directory, e.g. ~/.ethereum/keystore (env KAPPA_KEYSTORE)")
	f.StringVar(&app.Flags.Account, "account", "", "address of the account to use (env KAPPA_ACCOUNT)")
	f.StringVar(&app.Flags.PasswordFile, "password-file", "", "read the passphrase from the first line of this file, mode 0600 or a pipe (or set KAPPA_PASSWORD)")
	f.StringVar(&app.Flags.RPCURL, "rpc-url", "", "Ethereum JSON-RPC endpoint (env KAPPA_RPC_URL)")
	f.StringVar(&app.Flags.ChainID, "chain-id", "", "chain id the RPC endpoint must serve (env KAPPA_CHAIN_ID)")
	f.StringVar(&app.Flags.IPFSAPI, "ipfs-api", "", "IPFS RPC API, multiaddr or host:port (env KAPPA_IPFS_API)")
	f.StringVar(&app.Flags.Campaign, "campaign", "", "campaign id on the hub (env KAPPA_CAMPAIGN; profile key campaign)")
	f.BoolVar(&app.Flags.NoColor, "no-color", false, "no colour in output (also when NO_COLOR is set)")

	for _, newCmd := range commandGroups {
		root.AddCommand(newCmd(app))
	}
	// kappa alone opens the TUI on the configured campaign (tui.go).
	root.RunE = RunTUI(app)
	return root
}

// run executes kappa with args and returns the exit status: errors go to
// standard error as "kappa: error: ..." with status 1.
func run(args []string) int {
	app := cli.New()
	defer app.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd(app)
	root.SetArgs(args)
	root.SetIn(app.Stdin)
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(app.Stderr, "kappa: error: %v\n", err)
		return 1
	}
	return 0
}
