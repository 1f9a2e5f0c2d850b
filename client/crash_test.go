package client_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// crashChunkSize is the number of tasks per chunk in the crash tests.
const crashChunkSize = 4

// crashLabel is the label the annotator of a chunk gives a task, and the
// time spent on it: fixed, so a label lost or changed by a crash shows.
func crashLabel(chunk uint64, task int) (uint32, time.Duration) {
	return uint32((int(chunk) + task) % 3), time.Duration(task+1)*time.Second + 7*time.Millisecond
}

// annotate is the annotator's whole flow on one chunk: claim, label what is
// not labeled yet, commit, reveal. Every step is safe to repeat, so the same
// call resumes after a crash. at names the step about to run; labeled is
// told how many tasks are labeled after each label; passGold moves chain time
// past the gold window when the chunk waits for the requester's gold reveal
// (every chunk commits to gold, so an annotator finalizes only after it).
func annotate(ctx context.Context, c *client.Client, chunk uint64, at func(step string), labeled func(n int), passGold func() error) error {
	at("claim")
	if err := c.Claim(ctx, chunk); err != nil {
		return err
	}
	at("label")
	tasks, err := c.Tasks(ctx, chunk)
	if err != nil {
		return err
	}
	n := 0
	for _, tv := range tasks {
		if tv.Label != nil {
			n++
		}
	}
	for _, tv := range tasks {
		if tv.Label != nil {
			continue
		}
		v, spent := crashLabel(chunk, tv.Index)
		if err := c.PutLabel(chunk, tv.Index, v, spent); err != nil {
			return err
		}
		n++
		labeled(n)
	}
	at("commit")
	if err := c.Commit(ctx, chunk); err != nil {
		return err
	}
	at("reveal")
	if err := c.Reveal(ctx, chunk); err != nil {
		return err
	}
	// Finalize and withdraw when the chain says they are due, as a client
	// does: a finalize or withdraw that landed before a crash leaves
	// nothing to do.
	at("finalize")
	if err := c.Sync(ctx); err != nil {
		return err
	}
	due, why, err := c.FinalizeDue(ctx, chunk)
	if err != nil {
		return err
	}
	if !due && strings.Contains(why, "gold reveal") {
		if err := passGold(); err != nil {
			return fmt.Errorf("pass the gold window: %w", err)
		}
		if err := c.Sync(ctx); err != nil {
			return err
		}
		if due, why, err = c.FinalizeDue(ctx, chunk); err != nil {
			return err
		}
	}
	if due {
		if err := c.Finalize(ctx, chunk); err != nil {
			return err
		}
	} else if why != "not open" {
		return fmt.Errorf("finalize chunk %d: %s", chunk, why)
	}
	at("withdraw")
	credited, err := c.Credited(ctx)
	if err != nil {
		return err
	}
	if credited.Sign() > 0 {
		if _, _, err := c.Withdraw(ctx); err != nil {
			return err
		}
	}
	return nil
}

// crashCase is one place to kill the client: step/point, where point is
//
//	first-rpc      the first JSON-RPC request of the step (for commit: after
//	               MarkChunkComplete froze the labels, before anything is signed)
//	send-before    eth_sendRawTransaction reached the proxy: the intent is
//	               journaled, no node has the transaction
//	send-after     the node answered eth_sendRawTransaction (on the dev chain the
//	               transaction is then mined) but the client never hears it
//	receipt-after  the receipt was fetched but not recorded in the journal
//	published      the label document was added to IPFS, the reveal not signed
//	after-N        N labels journaled
type crashCase struct {
	at string
	// nonce is the account's mined nonce when the child dies, and open the
	// kind of the intent left open ("" for none): together they prove the
	// child died where the case says.
	nonce  uint64
	open   journal.Kind
	labels int // labels journaled when the child dies
	// ipfsDown makes every IPFS add of the child fail as with the node
	// down, so its label document waits in the journal's upload queue.
	ipfsDown bool
}

