package chain

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client/journal"
)

// TestTransientFailuresAreRetried: a few refused connections on every kind
// of call are ridden out by backoff; the transfer lands once.
func TestTransientFailuresAreRetried(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	f := newFlaky(sim.Client())
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, f, fastConfig(acct, simChainID, j))
	f.failNext("ChainID", 2)
	f.failNext("SendTransaction", 3)
	f.failNext("TransactionReceipt", 2)

	if _, err := s.Send(ctxT(t), transfer(1, 42)); err != nil {
		t.Fatal(err)
	}
	if got := f.count("SendTransaction"); got < 4 {
		t.Errorf("SendTransaction called %d times, want at least 4 (3 failures + success)", got)
	}
	if got := balance(t, sim.Client(), recipient); got.Cmp(big.NewInt(42)) != 0 {
		t.Errorf("recipient balance = %s, want 42", got)
	}
	if got := nonce(t, f, acct.addr); got != 1 {
		t.Errorf("nonce = %d, want 1", got)
	}
}

// TestRPCDownKeepsIntentForReconcile: when the node stays unreachable past
// the retry budget, Send reports ErrNotSent and keeps the signed bytes;
// Reconcile sends exactly those once the node is back.
func TestRPCDownKeepsIntentForReconcile(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	f := newFlaky(sim.Client())
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, f, fastConfig(acct, simChainID, j))
	f.failNext("SendTransaction", 1000)

	_, err := s.Send(ctxT(t), transfer(1, 42))
	if !errors.Is(err, ErrNotSent) {
		t.Fatalf("Send with the node down: %v, want ErrNotSent", err)
	}
	open, _ := j.OpenIntents()
	if len(open) != 1 || open[0].State != journal.StatePending {
		t.Fatalf("open intents = %+v, want one pending", open)
	}
	// A second action meanwhile takes the next nonce, not the pending one.
	f.failNext("SendTransaction", 0)
	short, cancel := context.WithTimeout(ctxT(t), 300*time.Millisecond)
	defer cancel()
	next, err := s.Send(short, transfer(2, 1))
	if err == nil {
		t.Fatalf("transfer 2 mined before transfer 1 (nonce %d)", next.Intent.Nonce)
	}
	if in, _, _ := j.IntentByKey(transfer(2, 1).key(acct.addr)); in.Nonce != 1 {
		t.Errorf("second intent nonce = %d, want 1", in.Nonce)
	}

	rep, err := s.Reconcile(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	// The first is rebroadcast; the second may already be mined behind it
	// by the time Reconcile looks at it.
	settled := append(rep.Sent, rep.Mined...)
	if len(rep.Sent) == 0 || len(settled) != 2 {
		t.Fatalf("report = %+v, want both intents rebroadcast or mined", rep)
	}
	for _, id := range settled {
		res, err := s.Wait(ctxT(t), id)
		if err != nil {
			t.Fatal(err)
		}
		in, _ := j.Intent(id)
		if res.Receipt.TxHash != in.Hash {
			t.Errorf("intent %d landed as %s, journaled %s", id, res.Receipt.TxHash, in.Hash)
		}
	}
	if got := balance(t, sim.Client(), recipient); got.Cmp(big.NewInt(43)) != 0 {
		t.Errorf("recipient balance = %s, want 43", got)
	}
	if got := nonce(t, f, acct.addr); got != 2 {
		t.Errorf("nonce = %d, want 2", got)
	}
}

// TestDroppedWhenNonceTakenElsewhere: the journaled transaction never went
// out and another wallet on the same key used its nonce. Reconcile marks it
// dropped (it can never execute), and only then is a new one signed.
func TestDroppedWhenNonceTakenElsewhere(t *testing.T) {
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
	if _, err := s.Send(ctxT(t), transfer(1, 500)); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	// Another wallet spends nonce 0.
	other := types.MustSignNewTx(acct.key, types.LatestSignerForChainID(simChainID), &types.DynamicFeeTx{
		ChainID: simChainID, Nonce: 0, Gas: 21000, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
		To: &campaign, Value: big.NewInt(1),
	})
	if err := c.SendTransaction(ctxT(t), other); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c, other.Hash())

	s.hook = nil
	rep, err := s.Reconcile(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Dropped) != 1 {
		t.Fatalf("report = %+v, want one dropped", rep)
	}
	res, err := s.Send(ctxT(t), transfer(1, 500))
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent.Nonce != 1 {
		t.Errorf("new attempt nonce = %d, want 1", res.Intent.Nonce)
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(500)) != 0 {
		t.Errorf("recipient balance = %s, want 500", got)
	}
}

// TestRejectedFreesNonce: a transaction the node refuses outright is marked
// failed, and its nonce is reused by the next one.
func TestRejectedFreesNonce(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))
	tooMuch := new(big.Int).Mul(big.NewInt(2000), big.NewInt(params.Ether)) // balance is 1000 ether
	req := transfer(1, 0)
	req.Value, req.GasLimit = tooMuch, 21000 // skip estimation, which would catch it first
	_, err := s.Send(ctxT(t), req)
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("Send: %v, want ErrRejected", err)
	}
	in, _, _ := j.IntentByKey(req.key(acct.addr))
	if in.State != journal.StateFailed {
		t.Errorf("intent state = %s, want failed", in.State)
	}
	res, err := s.Send(ctxT(t), transfer(2, 9))
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent.Nonce != 0 {
		t.Errorf("next nonce = %d, want 0 (the failed one was never used)", res.Intent.Nonce)
	}
}

