package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gofrs/flock"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// ProfileName is the configuration profile Start writes.
const ProfileName = "devnet"

// Options configure Start.
type Options struct {
	// Dir keeps the devnet's state (see the package documentation).
	// Required: DefaultDir is the usual choice.
	Dir string
	// Fresh deletes the state a previous devnet left in Dir and starts
	// over: new wallets, a new chain, a new campaign.
	Fresh bool
	// RPCPort is the loopback port of the chain's HTTP JSON-RPC; 0 picks a
	// free port.
	RPCPort int
	// IPFSPort is the loopback port of the IPFS node's RPC API; 0 picks a
	// free port.
	IPFSPort int
	// ConfigPath, when set, is the configuration file whose "devnet"
	// profile Start writes (config.WriteProfile); other profiles are kept.
	ConfigPath string
	// Quiet installs a discarding logger as go-ethereum's process-wide
	// logger (see chain.Options.Quiet). kubo's logs are always off unless
	// GOLOG_LOG_LEVEL asks for them.
	Quiet bool
	// Progress, when set, receives one line per setup step ("deploying
	// contracts"), for people watching a first start.
	Progress func(msg string)
}

// Devnet is a running local network. Its methods are safe for concurrent
// use.
type Devnet struct {
	dir        string
	lock       *flock.Flock
	state      State
	resumed    bool
	configPath string

	chain  *chain.Chain
	node   *ipfsnode.Node
	fwd    *forwarder // nil unless an IPFS port was asked for
	ipfs   *ipfs.Shell
	cancel context.CancelFunc

	store    *wallet.Store
	mu       sync.Mutex
	accounts map[string]*wallet.Account

	closeOnce sync.Once
	closeErr  error
}