var crashCases = []crashCase{
	{at: "claim/first-rpc", nonce: 0, open: "", labels: 0},
	// the first claim deposits the seat's stake: approve, deposit, claim
	{at: "claim/send-before", nonce: 0, open: "approve"},
	{at: "claim/send-after", nonce: 1, open: "approve"},
	{at: "claim/receipt-after", nonce: 1, open: "approve"},
	{at: "claim/send-before#2", nonce: 1, open: "deposit"},
	{at: "claim/send-after#2", nonce: 2, open: "deposit"},
	{at: "claim/send-before#3", nonce: 2, open: journal.KindClaim},
	{at: "claim/send-after#3", nonce: 3, open: journal.KindClaim},
	{at: "label/after-2", nonce: 3, labels: 2},
	{at: "commit/first-rpc", nonce: 3, labels: crashChunkSize},
	{at: "commit/send-before", nonce: 3, open: journal.KindCommit, labels: crashChunkSize},
	{at: "commit/send-after", nonce: 4, open: journal.KindCommit, labels: crashChunkSize},
	{at: "commit/receipt-after", nonce: 4, open: journal.KindCommit, labels: crashChunkSize},
	{at: "reveal/published", nonce: 4, labels: crashChunkSize},
	{at: "reveal/send-before", nonce: 4, open: journal.KindReveal, labels: crashChunkSize},
	{at: "reveal/send-after", nonce: 5, open: journal.KindReveal, labels: crashChunkSize},
	{at: "reveal/receipt-after", nonce: 5, open: journal.KindReveal, labels: crashChunkSize},
	{at: "reveal/send-after", nonce: 5, open: journal.KindReveal, labels: crashChunkSize, ipfsDown: true},
	{at: "finalize/send-before", nonce: 5, open: journal.KindFinalize, labels: crashChunkSize},
	{at: "finalize/send-after", nonce: 6, open: journal.KindFinalize, labels: crashChunkSize},
	{at: "withdraw/send-before", nonce: 6, open: journal.KindWithdraw, labels: crashChunkSize},
	{at: "withdraw/send-after", nonce: 7, open: journal.KindWithdraw, labels: crashChunkSize},
	{at: "withdraw/receipt-after", nonce: 7, open: journal.KindWithdraw, labels: crashChunkSize},
}

