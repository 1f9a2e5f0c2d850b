package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultChainID is the chain id of a dev chain started without
// Options.ChainID; it is go-ethereum's dev chain id.
const DefaultChainID = 1337

// DefaultGasLimit is the block gas limit of a dev chain started without
// Options.GasLimit: go-ethereum's default gas ceiling for mined blocks.
var DefaultGasLimit = ethconfig.Defaults.Miner.GasCeil

// DefaultHTTPModules are the JSON-RPC namespaces served over HTTP when
// Options.HTTPModules is empty: what wallets, bindings and cast/geth-style
// tools need, plus debug for tracing gas.
var DefaultHTTPModules = []string{"eth", "net", "web3", "txpool", "debug"}

// ErrGenesisMismatch is returned by Start when Options.Dir already holds a
// chain created from a different genesis: other accounts or balances, chain
// id, or fork rules. The caller decides whether to start fresh by deleting
// the directory.
var ErrGenesisMismatch = errors.New("chain directory holds a chain with a different genesis")

// ErrClosed is returned by the block-producing methods of a closed Chain.
var ErrClosed = errors.New("chain is closed")

// Options configures Start. The zero value is a usable in-memory dev chain
// with no funded accounts, instant mining and an HTTP endpoint on a free
// loopback port.
type Options struct {
	// Dir holds the chain data. A later Start on the same Dir resumes the
	// chain. Empty means in memory: nothing is written to disk.
	Dir string

	// Alloc prefunds accounts (and may predeploy code) in the genesis
	// block. It only takes effect when the chain is created; restarting on
	// an existing Dir with a different Alloc fails with ErrGenesisMismatch.
	Alloc types.GenesisAlloc

	// ChainID overrides DefaultChainID when non-nil.
	ChainID *big.Int

	// GasLimit is the block gas limit; 0 means DefaultGasLimit.
	GasLimit uint64

	// BlockPeriod 0 mines a block as soon as transactions arrive (each
	// transaction is in a block before its sender asks for the receipt).
	// A positive period mines a block, empty or not, every BlockPeriod.
	BlockPeriod time.Duration

	// HTTPPort is the loopback port for HTTP JSON-RPC; 0 picks a free port.
	// RPCURL reports the bound address either way.
	HTTPPort int

	// HTTPModules lists the JSON-RPC namespaces served over HTTP; empty
	// means DefaultHTTPModules.
	HTTPModules []string

	// IPCPath, when non-empty, also serves JSON-RPC on this IPC endpoint:
	// a bare file name is placed in Dir (in the system's temporary
	// directory for an in-memory chain), any other path is used as given.
	// Off by default: no socket file is written unless asked.
	IPCPath string

	// EditGenesis, when non-nil, may change the genesis chain config
	// before the chain is created, for instance to run under Prague rules:
	//
	//	func(c *params.ChainConfig) { c.OsakaTime, c.BogotaTime = nil, nil }
	//
	// The config is a copy of the dev config, but nested pointers (such as
	// BlobScheduleConfig) are shared with package params: replace them,
	// never write through them. Like Alloc, it only takes effect when the
	// chain is created or must match what the chain was created with.
	EditGenesis func(*params.ChainConfig)

	// EmptyBlocksAfter, when non-nil, is called with the logs of every
	// block sealed on demand (BlockPeriod 0) and returns how many empty
	// blocks to seal right after it. A chain that seals only when
	// transactions arrive never produces a later block by itself, and a
	// contract step that reads a later block's hash (kappa's seat
	// assignment) would wait for one forever.
	EmptyBlocksAfter func(logs []*types.Log) int

	// Quiet installs a discarding logger as go-ethereum's process-wide
	// default logger. go-ethereum already discards logs unless a program
	// installed a handler, so this is only needed to undo such a handler.
	Quiet bool
}

