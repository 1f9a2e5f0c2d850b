package client

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/contracts/bindings"
)

// Hub reads the hub and its token for any account, without opening a
// campaign or unlocking a key: what kappa reputation, kappa earnings
// without a campaign, and the checks before a campaign is opened or
// created need. An opened Client reads through one too.
//
// Every call goes through the generated bindings' Instance helpers, so the
// ABI of a read is the one compiled with the contracts.
type Hub struct {
	addr    common.Address
	backend bind.ContractBackend
	hub     *bindings.KappaHub
	tok     *bindings.KappaToken
}

// NewHub reads the hub at addr through backend.
func NewHub(backend bind.ContractBackend, addr common.Address) *Hub {
	return &Hub{addr: addr, backend: backend, hub: bindings.NewKappaHub(), tok: bindings.NewKappaToken()}
}

// Address is the hub's address.
func (h *Hub) Address() common.Address { return h.addr }

func (h *Hub) opts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

func (h *Hub) instance() *bind.BoundContract { return h.hub.Instance(h.backend, h.addr) }

// Token is the ERC-20 the hub pays in.
func (h *Hub) Token(ctx context.Context) (common.Address, error) {
	t, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackToken(), h.hub.UnpackToken)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the token of hub %s: %w", h.addr.Hex(), err)
	}
	return t, nil
}

// Reputation is an account's reputation under a ledger: what it gained and
// lost in the campaigns the ledger's owner created. A campaign reads it from
// its ReputationSource.
func (h *Hub) Reputation(ctx context.Context, a, ledger common.Address) (uint64, error) {
	r, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackReputationOf(a, ledger), h.hub.UnpackReputationOf)
	if err != nil {
		return 0, fmt.Errorf("read reputation of %s under %s: %w", a.Hex(), ledger.Hex(), err)
	}
	return r.Uint64(), nil
}

// Credited is an account's withdrawable balance on the hub, from every
// campaign.
func (h *Hub) Credited(ctx context.Context, a common.Address) (*big.Int, error) {
	r, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackCreditedOf(a), h.hub.UnpackCreditedOf)
	if err != nil {
		return nil, fmt.Errorf("read credited balance of %s: %w", a.Hex(), err)
	}
	return r, nil
}

// CampaignCount is the number of campaigns the hub handed out; their ids
// are 1..CampaignCount.
func (h *Hub) CampaignCount(ctx context.Context) (*big.Int, error) {
	n, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackCampaignCount(), h.hub.UnpackCampaignCount)
	if err != nil {
		return nil, fmt.Errorf("read campaign count of hub %s: %w", h.addr.Hex(), err)
	}
	return n, nil
}

// ReputationSource is the ledger a campaign reads reputation from: its
// requester unless the campaign named another one.
func (h *Hub) ReputationSource(ctx context.Context, campaign *big.Int) (common.Address, error) {
	info, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackCampaignInfo(campaign), h.hub.UnpackCampaignInfo)
	if err != nil {
		return common.Address{}, fmt.Errorf("read campaign %s of hub %s: %w", campaign, h.addr.Hex(), err)
	}
	return info.ReputationSource, nil
}

// CampaignStake is what a seat of a campaign stakes per task.
func (h *Hub) CampaignStake(ctx context.Context, campaign *big.Int) (*big.Int, error) {
	info, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackCampaignInfo(campaign), h.hub.UnpackCampaignInfo)
	if err != nil {
		return nil, fmt.Errorf("read campaign %s of hub %s: %w", campaign, h.addr.Hex(), err)
	}
	return info.Stake, nil
}

// TokenBalance is an account's balance of an ERC-20 (the hub's, usually).
func (h *Hub) TokenBalance(ctx context.Context, tokenAddr, a common.Address) (*big.Int, error) {
	b, err := bind.Call(h.tok.Instance(h.backend, tokenAddr), h.opts(ctx), h.tok.PackBalanceOf(a), h.tok.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("read token balance of %s: %w", a.Hex(), err)
	}
	return b, nil
}

// TokenInfo reads an ERC-20's symbol and decimals (not cached: a campaign's
// Client caches its token's in Client.TokenInfo).
func (h *Hub) TokenInfo(ctx context.Context, tokenAddr common.Address) (token.Info, error) {
	inst := h.tok.Instance(h.backend, tokenAddr)
	dec, err := bind.Call(inst, h.opts(ctx), h.tok.PackDecimals(), h.tok.UnpackDecimals)
	if err != nil {
		return token.Info{}, fmt.Errorf("read decimals of token %s: %w", tokenAddr.Hex(), err)
	}
	sym, err := bind.Call(inst, h.opts(ctx), h.tok.PackSymbol(), h.tok.UnpackSymbol)
	if err != nil {
		return token.Info{}, fmt.Errorf("read symbol of token %s: %w", tokenAddr.Hex(), err)
	}
	return token.Info{Address: tokenAddr, Symbol: sym, Decimals: dec}, nil
}

// RequestOf is an account's seat request in a campaign: the block it was
// made in (0 when none is pending) and how many it has made there.
func (h *Hub) RequestOf(ctx context.Context, campaign *big.Int, a common.Address) (atBlock, count uint64, err error) {
	out, err := bind.Call(h.instance(), h.opts(ctx), h.hub.PackRequestOf(campaign, a), h.hub.UnpackRequestOf)
	if err != nil {
		return 0, 0, fmt.Errorf("read the seat request of %s in campaign %s: %w", a.Hex(), campaign, err)
	}
	return out.AtBlock.Uint64(), out.Count.Uint64(), nil
}
