package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kappa-dev/kappa/config"
	"github.com/kappa-dev/kappa/wallet"
)

// Dial connects to the profile's RPC endpoint once per session; Close
// closes it.
func (a *App) Dial(ctx context.Context) (*ethclient.Client, error) {
	if a.client != nil {
		return a.client, nil
	}
	s, err := a.Settings()
	if err != nil {
		return nil, err
	}
	if s.RPCURL == "" {
		return nil, fmt.Errorf("profile %q has no rpc_url: set it in %s, %s or --rpc-url", s.Profile, s.ConfigPath, config.EnvRPCURL)
	}
	c, err := ethclient.DialContext(ctx, s.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", s.RPCURL, err)
	}
	a.client = c
	return c, nil
}

// TransactOpts unlocks the session's account and returns binding options
// that sign for the configured chain id, after checking that backend serves
// that chain: a mismatch is a *wallet.ChainIDMismatchError and nothing is
// signed.
func (a *App) TransactOpts(ctx context.Context, backend wallet.ChainIDReader) (*bind.TransactOpts, error) {
	s, err := a.Settings()
	if err != nil {
		return nil, err
	}
	if s.ChainID == nil {
		return nil, errors.New("no chain id configured: set chain_id in the profile, " + config.EnvChainID + " or --chain-id")
	}
	acct, err := a.Unlock(ctx)
	if err != nil {
		return nil, err
	}
	return acct.TransactOpts(ctx, backend, s.ChainID)
}
