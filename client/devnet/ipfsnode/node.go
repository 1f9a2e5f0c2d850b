package ipfsnode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/commands"
	"github.com/ipfs/kubo/config"
	"github.com/ipfs/kubo/core"
	"github.com/ipfs/kubo/core/corehttp"
	"github.com/ipfs/kubo/core/coreiface/options"
	"github.com/ipfs/kubo/core/node/libp2p"
	"github.com/ipfs/kubo/plugin"
	pluginflatfs "github.com/ipfs/kubo/plugin/plugins/flatfs"
	pluginlevelds "github.com/ipfs/kubo/plugin/plugins/levelds"
	"github.com/ipfs/kubo/repo/fsrepo"
	"github.com/libp2p/go-libp2p/gologshim"
)

// Node is a running in-process kubo node with its RPC API on loopback.
type Node struct {
	dir     string
	ipfs    *core.IpfsNode
	lis     net.Listener
	served  chan error    // result of corehttp.Serve, buffered
	done    chan struct{} // closed by Close
	closeMu sync.Mutex
	closed  bool
}

var (
	pluginsOnce sync.Once
	pluginsErr  error

	// inUse holds the repository directories of running nodes. kubo's
	// fsrepo lock only excludes other processes; within one process it
	// hands the same repository out twice, so Start refuses here instead.
	inUseMu sync.Mutex
	inUse   = map[string]bool{}
)

// claimDir marks dir as used by a running node.
func claimDir(dir string) error {
	inUseMu.Lock()
	defer inUseMu.Unlock()
	if inUse[dir] {
		return fmt.Errorf("repository %s is already used by a running node in this process", dir)
	}
	inUse[dir] = true
	return nil
}

// releaseDir undoes claimDir.
func releaseDir(dir string) {
	inUseMu.Lock()
	defer inUseMu.Unlock()
	delete(inUse, dir)
}

// loadPlugins registers the two datastore plugins the default repository
// layout needs (flatfs for blocks, leveldb for the rest). kubo keeps them in
// process-wide registries that refuse a second registration, so this runs
// once per process however many nodes are started.
//
// kubo's full plugin loader (loader.NewPluginLoader) is deliberately not
// used: it preloads telemetry, content blocking, badger, pebble and IPLD
// codec plugins that a private devnet node never needs, and each of them
// adds modules to the build.
func loadPlugins() error {
	pluginsOnce.Do(func() {
		quietLogs()
		for _, pl := range append(append([]plugin.Plugin{}, pluginflatfs.Plugins...), pluginlevelds.Plugins...) {
			ds, ok := pl.(plugin.PluginDatastore)
			if !ok {
				continue
			}
			if err := fsrepo.AddDatastoreConfigHandler(ds.DatastoreTypeName(), ds.DatastoreConfigParser()); err != nil {
				pluginsErr = fmt.Errorf("register kubo datastore plugin %s: %w", ds.DatastoreTypeName(), err)
				return
			}
		}
	})
	return pluginsErr
}

// quietLogs silences go-log (and libp2p's slog loggers routed through it)
// unless the user asked for kubo logs through go-log's own variables.
func quietLogs() {
	if os.Getenv("GOLOG_LOG_LEVEL") != "" || os.Getenv("GOLOG_FILE") != "" || os.Getenv("IPFS_LOGGING") != "" {
		return
	}
	cfg := logging.GetConfig()
	cfg.Stderr, cfg.Stdout, cfg.File, cfg.URL = false, false, "", ""
	logging.SetupLogging(cfg) // no outputs: every entry is dropped
	gologshim.SetDefaultHandler(logging.SlogHandler())
}

// Start opens (or first initializes) the kubo repository in dir, starts the
// node and serves its RPC API on 127.0.0.1 at a free port. The caller must
// Close the node. Two nodes must not share a directory: the repository is
// locked while a node runs.
//
// ctx bounds the node's lifetime, as in kubo: canceling it closes the node.
func Start(ctx context.Context, dir string) (*Node, error) {
	if dir == "" {
		return nil, errors.New("start ipfs node: empty repository directory")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("start ipfs node in %s: %w", dir, err)
	}
	dir = abs
	if err := loadPlugins(); err != nil {
		return nil, fmt.Errorf("start ipfs node in %s: %w", dir, err)
	}
	if err := claimDir(dir); err != nil {
		return nil, fmt.Errorf("start ipfs node: %w", err)
	}
	n, err := start(ctx, dir)
	if err != nil {
		releaseDir(dir)
		return nil, err
	}
	return n, nil
}