// TestCrashByKill kills the client process (this test binary re-executed,
// dialing the dev chain's HTTP JSON-RPC and the kubo node of this process)
// with SIGKILL at every step of claim, label, commit, reveal (also with its
// label document waiting in the upload queue), finalize and withdraw, then
// resumes in a fresh client on the same journal and cache: Open, Reconcile,
// the same flow calls and FlushUploads. Every label survives with its value
// and time, the account sends exactly one transaction per action (its nonce
// and the hub's events both say so), the chunk ends revealed and finalized
// exactly once with a label document anyone can fetch by the CID the hub
// recorded, and the annotator is paid exactly once.
func TestCrashByKill(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	names := []string{"requester"}
	for i := range crashCases {
		names = append(names, "crash"+strconv.Itoa(i))
	}
	w := startRig(t, 3*time.Minute, names, devchain.Options{})
	spec := soloSpec(crashChunkSize*len(crashCases), crashChunkSize)
	spec.Duration = 30 * 24 * time.Hour // each case passes a 2-hour gold window
	created := w.create(spec)
	bits := client.LabelBits(testSchema())

	for i, cc := range crashCases {
		sub := strings.ReplaceAll(cc.at, "/", "_")
		if cc.ipfsDown {
			sub += "_ipfs-down"
		}
		t.Run(sub, func(t *testing.T) {
			name, chunk := names[i+1], uint64(i)
			me := w.address(name)
			dir := t.TempDir()
			env := []string{}
			if cc.ipfsDown {
				env = append(env, "KAPPA_IPFS_ADD_DOWN=1")
			}
			runChildFlow(t, w, cc.at, "annotate", created.CampaignID, chunk, name, dir, env...)

			// The journal as the child left it proves where it died.
			deps := w.depsAt(name, w.chain.Client(), w.node.APIAddr(), dir)
			j := deps.Journal
			if got := w.nonce(me); got != cc.nonce {
				t.Fatalf("at the crash the account had sent %d transactions, want %d", got, cc.nonce)
			}
			open, err := j.OpenIntents()
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case cc.open == "" && len(open) != 0:
				t.Fatalf("open intents at the crash: %+v, want none", open)
			case cc.open != "" && (len(open) != 1 || open[0].Kind != cc.open):
				t.Fatalf("open intents at the crash: %+v, want one %s", open, cc.open)
			}
			key := client.CampaignKey(w.addrs.Hub, created.CampaignID)
			if ls, _ := j.Labels(key, chunk); len(ls) != cc.labels {
				t.Fatalf("labels journaled at the crash: %d, want %d", len(ls), cc.labels)
			}
			st, err := j.ChunkStatus(key, chunk)
			if err != nil && !errIs(err, journal.ErrNotFound) {
				t.Fatal(err)
			}
			if complete := cc.labels == crashChunkSize && cc.at != "commit/first-rpc" || strings.HasPrefix(cc.at, "commit/"); st.Complete != complete {
				t.Fatalf("chunk complete in the journal at the crash: %v, want %v", st.Complete, complete)
			}

			queued, err := j.Queue("ipfs-uploads")
			if err != nil {
				t.Fatal(err)
			}
			if cc.ipfsDown != (len(queued) == 1) || len(queued) > 1 {
				t.Fatalf("%d label documents queued for upload at the crash", len(queued))
			}

			// Resume as a restarted kappa does.
			ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
			defer cancel()
			c, err := client.Open(ctx, deps, created.CampaignID)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Reconcile(ctx); err != nil {
				t.Fatal(err)
			}
			if err := annotate(ctx, c, chunk, func(string) {}, func(int) {}, w.passGold); err != nil {
				t.Fatalf("resume after a crash at %s: %v", cc.at, err)
			}
			if left, err := c.FlushUploads(ctx); err != nil || left != 0 {
				t.Fatalf("flush uploads: %d left, %v", left, err)
			}
			if _, err := c.Reconcile(ctx); err != nil { // the next start
				t.Fatal(err)
			}

			// Exactly one transaction per action, all of them journaled.
			if got := w.nonce(me); got != 7 {
				t.Errorf("the account sent %d transactions, want 7 (approve and deposit of the stake, claim, commit, reveal, finalize, withdraw)", got)
			}
			ev := w.hubEvents(created.CampaignID, chunk, me)
			want := eventCount{"ChunkOpened": 1, "Claimed": 1, "Committed": 1, "Revealed": 1, "Finalized": 1}
			for name, n := range want {
				if ev[name] != n {
					t.Errorf("hub events for the chunk: %v, want %v", ev, want)
					break
				}
			}
			all, err := j.Intents(nil)
			if err != nil {
				t.Fatal(err)
			}
			var kinds []journal.Kind
			for _, in := range all {
				if in.State != journal.StateMined {
					t.Errorf("intent %d (%s) is %s, want mined", in.ID, in.Kind, in.State)
				}
				kinds = append(kinds, in.Kind)
			}
			if !slices.Equal(kinds, []journal.Kind{"approve", "deposit", journal.KindClaim, journal.KindCommit, journal.KindReveal, journal.KindFinalize, journal.KindWithdraw}) {
				t.Errorf("journaled intents %v, want one approve, deposit, claim, commit, reveal, finalize and withdraw", kinds)
			}
			// Paid once and staked once: the 4 accepted labels' rewards and
			// the stake back, withdrawn in one transfer, on the wallet's
			// 1,000 tokens less the one deposit.
			if got, want := w.balance(me), tokens(1_000+crashChunkSize); got.Cmp(want) != 0 {
				t.Errorf("annotator holds %s tokens, want %s", got, want)
			}
			if n := w.withdrawals(me); n != 1 {
				t.Errorf("%d Withdrawn events, want 1", n)
			}

			// No label lost or changed, on disk, on-chain and on IPFS.
			ls, err := j.Labels(key, chunk)
			if err != nil {
				t.Fatal(err)
			}
			var values []uint32
			for task := 0; task < crashChunkSize; task++ {
				v, spent := crashLabel(chunk, task)
				values = append(values, v)
				if task >= len(ls) || ls[task].Task != uint32(task) || ls[task].Value != uint64(v) || ls[task].TimeSpent != spent {
					t.Fatalf("journaled labels %+v, want task %d = %d after %s", ls, task, v, spent)
				}
			}
			ch, ok := c.ChunkState(chunk)
			if !ok || len(ch.Reveals) != 1 || ch.Reveals[0] == nil || ch.Reveals[0].Annotator != me {
				t.Fatalf("chunk %d reveals: %+v", chunk, ch.Reveals)
			}
			got, err := protocol.UnpackLabels(ch.Reveals[0].Labels, crashChunkSize, bits)
			if err != nil || !slices.Equal(got, values) {
				t.Errorf("revealed labels %v (%v), want %v", got, err, values)
			}
			checkLabelDoc(t, w, ch.Reveals[0].LabelDoc, me, values)
			if err := c.VerifyIndex(ctx); err != nil { // the replayed records match the lanes
				t.Error(err)
			}
		})
	}
}