// DefaultDirEnv is $XDG_DATA_HOME/kappa/devnet, or
// ~/.local/share/kappa/devnet when XDG_DATA_HOME is unset or relative,
// reading the environment through getenv (the CLI's own).
func DefaultDirEnv(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "kappa", "devnet"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("devnet directory: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "kappa", "devnet"), nil
}

// ErrRunning is wrapped by Start's error when another devnet, in this
// process or another, runs in the same directory.
var ErrRunning = errors.New("a devnet is already running in this directory")

// ErrPortInUse is wrapped by Start's error when a requested port is taken.
var ErrPortInUse = errors.New("port already in use")

// Start brings the devnet up in opts.Dir: it resumes the devnet found there
// or, in an empty directory (or with opts.Fresh), sets a new one up. ctx
// bounds the start-up only; the devnet runs until Close.
func Start(ctx context.Context, opts Options) (_ *Devnet, err error) {
	if opts.Dir == "" {
		return nil, errors.New("start devnet: no directory")
	}
	for _, p := range []struct {
		name string
		port int
	}{{"rpc", opts.RPCPort}, {"ipfs", opts.IPFSPort}} {
		if p.port < 0 || p.port > 65535 {
			return nil, fmt.Errorf("start devnet: %s port %d is outside 0-65535", p.name, p.port)
		}
	}
	if opts.RPCPort != 0 && opts.RPCPort == opts.IPFSPort {
		return nil, fmt.Errorf("start devnet: rpc and ipfs ports are both %d", opts.RPCPort)
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(string) {}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	// One devnet per directory, across processes and within one: taken
	// before anything is read or wiped, released by Close.
	lock := flock.New(filepath.Join(dir, lockFile))
	locked, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("start devnet: lock %s: %w", dir, err)
	}
	if !locked {
		return nil, fmt.Errorf("start devnet in %s: %w", dir, ErrRunning)
	}
	defer func() {
		if err != nil {
			lock.Unlock()
		}
	}()

	st, err := readState(dir)
	if err != nil && !opts.Fresh {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	_, statErr := os.Stat(filepath.Join(dir, stateFile))
	isDevnet := statErr == nil // devnet.json, even unreadable, marks a devnet's directory
	switch {
	case opts.Fresh && isDevnet:
		progress("deleting the previous devnet in " + dir)
		if err := wipe(dir); err != nil {
			return nil, err
		}
		st = nil
	case st != nil && !st.Complete:
		progress("the previous setup in " + dir + " did not finish: starting over")
		if err := wipe(dir); err != nil {
			return nil, err
		}
		st = nil
	case st != nil:
		if err := st.check(filepath.Join(dir, stateFile)); err != nil {
			return nil, fmt.Errorf("start devnet: %w", err)
		}
	}
	if st == nil {
		// Never set up over (or wipe) a keystore or chain that is not a
		// devnet's: --dir might be pointed at geth's own directory.
		if taken := occupied(dir); len(taken) > 0 {
			return nil, fmt.Errorf("start devnet in %s: it has %v but no %s, so it is not a devnet's directory (or its %s was deleted): choose another --dir, or move those away",
				dir, taken, stateFile, stateFile)
		}
	}

	// The IPFS port is ours to bind: take it first, so that a port in use
	// fails before anything is created.
	var fwd *forwarder
	if opts.IPFSPort != 0 {
		fwd, err = listenForward(net.JoinHostPort("127.0.0.1", strconv.Itoa(opts.IPFSPort)))
		if err != nil {
			return nil, portError("ipfs", opts.IPFSPort, "--ipfs-port", err)
		}
		defer func() {
			if err != nil {
				fwd.close()
			}
		}()
	}

	fresh := st == nil
	accounts := map[string]*wallet.Account{}
	defer func() {
		if err != nil {
			for _, a := range accounts {
				a.Lock()
			}
		}
	}()
	var keys []devKey
	if fresh {
		progress("creating dev wallets")
		var wallets []Wallet
		if keys, wallets, err = generateKeys(); err != nil {
			return nil, fmt.Errorf("start devnet: %w", err)
		}
		for _, k := range keys {
			accounts[k.name] = k.acct
		}
		st = &State{
			Version: stateVersion, Created: time.Now().UTC().Truncate(time.Second),
			ChainID: big.NewInt(chain.DefaultChainID), Wallets: wallets,
		}
		// Written before anything else exists: the genesis funds these
		// addresses, and a crash from here on is detected and redone.
		if err := writeState(dir, st); err != nil {
			return nil, err
		}
	}
	ksDir := filepath.Join(dir, keystoreDir)
	store, err := wallet.Open(ksDir, wallet.Options{ScryptN: wallet.LightScryptN, ScryptP: wallet.LightScryptP})
	if err != nil {
		return nil, fmt.Errorf("start devnet: keystore: %w", err)
	}
	if err := config.WriteFile(filepath.Join(dir, passphraseFile), []byte(DevPassphrase+"\n")); err != nil {
		return nil, fmt.Errorf("start devnet: passphrase file: %w", err)
	}

	d := &Devnet{dir: dir, lock: lock, state: *st, resumed: !fresh, configPath: opts.ConfigPath, fwd: fwd, store: store, accounts: accounts}
	// Encrypting the keys (scrypt) takes about as long as starting the
	// nodes: do both at once.
	stored := make(chan error, 1)
	go func() { stored <- storeKeys(store, keys) }()
	nodesErr := d.startNodes(ctx, opts, progress)
	if err := errors.Join(nodesErr, <-stored); err != nil {
		if nodesErr == nil {
			d.closeNodes()
		}
		return nil, err
	}
	defer func() {
		if err != nil {
			d.closeNodes()
		}
	}()

	if fresh {
		if err := d.setUp(ctx, progress); err != nil {
			return nil, err
		}
	} else {
		progress("checking the deployed contracts and campaign")
		if err := d.verify(ctx, progress); err != nil {
			return nil, err
		}
	}

	d.state.RPCURL, d.state.IPFSAPI = d.RPCURL(), d.IPFSAPI()
	if err := writeState(dir, &d.state); err != nil {
		return nil, err
	}
	if opts.ConfigPath != "" {
		if err := config.WriteProfile(opts.ConfigPath, ProfileName, d.Profile(), false); err != nil {
			return nil, fmt.Errorf("start devnet: write profile %q: %w", ProfileName, err)
		}
	}
	return d, nil
}

// portError explains a port that could not be bound.
func portError(what string, port int, flag string, err error) error {
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("start devnet: %s port %d on 127.0.0.1: %w (another devnet or node running? choose one with %s, 0 for any free port)", what, port, ErrPortInUse, flag)
	}
	return fmt.Errorf("start devnet: %s port %d on 127.0.0.1: %w", what, port, err)
}

// startNodes starts the chain and the IPFS node side by side.
func (d *Devnet) startNodes(ctx context.Context, opts Options, progress func(string)) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	progress("starting the chain and the IPFS node")
	alloc := types.GenesisAlloc{}
	for _, w := range d.state.Wallets {
		alloc[w.Address] = types.Account{Balance: new(big.Int).Set(GenesisETH)}
	}
	// The IPFS node lives until Close, not until ctx ends.
	nodeCtx, cancel := context.WithCancel(context.Background())
	var (
		wg       sync.WaitGroup
		nodeErr  error
		chainErr error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		d.node, nodeErr = ipfsnode.Start(nodeCtx, filepath.Join(d.dir, ipfsDir))
	}()
	d.chain, chainErr = chain.Start(ctx, chain.Options{
		Dir:      filepath.Join(d.dir, chainDir),
		Alloc:    alloc,
		ChainID:  d.state.ChainID,
		HTTPPort: opts.RPCPort,
		Quiet:    opts.Quiet,
		// seat requests are drawn from the next block's hash: seal it
		EmptyBlocksAfter: protocol.BlocksAfterSeatRequest,
	})
	wg.Wait()
	if chainErr != nil && errors.Is(chainErr, syscall.EADDRINUSE) {
		chainErr = portError("rpc", opts.RPCPort, "--rpc-port", chainErr)
	} else if chainErr != nil {
		chainErr = fmt.Errorf("start devnet: %w", chainErr)
	}
	if nodeErr != nil {
		nodeErr = fmt.Errorf("start devnet: %w", nodeErr)
	}
	if err := errors.Join(chainErr, nodeErr); err != nil {
		if d.chain != nil {
			d.chain.Close()
		}
		if d.node != nil {
			d.node.Close()
		}
		cancel()
		return err
	}
	d.cancel = cancel
	if d.fwd != nil {
		d.fwd.serve(d.node.APIAddr())
	}
	d.ipfs = ipfs.NewShell(d.IPFSAPI())
	return nil
}

