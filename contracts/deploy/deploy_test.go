package deploy_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
)

var _ deploy.Backend = (simulated.Client)(nil)

func TestAll(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("deploy test")))
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 70)}})
	defer sim.Close()
	client := sim.Client()
	ctx := context.Background()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	addrs, err := deploy.All(ctx, client, opts, func() { sim.Commit() })
	if err != nil {
		t.Fatal(err)
	}
	hub := bindings.NewKappaHub()
	got, err := bind.Call(hub.Instance(client, addrs.Hub), &bind.CallOpts{Context: ctx}, hub.PackToken(), hub.UnpackToken)
	if err != nil {
		t.Fatal(err)
	}
	if got != addrs.Token {
		t.Fatalf("hub pays in %s, want the deployed token %s", got, addrs.Token)
	}
	tok := bindings.NewKappaToken()
	owner, err := bind.Call(tok.Instance(client, addrs.Token), &bind.CallOpts{Context: ctx}, tok.PackOwner(), tok.UnpackOwner)
	if err != nil {
		t.Fatal(err)
	}
	if owner != from {
		t.Fatalf("token owner %s, want the deployer %s", owner, from)
	}

	for name, tc := range map[string]struct {
		run  func() error
		want string
	}{
		"hub over the zero token": {func() error {
			_, err := deploy.Hub(ctx, client, opts, func() { sim.Commit() }, common.Address{})
			return err
		}, "token address is zero"},
		"nil transactor": {func() error {
			_, err := deploy.All(ctx, client, nil, nil)
			return err
		}, "no transactor"},
		"transactor without signer": {func() error {
			_, err := deploy.All(ctx, client, &bind.TransactOpts{}, nil)
			return err
		}, "deploy token"},
	} {
		if err := tc.run(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("%s: err = %v, want %q", name, err, tc.want)
		}
	}
}
