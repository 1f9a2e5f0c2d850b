package chain

import (
	"errors"
	"math/big"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client/journal"
)

func TestWrongChainIDRefusedBeforeSigning(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	var signs atomic.Int32
	cfg := fastConfig(acct, big.NewInt(1), j) // mainnet id, node serves 1337
	cfg.Sign = acct.signFunc(big.NewInt(1), &signs)
	s := newSender(t, sim.Client(), cfg)

	_, err := s.Send(ctxT(t), transfer(1, 5))
	var cerr *ChainIDError
	if !errors.As(err, &cerr) || cerr.Want.Int64() != 1 || cerr.Got.Int64() != 1337 {
		t.Fatalf("Send on the wrong chain: %v, want *ChainIDError 1 vs 1337", err)
	}
	if n := signs.Load(); n != 0 {
		t.Errorf("signer called %d times on the wrong chain", n)
	}
	if all, _ := j.Intents(nil); len(all) != 0 {
		t.Errorf("%d intents journaled on the wrong chain", len(all))
	}
	if _, err := s.Reconcile(ctxT(t)); !errors.As(err, &cerr) {
		t.Errorf("Reconcile on the wrong chain: %v", err)
	}
}

func TestSendTransferOnceAndIdempotent(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	var signs atomic.Int32
	cfg := fastConfig(acct, simChainID, j)
	cfg.Sign = acct.signFunc(simChainID, &signs)
	s := newSender(t, c, cfg)

	res, err := s.Send(ctxT(t), transfer(1, 12345))
	if err != nil {
		t.Fatal(err)
	}
	if res.Receipt.Status != 1 || res.Intent.State != journal.StateMined || res.Intent.Nonce != 0 {
		t.Fatalf("result = %+v", res.Intent)
	}
	if got, _, _ := j.IntentByKey(res.Intent.Key); got.State != journal.StateMined || got.Block == 0 || got.GasUsed == 0 {
		t.Errorf("journaled intent = %+v", got)
	}
	// The same request again is the same action: nothing new is signed.
	again, err := s.Send(ctxT(t), transfer(1, 12345))
	if err != nil {
		t.Fatal(err)
	}
	if again.Receipt.TxHash != res.Receipt.TxHash || signs.Load() != 1 {
		t.Errorf("second Send signed %d txs, hash %s vs %s", signs.Load(), again.Receipt.TxHash, res.Receipt.TxHash)
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(12345)) != 0 {
		t.Errorf("recipient balance = %s, want 12345", got)
	}
	if n := nonce(t, c, acct.addr); n != 1 {
		t.Errorf("account nonce = %d, want 1", n)
	}
}