// setUp deploys the contracts, mints tokens and creates the sample
// campaign on a new chain.
func (d *Devnet) setUp(ctx context.Context, progress func(string)) error {
	req, err := d.Account(Requester)
	if err != nil {
		return err
	}
	backend := d.chain.Client()
	opts, err := req.TransactOpts(ctx, backend, d.state.ChainID)
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	progress("deploying KappaToken and KappaHub")
	addrs, err := deploy.All(ctx, backend, opts, nil)
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	d.state.Token, d.state.Hub = addrs.Token, addrs.Hub

	progress("minting KAPPA to the dev wallets")
	tok := bindings.NewKappaToken()
	inst := tok.Instance(backend, addrs.Token)
	for _, w := range d.state.Wallets {
		amount := mintAmount(w)
		o := *opts
		o.Context = ctx
		tx, err := bind.Transact(inst, &o, tok.PackMint(w.Address, amount))
		if err != nil {
			return fmt.Errorf("start devnet: mint to %s: %w", w.Name, err)
		}
		rcpt, err := bind.WaitMined(ctx, backend, tx.Hash())
		if err != nil {
			return fmt.Errorf("start devnet: mint to %s: wait for %s: %w", w.Name, tx.Hash().Hex(), err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("start devnet: mint to %s: transaction %s reverted", w.Name, tx.Hash().Hex())
		}
	}

	progress("publishing the sample campaign to IPFS and creating it")
	spec, err := SampleCampaign()
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	// The reviewer wallet arbitrates: the hub refuses a requester who
	// judges its own campaign.
	arbiter, err := d.Wallet(Rita)
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	spec.Arbiter = arbiter.Address
	jpath, err := d.JournalPath(Requester)
	if err != nil {
		return err
	}
	j, err := journal.Open(jpath, journal.Options{})
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	created, err := client.CreateCampaign(ctx, d.ClientDeps(req, j), addrs.Token, spec)
	if cerr := j.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close requester journal: %w", cerr)
	}
	if err != nil {
		return fmt.Errorf("start devnet: sample campaign: %w", err)
	}
	d.state.Campaign = &CampaignState{
		ID: created.CampaignID, ManifestCID: created.ManifestCID, SchemaCID: created.SchemaCID,
		Root: created.Root, Chunks: created.Chunks, Tasks: len(spec.Tasks),
		Deposit: created.Deposit, TxHash: created.TxHash,
	}
	d.state.Complete = true
	return nil
}

