package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Backend is what a Sender needs from a node. *ethclient.Client and the
// client of go-ethereum's simulated backend both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	// ChainID returns the chain id the node serves.
	ChainID(ctx context.Context) (*big.Int, error)
	// NonceAt returns the account's nonce at a block (nil: latest).
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

var _ Backend = (*ethclient.Client)(nil)

// SignFunc signs a transaction for the Sender's account. It must sign with
// the chain id the Sender was configured with; the Sender checks that, and
// that the signature recovers to its account, before journaling the result.
type SignFunc func(*types.Transaction) (*types.Transaction, error)

// FromBindSigner adapts a bind.SignerFn (as in bind.TransactOpts.Signer) for
// the account from.
func FromBindSigner(fn bind.SignerFn, from common.Address) SignFunc {
	return func(tx *types.Transaction) (*types.Transaction, error) {
		return fn(from, tx)
	}
}

// ChainIDError is returned when the RPC endpoint serves another chain than
// the one configured. Nothing is signed when it is returned.
type ChainIDError struct {
	// Want is the configured chain id, Got the endpoint's.
	Want, Got *big.Int
}

func (e *ChainIDError) Error() string {
	return fmt.Sprintf("RPC endpoint serves chain id %s but kappa is configured for chain id %s; refusing to sign", e.Got, e.Want)
}
