package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// Version names this client in label documents.
const Version = "kappa/0.1.0"

// Backend is what the client needs from a node: contract calls, logs,
// transactions and receipts. *ethclient.Client and the simulated backend's
// client satisfy it.
type Backend interface {
	chain.Backend
}

// Deps are the parts a client is built from. All are required.
type Deps struct {
	Backend Backend
	// ChainID is the configured chain; the node must serve the same one.
	ChainID *big.Int
	// Hub is the KappaHub contract.
	Hub common.Address
	// Account signs; it stays unlocked in memory for the client's life.
	Account *wallet.Account
	// Journal keeps labels and transaction intents.
	Journal *journal.Journal
	// IPFS stores and fetches documents (a Cache in front of a node, so
	// cached tasks stay readable when the node is down).
	IPFS ipfs.Store
	// Endpoint names the node in messages (its RPC URL); optional.
	Endpoint string
}

func (d Deps) check() error {
	switch {
	case d.Backend == nil:
		return errors.New("client: no chain backend")
	case d.ChainID == nil:
		return errors.New("client: no chain id configured")
	case d.Hub == (common.Address{}):
		return errors.New("client: no hub address configured")
	case d.Account == nil:
		return errors.New("client: no unlocked account")
	case d.Journal == nil:
		return errors.New("client: no journal")
	case d.IPFS == nil:
		return errors.New("client: no IPFS store")
	}
	return nil
}

// errorsABI declares the hub's and the token's custom errors, parsed once,
// so reverts are shown in words.
var errorsABI = sync.OnceValues(func() (*abi.ABI, error) {
	hub, err := hubABI()
	if err != nil {
		return nil, fmt.Errorf("hub ABI: %w", err)
	}
	tok, err := bindings.KappaTokenMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("token ABI: %w", err)
	}
	return chain.MergeErrors(hub, tok), nil
})

// newSender builds the journaled transaction sender for deps' account.
func newSender(d Deps) (*chain.Sender, error) {
	a, err := errorsABI()
	if err != nil {
		return nil, err
	}
	acct, chainID := d.Account, d.ChainID
	return chain.New(d.Backend, chain.Config{
		ChainID: chainID,
		From:    acct.Address(),
		Sign: func(tx *types.Transaction) (*types.Transaction, error) {
			return acct.SignTx(tx, chainID)
		},
		Journal: d.Journal,
		ABI:     a,
	})
}

// CampaignKey is the address-sized key the journal files a campaign under:
// the last 20 bytes of keccak256(hub, campaign id as uint256).
func CampaignKey(hub common.Address, campaignID *big.Int) common.Address {
	return common.BytesToAddress(crypto.Keccak256(hub.Bytes(), common.BigToHash(campaignID).Bytes()))
}

// Client works on one campaign for one account.
type Client struct {
	deps     Deps
	campaign *big.Int
	key      common.Address // journal key of the campaign
	sender   *chain.Sender
	index    *index.Index
	hub      *bindings.KappaHub
	reader   *Hub // the hub's and the token's reads
	token    common.Address

	manifestCID string
	manifest    *document.Manifest
	schema      *document.Schema
	leaves      map[uint64]protocol.Leaf
	leafIndex   map[uint64]int
	tree        *protocol.Tree

	mu sync.Mutex // serializes writes on one chunk record at a time

	tokenMu   sync.Mutex
	tokenInfo *token.Info // read once by TokenInfo

	goldMu       sync.Mutex
	goldRevealed map[uint64]map[int]uint32 // GoldRevealed's cache
}