// verify checks that a resumed devnet still has its contracts, campaign
// and documents: a chain directory deleted by hand must not leave a devnet
// that points at nothing.
func (d *Devnet) verify(ctx context.Context, progress func(string)) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("start devnet: resume %s: %s (start with --fresh to set the devnet up again)", d.dir, fmt.Sprintf(format, args...))
	}
	for _, w := range d.state.Wallets {
		if _, err := d.store.Find(w.Address); err != nil {
			return fail("wallet %s: %v", w.Name, err)
		}
	}
	backend := d.chain.Client()
	for _, c := range []struct {
		name string
		addr common.Address
	}{{"KappaToken", d.state.Token}, {"KappaHub", d.state.Hub}} {
		code, err := backend.CodeAt(ctx, c.addr, nil)
		if err != nil {
			return fail("read code of %s at %s: %v", c.name, c.addr.Hex(), err)
		}
		if len(code) == 0 {
			return fail("no %s at %s on the chain", c.name, c.addr.Hex())
		}
	}
	info, err := d.CampaignInfo(ctx)
	if err != nil {
		return fail("%v", err)
	}
	if info.ManifestCid != d.state.Campaign.ManifestCID {
		return fail("campaign %s points at manifest %s, devnet.json says %s", d.state.Campaign.ID, info.ManifestCid, d.state.Campaign.ManifestCID)
	}
	if head, err := backend.HeaderByNumber(ctx, nil); err == nil && head.Time >= info.EndTime {
		progress(fmt.Sprintf("the sample campaign ended on %s: no chunk opens any more (--fresh sets up a new one)",
			time.Unix(int64(info.EndTime), 0).UTC().Format(time.DateOnly)))
	}
	// The repository holds the manifest, or the node would go looking for
	// it on a network it is not connected to: bound the wait.
	gctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := d.ipfs.Get(gctx, d.state.Campaign.ManifestCID, document.MaxManifestSize); err != nil {
		return fail("manifest %s: %v", d.state.Campaign.ManifestCID, err)
	}
	return nil
}

// CampaignInfo reads the sample campaign from the hub.
func (d *Devnet) CampaignInfo(ctx context.Context) (bindings.KappaHubCampaignInfo, error) {
	hub := bindings.NewKappaHub()
	info, err := bind.Call(hub.Instance(d.chain.Client(), d.state.Hub), &bind.CallOpts{Context: ctx},
		hub.PackCampaignInfo(d.state.Campaign.ID), hub.UnpackCampaignInfo)
	if err != nil {
		return info, fmt.Errorf("read campaign %s from hub %s: %w", d.state.Campaign.ID, d.state.Hub.Hex(), err)
	}
	return info, nil
}

// Resumed reports whether Start resumed an existing devnet rather than
// setting a new one up.
func (d *Devnet) Resumed() bool { return d.resumed }

// Dir is the devnet's directory (absolute).
func (d *Devnet) Dir() string { return d.dir }

