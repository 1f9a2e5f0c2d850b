package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client/journal"
)

// Config configures a Sender. ChainID and Journal are always required; From
// and Sign are required to send. A Sender without them can still Reconcile
// and Wait, which sign nothing, so a client can settle what a previous run
// left open before the wallet is unlocked.
type Config struct {
	// ChainID is the chain the client is configured for; the node must
	// serve the same one.
	ChainID *big.Int
	// From is the account that signs and pays.
	From common.Address
	// Sign signs for From; nil makes a Sender that cannot send.
	Sign SignFunc
	// Journal records every intent before it is broadcast.
	Journal *journal.Journal
	// ABI declares the custom errors reverts are decoded with; optional.
	ABI *abi.ABI
	// GasMarginPercent is added to the gas estimate; zero means 25.
	GasMarginPercent uint64
	// PollInterval is the wait between receipt polls; zero means 1s.
	PollInterval time.Duration
	// RebroadcastInterval is how often an unmined transaction's same bytes
	// are offered again, in case a node forgot them; zero means 30s.
	RebroadcastInterval time.Duration
	// CallTimeout bounds each RPC call; zero means 15s.
	CallTimeout time.Duration
	// Retry bounds the retries of transient RPC failures; the zero value
	// means DefaultRetry.
	Retry Retry
	// MaxAttempts is how many transactions Send may sign for one request
	// when an earlier one provably cannot land (its nonce was taken by a
	// transaction this client did not send); zero means 3.
	MaxAttempts int
}

// Request is one write to send.
type Request struct {
	// Kind, Campaign and Chunk say what the transaction does; they name it
	// in errors ("reveal chunk 7: ...") and key it in the journal.
	Kind     journal.Kind
	Campaign common.Address
	Chunk    uint64
	// Key identifies the action for idempotency; empty means
	// kind/campaign/chunk/sender. Sending a key that already has an open or mined
	// intent resumes or returns that intent instead of signing a new one.
	Key string
	// To, Data and Value are the call.
	To    common.Address
	Data  []byte
	Value *big.Int
	// Deploy creates a contract with Data as its init code; To must then
	// be zero. The address is in Result.Receipt.ContractAddress.
	Deploy bool
	// GasLimit skips estimation when non-zero.
	GasLimit uint64
}

func (r Request) describe() string {
	return journal.Intent{Kind: r.Kind, Chunk: r.Chunk}.Describe()
}

func (r Request) key(from common.Address) string {
	if r.Key != "" {
		return r.Key
	}
	return journal.Intent{Kind: r.Kind, Campaign: r.Campaign, Chunk: r.Chunk, From: from}.DefaultKey()
}

// Result is a mined transaction.
type Result struct {
	// Intent is the journal record, in its final state.
	Intent journal.Intent
	// Receipt is the node's receipt; Status 0 means it reverted.
	Receipt *types.Receipt
}

// ErrNotSent is returned (wrapped) when a transaction is journaled but no
// node has acknowledged it yet: it is not lost, Reconcile or a repeated Send
// with the same request rebroadcasts exactly these bytes.
var ErrNotSent = errors.New("transaction journaled but not yet acknowledged by a node")

// ErrNoWallet is returned by Send on a Sender made without an account and
// sign function.
var ErrNoWallet = errors.New("no wallet to sign with: unlock an account to send")

// ErrRejected is returned (wrapped) when the node refused a freshly signed
// transaction outright (for example insufficient funds); its nonce was not
// used and nothing was sent.
var ErrRejected = errors.New("node rejected the transaction")

// errDropped says an intent's nonce was used by a transaction we did not
// send; a new transaction for the request is safe to sign.
var errDropped = errors.New("nonce used by another transaction")

// step names the points a crash test stops at.
type step string

const (
	stepSigned    step = "signed"    // signed, not yet journaled
	stepJournaled step = "journaled" // journaled, not yet broadcast
	stepBroadcast step = "broadcast" // broadcast, receipt not yet seen
	stepReceipt   step = "receipt"   // receipt seen, not yet recorded
)

// accountLocks serialises nonce assignment per account across all Senders
// of the process; the journal's file lock covers other processes.
var accountLocks sync.Map // common.Address -> *sync.Mutex