// goldSpec is a small campaign with a gold task, for the requester's crash
// test.
func goldSpec() client.CampaignSpec {
	spec := soloSpec(4, 4)
	spec.Tasks[1].Gold = []string{"b"}
	return spec
}

// TestCrashCreateCampaign kills the requester's process while it creates a
// campaign (with a gold task, whose commitment is salted) and runs the same
// CreateCampaign again in a fresh process: one campaign exists and the
// deposit was pulled once.
func TestCrashCreateCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	points := []string{"create/send-before#1", "create/send-after#1", "create/send-before#2", "create/send-after#2", "create/receipt-after#2"}
	names := []string{"requester"}
	for i := range points {
		names = append(names, "creator"+strconv.Itoa(i))
	}
	w := startRig(t, 3*time.Minute, names, devchain.Options{})
	a, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for i, at := range points {
		t.Run(strings.ReplaceAll(at, "/", "_"), func(t *testing.T) {
			name := names[i+1]
			me := w.address(name)
			// the rig minted the creator 1,000 tokens
			dir := t.TempDir()
			runChildFlow(t, w, at, "create", big.NewInt(0), 0, name, dir)
			deps := w.depsAt(name, w.chain.Client(), w.node.APIAddr(), dir)
			ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
			defer cancel()
			created, err := client.CreateCampaign(ctx, deps, w.addrs.Token, goldSpec())
			if err != nil {
				t.Fatalf("create again after a crash at %s: %v", at, err)
			}
			logs, err := w.chain.Client().FilterLogs(ctx, ethereum.FilterQuery{
				Addresses: []common.Address{w.addrs.Hub},
				Topics:    [][]common.Hash{{a.Events["CampaignCreated"].ID}, nil, {common.BytesToHash(me.Bytes())}},
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(logs) != 1 {
				t.Errorf("%d campaigns created by %s, want 1", len(logs), name)
			}
			if got, want := w.balance(me), new(big.Int).Sub(tokens(1_000), created.Deposit); got.Cmp(want) != 0 {
				t.Errorf("requester holds %s after creating, want %s (one deposit of %s)", got, want, created.Deposit)
			}
			if got := w.nonce(me); got != 2 {
				t.Errorf("the requester sent %d transactions, want 2 (approve, create)", got)
			}
		})
	}
}

// withdrawals counts a's Withdrawn events on the hub.
func (w *rig) withdrawals(a common.Address) int {
	w.t.Helper()
	return len(w.hubLogs("Withdrawn", []common.Hash{common.BytesToHash(a.Bytes())}))
}

// hubLogs is the hub's logs of event whose indexed arguments match topics
// (nil matches any).
func (w *rig) hubLogs(event string, topics ...[]common.Hash) []types.Log {
	w.t.Helper()
	abi, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	logs, err := w.chain.Client().FilterLogs(w.ctx, ethereum.FilterQuery{
		Addresses: []common.Address{w.addrs.Hub},
		Topics:    append([][]common.Hash{{abi.Events[event].ID}}, topics...),
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return logs
}

// balance is a's token balance.
func (w *rig) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := bind.Call(w.token.Instance(w.chain.Client(), w.addrs.Token), &bind.CallOpts{Context: w.ctx}, w.token.PackBalanceOf(a), w.token.UnpackBalanceOf)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// checkLabelDoc fetches a label document from the node (not a cache) by the
// CID the hub recorded and checks its signer and labels.
func checkLabelDoc(t *testing.T, w *rig, cid string, annotator common.Address, values []uint32) {
	t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, 10*time.Second)
	defer cancel()
	raw, err := ipfs.NewShell(w.node.APIAddr()).Get(ctx, cid, document.MaxLabelsSize)
	if err != nil {
		t.Fatalf("label document %s recorded by the hub: %v", cid, err)
	}
	doc, err := document.DecodeLabels(cid, raw)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Annotator != annotator || len(doc.Labels) != len(values) {
		t.Fatalf("label document %s: annotator %s, %d labels", cid, doc.Annotator.Hex(), len(doc.Labels))
	}
	for i, l := range doc.Labels {
		if l.Label != uint64(values[i]) {
			t.Errorf("label document %s task %d: %d, want %d", cid, i, l.Label, values[i])
		}
	}
}

// passGold moves the rig's chain time past soloSpec's reveal and gold
// windows.
func (w *rig) passGold() error {
	return w.chain.AdvanceTime(2*time.Hour + time.Second)
}

// passGoldURL serves passGold to child processes (started once per rig).
func (w *rig) passGoldURL() string {
	if w.passGoldSrv == nil {
		w.passGoldSrv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) {
			if err := w.passGold(); err != nil {
				http.Error(rw, err.Error(), http.StatusInternalServerError)
			}
		}))
		w.t.Cleanup(w.passGoldSrv.Close)
	}
	return w.passGoldSrv.URL
}

