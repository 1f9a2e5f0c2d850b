package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

var oneEther = big.NewInt(params.Ether)

// funded returns a fresh key and an alloc giving it 100 ether.
func funded(t testing.TB) (*ecdsa.PrivateKey, common.Address, types.GenesisAlloc) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	return key, addr, Fund(new(big.Int).Mul(big.NewInt(100), oneEther), addr)
}

func start(t testing.TB, opts Options) *Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// send signs and sends a value transfer of value wei from key to to.
func send(t testing.TB, client *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatalf("tip: %v", err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: params.TxGas, To: &to, Value: value,
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}

// transfer sends value wei from key to to over client and waits for the
// receipt, failing the test unless the transaction succeeded.
func transfer(t testing.TB, client *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Receipt {
	t.Helper()
	tx := send(t, client, key, to, value)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		receipt, err := client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if receipt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer %s reverted", tx.Hash())
			}
			return receipt
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v (last error %v)", tx.Hash(), ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func balance(t testing.TB, client *ethclient.Client, addr common.Address) *big.Int {
	t.Helper()
	b, err := client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatalf("balance of %s: %v", addr, err)
	}
	return b
}

// TestTransferOverHTTP sends a value transfer through the HTTP endpoint a
// separate process would use and checks receipt, balances and chain id.
func TestTransferOverHTTP(t *testing.T) {
	key, from, alloc := funded(t)
	c := start(t, Options{Alloc: alloc})

	if got := c.ChainID(); got.Cmp(big.NewInt(DefaultChainID)) != 0 {
		t.Errorf("ChainID() = %v, want %d", got, DefaultChainID)
	}
	if !strings.HasPrefix(c.RPCURL(), "http://127.0.0.1:") || c.HTTPPort() == 0 {
		t.Fatalf("RPCURL() = %q, HTTPPort() = %d: want a bound loopback port", c.RPCURL(), c.HTTPPort())
	}
	client, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	id, err := client.ChainID(context.Background())
	if err != nil || id.Int64() != DefaultChainID {
		t.Fatalf("eth_chainId over http = %v, %v; want %d", id, err, DefaultChainID)
	}

	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	value := big.NewInt(1_234_567_891_011)
	receipt := transfer(t, client, key, to, value)
	if receipt.BlockNumber.Sign() <= 0 {
		t.Errorf("receipt in block %v, want a mined block", receipt.BlockNumber)
	}
	if got := balance(t, client, to); got.Cmp(value) != 0 {
		t.Errorf("recipient balance = %v, want %v", got, value)
	}
	// The sender paid exactly value plus gas at the effective price.
	fee := new(big.Int).Mul(new(big.Int).SetUint64(receipt.GasUsed), receipt.EffectiveGasPrice)
	want := new(big.Int).Sub(alloc[from].Balance, value)
	want.Sub(want, fee)
	if got := balance(t, c.Client(), from); got.Cmp(want) != 0 {
		t.Errorf("sender balance = %v, want %v", got, want)
	}
}

