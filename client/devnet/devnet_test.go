package devnet

import (
	"context"
	"errors"
	"io/fs"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/contracts/bindings"
)

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func startT(t *testing.T, ctx context.Context, opts Options) *Devnet {
	t.Helper()
	opts.Quiet = true
	d, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// expectedDeposit is the sample campaign's full escrow: per task,
// k rewards of its tier plus the reviewer fee.
func expectedDeposit(t *testing.T) *big.Int {
	spec, err := SampleCampaign()
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int)
	for _, task := range spec.Tasks {
		per := new(big.Int).Mul(big.NewInt(int64(spec.K)), spec.Schema.Tiers[task.Tier].Reward)
		sum.Add(sum, per.Add(per, spec.Schema.ReviewerFee))
	}
	return sum
}

func tokenBalance(t *testing.T, ctx context.Context, d *Devnet, who common.Address) *big.Int {
	t.Helper()
	tok := bindings.NewKappaToken()
	bal, err := bind.Call(tok.Instance(d.Client(), d.Token()), &bind.CallOpts{Context: ctx}, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatalf("balanceOf %s: %v", who.Hex(), err)
	}
	return bal
}

func checkMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s has mode %04o, want %04o", path, got, want)
	}
}

// TestStartResumeFresh sets a devnet up, checks everything a newcomer
// relies on, restarts it on the same directory (nothing redeployed), then
// starts it over with Fresh.
func TestStartResumeFresh(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(t.TempDir(), "config.toml")
	// Another profile in the file must survive.
	if err := config.WriteProfile(cfgPath, "sepolia", config.Profile{RPCURL: "https://sepolia.example.org", ChainID: 11155111}, true); err != nil {
		t.Fatal(err)
	}

	d := startT(t, ctx, Options{Dir: dir, ConfigPath: cfgPath})
	if d.Resumed() {
		t.Fatal("first start in an empty directory says resumed")
	}
	if got := d.ChainID(); got.Int64() != config.DevnetChainID {
		t.Errorf("chain id %v, want %d", got, config.DevnetChainID)
	}
	deposit := expectedDeposit(t)
	if want := KAPPA(328); deposit.Cmp(want) != 0 { // 64 x 3.5 + 16 x 6.5
		t.Fatalf("sample deposit %v, want %v", deposit, want)
	}

	// Balances, to the unit.
	wallets := d.Wallets()
	if len(wallets) != 7 || wallets[0].Name != Requester || wallets[1].Name != Alice || wallets[6].Name != Rita {
		t.Fatalf("wallets %+v", wallets)
	}
	for _, w := range wallets {
		eth, err := d.Client().BalanceAt(ctx, w.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		tok := tokenBalance(t, ctx, d, w.Address)
		if w.Role == RoleRequester {
			if eth.Sign() <= 0 || eth.Cmp(GenesisETH) >= 0 {
				t.Errorf("requester ETH %v: want below %v (gas paid) and positive", eth, GenesisETH)
			}
			if want := new(big.Int).Sub(RequesterTokens, deposit); tok.Cmp(want) != 0 {
				t.Errorf("requester KAPPA %v, want %v", tok, want)
			}
			continue
		}
		if eth.Cmp(GenesisETH) != 0 {
			t.Errorf("%s ETH %v, want %v", w.Name, eth, GenesisETH)
		}
		if tok.Cmp(WalletTokens) != 0 {
			t.Errorf("%s KAPPA %v, want %v", w.Name, tok, WalletTokens)
		}
	}
	if got := tokenBalance(t, ctx, d, d.Hub()); got.Cmp(deposit) != 0 {
		t.Errorf("hub holds %v KAPPA, want the deposit %v", got, deposit)
	}

	// The campaign on-chain.
	info, err := d.CampaignInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := d.Wallet(Requester)
	if info.Requester != req.Address || info.K != SampleK || info.Q != SampleQ || info.NumLabels != 5 ||
		info.Lanes != SampleLanes || info.SeniorReputation != SampleSeniorReputation ||
		info.ManifestCid != d.ManifestCID() || info.Unreserved.Cmp(deposit) != 0 || info.Reserved.Sign() != 0 ||
		len(info.Tiers) != 2 || info.Tiers[0].Reward.Cmp(KAPPA(1)) != 0 || info.Tiers[1].Reward.Cmp(KAPPA(2)) != 0 ||
		info.Tiers[1].MinReputation != 101 || info.ReviewerFee.Cmp(new(big.Int).Div(Token, big.NewInt(2))) != 0 ||
		info.ClaimWindow != uint32(SampleClaimWindow/time.Second) || info.Closed {
		t.Errorf("campaign info %+v", info)
	}
	hub := bindings.NewKappaHub()
	rita, _ := d.Wallet(Rita)
	rep, err := bind.Call(hub.Instance(d.Client(), d.Hub()), nil, hub.PackReputationOf(rita.Address, info.ReputationSource), hub.UnpackReputationOf)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Cmp(big.NewInt(int64(info.SeniorReputation))) < 0 {
		t.Errorf("reviewer reputation %v below the senior threshold %d", rep, info.SeniorReputation)
	}

	// The manifest, the schema and a task on the IPFS node, through its
	// HTTP API.
	raw, err := d.IPFS().Get(ctx, d.ManifestCID(), document.MaxManifestSize)
	if err != nil {
		t.Fatal(err)
	}
	m, err := document.DecodeManifest(d.ManifestCID(), raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Chunks) != SampleTasks/SampleChunkSize || m.Chunks[0].Tier != 0 || m.Chunks[9].Tier != 1 || m.Chunks[0].Gold == nil {
		t.Fatalf("manifest: %d chunks, first %+v, last %+v", len(m.Chunks), m.Chunks[0], m.Chunks[len(m.Chunks)-1])
	}
	rawSchema, err := d.IPFS().Get(ctx, m.Schema, document.MaxSchemaSize)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := document.DecodeSchema(m.Schema, rawSchema); err != nil || s.Labels[4].ID != "sports" || s.Labels[4].Hotkey != "5" {
		t.Fatalf("schema %+v: %v", s, err)
	}
	rawTask, err := d.IPFS().Get(ctx, m.Chunks[0].Tasks[0], document.MaxTaskSize)
	if err != nil {
		t.Fatal(err)
	}
	task, err := document.DecodeTask(m.Chunks[0].Tasks[0], rawTask)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := corpus.Fortunes()
	if task.ID != "fortune-001" || task.Text != items[0].Text || strings.Contains(task.ID+task.Meta["corpus"], items[0].Label) {
		t.Errorf("first task %+v, want fortune-001 with %q and no hint of its label", task, items[0].Text)
	}

	// The RPC endpoint over HTTP, as other tools see it.
	rpc, err := ethclient.DialContext(ctx, d.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	id, err := rpc.ChainID(ctx)
	rpc.Close()
	if err != nil || id.Int64() != config.DevnetChainID {
		t.Fatalf("eth_chainId over HTTP: %v, %v", id, err)
	}

	// The profile, next to the one that was there.
	f, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	p := f.Profiles[ProfileName]
	alice, _ := d.Wallet(Alice)
	if p.RPCURL != d.RPCURL() || p.ChainID != config.DevnetChainID || p.IPFSAPI != d.IPFSMultiaddr() ||
		p.Keystore != d.KeystoreDir() || p.Account != alice.Address.Hex() ||
		p.Contracts[config.ContractToken] != d.Token().Hex() || p.Contracts[config.ContractKappa] != d.Hub().Hex() {
		t.Errorf("profile %+v", p)
	}
	if _, ok := f.Profiles["sepolia"]; !ok || f.DefaultProfile != "sepolia" {
		t.Errorf("other profile or default lost: %+v", f)
	}
	s, err := config.Resolve(cfgPath, f, config.Overrides{Profile: ProfileName}, nil)
	if err != nil {
		t.Fatalf("resolve the written profile: %v", err)
	}
	if s.Account == nil || *s.Account != alice.Address {
		t.Errorf("resolved account %v, want alice %s", s.Account, alice.Address.Hex())
	}
	if id, err := s.CampaignID(); err != nil || id != d.CampaignID().Uint64() || id != 1 {
		t.Errorf("resolved campaign %d (%v), want %s", id, err, d.CampaignID())
	}

	// Secrets on disk are the owner's only.
	checkMode(t, d.KeystoreDir(), 0o700)
	checkMode(t, d.PassphraseFile(), 0o600)
	checkMode(t, filepath.Join(dir, stateFile), 0o600)
	keys, _ := filepath.Glob(filepath.Join(d.KeystoreDir(), "*"))
	if len(keys) != 7 {
		t.Errorf("%d key files, want 7", len(keys))
	}
	for _, k := range keys {
		checkMode(t, k, 0o600)
	}
	reqJournal, err := d.JournalPath(Requester)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "journal", "1337-"+strings.ToLower(req.Address.Hex())+".db"); reqJournal != want {
		t.Errorf("requester journal %s, want %s (the kappa command's layout)", reqJournal, want)
	}
	checkMode(t, reqJournal, 0o600)
	if _, err := d.JournalPath("mallory"); err == nil {
		t.Error("journal path of an unknown wallet")
	}

	// Every dev account is unlocked and signs for its address.
	for _, w := range wallets {
		a, err := d.Account(w.Name)
		if err != nil || a.Address() != w.Address {
			t.Fatalf("account %s: %v", w.Name, err)
		}
	}
	if _, err := d.Account("mallory"); err == nil {
		t.Error("unknown wallet name accepted")
	}

	// Block time moves on demand, here past the campaign's end.
	head, _ := d.Client().HeaderByNumber(ctx, nil)
	if err := d.AdvanceTime(SampleDuration + time.Hour); err != nil {
		t.Fatal(err)
	}
	head2, _ := d.Client().HeaderByNumber(ctx, nil)
	if head2.Time < head.Time+uint64((SampleDuration+time.Hour)/time.Second) {
		t.Errorf("advance time: head time %d -> %d", head.Time, head2.Time)
	}

	// A second devnet on the same directory, even one asked to start
	// fresh, is refused and wipes nothing.
	if d2, err := Start(ctx, Options{Dir: dir, Fresh: true, Quiet: true}); !errors.Is(err, ErrRunning) {
		if err == nil {
			d2.Close()
		}
		t.Fatalf("second Start on a running devnet's directory: %v, want ErrRunning", err)
	}
	if _, err := d.IPFS().Get(ctx, d.ManifestCID(), document.MaxManifestSize); err != nil {
		t.Fatalf("running devnet after a refused fresh start: %v", err)
	}

	first := d.State()
	nonce, err := d.Client().NonceAt(ctx, req.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	block := head2.Number.Uint64()
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if a, _ := d.accounts[Alice]; a == nil || !a.Locked() {
		t.Error("Close left alice unlocked")
	}

	// Resume: the same chain, contracts, campaign and wallets; nothing sent.
	var steps []string
	d2 := startT(t, ctx, Options{Dir: dir, ConfigPath: cfgPath, Progress: func(m string) { steps = append(steps, m) }})
	if !d2.Resumed() {
		t.Fatal("restart on the same directory did not resume")
	}
	if last := steps[len(steps)-1]; !strings.Contains(last, "sample campaign ended") {
		t.Errorf("resume past the campaign's end says %q", steps)
	}
	again := d2.State()
	if again.Token != first.Token || again.Hub != first.Hub || again.Campaign.ID.Cmp(first.Campaign.ID) != 0 ||
		again.Campaign.ManifestCID != first.Campaign.ManifestCID || again.Wallets[1] != first.Wallets[1] {
		t.Errorf("resumed state differs:\n%+v\n%+v", again, first)
	}
	if n, _ := d2.Client().NonceAt(ctx, req.Address, nil); n != nonce {
		t.Errorf("requester nonce %d after resume, was %d: something was sent again", n, nonce)
	}
	if b, _ := d2.Client().BlockNumber(ctx); b != block {
		t.Errorf("head block %d after resume, was %d", b, block)
	}
	if _, err := d2.IPFS().Get(ctx, m.Chunks[9].Tasks[7], document.MaxTaskSize); err != nil {
		t.Errorf("task of the last chunk after resume: %v", err)
	}
	if a, err := d2.Account(Bob); err != nil || a.Address() != first.Wallets[2].Address {
		t.Errorf("bob after resume: %v", err)
	}
	if err := d2.Close(); err != nil {
		t.Fatal(err)
	}

	// A devnet whose parts were deleted by hand is not resumed half-way.
	ritaKey, err := d2.store.Find(first.Wallets[6].Address)
	if err != nil {
		t.Fatal(err)
	}
	away := filepath.Join(t.TempDir(), "rita.json")
	if err := os.Rename(ritaKey.Path, away); err != nil {
		t.Fatal(err)
	}
	if d, err := Start(ctx, Options{Dir: dir, Quiet: true}); err == nil || !strings.Contains(err.Error(), "wallet rita") || !strings.Contains(err.Error(), "--fresh") {
		if err == nil {
			d.Close()
		}
		t.Errorf("resume without rita's key: %v", err)
	}
	if err := os.Rename(away, ritaKey.Path); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, chainDir)); err != nil {
		t.Fatal(err)
	}
	if d, err := Start(ctx, Options{Dir: dir, Quiet: true}); err == nil || !strings.Contains(err.Error(), "no KappaToken at "+first.Token.Hex()) {
		if err == nil {
			d.Close()
		}
		t.Errorf("resume without the chain: %v", err)
	}

	// Fresh: new wallets, a new chain; files of the user's own survive.
	mine := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(mine, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	d3 := startT(t, ctx, Options{Dir: dir, Fresh: true})
	if d3.Resumed() {
		t.Error("fresh start says resumed")
	}
	if d3.State().Wallets[1].Address == first.Wallets[1].Address {
		t.Error("fresh start kept alice's key")
	}
	if b, _ := d3.Client().BlockNumber(ctx); b >= block {
		t.Errorf("fresh chain at block %d, the old one was at %d", b, block)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("fresh start deleted a file it does not own: %v", err)
	}
}

// TestStartErrors covers input refused before anything runs.
func TestStartErrors(t *testing.T) {
	ctx := testContext(t)
	corrupt := t.TempDir()
	if err := os.WriteFile(filepath.Join(corrupt, stateFile), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	old := t.TempDir()
	if err := os.WriteFile(filepath.Join(old, stateFile), []byte(`{"version":99,"complete":true}`), 0o600); err != nil {
		t.Fatal(err)
	}
	// A geth directory: a keystore with a real key, no devnet.json.
	gethDir := t.TempDir()
	gethKey := filepath.Join(gethDir, keystoreDir, "UTC--key")
	if err := os.MkdirAll(filepath.Dir(gethKey), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gethKey, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if _, err := os.Stat(gethKey); err != nil {
			t.Errorf("a key of a directory that is not a devnet's was touched: %v", err)
		}
	}()
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"no directory", Options{}, "no directory"},
		{"someone else's keystore", Options{Dir: gethDir}, "[keystore] but no devnet.json"},
		{"someone else's keystore, fresh", Options{Dir: gethDir, Fresh: true}, "not a devnet's directory"},
		{"negative port", Options{Dir: t.TempDir(), RPCPort: -1}, "outside 0-65535"},
		{"port too large", Options{Dir: t.TempDir(), IPFSPort: 70000}, "outside 0-65535"},
		{"same port twice", Options{Dir: t.TempDir(), RPCPort: 18545, IPFSPort: 18545}, "both 18545"},
		{"corrupt devnet.json", Options{Dir: corrupt}, "--fresh"},
		{"newer devnet.json", Options{Dir: old}, "version 99"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Start(ctx, tc.opts)
			if err == nil {
				d.Close()
				t.Fatal("Start succeeded")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

// TestPortInUse: a taken port is a clear error and leaves nothing behind,
// so the same directory starts next time on fixed free ports.
func TestPortInUse(t *testing.T) {
	ctx := testContext(t)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := taken.Addr().(*net.TCPAddr).Port
	dir := t.TempDir()

	for _, tc := range []struct {
		name string
		opts Options
		flag string
	}{
		{"ipfs", Options{Dir: dir, IPFSPort: port, Quiet: true}, "--ipfs-port"},
		{"rpc", Options{Dir: dir, RPCPort: port, Quiet: true}, "--rpc-port"},
	} {
		d, err := Start(ctx, tc.opts)
		if err == nil {
			d.Close()
			t.Fatalf("%s port in use: Start succeeded", tc.name)
		}
		if !errors.Is(err, ErrPortInUse) || !strings.Contains(err.Error(), tc.flag) {
			t.Errorf("%s port in use: error %q should wrap ErrPortInUse and name %s", tc.name, err, tc.flag)
		}
	}

	// Both ports fixed: the IPFS API is served on the one asked for. The
	// failed start above left a half set-up directory: it is redone.
	rpcPort, ipfsPort := freePort(t), freePort(t)
	var steps []string
	d := startT(t, ctx, Options{Dir: dir, RPCPort: rpcPort, IPFSPort: ipfsPort, Progress: func(m string) { steps = append(steps, m) }})
	if len(steps) == 0 || !strings.Contains(steps[0], "did not finish") || d.Resumed() {
		t.Errorf("start after a failed setup: steps %q, resumed %v", steps, d.Resumed())
	}
	if want := "http://127.0.0.1:" + itoa(rpcPort); d.RPCURL() != want {
		t.Errorf("rpc url %s, want %s", d.RPCURL(), want)
	}
	if want := "/ip4/127.0.0.1/tcp/" + itoa(ipfsPort); d.IPFSMultiaddr() != want {
		t.Errorf("ipfs api %s, want %s", d.IPFSMultiaddr(), want)
	}
	if _, err := d.IPFS().Get(ctx, d.ManifestCID(), document.MaxManifestSize); err != nil {
		t.Errorf("manifest through port %d: %v", ipfsPort, err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if c, err := net.DialTimeout("tcp", d.IPFSAPI(), time.Second); err == nil {
		c.Close()
		t.Error("IPFS port still served after Close")
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// TestInterruptedSetup: a start canceled halfway (Ctrl-C while deploying)
// fails, releases the directory and both nodes, and the next start sets the
// devnet up again from scratch.
func TestInterruptedSetup(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d, err := Start(cctx, Options{Dir: dir, Quiet: true, Progress: func(m string) {
		if strings.HasPrefix(m, "minting") {
			cancel()
		}
	}})
	if err == nil {
		d.Close()
		t.Fatal("canceled start succeeded")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("canceled start: %v, want context.Canceled", err)
	}
	var steps []string
	d = startT(t, ctx, Options{Dir: dir, Progress: func(m string) { steps = append(steps, m) }})
	if len(steps) == 0 || !strings.Contains(steps[0], "did not finish") || d.Resumed() {
		t.Errorf("start after an interrupted setup: steps %q, resumed %v", steps, d.Resumed())
	}
	if _, err := d.CampaignInfo(ctx); err != nil {
		t.Error(err)
	}
}
