package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/devnet"
	"github.com/rogpeppe/go-internal/testscript"
)

// devnetKey finds a script's devnet in its testscript values.
type devnetKey struct{}

// TestFlow runs testdata/flow/*.txtar: whole campaigns typed at the command
// line against a real devnet (an in-process go-ethereum dev chain and kubo
// node with the contracts deployed), one per script, started in the
// script's work directory. The devnet writes the "devnet" profile of the
// script's configuration file, with alice as the account; scripts switch
// with --account $BOB etc. Each wallet's address is in the environment by
// its upper-cased name ($REQUESTER, $ALICE, ..., $RITA), with $HUB, $TOKEN,
// $RPC_URL, $CHAIN_ID and $SAMPLE_CAMPAIGN; KAPPA_PASSWORD holds the
// devnet's published dev passphrase.
//
// Extra commands: advance DURATION seals a block that much later, so
// campaign windows close without waiting.
func TestFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet per script")
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/flow",
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, "data"))
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, "config"))
			env.Setenv("KAPPA_LIGHT_KDF", "1")
			env.Setenv("KAPPA_NO_PROMPT", "1")
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			d, err := devnet.Start(ctx, devnet.Options{
				Dir:        filepath.Join(env.WorkDir, "devnet"),
				ConfigPath: filepath.Join(env.WorkDir, "config", "kappa", "config.toml"),
				Quiet:      true,
			})
			if err != nil {
				return fmt.Errorf("start devnet: %w", err)
			}
			env.Defer(func() { d.Close() })
			env.Values[devnetKey{}] = d
			for _, w := range d.Wallets() {
				env.Setenv(strings.ToUpper(w.Name), w.Address.Hex())
			}
			env.Setenv("HUB", d.Hub().Hex())
			env.Setenv("TOKEN", d.Token().Hex())
			env.Setenv("SAMPLE_CAMPAIGN", d.CampaignID().String())
			env.Setenv("CHAIN_ID", d.ChainID().String())
			env.Setenv("RPC_URL", d.RPCURL())
			env.Setenv("KAPPA_PASSWORD", devnet.DevPassphrase)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"advance": cmdAdvance,
		},
	})
}

// cmdAdvance seals a devnet block DURATION later than the head: advance 2h.
func cmdAdvance(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: advance DURATION")
	}
	dur, err := time.ParseDuration(args[0])
	ts.Check(err)
	d, ok := ts.Value(devnetKey{}).(*devnet.Devnet)
	if !ok {
		ts.Fatalf("advance: no devnet in this script")
	}
	ts.Check(d.AdvanceTime(dur))
}
