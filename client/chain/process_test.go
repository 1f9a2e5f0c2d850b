package chain

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client/journal"
)

// devChainID is the chain id of go-ethereum's dev chain config.
var devChainID = params.AllDevChainProtocolChanges.ChainID

// TestRPCDownThenBack runs a send through a proxy that is down when the send
// starts and goes down again right after the broadcast: the sender backs off,
// resumes when the endpoint returns, and the transfer lands exactly once.
func TestRPCDownThenBack(t *testing.T) {
	acct := newAccount(t)
	proxy := newRPCProxy(t, startDevNode(t, acct.alloc()))
	c, err := ethclient.Dial(proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	cfg := fastConfig(acct, devChainID, j)
	cfg.Retry = Retry{Attempts: 40, Base: 20 * time.Millisecond, Max: 100 * time.Millisecond}
	s := newSender(t, c, cfg)
	outage := func(d time.Duration) {
		proxy.down.Store(true)
		time.AfterFunc(d, func() { proxy.down.Store(false) })
	}
	s.hook = func(st step, _ journal.Intent) error {
		if st == stepBroadcast {
			outage(300 * time.Millisecond)
		}
		return nil
	}
	outage(300 * time.Millisecond)
	res, err := s.Send(ctxT(t), transfer(1, 31337))
	if err != nil {
		t.Fatal(err)
	}
	if res.Receipt.Status != 1 {
		t.Fatal("transfer failed")
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(31337)) != 0 {
		t.Errorf("recipient balance = %s, want 31337", got)
	}
	if got := nonce(t, c, acct.addr); got != 1 {
		t.Errorf("nonce = %d, want 1", got)
	}
}

// TestCrashByKill is the real crash test: a child process (this test
// binary, re-executed) journals and sends a transfer and is killed with
// SIGKILL at a step; a fresh sender then reconciles and resends the same
// request, as a restarted kappa does. The chain is a dev node in this
// process, so it outlives the child.
func TestCrashByKill(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	accts := map[step]testAccount{stepSigned: newAccount(t), stepJournaled: newAccount(t), stepBroadcast: newAccount(t), stepReceipt: newAccount(t)}
	alloc := accts[stepSigned].alloc()
	for _, a := range accts {
		for k, v := range a.alloc() {
			alloc[k] = v
		}
	}
	endpoint := startDevNode(t, alloc)
	c, err := ethclient.Dial(endpoint)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	for _, st := range []step{stepSigned, stepJournaled, stepBroadcast, stepReceipt} {
		t.Run(string(st), func(t *testing.T) {
			acct := accts[st]
			path := filepath.Join(t.TempDir(), "journal.db")
			to := crypto.CreateAddress(acct.addr, 99) // a fresh, empty recipient per case
			req := transfer(7, 4242)
			req.To = to

			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.v")
			cmd.Env = append(os.Environ(),
				"KAPPA_CHAIN_HELPER=1", "KAPPA_RPC="+endpoint, "KAPPA_JOURNAL="+path,
				"KAPPA_KEY="+hex.EncodeToString(crypto.FromECDSA(acct.key)),
				"KAPPA_CRASH_AT="+string(st), "KAPPA_TO="+to.Hex())
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			reached := false
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if sc.Text() == "CRASH-POINT "+string(st) {
					reached = true
					break
				}
			}
			cmd.Process.Kill() // SIGKILL: no deferred cleanup, no journal Close
			cmd.Wait()
			if !reached {
				t.Fatalf("child never reached step %s", st)
			}

			j := openJournal(t, path) // the child's flock died with it
			s := newSender(t, c, fastConfig(acct, devChainID, j))
			rep, err := s.Reconcile(ctxT(t))
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range append(rep.Sent, rep.Mined...) {
				if _, err := s.Wait(ctxT(t), id); err != nil {
					t.Fatal(err)
				}
			}
			res, err := s.Send(ctxT(t), req)
			if err != nil {
				t.Fatal(err)
			}
			all, _ := j.Intents(nil)
			if st == stepSigned {
				if len(all) != 1 {
					t.Errorf("intents = %d, want only the one sent after restart", len(all))
				}
			} else {
				if len(all) != 1 || res.Receipt.TxHash != all[0].Hash {
					t.Errorf("intents = %+v, want the child's journaled tx %s to be the one that landed", all, res.Receipt.TxHash)
				}
			}
			if got := balance(t, c, to); got.Cmp(big.NewInt(4242)) != 0 {
				t.Errorf("recipient balance = %s, want exactly one transfer of 4242", got)
			}
			if got := nonce(t, c, acct.addr); got != 1 {
				t.Errorf("account sent %d transactions, want 1", got)
			}
		})
	}
}

// TestHelperProcess is the child of TestCrashByKill: it sends one transfer
// and stops dead at KAPPA_CRASH_AT, announcing it on stdout.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("KAPPA_CHAIN_HELPER") != "1" {
		t.Skip("helper process for TestCrashByKill")
	}
	key, err := crypto.HexToECDSA(os.Getenv("KAPPA_KEY"))
	if err != nil {
		t.Fatal(err)
	}
	acct := testAccount{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	c, err := ethclient.Dial(os.Getenv("KAPPA_RPC"))
	if err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(os.Getenv("KAPPA_JOURNAL"), journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := newSender(t, c, fastConfig(acct, devChainID, j))
	crashAt := step(os.Getenv("KAPPA_CRASH_AT"))
	s.hook = func(st step, _ journal.Intent) error {
		if st == crashAt {
			fmt.Printf("CRASH-POINT %s\n", st)
			os.Stdout.Sync()
			select {} // wait for SIGKILL
		}
		return nil
	}
	req := transfer(7, 4242)
	req.To = common.HexToAddress(os.Getenv("KAPPA_TO"))
	_, err = s.Send(ctxT(t), req)
	t.Fatalf("child finished without crashing: %v", err)
}
