package main

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/clientbackend"
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
// campaign windows close without waiting; tui runs alice's terminal UI
// backend for a while (cmdTUI); nonce checks how many transactions a
// wallet sent (cmdNonce).
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
			"tui":     cmdTUI,
			"nonce":   cmdNonce,
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
	ts.Check(flowDevnet(ts, "advance").AdvanceTime(dur))
}

// flowDevnet is the script's devnet.
func flowDevnet(ts *testscript.TestScript, cmd string) *devnet.Devnet {
	d, ok := ts.Value(devnetKey{}).(*devnet.Devnet)
	if !ok {
		ts.Fatalf("%s: no devnet in this script", cmd)
	}
	return d
}

// cmdTUI runs the terminal UI's backend (clientbackend, what kappa tui runs)
// as alice, over the journal kappa uses with KAPPA_DATA_DIR at the devnet's
// directory, until a chunk's submission reaches a phase, then quits as a
// user would (the journal is closed: the next command is a restart):
//
//	tui [submit] CHUNK PHASES
//
// submit first submits the chunk (as enter on a labeled chunk does);
// PHASES is a regexp of submission phase names (committed, revealed,
// finalized, gold missed, ...), or - for "no submission of the chunk to
// resume" after a second.
func cmdTUI(ts *testscript.TestScript, neg bool, args []string) {
	submit := len(args) == 3 && args[0] == "submit"
	if submit {
		args = args[1:]
	}
	if neg || len(args) != 2 {
		ts.Fatalf("usage: tui [submit] CHUNK PHASES")
	}
	chunk, err := strconv.ParseUint(args[0], 10, 64)
	ts.Check(err)
	want, err := regexp.Compile("^(" + args[1] + ")$")
	ts.Check(err)
	d := flowDevnet(ts, "tui")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, j, err := d.OpenClient(ctx, devnet.Alice)
	ts.Check(err)
	defer j.Close()
	const tick = 100 * time.Millisecond
	b := clientbackend.New(c, clientbackend.Options{Refresh: tick, Poll: tick, Retry: tick})
	defer b.Close()
	if submit {
		ts.Check(b.Submit(ctx, chunk))
	}
	find := func() (backend.Submission, bool) {
		st, err := b.Status(ctx)
		ts.Check(err)
		for _, s := range st.Submissions {
			if s.Chunk == chunk {
				return s, true
			}
		}
		return backend.Submission{}, false
	}
	if args[1] == "-" {
		time.Sleep(time.Second)
		if s, ok := find(); ok {
			ts.Fatalf("tui: chunk %d resumed as %+v, want nothing left to resume", chunk, s)
		}
		return
	}
	for {
		s, ok := find()
		if ok && want.MatchString(s.Phase.String()) {
			ts.Logf("tui: chunk %d %s (commit %s, reveal %s)", chunk, s.Phase, s.CommitTx, s.RevealTx)
			return
		}
		if ctx.Err() != nil {
			ts.Fatalf("tui: chunk %d is %+v (found %v), want %s", chunk, s, ok, args[1])
		}
		time.Sleep(tick)
	}
}

// cmdNonce checks the number of transactions a devnet wallet sent (mined):
// nonce NAME N.
func cmdNonce(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: nonce NAME N")
	}
	d := flowDevnet(ts, "nonce")
	w, err := d.Wallet(args[0])
	ts.Check(err)
	want, err := strconv.ParseUint(args[1], 10, 64)
	ts.Check(err)
	got, err := d.Client().NonceAt(context.Background(), w.Address, nil)
	ts.Check(err)
	if got != want {
		ts.Fatalf("%s sent %d transactions, want %d", args[0], got, want)
	}
}