// TestReceiptOnSend: with instant mining a transaction is in a block by the
// time eth_sendRawTransaction answers, over HTTP and in process alike, so
// the first receipt lookup (bind.WaitMined's) finds it.
func TestReceiptOnSend(t *testing.T) {
	key, _, alloc := funded(t)
	c := start(t, Options{Alloc: alloc})
	overHTTP, err := ethclient.Dial(c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer overHTTP.Close()
	to := common.HexToAddress("0x0000000000000000000000000000000000000123")
	for name, client := range map[string]*ethclient.Client{"in-process": c.Client(), "http": overHTTP} {
		for i := range 5 {
			tx := send(t, client, key, to, big.NewInt(1))
			receipt, err := client.TransactionReceipt(context.Background(), tx.Hash())
			if err != nil {
				t.Fatalf("%s transfer %d: no receipt right after send: %v", name, i, err)
			}
			if receipt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("%s transfer %d reverted", name, i)
			}
		}
	}
	if got := balance(t, c.Client(), to); got.Int64() != 10 {
		t.Errorf("balance = %v, want 10", got)
	}
	// go-ethereum's own checks still apply: a transaction without replay
	// protection is refused.
	legacy, err := types.SignNewTx(key, types.HomesteadSigner{}, &types.LegacyTx{
		Nonce: 10, GasPrice: big.NewInt(params.GWei), Gas: params.TxGas, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := overHTTP.SendTransaction(context.Background(), legacy); err == nil || !strings.Contains(err.Error(), "EIP-155") {
		t.Errorf("unprotected transaction: err = %v, want the EIP-155 refusal", err)
	}
}

// TestRestartResumes restarts on the same directory: balances and height
// survive, and a different genesis is refused rather than silently ignored.
func TestRestartResumes(t *testing.T) {
	dir := t.TempDir()
	key, _, alloc := funded(t)
	to := common.HexToAddress("0x0000000000000000000000000000000000000bee")
	value := big.NewInt(42)

	c, err := Start(context.Background(), Options{Dir: dir, Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	transfer(t, c.Client(), key, to, value)
	height, err := c.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	c = start(t, Options{Dir: dir, Alloc: alloc})
	if got := balance(t, c.Client(), to); got.Cmp(value) != 0 {
		t.Errorf("balance after restart = %v, want %v", got, value)
	}
	got, err := c.Client().BlockNumber(context.Background())
	if err != nil || got != height {
		t.Errorf("height after restart = %d, %v; want %d", got, err, height)
	}
	// The resumed chain keeps mining.
	transfer(t, c.Client(), key, to, value)
	if got := balance(t, c.Client(), to); got.Cmp(big.NewInt(84)) != 0 {
		t.Errorf("balance after second transfer = %v, want 84", got)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	_, _, other := funded(t)
	_, err = Start(context.Background(), Options{Dir: dir, Alloc: other})
	if !errors.Is(err, ErrGenesisMismatch) {
		t.Fatalf("restart with another alloc: err = %v, want ErrGenesisMismatch", err)
	}
}

// TestDirInUse: two chains on one directory would corrupt it; the second
// Start must fail and say so.
func TestDirInUse(t *testing.T) {
	dir := t.TempDir()
	start(t, Options{Dir: dir})
	c, err := Start(context.Background(), Options{Dir: dir})
	if err == nil {
		c.Close()
		t.Fatal("second Start on a directory in use succeeded")
	}
	if !strings.Contains(err.Error(), dir) {
		t.Errorf("error %q does not name the directory", err)
	}
}

func TestCloseTwice(t *testing.T) {
	c, err := Start(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := c.Mine(); !errors.Is(err, ErrClosed) {
		t.Errorf("Mine after Close: err = %v, want ErrClosed", err)
	}
	if err := c.AdvanceTime(time.Hour); !errors.Is(err, ErrClosed) {
		t.Errorf("AdvanceTime after Close: err = %v, want ErrClosed", err)
	}
}

func TestPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port

	c, err := Start(context.Background(), Options{HTTPPort: port})
	if err == nil {
		c.Close()
		t.Fatalf("Start on busy port %d succeeded", port)
	}
	if !errors.Is(err, syscall.EADDRINUSE) {
		t.Errorf("err = %v, want EADDRINUSE", err)
	}
	if !strings.Contains(err.Error(), l.Addr().String()) {
		t.Errorf("error %q does not name %s", err, l.Addr())
	}
}

func TestGivenPortAndChainID(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()

	c := start(t, Options{HTTPPort: port, ChainID: big.NewInt(31337)})
	if c.HTTPPort() != port {
		t.Errorf("HTTPPort() = %d, want %d", c.HTTPPort(), port)
	}
	id, err := c.Client().ChainID(context.Background())
	if err != nil || id.Int64() != 31337 {
		t.Errorf("chain id = %v, %v; want 31337", id, err)
	}
}

func TestAdvanceTime(t *testing.T) {
	c := start(t, Options{})
	ctx := context.Background()
	before, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(90 * time.Minute); err != nil {
		t.Fatalf("AdvanceTime: %v", err)
	}
	after, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() != before.Number.Uint64()+1 {
		t.Errorf("head %v -> %v, want one new block", before.Number, after.Number)
	}
	if got, want := after.Time-before.Time, uint64(90*60); got != want {
		t.Errorf("time advanced by %ds, want %ds", got, want)
	}
	// A later block never goes back to the wall clock.
	if _, err := c.Mine(); err != nil {
		t.Fatal(err)
	}
	next, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time <= after.Time {
		t.Errorf("block after AdvanceTime has time %d <= %d", next.Time, after.Time)
	}
	if err := c.AdvanceTime(500 * time.Millisecond); err == nil {
		t.Error("AdvanceTime(500ms) succeeded, want an error (whole seconds only)")
	}
}

// TestAdvanceTimeWithTraffic: transfers sent while AdvanceTime runs are
// mined, not lost, whichever of the two gets the sealer first.
func TestAdvanceTimeWithTraffic(t *testing.T) {
	key, _, alloc := funded(t)
	c := start(t, Options{Alloc: alloc})
	to := common.HexToAddress("0x0000000000000000000000000000000000000abc")
	done := make(chan error, 1)
	go func() {
		var err error
		for range 20 {
			if err = c.AdvanceTime(time.Second); err != nil {
				break
			}
		}
		done <- err
	}()
	for range 10 {
		transfer(t, c.Client(), key, to, big.NewInt(1))
	}
	if err := <-done; err != nil {
		t.Fatalf("AdvanceTime under traffic: %v", err)
	}
	if got := balance(t, c.Client(), to); got.Int64() != 10 {
		t.Errorf("balance = %v, want 10", got)
	}
}

// TestPragueRules: EditGenesis turns the forks after Prague off, which the
// gas tables are reported under.
func TestPragueRules(t *testing.T) {
	c := start(t, Options{EditGenesis: func(cfg *params.ChainConfig) {
		cfg.OsakaTime, cfg.BogotaTime = nil, nil
	}})
	head, err := c.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := c.Config()
	if !cfg.IsPrague(head.Number, head.Time) || cfg.IsOsaka(head.Number, head.Time) {
		t.Errorf("Prague %v Osaka %v, want Prague only", cfg.IsPrague(head.Number, head.Time), cfg.IsOsaka(head.Number, head.Time))
	}
	if params.AllDevChainProtocolChanges.OsakaTime == nil {
		t.Error("EditGenesis wrote through to params.AllDevChainProtocolChanges")
	}
	dflt := start(t, Options{})
	if !dflt.Config().IsOsaka(head.Number, head.Time) {
		t.Error("default dev chain is not on Osaka")
	}
}

// TestBlockPeriod: with a period, empty blocks keep coming.
func TestBlockPeriod(t *testing.T) {
	c := start(t, Options{BlockPeriod: 50 * time.Millisecond})
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := c.Client().BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n >= 3 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d blocks with a 50ms period after 20s", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"negative period", Options{BlockPeriod: -time.Second}, "block period"},
		{"port too large", Options{HTTPPort: 70000}, "http port 70000"},
		{"zero chain id", Options{ChainID: big.NewInt(0)}, "chain id 0"},
		{"tiny gas limit", Options{GasLimit: 10}, "gas limit 10"},
		{"negative balance", Options{Alloc: Fund(big.NewInt(-1), common.Address{1})}, "negative balance"},
		{"balance over 256 bits", Options{Alloc: Fund(new(big.Int).Lsh(big.NewInt(1), 256), common.Address{1})}, "above 2^256-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Start(context.Background(), tt.opts)
			if err == nil {
				c.Close()
				t.Fatal("Start succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

// BenchmarkStart measures a fresh chain's start (reported as ms/start) and
// start plus clean shutdown (ns/op).
func BenchmarkStart(b *testing.B) {
	_, _, alloc := funded(b)
	for _, bc := range []struct {
		name string
		disk bool
	}{{"memory", false}, {"disk", true}} {
		b.Run(bc.name, func(b *testing.B) {
			var starting time.Duration
			for b.Loop() {
				opts := Options{Alloc: alloc}
				if bc.disk {
					opts.Dir = b.TempDir()
				}
				t0 := time.Now()
				c, err := Start(context.Background(), opts)
				if err != nil {
					b.Fatal(err)
				}
				starting += time.Since(t0)
				if err := c.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(starting.Microseconds())/1000/float64(b.N), "ms/start")
		})
	}
}

// BenchmarkTransfer measures one value transfer from signing to receipt
// with instant mining: the floor under every transaction a devnet flow
// sends.
func BenchmarkTransfer(b *testing.B) {
	for _, disk := range []bool{false, true} {
		key, _, alloc := funded(b)
		opts := Options{Alloc: alloc}
		where := "memory"
		if disk {
			opts.Dir, where = b.TempDir(), "disk"
		}
		c := start(b, opts)
		overHTTP, err := ethclient.Dial(c.RPCURL())
		if err != nil {
			b.Fatal(err)
		}
		defer overHTTP.Close()
		to := common.HexToAddress("0x0000000000000000000000000000000000000456")
		for _, bc := range []struct {
			name   string
			client *ethclient.Client
		}{{"inproc", c.Client()}, {"http", overHTTP}} {
			b.Run(where+"/"+bc.name, func(b *testing.B) {
				for b.Loop() {
					tx := send(b, bc.client, key, to, big.NewInt(1))
					if _, err := bc.client.TransactionReceipt(context.Background(), tx.Hash()); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkResume measures restarting on an existing directory (ms/start)
// and restart plus shutdown (ns/op).
func BenchmarkResume(b *testing.B) {
	_, _, alloc := funded(b)
	dir := b.TempDir()
	c, err := Start(context.Background(), Options{Dir: dir, Alloc: alloc})
	if err != nil {
		b.Fatal(err)
	}
	c.Close()
	var starting time.Duration
	for b.Loop() {
		t0 := time.Now()
		c, err := Start(context.Background(), Options{Dir: dir, Alloc: alloc})
		if err != nil {
			b.Fatal(err)
		}
		starting += time.Since(t0)
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(starting.Microseconds())/1000/float64(b.N), "ms/start")
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	if c, err := Start(ctx, Options{Dir: dir}); !errors.Is(err, context.Canceled) {
		if c != nil {
			c.Close()
		}
		t.Fatalf("Start with a canceled context: err = %v, want context.Canceled", err)
	}
	// Nothing was created: the directory can be used right away.
	start(t, Options{Dir: dir})
}

// TestIPC: an IPC endpoint is served only when asked for, inside Dir.
func TestIPC(t *testing.T) {
	dir := t.TempDir()
	c := start(t, Options{Dir: dir, IPCPath: "kappa.ipc"})
	if want := filepath.Join(dir, "kappa.ipc"); c.IPCEndpoint() != want {
		t.Errorf("IPCEndpoint() = %q, want %q", c.IPCEndpoint(), want)
	}
	client, err := ethclient.Dial(c.IPCEndpoint())
	if err != nil {
		t.Fatalf("dial ipc: %v", err)
	}
	defer client.Close()
	if id, err := client.ChainID(context.Background()); err != nil || id.Cmp(c.ChainID()) != 0 {
		t.Errorf("chain id over ipc = %v, %v", id, err)
	}

	plain := t.TempDir()
	if c := start(t, Options{Dir: plain}); c.IPCEndpoint() != "" {
		t.Errorf("IPCEndpoint() = %q without IPCPath", c.IPCEndpoint())
	}
	ipcs, _ := filepath.Glob(filepath.Join(plain, "*.ipc"))
	more, _ := filepath.Glob(filepath.Join(plain, "*", "*.ipc"))
	ipcs = append(ipcs, more...)
	if len(ipcs) != 0 {
		t.Errorf("IPC files %v written without IPCPath", ipcs)
	}
}

// TestRestartOtherConfig: the chain id and fork rules belong to the chain;
// a restart asking for others is refused and leaves the chain as it was
// (go-ethereum alone would quietly rewrite the stored chain id).
func TestRestartOtherConfig(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Dir: dir, ChainID: big.NewInt(4242)}
	c, err := Start(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	tests := []struct {
		name string
		opts Options
	}{
		{"other chain id", Options{Dir: dir, ChainID: big.NewInt(4343)}},
		{"default chain id", Options{Dir: dir}},
		{"prague rules", Options{Dir: dir, ChainID: big.NewInt(4242), EditGenesis: func(c *params.ChainConfig) {
			c.OsakaTime, c.BogotaTime = nil, nil
		}}},
	}
	for _, tt := range tests {
		c, err := Start(context.Background(), tt.opts)
		if err == nil {
			c.Close()
			t.Errorf("%s: restart succeeded, want ErrGenesisMismatch", tt.name)
			continue
		}
		if !errors.Is(err, ErrGenesisMismatch) || !strings.Contains(err.Error(), "4242") {
			t.Errorf("%s: err = %v, want ErrGenesisMismatch naming the stored chain id", tt.name, err)
		}
	}
	c = start(t, opts)
	if id, err := c.Client().ChainID(context.Background()); err != nil || id.Int64() != 4242 {
		t.Errorf("chain id after refused restarts = %v, %v; want 4242", id, err)
	}
}