// State returns a copy of what devnet.json holds.
func (d *Devnet) State() State {
	s := d.state
	s.Wallets = append([]Wallet(nil), s.Wallets...)
	if s.Campaign != nil {
		c := *s.Campaign
		s.Campaign = &c
	}
	return s
}

// RPCURL is the chain's HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:8545.
func (d *Devnet) RPCURL() string { return d.chain.RPCURL() }

// IPFSAPI is the IPFS node's RPC API as host:port (go-ipfs-api's form).
func (d *Devnet) IPFSAPI() string {
	if d.fwd != nil {
		return d.fwd.Addr()
	}
	return d.node.APIAddr()
}

// IPFSMultiaddr is the IPFS RPC API as a multiaddr, e.g.
// /ip4/127.0.0.1/tcp/5001 (kubo's and the config file's form).
func (d *Devnet) IPFSMultiaddr() string {
	host, port, err := net.SplitHostPort(d.IPFSAPI())
	if err != nil {
		return ""
	}
	return "/ip4/" + host + "/tcp/" + port
}

// ChainID is the chain id transactions are signed for.
func (d *Devnet) ChainID() *big.Int { return new(big.Int).Set(d.state.ChainID) }

// Token is the KappaToken (KAPPA, 18 decimals) the hub pays in.
func (d *Devnet) Token() common.Address { return d.state.Token }

// Hub is the KappaHub: campaigns, escrow and the reputation registry.
func (d *Devnet) Hub() common.Address { return d.state.Hub }

// CampaignID is the sample campaign's id on the hub.
func (d *Devnet) CampaignID() *big.Int { return new(big.Int).Set(d.state.Campaign.ID) }

// ManifestCID is the sample campaign's manifest on IPFS.
func (d *Devnet) ManifestCID() string { return d.state.Campaign.ManifestCID }

// Wallets lists the dev wallets, requester first.
func (d *Devnet) Wallets() []Wallet { return append([]Wallet(nil), d.state.Wallets...) }

// Wallet returns the dev wallet called name.
func (d *Devnet) Wallet(name string) (Wallet, error) {
	for _, w := range d.state.Wallets {
		if w.Name == name {
			return w, nil
		}
	}
	return Wallet{}, fmt.Errorf("devnet: no wallet %q (have %v)", name, WalletNames())
}

// Account returns the dev wallet called name, unlocked. Accounts stay
// unlocked until Close, which locks them; callers must not Lock them.
func (d *Devnet) Account(name string) (*wallet.Account, error) {
	w, err := d.Wallet(name)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if a, ok := d.accounts[name]; ok {
		if a.Locked() {
			return nil, fmt.Errorf("devnet: account %s: %w (the devnet is closed)", name, wallet.ErrLocked)
		}
		return a, nil
	}
	a, err := d.store.Unlock(w.Address, []byte(DevPassphrase))
	if err != nil {
		return nil, fmt.Errorf("devnet: unlock %s: %w", name, err)
	}
	d.accounts[name] = a
	return a, nil
}

// Client is the chain's client, connected in-process. Close closes it.
func (d *Devnet) Client() *ethclient.Client { return d.chain.Client() }

// Chain is the running dev chain, for mining and block time control.
func (d *Devnet) Chain() *chain.Chain { return d.chain }

// IPFS is a store over the devnet's IPFS node.
func (d *Devnet) IPFS() ipfs.Store { return d.ipfs }

// AdvanceTime seals a block d later than the head (at least one second),
// so that campaign windows close without waiting.
func (d *Devnet) AdvanceTime(dur time.Duration) error { return d.chain.AdvanceTime(dur) }

// KeystoreDir holds the dev wallets' key files.
func (d *Devnet) KeystoreDir() string { return filepath.Join(d.dir, keystoreDir) }

// PassphraseFile holds DevPassphrase, for --password-file.
func (d *Devnet) PassphraseFile() string { return filepath.Join(d.dir, passphraseFile) }

// JournalDir holds the dev wallets' journals (see JournalPath).
func (d *Devnet) JournalDir() string { return filepath.Join(d.dir, journalDir) }

