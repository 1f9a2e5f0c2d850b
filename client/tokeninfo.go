package client

import (
	"context"

	"github.com/kappa-dev/kappa/client/token"
)

// TokenInfo returns the ERC-20 the hub pays in, with its symbol and
// decimals: read from the token contract on first use, then cached (a
// failed read is not cached).
func (c *Client) TokenInfo(ctx context.Context) (token.Info, error) {
	c.tokenMu.Lock()
	defer c.tokenMu.Unlock()
	if c.tokenInfo != nil {
		return *c.tokenInfo, nil
	}
	ti, err := c.reader.TokenInfo(ctx, c.token)
	if err != nil {
		return token.Info{}, err
	}
	c.tokenInfo = &ti
	return ti, nil
}