func lockAccount(a common.Address) func() {
	m, _ := accountLocks.LoadOrStore(a, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// Sender signs, journals, broadcasts and confirms transactions for one
// account. It is safe for concurrent use.
type Sender struct {
	backend Backend
	cfg     Config
	signer  types.Signer

	// hook, when set by tests, is called at each step; an error stops
	// Send there as a crash would.
	hook func(step, journal.Intent) error
}

// New returns a Sender over backend.
func New(backend Backend, cfg Config) (*Sender, error) {
	switch {
	case backend == nil:
		return nil, errors.New("new sender: nil backend")
	case cfg.ChainID == nil || cfg.ChainID.Sign() <= 0:
		return nil, errors.New("new sender: chain id must be positive")
	case cfg.Sign != nil && cfg.From == (common.Address{}):
		return nil, errors.New("new sender: sign function for the zero address")
	case cfg.Sign == nil && cfg.From != (common.Address{}):
		return nil, fmt.Errorf("new sender: account %s has no sign function", cfg.From.Hex())
	case cfg.Journal == nil:
		return nil, errors.New("new sender: no journal")
	}
	if cfg.GasMarginPercent == 0 {
		cfg.GasMarginPercent = 25
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.RebroadcastInterval <= 0 {
		cfg.RebroadcastInterval = 30 * time.Second
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 15 * time.Second
	}
	if cfg.Retry.Attempts <= 0 {
		cfg.Retry = DefaultRetry
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 3
	}
	cfg.ChainID = new(big.Int).Set(cfg.ChainID)
	return &Sender{backend: backend, cfg: cfg, signer: types.LatestSignerForChainID(cfg.ChainID)}, nil
}

// From returns the Sender's account.
func (s *Sender) From() common.Address { return s.cfg.From }

// Send performs req and returns once its transaction is mined. If it
// reverted, the error wraps a *RevertError and Result still carries the
// receipt. A request whose key already has an open intent resumes it (same
// signed bytes); one whose key is already mined returns that result without
// sending anything.
func (s *Sender) Send(ctx context.Context, req Request) (*Result, error) {
	desc := req.describe()
	res, err := s.send(ctx, req)
	if err != nil {
		return res, fmt.Errorf("%s: %w", desc, err)
	}
	return res, nil
}

func (s *Sender) send(ctx context.Context, req Request) (*Result, error) {
	switch {
	case s.cfg.Sign == nil:
		return nil, ErrNoWallet
	case req.Deploy && req.To != (common.Address{}):
		return nil, fmt.Errorf("deploy request with destination %s", req.To.Hex())
	case req.Deploy && len(req.Data) == 0:
		return nil, errors.New("deploy request without init code")
	case !req.Deploy && req.To == (common.Address{}):
		return nil, errors.New("no destination address")
	}
	if req.Value != nil && req.Value.Sign() < 0 {
		return nil, fmt.Errorf("negative value %s", req.Value)
	}
	if err := s.checkChainID(ctx); err != nil {
		return nil, err
	}
	key := req.key(s.cfg.From)
	for attempt := 1; ; attempt++ {
		in, ok, err := s.cfg.Journal.IntentByKey(key)
		if err != nil {
			return nil, err
		}
		if ok && in.From != s.cfg.From {
			return nil, fmt.Errorf("journal key %q belongs to intent %d of account %s, not %s", key, in.ID, in.From.Hex(), s.cfg.From.Hex())
		}
		switch {
		case ok && !in.State.Final():
			// A previous Send (maybe in a process that crashed) journaled
			// this action: finish that transaction, never sign another.
		case ok && in.State == journal.StateMined:
			return s.minedResult(ctx, in)
		default:
			if attempt > s.cfg.MaxAttempts {
				return nil, fmt.Errorf("gave up after %d transactions were dropped", s.cfg.MaxAttempts)
			}
			in, err = s.signAndBroadcast(ctx, req, key)
			if errors.Is(err, journal.ErrIntentExists) {
				// A concurrent Send of the same action journaled first; our
				// signed bytes were never broadcast. Finish theirs.
				continue
			}
			if err != nil {
				return nil, err
			}
		}
		res, err := s.wait(ctx, in)
		if errors.Is(err, errDropped) {
			continue // those bytes can never execute: a fresh transaction is safe
		}
		return res, err
	}
}

// checkChainID refuses to go on when the node serves another chain.
func (s *Sender) checkChainID(ctx context.Context) error {
	var got *big.Int
	err := s.retry(ctx, "get chain id", func(ctx context.Context) (err error) {
		got, err = s.backend.ChainID(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("get chain id: %w", err)
	}
	if got.Cmp(s.cfg.ChainID) != 0 {
		return &ChainIDError{Want: new(big.Int).Set(s.cfg.ChainID), Got: got}
	}
	return nil
}

// signAndBroadcast prepares, signs, journals and broadcasts one transaction.
// The account lock is held from choosing the nonce to the first broadcast,
// so concurrent Sends get consecutive nonces and reach the node in order.
func (s *Sender) signAndBroadcast(ctx context.Context, req Request, key string) (journal.Intent, error) {
	var to *common.Address
	if !req.Deploy {
		to = &req.To
	}
	msg := ethereum.CallMsg{From: s.cfg.From, To: to, Value: req.Value, Data: req.Data}
	gas := req.GasLimit
	if gas == 0 {
		var est uint64
		err := s.retry(ctx, "estimate gas", func(ctx context.Context) (err error) {
			est, err = s.backend.EstimateGas(ctx, msg)
			return err
		})
		if data, ok := revertData(err); ok {
			return journal.Intent{}, DecodeRevert(s.cfg.ABI, data)
		}
		if err != nil {
			return journal.Intent{}, fmt.Errorf("estimate gas: %w", err)
		}
		gas = est + est*s.cfg.GasMarginPercent/100
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return journal.Intent{}, err
	}

	unlock := lockAccount(s.cfg.From)
	defer unlock()
	nonce, err := s.nextNonce(ctx)
	if err != nil {
		return journal.Intent{}, err
	}
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID: s.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: to, Value: req.Value, Data: req.Data,
	})
	tx, err := s.cfg.Sign(unsigned)
	if err != nil {
		return journal.Intent{}, fmt.Errorf("sign: %w", err)
	}
	if err := s.checkSigned(unsigned, tx); err != nil {
		return journal.Intent{}, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return journal.Intent{}, fmt.Errorf("encode signed transaction: %w", err)
	}
	in := journal.Intent{
		Key: key, Kind: req.Kind, Campaign: req.Campaign, Chunk: req.Chunk,
		From: s.cfg.From, To: req.To, Value: req.Value, Calldata: req.Data,
		Nonce: nonce, RawTx: raw, Hash: tx.Hash(),
	}
	if err := s.at(stepSigned, in); err != nil {
		return journal.Intent{}, err
	}
	// The point of no return: from here on these bytes may reach the
	// chain, so they are on disk before any node sees them.
	if in, err = s.cfg.Journal.AddIntent(in); err != nil {
		return journal.Intent{}, err
	}
	if err := s.at(stepJournaled, in); err != nil {
		return in, err
	}
	switch err := s.broadcast(ctx, tx); {
	case err == nil:
		if in, err = s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: journal.StateSent}); err != nil {
			return in, err
		}
	case errors.Is(err, core.ErrNonceTooLow):
		// Someone else used the nonce (another wallet on the same key).
		// wait() proves it and marks the intent dropped.
	case rejected(err):
		// The node refused it and kept nothing; nobody else has the bytes,
		// so the nonce is free again.
		if _, uerr := s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: journal.StateFailed, Note: err.Error()}); uerr != nil {
			// A concurrent Reconcile got it into a pool meanwhile: it is
			// open, not failed, and stays journaled.
			return in, fmt.Errorf("%w (intent %d): %v; %v", ErrNotSent, in.ID, err, uerr)
		}
		return in, fmt.Errorf("%w: %v", ErrRejected, err)
	default:
		// We cannot tell whether a node got it: keep it pending, it is
		// rebroadcast until the chain settles it.
		return in, fmt.Errorf("%w (intent %d, tx %s): %v", ErrNotSent, in.ID, in.Hash.Hex(), err)
	}
	if err := s.at(stepBroadcast, in); err != nil {
		return in, err
	}
	return in, nil
}

