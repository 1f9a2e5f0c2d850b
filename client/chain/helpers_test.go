package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client/journal"
)

var _ Backend = (simulated.Client)(nil)

// simChainID is the chain id of go-ethereum's simulated backend.
var simChainID = big.NewInt(1337)

var (
	recipient = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	campaign  = common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
)

// errCrash stands for the process dying at a step, in in-process tests.
var errCrash = errors.New("simulated crash")

// testAccount is a funded key.
type testAccount struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t testing.TB) testAccount {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return testAccount{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

func (a testAccount) alloc() types.GenesisAlloc {
	return types.GenesisAlloc{a.addr: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}
}

// signFunc signs with the account's key and counts its calls.
func (a testAccount) signFunc(chainID *big.Int, calls *atomic.Int32) SignFunc {
	opts := bind.NewKeyedTransactor(a.key, chainID)
	return func(tx *types.Transaction) (*types.Transaction, error) {
		if calls != nil {
			calls.Add(1)
		}
		return opts.Signer(a.addr, tx)
	}
}

// newSim starts a simulated chain that mines a block every few milliseconds
// until the test ends, so Send's receipt polling sees its transactions.
func newSim(t testing.TB, alloc types.GenesisAlloc) *simulated.Backend {
	t.Helper()
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { sim.Close() })
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() }) // runs before Close
	return sim
}

func openJournal(t testing.TB, path string) *journal.Journal {
	t.Helper()
	j, err := journal.Open(path, journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

// fastConfig polls and retries quickly, for tests.
func fastConfig(acct testAccount, chainID *big.Int, j *journal.Journal) Config {
	return Config{
		ChainID: chainID, From: acct.addr, Sign: acct.signFunc(chainID, nil), Journal: j,
		PollInterval: 10 * time.Millisecond, RebroadcastInterval: 500 * time.Millisecond,
		CallTimeout: 5 * time.Second,
		Retry:       Retry{Attempts: 6, Base: 10 * time.Millisecond, Max: 200 * time.Millisecond},
	}
}

func newSender(t testing.TB, b Backend, cfg Config) *Sender {
	t.Helper()
	s, err := New(b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func transfer(chunk uint64, wei int64) Request {
	return Request{Kind: "transfer", Campaign: campaign, Chunk: chunk, To: recipient, Value: big.NewInt(wei)}
}

func balance(t testing.TB, b Backend, a common.Address) *big.Int {
	t.Helper()
	bal, err := b.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	}).BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return bal
}

func nonce(t testing.TB, b Backend, a common.Address) uint64 {
	t.Helper()
	n, err := b.NonceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// reverterCode reads testdata/reverter.asm and returns its bytecode.
func reverterCode(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "reverter.asm"))
	if err != nil {
		t.Fatal(err)
	}
	var code []byte
	for _, line := range strings.Split(string(src), "\n") {
		h, _, _ := strings.Cut(line, "#")
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		b, err := hex.DecodeString(h)
		if err != nil {
			t.Fatalf("reverter.asm: %q: %v", line, err)
		}
		code = append(code, b...)
	}
	return code
}

// deployReverter deploys testdata/reverter.asm from acct and returns its
// address; the chain must be mining.
func deployReverter(t testing.TB, b Backend, acct testAccount, chainID *big.Int) common.Address {
	t.Helper()
	ctx := ctxT(t)
	code := reverterCode(t)
	n, err := b.PendingNonceAt(ctx, acct.addr)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := b.EstimateGas(ctx, ethereum.CallMsg{From: acct.addr, Data: code})
	if err != nil {
		t.Fatalf("estimate deploy: %v", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(acct.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: n, Gas: gas * 2, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Data: code,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	addr, err := bind.WaitDeployed(ctx, b, tx.Hash())
	if err != nil {
		t.Fatalf("deploy reverter: %v", err)
	}
	return addr
}

// flaky wraps a Backend and fails the next n calls of the named methods
// with connection refused, as a dead RPC endpoint would.
type flaky struct {
	Backend
	mu    sync.Mutex
	fails map[string]int
	calls map[string]int
}

func newFlaky(b Backend) *flaky {
	return &flaky{Backend: b, fails: map[string]int{}, calls: map[string]int{}}
}

func (f *flaky) failNext(method string, n int) {
	f.mu.Lock()
	f.fails[method] = n
	f.mu.Unlock()
}

func (f *flaky) fail(method string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls[method]++
	if f.fails[method] > 0 {
		f.fails[method]--
		return &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}
	}
	return nil
}

func (f *flaky) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.fail("SendTransaction"); err != nil {
		return err
	}
	return f.Backend.SendTransaction(ctx, tx)
}

func (f *flaky) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.fail("TransactionReceipt"); err != nil {
		return nil, err
	}
	return f.Backend.TransactionReceipt(ctx, h)
}

func (f *flaky) ChainID(ctx context.Context) (*big.Int, error) {
	if err := f.fail("ChainID"); err != nil {
		return nil, err
	}
	return f.Backend.ChainID(ctx)
}

// waitReceipt polls for a receipt; the chain must be mining.
func waitReceipt(t testing.TB, b Backend, h common.Hash) *types.Receipt {
	t.Helper()
	ctx := ctxT(t)
	for {
		r, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) && !transient(err) {
			t.Fatalf("receipt of %s: %v", h, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", h, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
