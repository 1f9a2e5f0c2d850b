package wallet

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

var _ ChainIDReader = (simulated.Client)(nil)

// TestTransactOnSimulatedChain signs a real EIP-1559 transfer through the
// bindings' TransactOpts and has go-ethereum's simulated chain accept it.
func TestTransactOnSimulatedChain(t *testing.T) {
	acct := cowAccount(t)
	defer acct.Lock()
	backend := simulated.NewBackend(types.GenesisAlloc{acct.Address(): {Balance: big.NewInt(params.Ether)}})
	defer backend.Close()
	client := backend.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("wrong chain id is refused", func(t *testing.T) {
		_, err := acct.TransactOpts(ctx, client, big.NewInt(1))
		var mm *ChainIDMismatchError
		if !errors.As(err, &mm) || mm.RPC.Cmp(chainID) != 0 || mm.Configured.Int64() != 1 {
			t.Fatalf("error = %v, want a ChainIDMismatchError (rpc %s, configured 1)", err, chainID)
		}
		if !strings.Contains(err.Error(), "refusing to sign") {
			t.Errorf("message %q does not say it refuses", err)
		}
		if _, err := acct.TransactOpts(ctx, client, nil); err == nil {
			t.Error("no configured chain id was accepted")
		}
	})

	opts, err := acct.TransactOpts(ctx, client, chainID)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	value := big.NewInt(1_000_000_007)
	nonce, err := client.PendingNonceAt(ctx, acct.Address())
	if err != nil {
		t.Fatal(err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value})

	if _, err := opts.Signer(to, tx); !errors.Is(err, bind.ErrNotAuthorized) {
		t.Errorf("signing as another address: %v, want ErrNotAuthorized", err)
	}
	signed, err := opts.Signer(acct.Address(), tx)
	if err != nil {
		t.Fatal(err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	if err != nil || sender != acct.Address() {
		t.Fatalf("sender = %s, %v; want %s", sender.Hex(), err, acct.Address().Hex())
	}
	if err := client.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	backend.Commit()
	receipt, err := bind.WaitMined(ctx, client, signed.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", receipt.Status)
	}
	bal, err := client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(value) != 0 {
		t.Errorf("recipient balance %s, want %s", bal, value)
	}

	// After Lock the same options can no longer sign.
	acct.Lock()
	if _, err := opts.Signer(acct.Address(), tx); !errors.Is(err, ErrLocked) {
		t.Errorf("sign after Lock: %v, want ErrLocked", err)
	}
}

func TestSignTxChecks(t *testing.T) {
	acct := cowAccount(t)
	to := common.Address{1}
	tests := []struct {
		name    string
		tx      *types.Transaction
		chainID *big.Int
		wantErr string
	}{
		{"legacy gets EIP-155", types.NewTx(&types.LegacyTx{Gas: 21000, To: &to, GasPrice: big.NewInt(1)}), big.NewInt(5), ""},
		{"1559 on its chain", types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(5), Gas: 21000, To: &to}), big.NewInt(5), ""},
		{"1559 for another chain", types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Gas: 21000, To: &to}), big.NewInt(5), "for chain 1, not 5"},
		{"no chain id", types.NewTx(&types.LegacyTx{Gas: 21000, To: &to}), nil, "no chain id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			signed, err := acct.SignTx(tt.tx, tt.chainID)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !signed.Protected() || signed.ChainId().Cmp(tt.chainID) != 0 {
				t.Errorf("signed tx protected=%v chain=%s, want replay-protected for %s", signed.Protected(), signed.ChainId(), tt.chainID)
			}
			from, err := types.Sender(types.LatestSignerForChainID(tt.chainID), signed)
			if err != nil || from != acct.Address() {
				t.Errorf("sender %s, %v", from.Hex(), err)
			}
		})
	}
}

// TestConcurrentSignAndLock: signatures racing a Lock either verify or fail
// with ErrLocked; run with -race.
func TestConcurrentSignAndLock(t *testing.T) {
	acct := cowAccount(t)
	msg := []byte("chunk")
	errs := make(chan error, 64)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 8; j++ {
				sig, err := acct.SignPersonal(msg)
				if err == nil {
					err = VerifyPersonal(msg, sig, acct.Address())
				} else if errors.Is(err, ErrLocked) {
					err = nil
				}
				errs <- err
			}
		}()
	}
	acct.Lock()
	for i := 0; i < 64; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
