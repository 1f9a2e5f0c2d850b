package readmodel_test

import (
	"bytes"
	"context"
	"flag"
	"github.com/ethereum/go-ethereum"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/export"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/wallet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// world is a real dev chain and a real kubo node with deployed contracts,
// as in client/e2e_test.go, with fixed keys so golden files are stable.
type world struct {
	t     *testing.T
	ctx   context.Context
	chain *devchain.Chain
	node  *ipfsnode.Node
	addrs deploy.Addresses
	dir   string
}

var actors = []string{"requester", "ann1", "ann2", "ann3", "reviewer", "arbiter"}

func key(name string) *wallet.Account {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("kappa campaigndata test " + name)))
	if err != nil {
		panic(err)
	}
	return wallet.NewAccount(k)
}

func addr(name string) common.Address { return key(name).Address() }

func tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	w := &world{t: t, ctx: ctx, dir: t.TempDir()}
	var funded []common.Address
	for _, n := range actors {
		funded = append(funded, addr(n))
	}
	ch, err := devchain.Start(ctx, devchain.Options{Alloc: devchain.Fund(tokens(1000), funded...)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	w.chain = ch
	node, err := ipfsnode.Start(ctx, filepath.Join(w.dir, "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	w.node = node
	req := key("requester")
	opts, err := req.TransactOpts(ctx, ch.Client(), ch.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	if w.addrs, err = deploy.All(ctx, ch.Client(), opts, nil); err != nil {
		t.Fatal(err)
	}
	// Tokens for the requester's escrow and everyone's seat stake.
	tok := bindings.NewKappaToken()
	for _, n := range actors {
		tx, err := bind.Transact(tok.Instance(ch.Client(), w.addrs.Token), opts, tok.PackMint(addr(n), tokens(1000)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, ch.Client(), tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

func (w *world) deps(name string) client.Deps {
	w.t.Helper()
	j, err := journal.Open(filepath.Join(w.dir, name+".db"), journal.Options{})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { j.Close() })
	cache, err := ipfs.NewCache(filepath.Join(w.dir, "cache-"+name), ipfs.NewShell(w.node.APIAddr()))
	if err != nil {
		w.t.Fatal(err)
	}
	return client.Deps{Backend: w.chain.Client(), ChainID: w.chain.ChainID(), Hub: w.addrs.Hub, Account: key(name), Journal: j, IPFS: cache}
}

// warn fails the test on a warning: the campaign run has none.
func (w *world) warn(m string) { w.t.Errorf("warning: %s", m) }

// run drives a small campaign through the client: two chunks of three
// tasks, k = 3, q = 2. Chunk 0: t0 unanimous, t1 two of three, t2 a
// three-way split a reviewer resolves. Chunk 1: t3 is gold; ann3 commits
// and never reveals, so the chunk finalizes after the reveal window with
// two reveals, which split on t5: the arbiter resolves it.
func (w *world) run() (req, ann3 *client.Client) {
	t, ctx := w.t, w.ctx
	schema := &document.Schema{
		Version: document.VersionSchema, Title: "Topics", Instructions: "# Pick the topic",
		Kind: document.KindSingle,
		Labels: []document.Label{
			{ID: "a", Name: "Alpha", Hotkey: "1"}, {ID: "b", Name: "Beta", Hotkey: "2"}, {ID: "c", Name: "Gamma", Hotkey: "3"},
		},
		Tiers:       []document.Tier{{Name: "easy", Reward: tokens(1)}},
		ReviewerFee: new(big.Int).Div(tokens(1), big.NewInt(2)),
	}
	tasks := []client.TaskInput{
		{ID: "t0", Text: "first"}, {ID: "t1", Text: "second"}, {ID: "t2", Text: "third — 第三"},
		{ID: "t3", Text: "gold one", Gold: []string{"a"}}, {ID: "t4", Text: "fifth"}, {ID: "t5", Text: "sixth 🙂"},
	}
	reqDeps := w.deps("requester")
	created, err := client.CreateCampaign(ctx, reqDeps, w.addrs.Token, client.CampaignSpec{
		Schema: schema, Tasks: tasks, ChunkSize: 3, K: 3, Q: 2, Lanes: 2,
		ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour, GoldWindow: time.Hour,
		DisputeWindow: time.Hour, Duration: 24 * time.Hour, SeniorReputation: 100, Arbiter: addr("arbiter"),
	})
	if err != nil {
		t.Fatal(err)
	}
	open := func(d client.Deps) *client.Client {
		c, err := client.Open(ctx, d, created.CampaignID)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	req = open(reqDeps)
	anns := []*client.Client{open(w.deps("ann1")), open(w.deps("ann2")), open(w.deps("ann3"))}
	labels := map[uint64][3][]uint32{
		0: {{0, 1, 0}, {0, 1, 1}, {0, 2, 2}},
		1: {{0, 1, 2}, {0, 1, 0}, {1, 1, 2}},
	}
	for chunk := uint64(0); chunk < 2; chunk++ {
		for i, c := range anns {
			if err := c.Claim(ctx, chunk); err != nil {
				t.Fatal(err)
			}
			for task, v := range labels[chunk][i] {
				// ann1 takes 1s, 2s, 3s; ann2 2s, 4s, 6s; ann3 3s, 6s, 9s.
				if err := c.PutLabel(chunk, task, v, time.Duration((i+1)*(task+1))*time.Second); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, c := range anns {
			if err := c.Commit(ctx, chunk); err != nil {
				t.Fatal(err)
			}
		}
		for i, c := range anns {
			if chunk == 1 && i == 2 {
				continue // ann3 never reveals chunk 1
			}
			if err := c.Reveal(ctx, chunk); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Every chunk commits to gold: the requester finalizes chunk 0 too
	// (revealing its empty gold) before the gold window passes.
	if err := req.Finalize(ctx, 0); err != nil {
		t.Fatal(err)
	}
	// chunk 0's dispute window is open for an hour: rule on it now
	if err := open(w.deps("reviewer")).Resolve(ctx, 0, map[int]uint32{2: 2}); err != nil {
		t.Fatal(err)
	}
	if err := w.chain.AdvanceTime(time.Hour + time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := req.Finalize(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// The arbiter (not the requester: the hub refuses that) rules on chunk 1.
	if err := open(w.deps("arbiter")).Resolve(ctx, 1, map[int]uint32{2: 2}); err != nil {
		t.Fatal(err)
	}
	return req, anns[2]
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update to rewrite):\n%s", name, got)
	}
}

// TestCampaignData runs one campaign on a real chain and kubo node and reads
// it back as pilot input and export records, checked against golden files
// and against the index (transaction hashes vary with block time, so the
// golden export has them replaced after they were checked).
func TestCampaignData(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and a kubo node")
	}
	w := newWorld(t)
	req, ann3 := w.run()
	ctx := w.ctx

	p, err := readmodel.Pilot(ctx, req, w.warn)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pilot.WritePilot(&buf, p); err != nil {
		t.Fatal(err)
	}
	golden(t, "pilot.json", buf.Bytes())
	rep, err := pilot.Build(p, pilot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum := rep.Summary
	if sum.Tasks != 6 || sum.ByConsensus != 4 || sum.ByReviewer != 1 || sum.ByArbiter != 1 || sum.GoldTasks != 1 || sum.DropOffs != 1 || sum.Labels != 15 {
		t.Errorf("summary %+v", sum)
	}
	// Earnings are the hub's pay to the unit: the credited amounts of its
	// Settled events in the campaign (the credited balance also holds the
	// seats' stake, which is not pay).
	hub := bindings.NewKappaHub()
	hubABI, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for a, e := range p.Earnings {
		logs, err := w.chain.Client().FilterLogs(ctx, ethereum.FilterQuery{
			Addresses: []common.Address{w.addrs.Hub},
			Topics: [][]common.Hash{{hubABI.Events["Settled"].ID}, {common.BigToHash(req.Campaign())}, nil,
				{common.BytesToHash(common.HexToAddress(a).Bytes())}},
		})
		if err != nil {
			t.Fatal(err)
		}
		got := new(big.Int)
		for i := range logs {
			ev, err := hub.UnpackSettledEvent(&logs[i])
			if err != nil {
				t.Fatal(err)
			}
			got.Add(got, ev.Credited)
		}
		if got.Cmp(e) != 0 {
			t.Errorf("%s: pilot earnings %s, hub paid %s", a, e, got)
		}
	}

	// ann3's own client adds its unrevealed labels of chunk 1 from its
	// journal, and, its node serving transactions, takes the gold answers
	// from the finalize calldata: the same as the requester's.
	p3, err := readmodel.Pilot(ctx, ann3, w.warn)
	if err != nil {
		t.Fatal(err)
	}
	unrevealed := 0
	for _, o := range p3.Observations {
		if !o.Revealed {
			unrevealed++
			if o.Annotator != addr("ann3").Hex() || o.Chunk != 1 {
				t.Errorf("unrevealed observation %+v", o)
			}
		}
	}
	if unrevealed != 3 {
		t.Errorf("%d unrevealed observations from ann3's journal, want 3", unrevealed)
	}
	type goldAnswer struct {
		gold  bool
		label uint64
	}
	want := map[string]goldAnswer{}
	for _, o := range p.Outcomes {
		want[o.Task] = goldAnswer{o.Gold, o.GoldLabel}
	}
	golds := 0
	for _, o := range p3.Outcomes {
		if o.Gold {
			golds++
		}
		if got := (goldAnswer{o.Gold, o.GoldLabel}); got != want[o.Task] {
			t.Errorf("annotator's gold of task %s: %+v, requester's %+v", o.Task, got, want[o.Task])
		}
	}
	if golds != 1 {
		t.Errorf("annotator's pilot input has %d gold tasks, want 1", golds)
	}
	rep3, err := pilot.Build(p3, pilot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep3.Summary.GoldTasks != 1 || rep3.Summary.GoldChecked != sum.GoldChecked || rep3.Summary.GoldErrors != sum.GoldErrors {
		t.Errorf("annotator's gold summary %+v, requester's %+v", rep3.Summary, sum)
	}

	recs, err := readmodel.Export(ctx, req, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 {
		t.Fatalf("%d records, want 6", len(recs))
	}
	ch0, _ := req.ChunkState(0)
	ch1, _ := req.ChunkState(1)
	wantTx := []common.Hash{ch0.Outcome.TxHash, ch0.Outcome.TxHash, ch0.Resolutions[0].TxHash,
		ch1.Outcome.TxHash, ch1.Outcome.TxHash, ch1.Resolutions[0].TxHash}
	for i := range recs {
		if recs[i].Tx != wantTx[i].Hex() {
			t.Errorf("record %d tx %s, want %s", i, recs[i].Tx, wantTx[i].Hex())
		}
		recs[i].Tx = "0xTX"
	}
	buf.Reset()
	jw := export.NewJSONLWriter(&buf)
	for i := range recs {
		if err := jw.Write(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "export.jsonl", buf.Bytes())
	for _, by := range []string{"consensus", "reviewer", "arbiter"} {
		if !strings.Contains(buf.String(), `"decided_by":"`+by+`"`) {
			t.Errorf("no %s decision in the export", by)
		}
	}
}