// Open binds a client to a campaign: it reads the campaign from the hub,
// fetches and validates its manifest and schema from IPFS, checks the
// manifest against the Merkle root on-chain, and catches the index up with
// the chain.
func Open(ctx context.Context, d Deps, campaignID *big.Int) (*Client, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	if err := checkChainID(ctx, d); err != nil {
		return nil, err
	}
	sender, err := newSender(d)
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(ctx, d.Backend, d.Hub, campaignID, index.Options{})
	if err != nil {
		return nil, err
	}
	c := &Client{
		deps: d, campaign: new(big.Int).Set(campaignID), key: CampaignKey(d.Hub, campaignID),
		sender: sender, index: ix, hub: bindings.NewKappaHub(), reader: NewHub(d.Backend, d.Hub),
		goldRevealed: map[uint64]map[int]uint32{},
	}
	if c.token, err = c.reader.Token(ctx); err != nil {
		return nil, err
	}
	if err := c.loadManifest(ctx); err != nil {
		return nil, err
	}
	if _, err := ix.Sync(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// checkChainID checks that the node serves the configured chain, and that
// the journal belongs to that very chain (bindJournal).
func checkChainID(ctx context.Context, d Deps) error {
	got, err := d.Backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if got.Cmp(d.ChainID) != 0 {
		return fmt.Errorf("node serves chain id %s, configured chain id is %s: refusing to sign", got, d.ChainID)
	}
	return bindJournal(ctx, d, got)
}

// bindJournal binds the journal to the node's chain, its id and the hash of
// its block 0 (journal.BindChain): recorded on first use, compared on every
// later open or reconnect. A chain id alone does not tell a reset devnet,
// a restarted local node or a testnet regenesis from the chain the journal
// was written on, and on such a chain the journal's nonces would make the
// next transaction wait forever. The error is a *journal.ChainMismatchError.
func bindJournal(ctx context.Context, d Deps, id *big.Int) error {
	h, err := d.Backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("read the genesis block: %w", err)
	}
	node := journal.Chain{ID: id, Genesis: h.Hash()}
	if _, bound, err := d.Journal.Chain(); err != nil {
		return err
	} else if !bound {
		if err := checkHistory(ctx, d, node); err != nil {
			return err
		}
	}
	return d.Journal.BindChain(node, d.Endpoint)
}

// checkHistory vouches for a journal written before journals recorded their
// chain: the node must know the journal's last mined transaction.
func checkHistory(ctx context.Context, d Deps, node journal.Chain) error {
	mined, err := d.Journal.Intents(func(in journal.Intent) bool { return in.State == journal.StateMined })
	if err != nil || len(mined) == 0 {
		return err
	}
	last := mined[0]
	for _, in := range mined {
		if in.ID > last.ID {
			last = in
		}
	}
	_, err = d.Backend.TransactionReceipt(ctx, last.Hash)
	switch {
	case errors.Is(err, ethereum.NotFound):
		return &journal.ChainMismatchError{
			Path: d.Journal.Path(), Node: node, Endpoint: d.Endpoint,
			Evidence: fmt.Sprintf("its %s transaction %s was mined in block %d", last.Describe(), last.Hash.Hex(), last.Block),
		}
	case err != nil:
		return fmt.Errorf("check journal %s against the chain: receipt of %s: %w", d.Journal.Path(), last.Hash.Hex(), err)
	}
	return nil
}

// loadManifest fetches the manifest the hub names (its one CID per
// campaign; the manifest names the schema's CID) and checks it against the
// Merkle root on-chain.
func (c *Client) loadManifest(ctx context.Context) error {
	info := c.index.Info()
	mcid := info.ManifestCid
	raw, err := c.deps.IPFS.Get(ctx, mcid, document.MaxManifestSize)
	if err != nil {
		return fmt.Errorf("campaign %s: fetch manifest %s: %w", c.campaign, mcid, err)
	}
	m, err := document.DecodeManifest(mcid, raw)
	if err != nil {
		return fmt.Errorf("campaign %s: %w", c.campaign, err)
	}
	rawSchema, err := c.deps.IPFS.Get(ctx, m.Schema, document.MaxSchemaSize)
	if err != nil {
		return fmt.Errorf("campaign %s: fetch schema %s: %w", c.campaign, m.Schema, err)
	}
	s, err := document.DecodeSchema(m.Schema, rawSchema)
	if err != nil {
		return fmt.Errorf("campaign %s: %w", c.campaign, err)
	}
	if err := m.CheckSchema(s); err != nil {
		return fmt.Errorf("campaign %s: manifest %s: %w", c.campaign, mcid, err)
	}
	leaves := LeavesOf(m)
	tree, err := protocol.NewManifestTree(leaves)
	if err != nil {
		return fmt.Errorf("campaign %s: manifest %s: %w", c.campaign, mcid, err)
	}
	if tree.Root() != common.Hash(info.ManifestRoot) {
		return fmt.Errorf("campaign %s: manifest %s has root %s, the hub holds %s: refusing a manifest the chain did not commit to",
			c.campaign, mcid, tree.Root().Hex(), common.Hash(info.ManifestRoot).Hex())
	}
	c.manifestCID, c.manifest, c.schema, c.tree = mcid, m, s, tree
	c.leaves = make(map[uint64]protocol.Leaf, len(leaves))
	c.leafIndex = make(map[uint64]int, len(leaves))
	for i, l := range leaves {
		c.leaves[l.ChunkID] = l
		c.leafIndex[l.ChunkID] = i
	}
	return nil
}

// LeavesOf builds the Merkle leaves of a manifest's chunks, in order.
func LeavesOf(m *document.Manifest) []protocol.Leaf {
	out := make([]protocol.Leaf, len(m.Chunks))
	for i, ch := range m.Chunks {
		l := protocol.Leaf{ChunkID: ch.ID, Tier: ch.Tier, Size: uint16(len(ch.Tasks)), TasksRoot: protocol.TasksRoot(ch.Tasks)}
		if ch.Gold != nil {
			l.GoldCommitment = *ch.Gold
		}
		out[i] = l
	}
	return out
}

// Campaign returns the campaign id.
func (c *Client) Campaign() *big.Int { return new(big.Int).Set(c.campaign) }

// Address is the client's account.
func (c *Client) Address() common.Address { return c.deps.Account.Address() }

// Schema is the campaign's validated schema.
func (c *Client) Schema() *document.Schema { return c.schema }

// Manifest is the campaign's validated manifest and its CID.
func (c *Client) Manifest() (*document.Manifest, string) { return c.manifest, c.manifestCID }

// Info returns the campaign parameters and escrow as last read.
func (c *Client) Info() bindings.KappaHubCampaignInfo { return c.index.Info() }

// Token is the address of the ERC-20 the hub pays in; TokenInfo adds its
// symbol and decimals.
func (c *Client) Token() common.Address { return c.token }

// Sync catches the index up with the chain and rereads the escrow.
func (c *Client) Sync(ctx context.Context) error {
	if _, err := c.index.Sync(ctx); err != nil {
		return err
	}
	_, err := c.index.RefreshInfo(ctx)
	return err
}

// Reconcile settles every journaled transaction left open by a crash: the
// same signed bytes are rebroadcast or found mined, never signed anew. It
// first checks that the node still serves the journal's chain (it may have
// been reset since Open).
func (c *Client) Reconcile(ctx context.Context) (chain.Report, error) {
	if err := checkChainID(ctx, c.deps); err != nil {
		return chain.Report{}, err
	}
	return c.sender.Reconcile(ctx)
}

// chainTime is the latest block's timestamp: windows are judged by it, not
// by the local clock.
func (c *Client) chainTime(ctx context.Context) (uint64, error) {
	h, err := c.deps.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read chain head: %w", err)
	}
	return h.Time, nil
}

