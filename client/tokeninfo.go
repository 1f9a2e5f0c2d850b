package client

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/contracts/bindings"
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
	ti, err := ReadToken(ctx, c.deps.Backend, c.token)
	if err != nil {
		return token.Info{}, err
	}
	c.tokenInfo = &ti
	return ti, nil
}

// ReadToken reads an ERC-20's symbol and decimals, for callers without a
// campaign client (a wallet's balance); a campaign's client has TokenInfo.
func ReadToken(ctx context.Context, caller bind.ContractCaller, addr common.Address) (token.Info, error) {
	tok := bindings.NewKappaToken()
	inst := bind.NewBoundContract(addr, abi.ABI{}, caller, nil, nil)
	opts := &bind.CallOpts{Context: ctx}
	dec, err := bind.Call(inst, opts, tok.PackDecimals(), tok.UnpackDecimals)
	if err != nil {
		return token.Info{}, fmt.Errorf("read decimals of token %s: %w", addr.Hex(), err)
	}
	sym, err := bind.Call(inst, opts, tok.PackSymbol(), tok.UnpackSymbol)
	if err != nil {
		return token.Info{}, fmt.Errorf("read symbol of token %s: %w", addr.Hex(), err)
	}
	return token.Info{Address: addr, Symbol: sym, Decimals: dec}, nil
}