func TestConcurrentSendsGetConsecutiveNonces(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))

	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	nonces := make([]uint64, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Send(ctxT(t), transfer(uint64(i), int64(1000+i)))
			errs[i] = err
			if err == nil {
				nonces[i] = res.Intent.Nonce
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	sort.Slice(nonces, func(a, b int) bool { return nonces[a] < nonces[b] })
	for i, got := range nonces {
		if got != uint64(i) {
			t.Fatalf("nonces = %v, want 0..%d", nonces, n-1)
		}
	}
	want := big.NewInt(0)
	for i := range n {
		want.Add(want, big.NewInt(int64(1000+i)))
	}
	if got := balance(t, c, recipient); got.Cmp(want) != 0 {
		t.Errorf("recipient balance = %s, want %s", got, want)
	}
	if got := nonce(t, c, acct.addr); got != n {
		t.Errorf("account nonce = %d, want %d", got, n)
	}
}

// TestCrashPoints stops Send at each step as a crash would, then a fresh
// Sender over the same journal reconciles and the request is sent again, as
// a restarted client does. Exactly one transfer must land.
func TestCrashPoints(t *testing.T) {
	tests := []struct {
		step       step
		wantIntent bool   // journaled before the crash
		wantReport string // what Reconcile does with it
	}{
		// Signed but not journaled: nothing can have been sent.
		{stepSigned, false, ""},
		// Journaled, never broadcast: Reconcile broadcasts the same bytes.
		{stepJournaled, true, "sent"},
		// Broadcast and mined while "down": Reconcile finds the receipt.
		{stepBroadcast, true, "mined"},
		// Mined, receipt seen, killed before recording it.
		{stepReceipt, true, "mined"},
	}
	for _, tc := range tests {
		t.Run(string(tc.step), func(t *testing.T) {
			acct := newAccount(t)
			sim := newSim(t, acct.alloc())
			c := sim.Client()
			path := filepath.Join(t.TempDir(), "j.db")
			j := openJournal(t, path)
			s := newSender(t, c, fastConfig(acct, simChainID, j))
			var crashed journal.Intent
			s.hook = func(st step, in journal.Intent) error {
				if st == tc.step {
					crashed = in
					return errCrash
				}
				return nil
			}
			if _, err := s.Send(ctxT(t), transfer(3, 777)); !errors.Is(err, errCrash) {
				t.Fatalf("Send: %v, want the crash", err)
			}
			if tc.step == stepBroadcast {
				// let the auto-miner include it before the "restart"
				waitReceipt(t, c, crashed.Hash)
			}

			// Restart: a new Sender on the same journal.
			restarted := newSender(t, c, fastConfig(acct, simChainID, j))
			rep, err := restarted.Reconcile(ctxT(t))
			if err != nil {
				t.Fatal(err)
			}
			open, _ := j.Intents(nil)
			if got := len(open) == 1; got != tc.wantIntent {
				t.Fatalf("journaled intents after crash = %d, want intent=%v", len(open), tc.wantIntent)
			}
			switch tc.wantReport {
			case "sent":
				if len(rep.Sent) != 1 || rep.Sent[0] != crashed.ID {
					t.Errorf("report = %+v, want intent %d rebroadcast", rep, crashed.ID)
				}
			case "mined":
				if len(rep.Mined) != 1 || rep.Mined[0] != crashed.ID {
					t.Errorf("report = %+v, want intent %d mined", rep, crashed.ID)
				}
			}
			res, err := restarted.Send(ctxT(t), transfer(3, 777))
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantIntent && res.Receipt.TxHash != crashed.Hash {
				t.Errorf("landed tx %s, want the journaled %s", res.Receipt.TxHash, crashed.Hash)
			}
			if got := balance(t, c, recipient); got.Cmp(big.NewInt(777)) != 0 {
				t.Errorf("recipient balance = %s, want exactly one transfer of 777", got)
			}
			if got := nonce(t, c, acct.addr); got != 1 {
				t.Errorf("account nonce = %d, want 1 transaction", got)
			}
		})
	}
}

func TestBadInputIsAClearError(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	good := fastConfig(acct, simChainID, j)

	configs := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no chain id", func(c *Config) { c.ChainID = nil }, "chain id must be positive"},
		{"zero from", func(c *Config) { c.From = [20]byte{} }, "sign function for the zero address"},
		{"no signer", func(c *Config) { c.Sign = nil }, "has no sign function"},
		{"no journal", func(c *Config) { c.Journal = nil }, "no journal"},
	}
	for _, tc := range configs {
		t.Run("config/"+tc.name, func(t *testing.T) {
			cfg := good
			tc.edit(&cfg)
			if _, err := New(sim.Client(), cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want %q", err, tc.want)
			}
		})
	}

	s := newSender(t, sim.Client(), good)
	requests := []struct {
		name string
		req  Request
		want string
	}{
		{"no destination", Request{Kind: journal.KindClaim, Chunk: 4}, "claim chunk 4: no destination address"},
		{"negative value", Request{Kind: journal.KindClaim, Chunk: 4, To: recipient, Value: big.NewInt(-1)}, "claim chunk 4: negative value -1"},
		{"deploy with destination", Request{Kind: "deploy", Deploy: true, To: recipient, Data: []byte{0}}, "deploy request with destination"},
		{"deploy without code", Request{Kind: "deploy", Deploy: true}, "deploy request without init code"},
		{"bad kind", Request{Kind: "Claim Chunk", To: recipient, GasLimit: 21000}, `kind "Claim Chunk"`},
	}
	for _, tc := range requests {
		t.Run("request/"+tc.name, func(t *testing.T) {
			_, err := s.Send(ctxT(t), tc.req)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Send: %v, want %q", err, tc.want)
			}
		})
	}
	if n := nonce(t, sim.Client(), acct.addr); n != 0 {
		t.Errorf("bad requests sent %d transactions", n)
	}
}