// settleUnsent rebroadcasts, through Reconcile, the account's transactions
// that were journaled but never acknowledged by a node (an RPC outage at
// their broadcast), other than key's own. Each holds its nonce: until its
// bytes reach a node, every later transaction of the account would wait
// behind the gap. A restart does this in Open's caller; a long session
// must too.
func (c *Client) settleUnsent(ctx context.Context, key string) error {
	open, err := c.deps.Journal.OpenIntents()
	if err != nil {
		return err
	}
	for _, in := range open {
		if in.From == c.Address() && in.State == journal.StatePending && in.Key != key {
			_, err := c.sender.Reconcile(ctx)
			return err
		}
	}
	return nil
}

// send sends one hub transaction and syncs the index after it is mined.
func (c *Client) send(ctx context.Context, kind journal.Kind, chunk uint64, key string, data []byte) (*chain.Result, error) {
	if err := c.settleUnsent(ctx, key); err != nil {
		return nil, fmt.Errorf("%s chunk %d: settle earlier transactions first: %w", kind, chunk, err)
	}
	res, err := c.sender.Send(ctx, chain.Request{
		Kind: kind, Campaign: c.key, Chunk: chunk, Key: key, To: c.deps.Hub, Data: data,
	})
	if err != nil {
		return res, err
	}
	if res.Receipt != nil && res.Receipt.Status != types.ReceiptStatusSuccessful {
		return res, fmt.Errorf("%s chunk %d: transaction %s reverted", kind, chunk, res.Receipt.TxHash.Hex())
	}
	if _, err := c.index.Sync(ctx); err != nil {
		return res, fmt.Errorf("%s chunk %d: mined, but %w", kind, chunk, err)
	}
	return res, nil
}

