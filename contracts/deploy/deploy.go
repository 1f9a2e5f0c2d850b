package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/contracts/bindings"
)

// Backend is what deploying needs: sending transactions and waiting for them.
// ethclient.Client and the simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Mine is called after each deployment transaction is sent. Pass the
// simulated backend's Commit (wrapped) in tests; nil for chains that mine on
// their own (a real network, or the dev node in auto-mining mode).
type Mine func()

// Addresses are the deployed contracts.
type Addresses struct {
	Token common.Address // KappaToken (devnets) or the ERC-20 the hub pays in
	Hub   common.Address // KappaHub: campaigns, escrow, reputation registry
}

// Token deploys a KappaToken owned (mint rights) by owner.
func Token(ctx context.Context, b Backend, opts *bind.TransactOpts, mine Mine, name, symbol string, owner common.Address) (common.Address, error) {
	meta := &bindings.KappaTokenMetaData
	// Strings and an address always pack; the binding panics only on nil input.
	input := bindings.NewKappaToken().PackConstructor(name, symbol, owner)
	return deployed(ctx, b, opts, mine, "token", meta, input)
}

// Hub deploys a KappaHub paying in token.
func Hub(ctx context.Context, b Backend, opts *bind.TransactOpts, mine Mine, token common.Address) (common.Address, error) {
	if token == (common.Address{}) {
		return common.Address{}, fmt.Errorf("deploy hub: token address is zero")
	}
	input := bindings.NewKappaHub().PackConstructor(token)
	return deployed(ctx, b, opts, mine, "hub", &bindings.KappaHubMetaData, input)
}

// All deploys a KappaToken ("Kappa Devnet Token", KAPPA, minted by
// opts.From) and a hub paying in it.
func All(ctx context.Context, b Backend, opts *bind.TransactOpts, mine Mine) (Addresses, error) {
	if opts == nil {
		return Addresses{}, fmt.Errorf("deploy: no transactor")
	}
	token, err := Token(ctx, b, opts, mine, "Kappa Devnet Token", "KAPPA", opts.From)
	if err != nil {
		return Addresses{}, err
	}
	hub, err := Hub(ctx, b, opts, mine, token)
	if err != nil {
		return Addresses{}, err
	}
	return Addresses{Token: token, Hub: hub}, nil
}

// deployed deploys meta and, first, every library it links (the hub links
// CampaignLib), one transaction at a time, each mined and checked before the
// next: bind.LinkAndDeploy puts the libraries' addresses into the bytecode.
func deployed(ctx context.Context, b Backend, opts *bind.TransactOpts, mine Mine, what string, meta *bind.MetaData, input []byte) (common.Address, error) {
	if opts == nil {
		return common.Address{}, fmt.Errorf("deploy %s: no transactor", what)
	}
	o := *opts
	o.Context = ctx
	send := func(input, code []byte) (common.Address, *types.Transaction, error) {
		addr, tx, err := bind.DeployContract(&o, code, b, input)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("send: %w", err)
		}
		if mine != nil {
			mine()
		}
		rcpt, err := bind.WaitMined(ctx, b, tx.Hash())
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("wait for %s: %w", tx.Hash().Hex(), err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return common.Address{}, nil, fmt.Errorf("transaction %s reverted (gas used %d)", tx.Hash().Hex(), rcpt.GasUsed)
		}
		return addr, tx, nil
	}
	res, err := bind.LinkAndDeploy(&bind.DeploymentParams{
		Contracts: []*bind.MetaData{meta},
		Inputs:    map[string][]byte{meta.ID: input},
	}, send)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	return res.Addresses[meta.ID], nil
}