func TestTransient(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{context.Canceled, false},
		{context.DeadlineExceeded, true},
		{errors.New("execution reverted"), false},
		{errors.New("transaction indexing is in progress"), true},
	}
	for _, tc := range tests {
		if got := transient(tc.err); got != tc.want {
			t.Errorf("transient(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestReplacedByJournaledBump: two journaled transactions share a nonce (a
// fee bump); when the bump is mined, Reconcile marks the original replaced,
// not dropped, and the action happened once.
func TestReplacedByJournaledBump(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))
	var orig journal.Intent
	s.hook = func(st step, in journal.Intent) error {
		if st == stepJournaled {
			orig = in
			return errCrash
		}
		return nil
	}
	if _, err := s.Send(ctxT(t), transfer(1, 64)); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	old, err := orig.Tx()
	if err != nil {
		t.Fatal(err)
	}
	bumpTx := types.MustSignNewTx(acct.key, types.LatestSignerForChainID(simChainID), &types.DynamicFeeTx{
		ChainID: simChainID, Nonce: old.Nonce(), Gas: old.Gas(),
		GasTipCap: new(big.Int).Mul(old.GasTipCap(), big.NewInt(2)), GasFeeCap: new(big.Int).Mul(old.GasFeeCap(), big.NewInt(2)),
		To: old.To(), Value: old.Value(), Data: old.Data(),
	})
	raw, _ := bumpTx.MarshalBinary()
	bump := orig
	bump.ID, bump.Replaces, bump.RawTx, bump.Hash = 0, orig.ID, raw, bumpTx.Hash()
	if bump, err = j.AddIntent(bump); err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctxT(t), bumpTx); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c, bumpTx.Hash())

	s.hook = nil
	rep, err := s.Reconcile(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Replaced) != 1 || rep.Replaced[0] != orig.ID || len(rep.Mined) != 1 || rep.Mined[0] != bump.ID {
		t.Fatalf("report = %+v, want %d replaced and %d mined", rep, orig.ID, bump.ID)
	}
	// The action is done: sending it again returns the bump's receipt.
	res, err := s.Send(ctxT(t), transfer(1, 64))
	if err != nil {
		t.Fatal(err)
	}
	if res.Receipt.TxHash != bumpTx.Hash() {
		t.Errorf("Send returned %s, want the mined bump %s", res.Receipt.TxHash, bumpTx.Hash())
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(64)) != 0 {
		t.Errorf("recipient balance = %s, want 64", got)
	}
}

// TestRefusedRebroadcastStaysOpen: a journaled transaction the node refuses
// on rebroadcast (the account cannot pay) is neither lost nor marked
// failed: it stays open with the reason, and goes out once it can.
func TestRefusedRebroadcastStaysOpen(t *testing.T) {
	acct, funder := newAccount(t), newAccount(t)
	alloc := funder.alloc()
	alloc[acct.addr] = types.Account{Balance: big.NewInt(params.Ether)}
	sim := newSim(t, alloc)
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	s := newSender(t, c, fastConfig(acct, simChainID, j))
	s.hook = func(st step, _ journal.Intent) error {
		if st == stepJournaled {
			return errCrash
		}
		return nil
	}
	req := transfer(1, 0)
	req.Value, req.GasLimit = big.NewInt(2*params.Ether), 21000 // more than the account has
	if _, err := s.Send(ctxT(t), req); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	s.hook = nil

	rep, err := s.Reconcile(ctxT(t))
	if err == nil || len(rep.Errors) != 1 {
		t.Fatalf("Reconcile = %+v, %v; want the refusal reported", rep, err)
	}
	for id, e := range rep.Errors {
		if !errors.Is(e, ErrNotSent) {
			t.Errorf("intent %d: %v, want ErrNotSent", id, e)
		}
		in, _ := j.Intent(id)
		if in.State != journal.StatePending || in.Note == "" {
			t.Errorf("intent %d is %s with note %q, want pending with the refusal", id, in.State, in.Note)
		}
	}

	// Fund the account; the same bytes now go out and land.
	fund := types.MustSignNewTx(funder.key, types.LatestSignerForChainID(simChainID), &types.DynamicFeeTx{
		ChainID: simChainID, Gas: 21000, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
		To: &acct.addr, Value: big.NewInt(2 * params.Ether),
	})
	if err := c.SendTransaction(ctxT(t), fund); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c, fund.Hash())
	res, err := s.Send(ctxT(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if got := balance(t, c, recipient); got.Cmp(big.NewInt(2*params.Ether)) != 0 {
		t.Errorf("recipient balance = %s, want 2 ether", got)
	}
	if res.Intent.Nonce != 0 || nonce(t, c, acct.addr) != 1 {
		t.Errorf("intent nonce %d, account nonce %d: want the one journaled transaction", res.Intent.Nonce, nonce(t, c, acct.addr))
	}
}
