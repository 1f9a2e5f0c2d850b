package client_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/wallet"
)

// twinChain is a dev chain with the hub and token deployed by deployer and
// tokens minted to requester; twins share the chain id, the funded keys and
// so the contract addresses, and differ only in their genesis.
type twinChain struct {
	chain *devchain.Chain
	addrs deploy.Addresses
}

func startTwin(t *testing.T, ctx context.Context, deployer, requester *ecdsa.PrivateKey, extra ...common.Address) twinChain {
	t.Helper()
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	alloc := devchain.Fund(eth, append([]common.Address{crypto.PubkeyToAddress(deployer.PublicKey), crypto.PubkeyToAddress(requester.PublicKey)}, extra...)...)
	ch, err := devchain.Start(ctx, devchain.Options{Alloc: alloc}) // chain id 1337 for both
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	dep := wallet.NewAccount(deployer)
	topts, err := dep.TransactOpts(ctx, ch.Client(), ch.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	addrs, err := deploy.All(ctx, ch.Client(), topts, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := bindings.NewKappaToken()
	tx, err := bind.Transact(tok.Instance(ch.Client(), addrs.Token), topts, tok.PackMint(crypto.PubkeyToAddress(requester.PublicKey), tokens(1_000_000)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, ch.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return twinChain{chain: ch, addrs: addrs}
}

// TestJournalOfResetChainRefused: a journal written on one chain, then used
// against another chain with the same id and another genesis (a reset
// devnet, a restarted local node, a testnet regenesis). Keyed by the chain
// id alone, the client took the next nonce from the old chain's journal and
// waited for a receipt that never came (or reported a mined action without
// a receipt). Now the client refuses the journal before signing anything,
// naming both chains and how to start fresh; a fresh journal at the same
// path then works, and the old journal still works on its own chain.
func TestJournalOfResetChainRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	deployer, _ := crypto.GenerateKey()
	reqKey, _ := crypto.GenerateKey()
	a := startTwin(t, ctx, deployer, reqKey)
	b := startTwin(t, ctx, deployer, reqKey, common.HexToAddress("0xb0b")) // another genesis
	ga, _ := a.chain.Client().HeaderByNumber(ctx, big.NewInt(0))
	gb, _ := b.chain.Client().HeaderByNumber(ctx, big.NewInt(0))
	if a.chain.ChainID().Cmp(b.chain.ChainID()) != 0 || a.addrs.Hub != b.addrs.Hub || ga.Hash() == gb.Hash() {
		t.Fatalf("twins: ids %s %s, hubs %s %s, genesis %s %s", a.chain.ChainID(), b.chain.ChainID(), a.addrs.Hub, b.addrs.Hub, ga.Hash(), gb.Hash())
	}
	dir := t.TempDir()
	node, err := ipfsnode.Start(ctx, filepath.Join(dir, "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	cache, err := ipfs.NewCache(filepath.Join(dir, "cache"), ipfs.NewShell(node.APIAddr()))
	if err != nil {
		t.Fatal(err)
	}
	jpath := filepath.Join(dir, "journal", "1337-requester.db")
	openJournal := func() *journal.Journal {
		t.Helper()
		j, err := journal.Open(jpath, journal.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	req := wallet.NewAccount(reqKey)
	deps := func(tc twinChain, backend client.Backend, endpoint string, j *journal.Journal) client.Deps {
		return client.Deps{Backend: backend, ChainID: tc.chain.ChainID(), Hub: tc.addrs.Hub, Account: req, Journal: j, IPFS: cache, Endpoint: endpoint}
	}

	// The requester's journal is written on chain a: nonces 0 and 1.
	j := openJournal()
	created, err := client.CreateCampaign(ctx, deps(a, a.chain.Client(), a.chain.RPCURL(), j), a.addrs.Token, soloSpec(4, 2))
	if err != nil {
		t.Fatal(err)
	}
	if bound, ok, err := j.Chain(); !ok || err != nil || bound.Genesis != ga.Hash() {
		t.Fatalf("journal bound to %v %v %v, want genesis %s", bound, ok, err, ga.Hash())
	}

	// The same journal against chain b: refused at once, nothing sent.
	bctx, bcancel := context.WithTimeout(ctx, 30*time.Second)
	start := time.Now()
	_, err = client.CreateCampaign(bctx, deps(b, b.chain.Client(), b.chain.RPCURL(), j), b.addrs.Token, soloSpec(6, 2))
	bcancel()
	var mm *journal.ChainMismatchError
	if !errors.As(err, &mm) {
		t.Fatalf("create campaign on a chain reset under the journal: %v (after %s), want a *journal.ChainMismatchError", err, time.Since(start).Round(time.Millisecond))
	}
	for _, want := range []string{
		"journal " + jpath + " belongs to chain 1337 with genesis " + ga.Hash().Hex(),
		"but the node at " + b.chain.RPCURL() + " serves chain 1337 with genesis " + gb.Hash().Hex(),
		"move the journal aside to start fresh (mv " + jpath + " ",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusal took %s", d)
	}
	if n, err := b.chain.Client().PendingNonceAt(ctx, req.Address()); err != nil || n != 0 {
		t.Errorf("requester's pending nonce on chain b = %d, %v; want 0: nothing may be sent", n, err)
	}
	j.Close()

	// What the error says to do works: move the journal aside, and a
	// fresh one at the same path binds to chain b.
	aside := jpath + ".chain-a"
	if err := os.Rename(jpath, aside); err != nil {
		t.Fatal(err)
	}
	j = openJournal()
	if _, err := client.CreateCampaign(ctx, deps(b, b.chain.Client(), b.chain.RPCURL(), j), b.addrs.Token, soloSpec(6, 2)); err != nil {
		t.Fatalf("create campaign on chain b with a fresh journal: %v", err)
	}
	j.Close()

	// The old journal still opens its campaign on chain a, and a node
	// reset behind the same URL while the client runs is caught by the
	// next Reconcile.
	if err := os.Rename(aside, jpath); err != nil {
		t.Fatal(err)
	}
	j = openJournal()
	defer j.Close()
	proxy := newSwitchProxy(t, a.chain.RPCURL())
	ec, err := ethclient.Dial(proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	c, err := client.Open(ctx, deps(a, ec, proxy.URL(), j), created.CampaignID)
	if err != nil {
		t.Fatalf("open the campaign on chain a with its own journal: %v", err)
	}
	if _, err := c.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}
	proxy.setTarget(b.chain.RPCURL())
	if _, err := c.Reconcile(ctx); !errors.As(err, &mm) || !strings.Contains(err.Error(), proxy.URL()) {
		t.Errorf("reconcile after the node behind %s was reset: %v, want a *journal.ChainMismatchError naming it", proxy.URL(), err)
	}
}