// Chain is a running in-process dev node. Its methods are safe for
// concurrent use.
type Chain struct {
	stack   *node.Node
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	chainID *big.Int
	rpcURL  string
	dir     string
	ipc     bool

	// sealMu serialises block production: the simulated beacon keeps its
	// fork-choice state without locking, so the mining loop, Mine and
	// AdvanceTime must never seal concurrently.
	sealMu sync.Mutex
	closed bool

	emptyBlocksAfter func(logs []*types.Log) int

	stop      chan struct{}
	loopDone  chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// Fund returns an alloc giving each address the same balance (in wei),
// ready for Options.Alloc.
func Fund(balance *big.Int, addrs ...common.Address) types.GenesisAlloc {
	alloc := make(types.GenesisAlloc, len(addrs))
	for _, a := range addrs {
		alloc[a] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return alloc
}

// Start creates (or, with an existing Options.Dir, resumes) a dev chain and
// returns it running until Close. A context already done stops Start before
// anything is created; go-ethereum's own start-up cannot be interrupted
// halfway, but takes well under a second.
func Start(ctx context.Context, opts Options) (*Chain, error) {
	if err := validate(opts); err != nil {
		return nil, err
	}
	if opts.Quiet {
		log.SetDefault(log.NewLogger(log.DiscardHandler()))
	}
	genesis := devGenesis(opts)
	chainID := new(big.Int).Set(genesis.Config.ChainID)

	nodeConf := node.DefaultConfig
	nodeConf.Name = "geth" // so the data layout is what geth --datadir expects
	nodeConf.DataDir = opts.Dir
	nodeConf.IPCPath = opts.IPCPath
	nodeConf.HTTPHost = "127.0.0.1"
	nodeConf.HTTPPort = opts.HTTPPort
	nodeConf.HTTPModules = opts.HTTPModules
	if len(nodeConf.HTTPModules) == 0 {
		nodeConf.HTTPModules = append([]string(nil), DefaultHTTPModules...)
	}
	nodeConf.WSHost = ""
	nodeConf.AuthPort = 0
	// No peers, no discovery, no listening socket: a dev chain is private.
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.Logger = log.Root()

	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.NetworkId = chainID.Uint64()
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// geth --dev mines any tip; the 1 mwei default would leave cheap
	// transactions pending forever.
	ethConf.Miner.GasPrice = big.NewInt(1)
	ethConf.Miner.GasCeil = genesis.GasLimit
	// A dev chain holds little state: caches sized for mainnet only slow
	// start-up and inflate a laptop's memory.
	ethConf.DatabaseCache = 64
	ethConf.TrieCleanCache = 32
	ethConf.TrieDirtyCache = 32
	ethConf.SnapshotCache = 16
	if opts.Dir != "" {
		// Write every block's state to disk as it is sealed (hash-based
		// archive mode). go-ethereum's default path-based state keeps recent
		// state in memory and journals it on a clean shutdown only: a killed
		// process or a closed laptop would reopen the chain at genesis.
		ethConf.StateScheme = rawdb.HashScheme
		ethConf.NoPruning = true
	}

	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("start chain: %w", ctx.Err())
	default:
	}

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("start chain: create node in %q: %w", opts.Dir, err)
	}
	if err := checkStoredConfig(stack, genesis.Config); err != nil {
		stack.Close()
		return nil, fmt.Errorf("start chain in %q: %w", opts.Dir, err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		var mismatch *core.GenesisMismatchError
		if errors.As(err, &mismatch) {
			return nil, fmt.Errorf("start chain in %q: %w (delete the directory to start fresh): %v", opts.Dir, ErrGenesisMismatch, err)
		}
		return nil, fmt.Errorf("start chain: eth service: %w", err)
	}
	// The chain's own config is the truth: on a resumed chain it is the
	// one stored on disk.
	chainID = new(big.Int).Set(backend.BlockChain().Config().ChainID)
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	c := &Chain{
		stack:    stack,
		backend:  backend,
		chainID:  chainID,
		dir:      opts.Dir,
		ipc:      opts.IPCPath != "",
		stop:     make(chan struct{}),
		loopDone: make(chan struct{}),

		emptyBlocksAfter: opts.EmptyBlocksAfter,
	}
	if opts.BlockPeriod == 0 {
		stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: &autoMineAPI{c: c}}})
	}

	if err := stack.Start(); err != nil {
		// Start already released the data directory and endpoints.
		return nil, fmt.Errorf("start chain: http json-rpc on %s: %w", httpAddr(opts.HTTPPort), err)
	}
	// Period 0 keeps the beacon's own loop off: this package drives block
	// production itself, under sealMu.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("start chain: simulated beacon: %w", err)
	}
	c.sealMu.Lock()
	c.beacon = beacon
	c.sealMu.Unlock()
	c.client = ethclient.NewClient(stack.Attach())
	c.rpcURL = stack.HTTPEndpoint()
	if opts.BlockPeriod > 0 {
		go c.periodLoop(opts.BlockPeriod)
	} else {
		// Subscribe before Start returns: a transaction sent right after
		// would otherwise go unnoticed and wait forever.
		newTxs := make(chan core.NewTxsEvent)
		sub := backend.TxPool().SubscribeTransactions(newTxs, true)
		go c.instantLoop(newTxs, sub)
	}
	return c, nil
}

