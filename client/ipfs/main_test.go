package ipfs

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
)

// node is the one real kubo node shared by this test binary's tests.
var node *ipfsnode.Node

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kappa-ipfs-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	node, err = ipfsnode.Start(context.Background(), dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "start ipfs node:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	node.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}