// runChildFlow runs a flow, "annotate", "create", "fund" or "work", in a child
// process (with extra environment variables) that dies by SIGKILL at the
// crash point; it fails the test if the point is never reached.
func runChildFlow(t *testing.T, w *rig, at, flow string, campaign *big.Int, chunk uint64, name, dir string, env ...string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.v")
	cmd.Env = append(os.Environ(),
		"KAPPA_CLIENT_HELPER=1",
		"KAPPA_RPC="+w.chain.RPCURL(),
		"KAPPA_IPFS="+w.node.APIAddr(),
		"KAPPA_HUB="+w.addrs.Hub.Hex(),
		"KAPPA_CHAIN_ID="+w.chainID.String(),
		"KAPPA_CAMPAIGN="+campaign.String(),
		"KAPPA_CHUNK="+strconv.FormatUint(chunk, 10),
		"KAPPA_KEY="+hex.EncodeToString(crypto.FromECDSA(w.keys[name])),
		"KAPPA_DIR="+dir,
		"KAPPA_CRASH="+at,
		"KAPPA_FLOW="+flow,
		"KAPPA_TOKEN="+w.addrs.Token.Hex(),
		"KAPPA_PASS_GOLD="+w.passGoldURL(),
	)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Bounded: a child that hangs elsewhere is killed after a minute.
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	reached := false
	var lines []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if sc.Text() == "CRASH-POINT "+at {
			reached = true
			break
		}
		lines = append(lines, sc.Text())
	}
	cmd.Process.Kill() // SIGKILL: no deferred cleanup, no journal Close
	cmd.Wait()
	if !reached {
		t.Fatalf("child never reached %s:\n%s\n%s", at, strings.Join(lines, "\n"), stderr.String())
	}
}

