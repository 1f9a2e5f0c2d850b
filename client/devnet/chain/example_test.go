package chain_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client/devnet/chain"
)

// Start a dev chain with one funded account, close a commit window
// by moving block time forward, and shut down.
func ExampleStart() {
	dir := "" // a directory keeps the chain across restarts; "" is in memory
	requester := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	c, err := chain.Start(context.Background(), chain.Options{
		Dir:   dir,
		Alloc: chain.Fund(new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)), requester),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	balance, err := c.Client().BalanceAt(context.Background(), requester, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("chain id", c.ChainID(), "balance", balance)
	if err := c.AdvanceTime(2 * time.Hour); err != nil {
		log.Fatal(err)
	}
	// Output: chain id 1337 balance 1000000000000000000000
}