func validate(opts Options) error {
	if opts.BlockPeriod < 0 {
		return fmt.Errorf("chain options: block period %v is negative", opts.BlockPeriod)
	}
	if opts.HTTPPort < 0 || opts.HTTPPort > 65535 {
		return fmt.Errorf("chain options: http port %d is outside 0-65535", opts.HTTPPort)
	}
	if opts.ChainID != nil && opts.ChainID.Sign() <= 0 {
		return fmt.Errorf("chain options: chain id %v must be positive", opts.ChainID)
	}
	if opts.ChainID != nil && !opts.ChainID.IsUint64() {
		return fmt.Errorf("chain options: chain id %v does not fit in 64 bits", opts.ChainID)
	}
	if opts.GasLimit != 0 && opts.GasLimit < params.MinGasLimit {
		return fmt.Errorf("chain options: gas limit %d is below the minimum %d", opts.GasLimit, params.MinGasLimit)
	}
	for addr, acct := range opts.Alloc {
		if acct.Balance != nil && acct.Balance.Sign() < 0 {
			return fmt.Errorf("chain options: alloc for %s has negative balance %v", addr, acct.Balance)
		}
		if acct.Balance != nil && acct.Balance.BitLen() > 256 {
			return fmt.Errorf("chain options: alloc for %s has balance %v above 2^256-1", addr, acct.Balance)
		}
	}
	return nil
}

// devGenesis builds the dev genesis the way geth --dev does
// (core.DeveloperGenesisBlock: precompiles and system contracts funded),
// without geth's faucet account: the caller's Alloc funds whom it wants.
func devGenesis(opts Options) *core.Genesis {
	gasLimit := opts.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	genesis := core.DeveloperGenesisBlock(gasLimit, nil)
	if opts.ChainID != nil {
		genesis.Config.ChainID = new(big.Int).Set(opts.ChainID)
	}
	if opts.EditGenesis != nil {
		opts.EditGenesis(genesis.Config)
	}
	// The caller's alloc wins on conflict; copy it so later edits by the
	// caller cannot change a running chain's genesis.
	for addr, acct := range opts.Alloc {
		if acct.Balance != nil {
			acct.Balance = new(big.Int).Set(acct.Balance)
		}
		acct.Storage = maps.Clone(acct.Storage)
		genesis.Alloc[addr] = acct
	}
	return genesis
}

// checkStoredConfig refuses to resume a chain created with another chain
// config (chain id, forks). go-ethereum would quietly rewrite the stored
// config when the genesis block itself matches, and a devnet whose chain id
// changed under its wallets, or whose rules changed under its gas figures,
// is worse than one that does not start.
func checkStoredConfig(stack *node.Node, want *params.ChainConfig) error {
	if stack.Config().DataDir == "" || rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) == "" {
		return nil // in memory, or a new chain
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{
		ReadOnly: true, Cache: 16, Handles: 16, MetricsNamespace: "eth/db/chaindata/",
	})
	if err != nil {
		return fmt.Errorf("open chain database: %w", err)
	}
	defer db.Close()
	stored := rawdb.ReadChainConfig(db, rawdb.ReadCanonicalHash(db, 0))
	if stored == nil {
		return nil // no genesis committed yet: eth.New will write it
	}
	a, errA := json.Marshal(stored)
	b, errB := json.Marshal(want)
	if err := errors.Join(errA, errB); err != nil {
		return fmt.Errorf("compare chain configs: %w", err)
	}
	if !bytes.Equal(a, b) {
		return fmt.Errorf("%w: stored chain id %v, forks %s; requested chain id %v, forks %s (delete the directory to start fresh)",
			ErrGenesisMismatch, stored.ChainID, stored.LatestFork(math.MaxUint64), want.ChainID, want.LatestFork(math.MaxUint64))
	}
	return nil
}

func httpAddr(port int) string {
	if port == 0 {
		return "127.0.0.1 (free port)"
	}
	return fmt.Sprintf("127.0.0.1:%d", port)
}

// RPCURL is the HTTP JSON-RPC endpoint, e.g. "http://127.0.0.1:41735".
func (c *Chain) RPCURL() string { return c.rpcURL }

// HTTPPort is the loopback port RPCURL points at.
func (c *Chain) HTTPPort() int {
	u, err := url.Parse(c.rpcURL)
	if err != nil {
		return 0
	}
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		return 0
	}
	return port
}

// IPCEndpoint is the IPC socket's path, empty unless Options.IPCPath asked
// for one.
func (c *Chain) IPCEndpoint() string {
	if c.ipc {
		return c.stack.IPCEndpoint()
	}
	return ""
}

// ChainID is the chain id (EIP-155) transactions must be signed with.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Dir is the data directory, empty for an in-memory chain.
func (c *Chain) Dir() string { return c.dir }

// Client is an ethclient connected in-process (no HTTP round trip). It is
// closed by Close; callers must not close it themselves.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Config is the chain config the node runs with (after EditGenesis, or as
// stored on disk when resumed).
func (c *Chain) Config() *params.ChainConfig { return c.backend.BlockChain().Config() }

// Close stops block production and shuts the node down, flushing the chain
// to Dir. It is idempotent: later calls return the first call's result.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.stop)
		<-c.loopDone
		c.sealMu.Lock()
		c.closed = true
		c.sealMu.Unlock()
		c.client.Close()
		err := c.beacon.Stop()
		if cerr := c.stack.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
		if err != nil {
			c.closeErr = fmt.Errorf("close chain: %w", err)
		}
	})
	return c.closeErr
}
