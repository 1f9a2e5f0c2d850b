package chain_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client/chain"
	"github.com/kappa-dev/kappa/client/journal"
)

// A client opens its journal, reconciles what a previous run left open, and
// then sends every write through the Sender. With generated v2 bindings the
// calldata comes from the binding's Pack method, e.g.
// Request{Kind: journal.KindReveal, Campaign: c, Chunk: 7, To: c, Data: campaign.PackReveal(...)}.
func Example() {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(params.Ether)}})
	defer sim.Close()
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() { // the simulated chain mines only when told to
		defer close(stopped)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	defer func() { close(stop); <-stopped }() // before sim.Close

	dir, _ := os.MkdirTemp("", "kappa-example")
	defer os.RemoveAll(dir)
	j, err := journal.Open(filepath.Join(dir, "journal.db"), journal.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer j.Close()

	chainID := big.NewInt(1337)
	opts := bind.NewKeyedTransactor(key, chainID) // a wallet provides this in kappa
	s, err := chain.New(sim.Client(), chain.Config{
		ChainID: chainID, From: from, Sign: chain.FromBindSigner(opts.Signer, from), Journal: j,
		PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.Reconcile(ctx); err != nil {
		log.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	res, err := s.Send(ctx, chain.Request{Kind: journal.KindWithdraw, Chunk: 1, To: to, Value: big.NewInt(1000)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Intent.State, res.Receipt.Status)
	// Output: mined 1
}
