package client_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// rig is a real dev chain (HTTP JSON-RPC on loopback) and a real kubo node
// with the contracts deployed, for tests and benchmarks alike.
type rig struct {
	t       testing.TB
	ctx     context.Context
	chain   *devchain.Chain
	node    *ipfsnode.Node
	addrs   deploy.Addresses
	keys    map[string]*ecdsa.PrivateKey
	dir     string
	hub     *bindings.KappaHub
	token   *bindings.KappaToken
	chainID *big.Int
	clients map[string]client.Deps // by actor, so a journal is opened once

	passGoldSrv *httptest.Server // see passGoldURL
}

// startRig starts a rig with the actors named funded (the first must be
// "requester") and chain options of the test's choosing.
func startRig(t testing.TB, timeout time.Duration, names []string, opts devchain.Options) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	w := &rig{t: t, ctx: ctx, keys: map[string]*ecdsa.PrivateKey{}, dir: t.TempDir(),
		hub: bindings.NewKappaHub(), token: bindings.NewKappaToken()}
	var funded []common.Address
	for _, name := range names {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		w.keys[name] = k
		funded = append(funded, crypto.PubkeyToAddress(k.PublicKey))
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	opts.Alloc = devchain.Fund(eth, funded...)
	if opts.EmptyBlocksAfter == nil {
		opts.EmptyBlocksAfter = protocol.BlocksAfterSeatRequest
	}
	ch, err := devchain.Start(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	w.chain, w.chainID = ch, ch.ChainID()
	node, err := ipfsnode.Start(ctx, filepath.Join(w.dir, "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	w.node = node

	req := w.account("requester")
	topts, err := req.TransactOpts(ctx, ch.Client(), w.chainID)
	if err != nil {
		t.Fatal(err)
	}
	w.addrs, err = deploy.All(ctx, ch.Client(), topts, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The requester gets the escrow; everyone else tokens for their seats'
	// stake, as the devnet's wallets do, but for names starting "broke".
	inst := w.token.Instance(ch.Client(), w.addrs.Token)
	for _, name := range names {
		if strings.HasPrefix(name, "broke") {
			continue
		}
		amount := tokens(1_000)
		if name == "requester" {
			amount = tokens(1_000_000)
		}
		tx, err := bind.Transact(inst, topts, w.token.PackMint(w.address(name), amount))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, ch.Client(), tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// stakeTxs is what an annotator's first claim sends before the claim
// itself: the approve and the deposit of its stake (one deposit covers
// several seats).
const stakeTxs = 2

// taskInputs is n plain tasks.
func taskInputs(n int) []client.TaskInput {
	out := make([]client.TaskInput, n)
	for i := range out {
		out[i] = client.TaskInput{ID: "t" + itoa(i), Text: "task number " + itoa(i) + " — текст"}
	}
	return out
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// soloSpec is a campaign of k = q = 1 (a single annotator reveals as soon
// as it commits), one lane per chunk, hour-long windows (a two-hour claim
// window), arbitrated by outsideArbiter.
func soloSpec(tasks, chunkSize int) client.CampaignSpec {
	chunks := (tasks + chunkSize - 1) / chunkSize
	return client.CampaignSpec{
		Schema: testSchema(), Tasks: taskInputs(tasks), ChunkSize: chunkSize, K: 1, Q: 1, Lanes: uint16(chunks),
		ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour, GoldWindow: time.Hour,
		DisputeWindow: time.Hour, Duration: 24 * time.Hour, SeniorReputation: 100, Arbiter: outsideArbiter,
	}
}

// outsideArbiter arbitrates the test campaigns that need no ruling of
// theirs: an address that is not the requester's (the hub refuses that).
var outsideArbiter = common.HexToAddress("0x00000000000000000000000000000000A4b17e42")

func (w *rig) account(name string) *wallet.Account {
	return wallet.NewAccount(crypto.ToECDSAUnsafe(crypto.FromECDSA(w.keys[name])))
}

func (w *rig) address(name string) common.Address {
	return crypto.PubkeyToAddress(w.keys[name].PublicKey)
}

// deps builds a client's parts for one actor over the in-process client,
// with its own journal and cache.
func (w *rig) deps(name string) client.Deps {
	if d, ok := w.clients[name]; ok {
		return d
	}
	if w.clients == nil {
		w.clients = map[string]client.Deps{}
	}
	d := w.depsAt(name, w.chain.Client(), w.node.APIAddr(), filepath.Join(w.dir, name))
	w.clients[name] = d
	return d
}

// open opens name's client on a campaign (its deps are opened once).
func (w *rig) open(name string, campaign *big.Int) *client.Client {
	w.t.Helper()
	c, err := client.Open(w.ctx, w.deps(name), campaign)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// disagree has the i-th client claim chunk, label each of its size tasks
// i, and submit: with k = len(cs) = q, every task becomes a dispute.
func disagree(t testing.TB, ctx context.Context, chunk uint64, size int, cs ...*client.Client) {
	t.Helper()
	for i, c := range cs {
		if err := c.Claim(ctx, chunk); err != nil {
			t.Fatal(err)
		}
		for task := 0; task < size; task++ {
			if err := c.PutLabel(chunk, task, uint32(i), time.Second); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.Submit(chunk); err != nil {
			t.Fatal(err)
		}
	}
}

// create makes a campaign as the requester, with a journal and cache of
// its own.
func (w *rig) create(spec client.CampaignSpec) *client.Created {
	w.t.Helper()
	created, err := client.CreateCampaign(w.ctx, w.deps("requester"), w.addrs.Token, spec)
	if err != nil {
		w.t.Fatal(err)
	}
	return created
}

// depsAt builds a client's parts over a given backend and IPFS API address,
// with the journal and cache in dir (so a restarted client finds them).
func (w *rig) depsAt(name string, backend client.Backend, ipfsAddr, dir string) client.Deps {
	w.t.Helper()
	j, err := journal.Open(filepath.Join(dir, "journal.db"), journal.Options{})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { j.Close() })
	cache, err := ipfs.NewCache(filepath.Join(dir, "cache"), ipfs.NewShell(ipfsAddr))
	if err != nil {
		w.t.Fatal(err)
	}
	return client.Deps{Backend: backend, ChainID: w.chainID, Hub: w.addrs.Hub, Account: w.account(name), Journal: j, IPFS: cache}
}

// nonce is the number of transactions a in the mined state.
func (w *rig) nonce(a common.Address) uint64 {
	w.t.Helper()
	n, err := w.chain.Client().NonceAt(w.ctx, a, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// hubEvents counts the hub's events by name for one campaign and chunk,
// and by annotator where the event has one (Claimed, Committed, Revealed).
type eventCount map[string]int

func (w *rig) hubEvents(campaign *big.Int, chunk uint64, annotator common.Address) eventCount {
	w.t.Helper()
	a, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	names := map[common.Hash]string{}
	for name, ev := range a.Events {
		names[ev.ID] = name
	}
	logs, err := w.chain.Client().FilterLogs(w.ctx, ethereum.FilterQuery{
		Addresses: []common.Address{w.addrs.Hub},
		Topics:    [][]common.Hash{nil, {common.BigToHash(campaign)}, {common.BigToHash(new(big.Int).SetUint64(chunk))}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	out := eventCount{}
	for _, l := range logs {
		name := names[l.Topics[0]]
		switch name {
		case "Claimed", "Committed", "Revealed":
			if len(l.Topics) < 4 || common.BytesToAddress(l.Topics[3].Bytes()) != annotator {
				continue
			}
		}
		out[name]++
	}
	return out
}

// switchProxy is a loopback HTTP reverse proxy that can be stopped (the
// port then refuses connections, as a dead node's does) and started again on
// the same port, in front of a target that can be changed.
type switchProxy struct {
	t      testing.TB
	addr   string // host:port, fixed for the proxy's life
	mu     sync.Mutex
	target *url.URL
	srv    *http.Server
	// before, when set, sees every JSON-RPC method before it is
	// forwarded; returning false drops the connection without forwarding.
	before atomic.Pointer[func(methods []string) bool]
	// after sees every method whose response arrived; returning false
	// drops the connection instead of answering (the request took effect,
	// the client never learns it).
	after atomic.Pointer[func(methods []string, resp []byte) bool]
}

func newSwitchProxy(t testing.TB, target string) *switchProxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &switchProxy{t: t, addr: l.Addr().String()}
	p.setTarget(target)
	p.serve(l)
	t.Cleanup(p.stop)
	return p
}

// URL is the proxy's endpoint.
func (p *switchProxy) URL() string { return "http://" + p.addr }

func (p *switchProxy) setTarget(target string) {
	u, err := url.Parse(target)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.target = u
	p.mu.Unlock()
}

func (p *switchProxy) serve(l net.Listener) {
	srv := &http.Server{Handler: http.HandlerFunc(p.handle)}
	p.mu.Lock()
	p.srv = srv
	p.mu.Unlock()
	go srv.Serve(l)
}

// stop closes the listener and every connection: calls fail at once with
// "connection refused".
func (p *switchProxy) stop() {
	p.mu.Lock()
	srv := p.srv
	p.srv = nil
	p.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// start listens again on the same port. It may run on any goroutine, so a
// failure is reported with Errorf (the test then fails when the client
// cannot connect).
func (p *switchProxy) start() {
	var l net.Listener
	var err error
	for i := 0; i < 50; i++ { // the port was ours a moment ago; allow a brief race
		if l, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		p.t.Errorf("proxy: listen again on %s: %v", p.addr, err)
		return
	}
	p.serve(l)
}

func rpcMethods(body []byte) []string {
	var one struct{ Method string }
	if json.Unmarshal(body, &one) == nil && one.Method != "" {
		return []string{one.Method}
	}
	var many []struct{ Method string }
	if json.Unmarshal(body, &many) == nil {
		out := make([]string, 0, len(many))
		for _, m := range many {
			out = append(out, m.Method)
		}
		return out
	}
	return nil
}

func (p *switchProxy) handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	methods := rpcMethods(body)
	if f := p.before.Load(); f != nil && !(*f)(methods) {
		dropConn(w)
		return
	}
	p.mu.Lock()
	target := *p.target
	p.mu.Unlock()
	rec := &recorder{header: http.Header{}}
	rp := httputil.NewSingleHostReverseProxy(&target)
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	rp.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, _ error) { rec.failed = true }
	rp.ServeHTTP(rec, r)
	if rec.failed {
		dropConn(w) // the node behind is down: look like it to the client
		return
	}
	if f := p.after.Load(); f != nil && !(*f)(methods, rec.body.Bytes()) {
		dropConn(w)
		return
	}
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.code)
	w.Write(rec.body.Bytes())
}

// recorder buffers a proxied response so the proxy can decide to drop it.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
	failed bool
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(code int) { r.code = code }

func dropConn(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	http.Error(w, "proxy: dropped", http.StatusBadGateway)
}

// countingStore counts Adds, to show nothing was published.
type countingStore struct {
	ipfs.Store
	adds atomic.Int64
}

func (s *countingStore) Add(ctx context.Context, data []byte) (string, error) {
	s.adds.Add(1)
	return s.Store.Add(ctx, data)
}

// errIs is errors.Is, named for the test tables.
var errIs = errors.Is
