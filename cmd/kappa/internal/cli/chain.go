package cli

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kappa-dev/kappa/client/config"
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