// intentKey names one action for idempotency in the journal. attempt > 0
// marks a retry after the chunk's record moved under us (StaleRecord).
func (c *Client) intentKey(kind journal.Kind, chunk uint64, attempt int) string {
	return c.actionKey(kind, chunk, "", attempt)
}

// actionKey is intentKey for an action that may happen more than once per
// chunk and account (resolving different disputed tasks): what names it.
func (c *Client) actionKey(kind journal.Kind, chunk uint64, what string, attempt int) string {
	k := fmt.Sprintf("%s/%s/%s/%d/%s", kind, c.deps.Hub.Hex(), c.campaign, chunk, c.Address().Hex())
	if what != "" {
		k += "/" + what
	}
	if attempt > 0 {
		k += fmt.Sprintf("#%d", attempt)
	}
	return k
}

// withRecord runs a write that passes a chunk's current record, retrying
// with a fresh record when another transaction changed it first.
func (c *Client) withRecord(ctx context.Context, kind journal.Kind, chunk uint64, build func(ch index.Chunk) ([]byte, error)) (*chain.Result, error) {
	return c.withRecordAction(ctx, kind, chunk, "", build)
}

// withRecordAction is withRecord for an action named by what within its
// kind and chunk (see actionKey).
func (c *Client) withRecordAction(ctx context.Context, kind journal.Kind, chunk uint64, what string, build func(ch index.Chunk) ([]byte, error)) (*chain.Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	const attempts = 4
	// An earlier call (maybe of a process since killed) may have landed
	// this action or left it open, possibly under a retry's key after a
	// StaleRecord: finish that one rather than judge the chunk anew, since
	// the action itself may have closed it (a finalize, the last reveal)
	// or made a new transaction pointless (AlreadyCommitted, ...).
	for attempt := 0; attempt < attempts; attempt++ {
		key := c.actionKey(kind, chunk, what, attempt)
		in, ok, err := c.deps.Journal.IntentByKey(key)
		if err != nil {
			return nil, fmt.Errorf("%s chunk %d: %w", kind, chunk, err)
		}
		if ok && (in.State == journal.StateMined || in.State == journal.StatePending || in.State == journal.StateSent) {
			return c.send(ctx, kind, chunk, key, in.Calldata)
		}
	}
	var lastErr error
	for attempt := 0; attempt < attempts; attempt++ {
		if _, err := c.index.Sync(ctx); err != nil {
			return nil, fmt.Errorf("%s chunk %d: %w", kind, chunk, err)
		}
		ch, ok := c.index.Chunk(chunk)
		if !ok || !ch.InLane {
			return nil, fmt.Errorf("%s chunk %d: the chunk is not open on-chain", kind, chunk)
		}
		data, err := build(ch)
		if err != nil {
			return nil, err
		}
		res, err := c.send(ctx, kind, chunk, c.actionKey(kind, chunk, what, attempt), data)
		if err == nil {
			return res, nil
		}
		if !isStale(err) {
			return res, err
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s chunk %d: %w (after %v)", kind, chunk, ctx.Err(), lastErr)
		case <-time.After(time.Duration(attempt+1) * 100 * time.Millisecond):
		}
	}
	return nil, lastErr
}

func isStale(err error) bool { return isRevert(err, "StaleRecord") }