// TestSignerMustSignWhatWasAsked: a signer for another key or another chain
// is caught before anything is journaled.
func TestSignerMustSignWhatWasAsked(t *testing.T) {
	acct, other := newAccount(t), newAccount(t)
	sim := newSim(t, acct.alloc())
	tests := []struct {
		name string
		sign SignFunc
		want string
	}{
		{"other key", other.signFunc(simChainID, nil), "sign: signed by " + other.addr.Hex()},
		{"other chain", func(tx *types.Transaction) (*types.Transaction, error) {
			five := big.NewInt(5)
			return types.SignNewTx(acct.key, types.LatestSignerForChainID(five), &types.DynamicFeeTx{
				ChainID: five, Nonce: tx.Nonce(), Gas: tx.Gas(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
				To: tx.To(), Value: tx.Value(), Data: tx.Data(),
			})
		}, "sign: signed for chain id 5, want 1337"},
		{"signer error", func(*types.Transaction) (*types.Transaction, error) { return nil, errors.New("wallet locked") }, "sign: wallet locked"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
			cfg := fastConfig(acct, simChainID, j)
			cfg.Sign = tc.sign
			s := newSender(t, sim.Client(), cfg)
			_, err := s.Send(ctxT(t), transfer(1, 1))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Send: %v, want %q", err, tc.want)
			}
			if all, _ := j.Intents(nil); len(all) != 0 {
				t.Errorf("%d intents journaled with a bad signature", len(all))
			}
		})
	}
}

// TestConcurrentSendsOfOneAction: the same request sent from several
// goroutines at once (a double key press) produces one transaction.
func TestConcurrentSendsOfOneAction(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))
	const n = 5
	hashes := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Send(ctxT(t), transfer(9, 77))
			if err != nil {
				t.Error(err)
				return
			}
			hashes[i] = res.Receipt.TxHash.Hex()
		}()
	}
	wg.Wait()
	for _, h := range hashes[1:] {
		if h != hashes[0] {
			t.Errorf("receipts differ: %v", hashes)
		}
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(77)) != 0 {
		t.Errorf("recipient balance = %s, want 77 (one transfer)", got)
	}
	if got := nonce(t, c, acct.addr); got != 1 {
		t.Errorf("account nonce = %d, want 1", got)
	}
}

// TestReconcileWithoutWallet: what a crashed run left open is settled before
// any wallet is unlocked; sending needs one.
func TestReconcileWithoutWallet(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))
	s.hook = func(st step, _ journal.Intent) error {
		if st == stepJournaled {
			return errCrash
		}
		return nil
	}
	if _, err := s.Send(ctxT(t), transfer(1, 11)); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}

	ro := newSender(t, c, Config{ChainID: simChainID, Journal: j, PollInterval: 10 * time.Millisecond})
	rep, err := ro.Reconcile(ctxT(t))
	if err != nil || len(rep.Sent)+len(rep.Mined) != 1 {
		t.Fatalf("Reconcile = %+v, %v", rep, err)
	}
	for _, id := range append(rep.Sent, rep.Mined...) {
		if res, err := ro.Wait(ctxT(t), id); err != nil || res.Receipt.Status != 1 {
			t.Fatalf("Wait(%d) = %v", id, err)
		}
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(11)) != 0 {
		t.Errorf("recipient balance = %s, want 11", got)
	}
	if _, err := ro.Send(ctxT(t), transfer(2, 1)); !errors.Is(err, ErrNoWallet) {
		t.Errorf("Send without a wallet: %v, want ErrNoWallet", err)
	}
}