// TestHelperProcess is the child of TestCrashByKill: a client on the
// parent's chain (through a proxy it can stop dead in) and IPFS node runs
// the annotator's flow and stops dead at KAPPA_CRASH, announcing it on
// stdout, to be killed.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("KAPPA_CLIENT_HELPER") != "1" {
		t.Skip("helper process for TestCrashByKill")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	at := os.Getenv("KAPPA_CRASH")
	step, point, _ := strings.Cut(at, "/")
	var current atomic.Value
	current.Store("")
	armed := func() bool { return current.Load() == step }
	die := func() {
		fmt.Printf("CRASH-POINT %s\n", at)
		os.Stdout.Sync()
		select {} // wait for SIGKILL
	}

	proxy := newSwitchProxy(t, os.Getenv("KAPPA_RPC"))
	// point "send-after#2" is the step's second transaction (default first).
	nth := 1
	if p, n, ok := strings.Cut(point, "#"); ok {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 {
			t.Fatalf("bad crash point %q", at)
		}
		point, nth = p, v
	}
	var sends atomic.Int64 // eth_sendRawTransaction requests of the armed step
	before := func(methods []string) bool {
		if !armed() {
			return true
		}
		if point == "first-rpc" {
			die()
		}
		if slices.Contains(methods, "eth_sendRawTransaction") && sends.Add(1) == int64(nth) && point == "send-before" {
			die()
		}
		return true
	}
	after := func(methods []string, resp []byte) bool {
		if !armed() {
			return true
		}
		if point == "send-after" && slices.Contains(methods, "eth_sendRawTransaction") && sends.Load() == int64(nth) ||
			point == "receipt-after" && slices.Contains(methods, "eth_getTransactionReceipt") && !bytes.Contains(resp, []byte(`"result":null`)) {
			die()
		}
		return true
	}
	proxy.before.Store(&before)
	proxy.after.Store(&after)

	key, err := crypto.HexToECDSA(os.Getenv("KAPPA_KEY"))
	if err != nil {
		t.Fatal(err)
	}
	chainID, _ := new(big.Int).SetString(os.Getenv("KAPPA_CHAIN_ID"), 10)
	campaign, _ := new(big.Int).SetString(os.Getenv("KAPPA_CAMPAIGN"), 10)
	chunk, _ := strconv.ParseUint(os.Getenv("KAPPA_CHUNK"), 10, 64)
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("KAPPA_DIR")
	j, err := journal.Open(filepath.Join(dir, "journal.db"), journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cache, err := ipfs.NewCache(filepath.Join(dir, "cache"), ipfs.NewShell(os.Getenv("KAPPA_IPFS")))
	if err != nil {
		t.Fatal(err)
	}
	store := &hookStore{Store: cache, down: os.Getenv("KAPPA_IPFS_ADD_DOWN") == "1", added: func() {
		if armed() && point == "published" {
			die()
		}
	}}
	deps := client.Deps{
		Backend: ec, ChainID: chainID, Hub: common.HexToAddress(os.Getenv("KAPPA_HUB")),
		Account: wallet.NewAccount(key), Journal: j, IPFS: store,
	}
	if os.Getenv("KAPPA_FLOW") == "create" {
		current.Store("create")
		_, err := client.CreateCampaign(ctx, deps, common.HexToAddress(os.Getenv("KAPPA_TOKEN")), goldSpec())
		t.Fatalf("child finished without reaching %s: %v", at, err)
	}
	c, err := client.Open(ctx, deps, campaign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KAPPA_FLOW") == "fund" {
		current.Store("fund")
		_, err := c.Fund(ctx, tokens(100), "")
		t.Fatalf("child finished without reaching %s: %v", at, err)
	}
	if os.Getenv("KAPPA_FLOW") == "work" {
		current.Store("work")
		_, err := c.Work(ctx)
		t.Fatalf("child finished without reaching %s: %v", at, err)
	}
	err = annotate(ctx, c, chunk, func(s string) { current.Store(s) }, func(n int) {
		if armed() && point == "after-"+strconv.Itoa(n) {
			die()
		}
	}, func() error { // the parent moves its chain's clock
		resp, err := http.Post(os.Getenv("KAPPA_PASS_GOLD"), "text/plain", nil)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("pass gold: %s", resp.Status)
		}
		return nil
	})
	t.Fatalf("child finished without reaching %s: %v", at, err)
}

// hookStore calls added after every successful Add; with down set, every
// Add fails as with the node unreachable.
type hookStore struct {
	ipfs.Store
	down  bool
	added func()
}

func (s *hookStore) Add(ctx context.Context, data []byte) (string, error) {
	if s.down {
		return "", &ipfs.UnavailableError{Addr: "127.0.0.1:1", Op: "add " + ipfs.CIDOf(data), Err: errors.New("connection refused")}
	}
	c, err := s.Store.Add(ctx, data)
	if err == nil {
		s.added()
	}
	return c, err
}
