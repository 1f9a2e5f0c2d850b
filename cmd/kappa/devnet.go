package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newDevnetCmd) }

// devnetView is what `kappa devnet` prints: everything needed to point a
// tool at the devnet, and no secret.
type devnetView struct {
	Dir          string               `json:"dir"`
	Resumed      bool                 `json:"resumed"`
	ChainID      int64                `json:"chain_id"`
	RPCURL       string               `json:"rpc_url"`
	IPFSAPI      string               `json:"ipfs_api"`
	Token        string               `json:"token"`
	Hub          string               `json:"hub"`
	Campaign     devnetCampaignView   `json:"campaign"`
	Wallets      []devnetWalletView   `json:"wallets"`
	Keystore     string               `json:"keystore"`
	Journals     string               `json:"journals"`
	PasswordFile string               `json:"password_file"`
	Profile      devnetProfileWritten `json:"profile"`
}

type devnetCampaignView struct {
	ID       string `json:"id"`
	Manifest string `json:"manifest"`
	Tasks    int    `json:"tasks"`
	Chunks   int    `json:"chunks"`
}

type devnetWalletView struct {
	Name    string `json:"name"`
	Role    string `json:"role"`
	Address string `json:"address"`
}

type devnetProfileWritten struct {
	Name   string `json:"name"`
	Config string `json:"config"`
}

func viewDevnet(d *devnet.Devnet) devnetView {
	st := d.State()
	v := devnetView{
		Dir: d.Dir(), Resumed: d.Resumed(), ChainID: d.ChainID().Int64(),
		RPCURL: d.RPCURL(), IPFSAPI: d.IPFSMultiaddr(),
		Token: d.Token().Hex(), Hub: d.Hub().Hex(),
		Campaign: devnetCampaignView{
			ID: st.Campaign.ID.String(), Manifest: st.Campaign.ManifestCID,
			Tasks: st.Campaign.Tasks, Chunks: st.Campaign.Chunks,
		},
		Keystore: d.KeystoreDir(), Journals: d.JournalDir(), PasswordFile: d.PassphraseFile(),
		Profile: devnetProfileWritten{Name: devnet.ProfileName, Config: d.ConfigPath()},
	}
	for _, w := range d.Wallets() {
		v.Wallets = append(v.Wallets, devnetWalletView{Name: w.Name, Role: w.Role, Address: w.Address.Hex()})
	}
	return v
}

func (v devnetView) text(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	state := "new"
	if v.Resumed {
		state = "resumed"
	}
	fmt.Fprintf(tw, "dir\t%s (%s)\n", v.Dir, state)
	fmt.Fprintf(tw, "rpc\t%s (chain id %d)\n", v.RPCURL, v.ChainID)
	fmt.Fprintf(tw, "ipfs\t%s\n", v.IPFSAPI)
	fmt.Fprintf(tw, "token\t%s (KappaToken, KAPPA)\n", v.Token)
	fmt.Fprintf(tw, "hub\t%s (KappaHub)\n", v.Hub)
	fmt.Fprintf(tw, "campaign\t%s (%d tasks in %d chunks, manifest %s)\n", v.Campaign.ID, v.Campaign.Tasks, v.Campaign.Chunks, v.Campaign.Manifest)
	fmt.Fprintf(tw, "keystore\t%s\n", v.Keystore)
	fmt.Fprintf(tw, "password file\t%s\n", v.PasswordFile)
	fmt.Fprintf(tw, "journals\t%s (KAPPA_DATA_DIR=%s lets kappa commands share them)\n", v.Journals, v.Dir)
	for _, wl := range v.Wallets {
		fmt.Fprintf(tw, "wallet\t%s\t%s\t%s\n", wl.Name, wl.Address, wl.Role)
	}
	if v.Profile.Config != "" {
		fmt.Fprintf(tw, "profile\t%s in %s\n", v.Profile.Name, v.Profile.Config)
	}
	return tw.Flush()
}

func newDevnetCmd(app *cli.App) *cobra.Command {
	var (
		dir               string
		fresh             bool
		rpcPort, ipfsPort int
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local chain and IPFS node with funded wallets and a sample campaign",
		Long: `devnet runs a go-ethereum dev chain (JSON-RPC on 127.0.0.1) and a kubo IPFS
node (RPC API on 127.0.0.1) inside this process, with seven funded dev
wallets (requester, alice, bob, carol, dave, erin, rita), KappaToken and
KappaHub deployed, and a sample campaign of 80 fortune-cookie texts to label
by topic. It writes the "devnet" profile of the configuration file, acting as
alice, and runs until Ctrl-C.

State stays in --dir (default $XDG_DATA_HOME/kappa/devnet): the next start
resumes the same chain, wallets and campaign; --fresh deletes it and starts
over. Dev keys use a published passphrase, kept in the directory's
"passphrase" file for --password-file: never send real funds to them.

Each dev wallet has its client journal in the directory (the requester's
holds the gold answers that finalizing needs); run commands with
KAPPA_DATA_DIR set to the directory to use those journals.`,
		Example: `  kappa devnet
  kappa devnet --fresh --rpc-port 0 --ipfs-port 0 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dir == "" {
				d, err := devnet.DefaultDirEnv(app.Getenv)
				if err != nil {
					return err
				}
				dir = d
			}
			cfgPath, err := app.ConfigPath()
			if err != nil {
				return err
			}
			d, err := devnet.Start(ctx, devnet.Options{
				Dir: dir, Fresh: fresh, RPCPort: rpcPort, IPFSPort: ipfsPort,
				ConfigPath: cfgPath, Quiet: true,
				Progress: func(msg string) { app.Info("devnet: %s", msg) },
			})
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("devnet: interrupted while starting: %w", err)
				}
				return err
			}
			v := viewDevnet(d)
			if err := app.Print(v, v.text); err != nil {
				d.Close()
				return err
			}
			app.Info("devnet: running; press Ctrl-C to stop")
			<-ctx.Done()
			app.Info("devnet: shutting down")
			if err := d.Close(); err != nil {
				return err
			}
			app.Info("devnet: stopped; state kept in %s", d.Dir())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "directory of the devnet's state (default $XDG_DATA_HOME/kappa/devnet)")
	f.BoolVar(&fresh, "fresh", false, "delete the devnet's state in --dir and start over")
	f.IntVar(&rpcPort, "rpc-port", 8545, "loopback port of the chain's JSON-RPC (0: any free port)")
	f.IntVar(&ipfsPort, "ipfs-port", 5001, "loopback port of the IPFS RPC API (0: any free port)")
	return cmd
}
