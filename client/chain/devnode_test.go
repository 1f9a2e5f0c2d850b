package chain

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
)

// startDevNode runs go-ethereum's dev chain in-process, as `geth --dev` does:
// a simulated beacon that seals a block as soon as a transaction arrives,
// and HTTP JSON-RPC on a free loopback port. It returns the endpoint. Unlike
// the simulated backend it outlives any client, so a child process can be
// killed and another one can reconnect.
func startDevNode(t testing.TB, alloc types.GenesisAlloc) string {
	t.Helper()
	stack, err := node.New(&node.Config{
		HTTPHost:    "127.0.0.1",
		HTTPPort:    0,
		HTTPModules: []string{"eth", "net", "web3"},
		P2P:         p2p.Config{NoDiscovery: true, ListenAddr: "", MaxPeers: 0},
	})
	if err != nil {
		t.Fatal(err)
	}
	genesisAlloc := core.SystemContractAllocs()
	for a, acc := range alloc {
		genesisAlloc[a] = acc
	}
	conf := ethconfig.Defaults
	conf.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc}
	conf.SyncMode = ethconfig.FullSync
	conf.LogNoHistory = true // no log index: saves CPU the tests do not need
	backend, err := eth.New(stack, &conf)
	if err != nil {
		t.Fatal(err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		t.Fatal(err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon) // period 0: mine on every new transaction
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stack.Close() })
	return stack.HTTPEndpoint()
}

// rpcProxy sits between a client and the node. While down it accepts
// connections and drops them, as a dead or restarting endpoint does.
type rpcProxy struct {
	*httptest.Server
	down atomic.Bool
}

func newRPCProxy(t testing.TB, target string) *rpcProxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &rpcProxy{}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.down.Load() {
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
					return
				}
			}
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}