func (s *Sender) at(st step, in journal.Intent) error {
	if s.hook == nil {
		return nil
	}
	return s.hook(st, in)
}

// checkSigned makes sure the wallet signed what was asked, for this chain
// and this account, before the bytes are journaled.
func (s *Sender) checkSigned(unsigned, tx *types.Transaction) error {
	if tx == nil {
		return errors.New("sign: signer returned no transaction")
	}
	if tx.ChainId().Cmp(s.cfg.ChainID) != 0 {
		return fmt.Errorf("sign: signed for chain id %s, want %s", tx.ChainId(), s.cfg.ChainID)
	}
	from, err := types.Sender(s.signer, tx)
	if err != nil {
		return fmt.Errorf("sign: recover sender: %w", err)
	}
	if from != s.cfg.From {
		return fmt.Errorf("sign: signed by %s, want %s", from.Hex(), s.cfg.From.Hex())
	}
	if tx.Nonce() != unsigned.Nonce() || tx.Gas() != unsigned.Gas() || (tx.To() == nil) != (unsigned.To() == nil) ||
		(tx.To() != nil && *tx.To() != *unsigned.To()) ||
		tx.Value().Cmp(unsigned.Value()) != 0 || string(tx.Data()) != string(unsigned.Data()) {
		return errors.New("sign: signer changed the transaction")
	}
	return nil
}

