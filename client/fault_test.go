package client_test

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/chain"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
)

// TestRPCDownThenBack puts a loopback proxy between the client and the dev
// chain's HTTP JSON-RPC and stops it (the port refuses connections, as a
// dead node's does). Labeling goes on from the journal and the cache; a
// commit while the node is down fails at once with an error naming the
// endpoint and signs nothing; once the proxy is back the same call commits.
// Then the node goes down right after it accepted the reveal (mined, the
// answer lost) and comes back a moment later: the reveal call rides the
// outage out and the chain holds exactly one reveal.
func TestRPCDownThenBack(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(8, 4))
	proxy := newSwitchProxy(t, w.chain.RPCURL())
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	deps := w.depsAt("ann", ec, w.node.APIAddr(), t.TempDir())
	ctx := w.ctx
	c, err := client.Open(ctx, deps, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	const chunk = 0
	me := w.address("ann")
	if err := c.Claim(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Tasks(ctx, chunk); err != nil { // fills the cache
		t.Fatal(err)
	}

	proxy.stop()
	tasks, err := c.Tasks(ctx, chunk)
	if err != nil {
		t.Fatalf("tasks with the RPC down: %v", err)
	}
	for _, tv := range tasks {
		v, spent := crashLabel(chunk, tv.Index)
		if err := c.PutLabel(chunk, tv.Index, v, spent); err != nil {
			t.Fatalf("label with the RPC down: %v", err)
		}
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	start := time.Now()
	err = c.Commit(cctx, chunk)
	cancel()
	if err == nil {
		t.Fatal("commit with the RPC down succeeded")
	}
	t.Logf("commit with the RPC down failed after %s: %v", time.Since(start).Round(time.Millisecond), err)
	if msg := err.Error(); !strings.Contains(msg, "commit chunk 0") || !strings.Contains(msg, proxy.addr) {
		t.Errorf("commit error %q does not say what failed and which endpoint", msg)
	}
	if got := w.nonce(me); got != stakeTxs+1 {
		t.Fatalf("nonce %d after a failed commit, want %d (the stake and the claim)", got, stakeTxs+1)
	}
	if open, _ := deps.Journal.OpenIntents(); len(open) != 0 {
		t.Fatalf("intents left open by a commit that could not reach the node: %+v", open)
	}

	proxy.start()
	if err := c.Commit(ctx, chunk); err != nil {
		t.Fatalf("commit after the RPC came back: %v", err)
	}

	// The node accepts the reveal, then the connection dies before the
	// answer and the endpoint is down for a moment.
	var once atomic.Bool
	after := func(methods []string, _ []byte) bool {
		if !slices.Contains(methods, "eth_sendRawTransaction") || once.Swap(true) {
			return true
		}
		go func() {
			proxy.stop()
			time.Sleep(700 * time.Millisecond)
			proxy.start()
		}()
		return false
	}
	proxy.after.Store(&after)
	start = time.Now()
	if err := c.Reveal(ctx, chunk); err != nil {
		t.Fatalf("reveal across an outage: %v", err)
	}
	t.Logf("reveal across a 700ms outage after the broadcast took %s", time.Since(start).Round(time.Millisecond))
	if !once.Load() {
		t.Fatal("the outage never happened")
	}

	if got := w.nonce(me); got != stakeTxs+3 {
		t.Errorf("the account sent %d transactions, want %d", got, stakeTxs+3)
	}
	ev := w.hubEvents(created.CampaignID, chunk, me)
	if ev["Claimed"] != 1 || ev["Committed"] != 1 || ev["Revealed"] != 1 {
		t.Errorf("hub events %v, want one claim, commit and reveal", ev)
	}
	all, err := deps.Journal.Intents(nil)
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
	if !slices.Equal(kinds, []journal.Kind{"approve", "deposit", journal.KindClaim, journal.KindCommit, journal.KindReveal}) {
		t.Errorf("journaled intents %v, want the stake's approve and deposit, one claim, one commit, one reveal", kinds)
	}
}

// TestIPFSDown stops the kubo node after the annotator fetched a chunk's
// tasks: the cached tasks stay labelable, a client still opens from the
// cache, an unfetched task fails naming the node, and the reveal goes through
// with the label document queued in the journal under the CID computed
// locally. FlushUploads fails while the node is down and publishes the
// document once a new node runs on the same repository; it is then
// fetchable by the CID the hub recorded.
func TestIPFSDown(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(8, 4))
	proxy := newSwitchProxy(t, "http://"+w.node.APIAddr())
	deps := w.depsAt("ann", w.chain.Client(), proxy.addr, t.TempDir())
	ctx := w.ctx
	c, err := client.Open(ctx, deps, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	const chunk = 0
	me := w.address("ann")
	if err := c.Claim(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	before, err := c.Tasks(ctx, chunk)
	if err != nil {
		t.Fatal(err)
	}

	if err := w.node.Close(); err != nil {
		t.Fatal(err)
	}
	proxy.stop()
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := client.Open(dctx, deps, created.CampaignID); err != nil {
		t.Fatalf("open with IPFS down (manifest and schema cached): %v", err)
	}
	tasks, err := c.Tasks(dctx, chunk)
	if err != nil {
		t.Fatalf("cached tasks with IPFS down: %v", err)
	}
	for i, tv := range tasks {
		if tv.Task.Text != before[i].Task.Text {
			t.Fatalf("task %d from the cache: %q, want %q", i, tv.Task.Text, before[i].Task.Text)
		}
		v, spent := crashLabel(chunk, tv.Index)
		if err := c.PutLabel(chunk, tv.Index, v, spent); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Tasks(dctx, 1); !errIs(err, ipfs.ErrUnavailable) || !strings.Contains(err.Error(), proxy.addr) {
		t.Errorf("uncached tasks with IPFS down: %v, want ErrUnavailable naming %s", err, proxy.addr)
	}
	if err := c.Commit(dctx, chunk); err != nil {
		t.Fatal(err)
	}
	if err := c.Reveal(dctx, chunk); err != nil {
		t.Fatalf("reveal with IPFS down: %v", err)
	}
	ch, ok := c.ChunkState(chunk)
	if !ok || len(ch.Reveals) != 1 || ch.Reveals[0] == nil {
		t.Fatal("no reveal recorded")
	}
	docCID := ch.Reveals[0].LabelDoc
	queued, err := deps.Journal.Queue("ipfs-uploads")
	if err != nil {
		t.Fatal(err)
	}
	if len(queued) != 1 || ipfs.CIDOf(queued[0].Data) != docCID {
		t.Fatalf("upload queue holds %d documents, want the one the hub recorded as %s", len(queued), docCID)
	}
	if left, err := c.FlushUploads(dctx); !errIs(err, ipfs.ErrUnavailable) || left != 1 {
		t.Fatalf("flush with IPFS down: %d left, %v; want 1 left and ErrUnavailable", left, err)
	}

	node, err := ipfsnode.Start(ctx, w.node.Dir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	w.node = node
	proxy.setTarget("http://" + node.APIAddr())
	proxy.start()
	if left, err := c.FlushUploads(ctx); err != nil || left != 0 {
		t.Fatalf("flush with IPFS back: %d left, %v", left, err)
	}
	var values []uint32
	for task := range tasks {
		v, _ := crashLabel(chunk, task)
		values = append(values, v)
	}
	checkLabelDoc(t, w, docCID, me, values)
	if got := w.nonce(me); got != stakeTxs+3 {
		t.Errorf("the account sent %d transactions, want %d", got, stakeTxs+3)
	}
}

// TestCommitResumesAfterStaleRetry makes an annotator's commit lose the race
// for the chunk's record (another seat commits between its index sync and
// its gas estimate), so the commit lands on its second attempt. A restarted
// client's Commit of the same chunk, as a resumed flow calls it, must then
// succeed without a second transaction, and so must a repeated Reveal.
func TestCommitResumesAfterStaleRetry(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "a", "b"}, devchain.Options{})
	spec := soloSpec(4, 4)
	spec.K, spec.Q = 2, 2
	created := w.create(spec)
	ctx := w.ctx
	proxy := newSwitchProxy(t, w.chain.RPCURL())
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	dirA := t.TempDir()
	depsA := w.depsAt("a", ec, w.node.APIAddr(), dirA)
	a, err := client.Open(ctx, depsA, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	b, err := client.Open(ctx, w.deps("b"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	const chunk = 0
	for _, c := range []*client.Client{a, b} {
		if err := c.Claim(ctx, chunk); err != nil {
			t.Fatal(err)
		}
		for task := 0; task < 4; task++ {
			if err := c.PutLabel(chunk, task, 1, time.Second); err != nil {
				t.Fatal(err)
			}
		}
	}
	var raced atomic.Bool
	before := func(methods []string) bool {
		if slices.Contains(methods, "eth_estimateGas") && !raced.Swap(true) {
			if err := b.Commit(ctx, chunk); err != nil { // b commits first
				t.Errorf("b commit: %v", err)
			}
		}
		return true
	}
	proxy.before.Store(&before)
	if err := a.Commit(ctx, chunk); err != nil {
		t.Fatalf("commit after losing the race: %v", err)
	}
	proxy.before.Store(nil)
	if !raced.Load() {
		t.Fatal("the race never happened")
	}
	commits, err := depsA.Journal.Intents(func(in journal.Intent) bool { return in.Kind == journal.KindCommit })
	if err != nil {
		t.Fatal(err)
	}
	if len(commits) != 1 || !strings.HasSuffix(commits[0].Key, "#1") {
		t.Fatalf("commit intents %+v, want one, on the second attempt", commits)
	}

	// A restarted client resumes the flow: Commit, then Reveal, twice.
	a2, err := client.Open(ctx, depsA, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a2.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a2.Commit(ctx, chunk); err != nil {
		t.Errorf("commit again after a commit that landed on its second attempt: %v", err)
	}
	for _, c := range []*client.Client{a2, b, a2} {
		if err := c.Reveal(ctx, chunk); err != nil {
			t.Errorf("%s reveal: %v", c.Address().Hex(), err)
		}
	}
	me := w.address("a")
	if got := w.nonce(me); got != stakeTxs+3 {
		t.Errorf("a sent %d transactions, want %d", got, stakeTxs+3)
	}
	if ev := w.hubEvents(created.CampaignID, chunk, me); ev["Committed"] != 1 || ev["Revealed"] != 1 {
		t.Errorf("hub events for a: %v", ev)
	}
}

// TestRPCDownAtBroadcast takes the RPC endpoint down at the moment the
// commit is broadcast (the request never reaches the node) and keeps it down
// past the call's deadline: the commit fails with its intent journaled and
// open. Once the endpoint is back, the same Commit sends those very bytes:
// one transaction, the one journaled.
func TestRPCDownAtBroadcast(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(4, 4))
	proxy := newSwitchProxy(t, w.chain.RPCURL())
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	deps := w.depsAt("ann", ec, w.node.APIAddr(), t.TempDir())
	ctx := w.ctx
	c, err := client.Open(ctx, deps, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	const chunk = 0
	me := w.address("ann")
	if err := c.Claim(ctx, chunk); err != nil {
		t.Fatal(err)
	}
	for task := 0; task < 4; task++ {
		if err := c.PutLabel(chunk, task, 2, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	before := func(methods []string) bool {
		if slices.Contains(methods, "eth_sendRawTransaction") {
			go proxy.stop()
			return false
		}
		return true
	}
	proxy.before.Store(&before)
	// Long enough for the steps before the broadcast on a loaded machine,
	// shorter than the sender's retries (about 12 s).
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	err = c.Commit(cctx, chunk)
	cancel()
	if err == nil {
		t.Fatal("commit succeeded with the node unreachable at broadcast")
	}
	t.Logf("commit with the node gone at broadcast: %v", err)
	open, _ := deps.Journal.OpenIntents()
	if len(open) != 1 || open[0].Kind != journal.KindCommit {
		t.Fatalf("open intents %+v, want the commit", open)
	}
	if got := w.nonce(me); got != stakeTxs+1 {
		t.Fatalf("nonce %d, want %d: the commit must not have reached the node", got, stakeTxs+1)
	}

	proxy.before.Store(nil)
	proxy.start()
	if err := c.Commit(ctx, chunk); err != nil {
		t.Fatalf("commit after the node came back: %v", err)
	}
	if got := w.nonce(me); got != stakeTxs+2 {
		t.Errorf("the account sent %d transactions, want %d", got, stakeTxs+2)
	}
	commits, _ := deps.Journal.Intents(func(in journal.Intent) bool { return in.Kind == journal.KindCommit })
	if len(commits) != 1 || commits[0].ID != open[0].ID || commits[0].State != journal.StateMined {
		t.Fatalf("commit intents %+v, want the first one, mined", commits)
	}
	r, err := w.chain.Client().TransactionReceipt(ctx, open[0].Hash)
	if err != nil || r.Status != 1 {
		t.Fatalf("the journaled commit %s did not land: %v", open[0].Hash.Hex(), err)
	}
	if ev := w.hubEvents(created.CampaignID, chunk, me); ev["Committed"] != 1 {
		t.Errorf("hub events %v, want one commit", ev)
	}
}

// TestNextActionAfterUnsent leaves a commit journaled but never broadcast
// (the endpoint died at its broadcast and the call gave up), then, with the
// endpoint back, asks for a different action in the same session: claiming
// another chunk. Its transaction takes the next nonce, so it could only
// land after the commit's bytes reach a node; the client must get them
// there first rather than wait behind the gap. Both land, once each.
func TestNextActionAfterUnsent(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(8, 4))
	proxy := newSwitchProxy(t, w.chain.RPCURL())
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	deps := w.depsAt("ann", ec, w.node.APIAddr(), t.TempDir())
	ctx := w.ctx
	c, err := client.Open(ctx, deps, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	me := w.address("ann")
	if err := c.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	for task := 0; task < 4; task++ {
		if err := c.PutLabel(0, task, 1, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	before := func(methods []string) bool {
		if slices.Contains(methods, "eth_sendRawTransaction") {
			go proxy.stop()
			return false
		}
		return true
	}
	proxy.before.Store(&before)
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	err = c.Commit(cctx, 0)
	cancel()
	if !errIs(err, chain.ErrNotSent) {
		t.Fatalf("commit with the node gone at broadcast: %v, want ErrNotSent", err)
	}
	proxy.before.Store(nil)
	proxy.start()

	cctx, cancel = context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := c.Claim(cctx, 1); err != nil {
		t.Fatalf("claim of another chunk after an unsent commit: %v", err)
	}
	if got := w.nonce(me); got != stakeTxs+3 {
		t.Errorf("the account sent %d transactions, want %d (stake, claim, the journaled commit, claim; one deposit stakes both seats)", got, stakeTxs+3)
	}
	if ev := w.hubEvents(created.CampaignID, 0, me); ev["Committed"] != 1 {
		t.Errorf("chunk 0 events %v, want one commit", ev)
	}
	if ev := w.hubEvents(created.CampaignID, 1, me); ev["Claimed"] != 1 {
		t.Errorf("chunk 1 events %v, want one claim", ev)
	}
	if err := c.Commit(ctx, 0); err != nil { // finishes the journaled commit's intent
		t.Fatal(err)
	}
	if got := w.nonce(me); got != stakeTxs+3 {
		t.Errorf("the account sent %d transactions, want %d", got, stakeTxs+3)
	}
}