// start does the work of Start once dir is claimed.
func start(ctx context.Context, dir string) (*Node, error) {
	if !fsrepo.IsInitialized(dir) {
		if err := initRepo(dir); err != nil {
			return nil, fmt.Errorf("start ipfs node: init repository %s: %w", dir, err)
		}
	}
	repo, err := fsrepo.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("start ipfs node: open repository %s: %w", dir, err)
	}
	ipfs, err := core.NewNode(ctx, &core.BuildCfg{
		Repo:      repo,
		Online:    true, // the RPC API needs an online node; there are no listeners anyway
		Permanent: true,
		Routing:   libp2p.NilRouterOption,
		// A stuck shutdown hook must not hang Close (and with it a test
		// binary or Ctrl-C of `kappa devnet`).
		ShutdownTimeout: 10 * time.Second,
	})
	if err != nil {
		repo.Close()
		return nil, fmt.Errorf("start ipfs node in %s: %w", dir, err)
	}
	ipfs.IsDaemon = true

	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		ipfs.Close()
		return nil, fmt.Errorf("start ipfs node in %s: listen for RPC API: %w", dir, err)
	}
	n := &Node{dir: dir, ipfs: ipfs, lis: lis, served: make(chan error, 1), done: make(chan struct{})}
	cctx := commands.Context{
		ConfigRoot:    dir,
		ReqLog:        &commands.ReqLog{},
		ConstructNode: func() (*core.IpfsNode, error) { return ipfs, nil },
	}
	ready := make(chan struct{})
	go func() {
		n.served <- corehttp.ServeWithReady(ipfs, lis, ready,
			corehttp.CheckVersionOption(),
			corehttp.CommandsOption(cctx),
			corehttp.VersionOption(),
		)
	}()
	select {
	case <-ready:
	case err := <-n.served:
		ipfs.Close()
		return nil, fmt.Errorf("start ipfs node in %s: serve RPC API: %w", dir, err)
	}
	go func() {
		select {
		case <-ctx.Done():
			n.Close() // also releases the directory, which kubo's own shutdown would not
		case <-n.done:
		}
	}()
	return n, nil
}

// initRepo writes a fresh repository configured for a private, quiet
// devnet node.
func initRepo(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	ident, err := config.CreateIdentity(io.Discard, []options.KeyGenerateOption{options.Key.Type(options.Ed25519Key)})
	if err != nil {
		return fmt.Errorf("create identity: %w", err)
	}
	cfg, err := config.InitWithIdentity(ident)
	if err != nil {
		return err
	}
	configure(cfg)
	return fsrepo.Init(dir, cfg)
}

// configure turns a default kubo configuration into one that talks to
// nobody: the devnet node only serves content added through its own API.
func configure(cfg *config.Config) {
	cfg.Addresses.Swarm = []string{}
	cfg.Addresses.API = config.Strings{} // served by Start on a kernel-chosen port
	cfg.Addresses.Gateway = config.Strings{}
	cfg.Bootstrap = []string{}
	cfg.Discovery.MDNS.Enabled = false
	cfg.AutoTLS.Enabled = config.False
	cfg.AutoConf.Enabled = config.False
	cfg.Routing.Type = config.NewOptionalString("none")
	cfg.Routing.DelegatedRouters = []string{}
	cfg.Ipns.DelegatedPublishers = []string{}
	cfg.DNS.Resolvers = map[string]string{}
	cfg.Provide.Enabled = config.False
	cfg.Swarm.DisableNatPortMap = true
	cfg.Swarm.RelayClient.Enabled = config.False
	cfg.Swarm.RelayService.Enabled = config.False
	cfg.AutoNAT.ServiceMode = config.AutoNATServiceDisabled
	// In case a stand-alone `ipfs daemon` is ever pointed at this repository.
	cfg.Plugins.Plugins = map[string]config.Plugin{
		"telemetry": {Disabled: true, Config: map[string]any{"Mode": "off"}},
	}
}

// APIAddr returns the host:port of the node's RPC API, the form
// go-ipfs-api's shell.NewShell accepts.
func (n *Node) APIAddr() string { return n.lis.Addr().String() }

// Dir returns the repository directory.
func (n *Node) Dir() string { return n.dir }

// PeerID returns the node's peer identity.
func (n *Node) PeerID() string { return n.ipfs.Identity.String() }

// Close stops the RPC API and the node and releases the repository lock,
// so another Start on the same directory can resume. Calling Close again
// is a no-op.
func (n *Node) Close() error {
	n.closeMu.Lock()
	defer n.closeMu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	close(n.done)
	defer releaseDir(n.dir)
	err := n.ipfs.Close() // cancels the node context, which shuts the API server down
	if serr := <-n.served; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("close ipfs node in %s: %w", n.dir, err)
	}
	return nil
}
