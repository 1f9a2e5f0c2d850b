package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// ErrLocked is returned by an Account's signing methods after Lock.
var ErrLocked = errors.New("account is locked")

// Account is an unlocked key held in memory. It is safe for concurrent use.
// Call Lock when done so the key does not outlive its use.
type Account struct {
	mu   sync.Mutex
	key  *ecdsa.PrivateKey // nil once locked
	addr common.Address
}

// NewAccount wraps a private key, taking ownership of it: Lock zeroes it.
// Store.Unlock is the usual way to get an Account; NewAccount serves keys
// that never touch disk, such as a devnet's funded dev keys.
func NewAccount(key *ecdsa.PrivateKey) *Account {
	return &Account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address returns the account's address; it stays valid after Lock.
func (a *Account) Address() common.Address { return a.addr }

// Lock zeroes the private key and makes every later signature fail with
// ErrLocked. Locking twice is harmless.
func (a *Account) Lock() {
	a.mu.Lock()
	defer a.mu.Unlock()
	zeroKey(a.key)
	a.key = nil
}

// Locked reports whether Lock was called.
func (a *Account) Locked() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.key == nil
}

// signHash signs a 32-byte digest and returns r || s || v with v in {27, 28},
// the form wallets and OpenZeppelin's ECDSA.recover use.
func (a *Account) signHash(hash []byte) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.key == nil {
		return nil, ErrLocked
	}
	sig, err := crypto.Sign(hash, a.key)
	if err != nil {
		return nil, err
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// SignTx signs tx for the chain chainID with the newest signer for that chain
// (EIP-155 for legacy transactions, EIP-2718 typed transactions such as
// EIP-1559). A typed transaction that names another chain is refused.
func (a *Account) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("sign transaction: no chain id")
	}
	// An unsigned typed transaction may leave its chain id zero for the
	// signer to fill (go-ethereum's bind does); any other value must match.
	if tx.Type() != types.LegacyTxType && tx.ChainId().Sign() != 0 && tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("sign transaction: it is for chain %s, not %s", tx.ChainId(), chainID)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.key == nil {
		return nil, fmt.Errorf("sign transaction: %w", ErrLocked)
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), a.key)
	if err != nil {
		return nil, fmt.Errorf("sign transaction: %w", err)
	}
	return signed, nil
}

// SignTypedData signs EIP-712 typed data (eth_signTypedData_v4) and returns
// the 65-byte signature.
func (a *Account) SignTypedData(td apitypes.TypedData) ([]byte, error) {
	hash, err := TypedDataHash(td)
	if err != nil {
		return nil, fmt.Errorf("sign typed data: %w", err)
	}
	sig, err := a.signHash(hash[:])
	if err != nil {
		return nil, fmt.Errorf("sign typed data: %w", err)
	}
	return sig, nil
}

// SignPersonal signs msg as an EIP-191 personal message
// ("\x19Ethereum Signed Message:\n" + len + msg, as personal_sign does).
// Signatures are deterministic (RFC 6979), so a signature of a fixed message
// can seed values that must be re-derivable, such as commit salts.
func (a *Account) SignPersonal(msg []byte) ([]byte, error) {
	sig, err := a.signHash(accounts.TextHash(msg))
	if err != nil {
		return nil, fmt.Errorf("sign message: %w", err)
	}
	return sig, nil
}

// ChainIDReader is the part of an RPC client TransactOpts needs;
// *ethclient.Client and the simulated backend's client have it.
type ChainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// ChainIDMismatchError says the RPC endpoint serves another chain than the
// configuration names: signing there could replay the transaction on the
// wrong network, so kappa refuses.
type ChainIDMismatchError struct {
	Configured *big.Int // the chain id the profile names
	RPC        *big.Int // the chain id the endpoint reports
}

func (e *ChainIDMismatchError) Error() string {
	return fmt.Sprintf("the RPC endpoint serves chain id %s but the configuration says %s; refusing to sign (check rpc_url and chain_id of the profile)", e.RPC, e.Configured)
}

// TransactOpts asks backend for its chain id, refuses when it differs from
// want (the configured chain id), and returns options for go-ethereum's
// bindings that sign with this account for want. The options sign only while
// the account is unlocked.
func (a *Account) TransactOpts(ctx context.Context, backend ChainIDReader, want *big.Int) (*bind.TransactOpts, error) {
	if want == nil || want.Sign() <= 0 {
		return nil, errors.New("transact: no chain id configured")
	}
	got, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("transact: read the RPC's chain id: %w", err)
	}
	if got.Cmp(want) != 0 {
		return nil, &ChainIDMismatchError{Configured: new(big.Int).Set(want), RPC: got}
	}
	chainID := new(big.Int).Set(want)
	return &bind.TransactOpts{
		From: a.addr,
		Signer: func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if from != a.addr {
				return nil, bind.ErrNotAuthorized
			}
			return a.SignTx(tx, chainID)
		},
		Context: ctx,
	}, nil
}