// nextNonce is the larger of the node's pending nonce and one past the
// highest nonce in the journal: a journaled transaction that never reached
// the node keeps its nonce.
func (s *Sender) nextNonce(ctx context.Context) (uint64, error) {
	var pending uint64
	err := s.retry(ctx, "get pending nonce", func(ctx context.Context) (err error) {
		pending, err = s.backend.PendingNonceAt(ctx, s.cfg.From)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("get pending nonce: %w", err)
	}
	next, ok, err := s.cfg.Journal.NextNonce(s.cfg.From)
	if err != nil {
		return 0, err
	}
	if ok && next > pending {
		return next, nil
	}
	return pending, nil
}

// fees returns the tip the node suggests and a fee cap of twice the latest
// base fee plus the tip, which survives six full blocks of base fee rises.
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	err = s.retry(ctx, "suggest gas tip", func(ctx context.Context) (err error) {
		tip, err = s.backend.SuggestGasTipCap(ctx)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	var head *types.Header
	err = s.retry(ctx, "get latest header", func(ctx context.Context) (err error) {
		head, err = s.backend.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("get latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("chain has no EIP-1559 base fee")
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, common.Big2), tip)
	return tip, feeCap, nil
}

// broadcast offers tx to the node. "already known" is success: the node
// has these exact bytes.
func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) error {
	err := s.retry(ctx, "send transaction", func(ctx context.Context) error {
		return s.backend.SendTransaction(ctx, tx)
	})
	switch {
	case err == nil, errMatches(err, txpool.ErrAlreadyKnown):
		return nil
	case errMatches(err, core.ErrNonceTooLow):
		return fmt.Errorf("%w: %v", core.ErrNonceTooLow, err)
	}
	return err
}

// rejected reports errors with which a node refuses a transaction without
// keeping it: it will never execute unless someone broadcasts it again.
func rejected(err error) bool {
	for _, e := range []error{
		core.ErrInsufficientFunds, core.ErrInsufficientFundsForTransfer, core.ErrIntrinsicGas,
		core.ErrFloorDataGas, core.ErrTipAboveFeeCap, core.ErrFeeCapTooLow, core.ErrGasLimitTooHigh,
		core.ErrNonceMax, txpool.ErrUnderpriced, txpool.ErrReplaceUnderpriced, txpool.ErrTxGasPriceTooLow,
		txpool.ErrGasLimit, txpool.ErrNegativeValue, txpool.ErrOversizedData, txpool.ErrInvalidSender,
	} {
		if errMatches(err, e) {
			return true
		}
	}
	return false
}

// errMatches compares by message too, since errors crossing JSON-RPC lose
// their identity.
func errMatches(err, target error) bool {
	return errors.Is(err, target) || (err != nil && strings.Contains(err.Error(), target.Error()))
}
