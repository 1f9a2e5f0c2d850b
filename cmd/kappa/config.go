package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newConfigCmd) }

func newConfigCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show and create the configuration",
		Long: `kappa reads a TOML file ($XDG_CONFIG_HOME/kappa/config.toml, or
~/.config/kappa/config.toml) of named network profiles:

  default_profile = "devnet"

  [profiles.devnet]
  rpc_url  = "http://127.0.0.1:8545"
  chain_id = 1337
  ipfs_api = "/ip4/127.0.0.1/tcp/5001"
  keystore = "~/.ethereum/keystore"     # optional
  account  = "0x..."                    # optional

  [profiles.devnet.contracts]
  token = "0x..."  kappa = "0x..."  registry = "0x..."

Each setting is taken from a flag (--profile, --rpc-url, --chain-id,
--ipfs-api, --keystore, --account), else the environment (KAPPA_PROFILE,
KAPPA_RPC_URL, KAPPA_CHAIN_ID, KAPPA_IPFS_API, KAPPA_KEYSTORE, KAPPA_ACCOUNT,
KAPPA_CONTRACT_<NAME>), else the file, else the defaults of the devnet
profile.`,
	}
	cmd.AddCommand(newConfigPathCmd(app), newConfigInitCmd(app), newConfigShowCmd(app))
	return cmd
}

func newConfigPathCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "path",
		Short: "Print the configuration file's path",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := app.ConfigPath()
			if err != nil {
				return err
			}
			return app.Print(map[string]string{"path": path}, func(w io.Writer) error {
				_, err := fmt.Fprintln(w, path)
				return err
			})
		},
	}
}

func newConfigInitCmd(app *cli.App) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a starter configuration file",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := app.ConfigPath()
			if err != nil {
				return err
			}
			if err := config.Init(path, force); err != nil {
				return err
			}
			return app.Print(map[string]string{"path": path}, func(w io.Writer) error {
				_, err := fmt.Fprintln(w, path)
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	return cmd
}

func newConfigShowCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "show",
		Short: "Print the settings in effect and where each comes from",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			s, err := app.Settings()
			if err != nil {
				return err
			}
			view := settingsView{
				Profile: s.Profile, ProfileSource: s.ProfileSource, Config: s.ConfigPath, InFile: s.InFile,
				RPCURL: s.RPCURL, IPFSAPI: s.IPFSAPI, Keystore: s.Keystore,
				Contracts: map[string]string{}, Sources: s.Sources,
			}
			if s.ChainID != nil {
				view.ChainID = s.ChainID.String()
			}
			if s.Account != nil {
				view.Account = s.Account.Hex()
			}
			if s.Campaign != 0 {
				view.Campaign = strconv.FormatUint(s.Campaign, 10)
			}
			for name, addr := range s.Contracts {
				view.Contracts[name] = addr.Hex()
			}
			return app.Print(view, func(w io.Writer) error {
				fmt.Fprintf(w, "%-18s %s\n", "profile", view.Profile)
				fmt.Fprintf(w, "%-18s %s\n", "config", view.Config)
				row := func(key, val string) {
					if val != "" {
						fmt.Fprintf(w, "%-18s %s  (%s)\n", key, val, s.Sources[key])
					}
				}
				row("rpc_url", view.RPCURL)
				row("chain_id", view.ChainID)
				row("ipfs_api", view.IPFSAPI)
				row("keystore", view.Keystore)
				row("account", view.Account)
				row("campaign", view.Campaign)
				for _, k := range s.SourceKeys() {
					if name, ok := cutPrefix(k, "contracts."); ok {
						row(k, view.Contracts[name])
					}
				}
				return nil
			})
		},
	}
}

// settingsView is `kappa config show --json`: addresses checksummed, the
// chain id as a decimal string (it may exceed 2^53).
type settingsView struct {
	Profile       string            `json:"profile"`
	ProfileSource string            `json:"profile_source"`
	Config        string            `json:"config"`
	InFile        bool              `json:"in_file"`
	RPCURL        string            `json:"rpc_url,omitempty"`
	ChainID       string            `json:"chain_id,omitempty"`
	IPFSAPI       string            `json:"ipfs_api,omitempty"`
	Keystore      string            `json:"keystore,omitempty"`
	Account       string            `json:"account,omitempty"`
	Campaign      string            `json:"campaign,omitempty"`
	Contracts     map[string]string `json:"contracts"`
	Sources       map[string]string `json:"sources"`
}

func cutPrefix(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):], true
	}
	return "", false
}