// JournalPath is where the wallet called name keeps its client journal:
// <dir>/journal/<chain id>-<address>.db, one bbolt file per wallet
// (journal.Open creates it). The layout is the kappa command's under its
// data directory, so with KAPPA_DATA_DIR=<dir> the commands share these
// journals (and put their IPFS cache in <dir>/ipfs-cache). The requester's
// holds the sample campaign's gold answers, which finalizing a chunk needs
// while its gold window is open.
func (d *Devnet) JournalPath(name string) (string, error) {
	w, err := d.Wallet(name)
	if err != nil {
		return "", err
	}
	file := fmt.Sprintf("%s-%s.db", d.state.ChainID, strings.ToLower(w.Address.Hex()))
	return filepath.Join(d.JournalDir(), file), nil
}

// ClientDeps are the parts a client needs to act as acct on this devnet,
// with journal j (see JournalPath).
func (d *Devnet) ClientDeps(acct *wallet.Account, j *journal.Journal) client.Deps {
	return client.Deps{
		Backend: d.chain.Client(), ChainID: d.ChainID(), Hub: d.state.Hub,
		Account: acct, Journal: j, IPFS: d.ipfs, Endpoint: d.RPCURL(),
	}
}

// OpenClient opens the journal of the wallet called name (JournalPath) and
// binds a client to the sample campaign as that wallet. The caller closes
// the journal when done with the client; only one journal handle per wallet
// may be open at a time.
func (d *Devnet) OpenClient(ctx context.Context, name string) (*client.Client, *journal.Journal, error) {
	acct, err := d.Account(name)
	if err != nil {
		return nil, nil, err
	}
	jpath, err := d.JournalPath(name)
	if err != nil {
		return nil, nil, err
	}
	j, err := journal.Open(jpath, journal.Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("devnet: client of %s: %w", name, err)
	}
	c, err := client.Open(ctx, d.ClientDeps(acct, j), d.CampaignID())
	if err != nil {
		j.Close()
		return nil, nil, fmt.Errorf("devnet: client of %s: %w", name, err)
	}
	return c, j, nil
}

// ConfigPath is the configuration file whose profile Start wrote, empty if
// none.
func (d *Devnet) ConfigPath() string { return d.configPath }

// Profile is the configuration profile of this devnet: its endpoints, the
// contracts, the sample campaign, the keystore and alice as the account.
func (d *Devnet) Profile() config.Profile {
	alice, _ := d.Wallet(Alice)
	var campaign int64
	if id := d.state.Campaign.ID; id.IsInt64() {
		campaign = id.Int64()
	}
	return config.Profile{
		Campaign: campaign,
		RPCURL:   d.RPCURL(),
		ChainID:  d.state.ChainID.Int64(),
		IPFSAPI:  d.IPFSMultiaddr(),
		Keystore: d.KeystoreDir(),
		Account:  alice.Address.Hex(),
		Contracts: map[string]string{
			config.ContractToken: d.state.Token.Hex(),
			// The hub is both the campaign factory and the registry.
			config.ContractKappa:    d.state.Hub.Hex(),
			config.ContractRegistry: d.state.Hub.Hex(),
		},
	}
}

// Close locks the dev accounts and shuts the IPFS node and the chain down,
// flushing both to Dir. It is idempotent: later calls return the first
// call's result.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		d.mu.Lock()
		for _, a := range d.accounts {
			a.Lock()
		}
		d.mu.Unlock()
		d.closeErr = d.closeNodes()
		if err := d.lock.Unlock(); err != nil && d.closeErr == nil {
			d.closeErr = fmt.Errorf("close devnet: unlock %s: %w", d.dir, err)
		}
	})
	return d.closeErr
}

func (d *Devnet) closeNodes() error {
	if d.fwd != nil {
		d.fwd.close()
	}
	var errs []error
	if d.node != nil {
		errs = append(errs, d.node.Close())
	}
	if d.cancel != nil {
		d.cancel()
	}
	if d.chain != nil {
		errs = append(errs, d.chain.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close devnet: %w", err)
	}
	return nil
}
