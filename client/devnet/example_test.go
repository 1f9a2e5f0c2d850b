package devnet_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/kappa-dev/kappa/client/devnet"
)

// A demo or an end-to-end test starts a devnet, acts as the dev wallets on
// the sample campaign, and moves block time instead of waiting for windows.
func Example() {
	ctx := context.Background()
	d, err := devnet.Start(ctx, devnet.Options{Dir: "/tmp/kappa-devnet", Quiet: true})
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close()
	fmt.Println("rpc", d.RPCURL(), "ipfs", d.IPFSMultiaddr(), "campaign", d.CampaignID())

	bob, journal, err := d.OpenClient(ctx, devnet.Bob)
	if err != nil {
		log.Fatal(err)
	}
	defer journal.Close()
	if err := bob.Claim(ctx, 0); err != nil {
		log.Fatal(err)
	}
	// ... label, commit; then, if a seat never commits:
	if err := d.AdvanceTime(devnet.SampleCommitWindow + time.Second); err != nil {
		log.Fatal(err)
	}
}
