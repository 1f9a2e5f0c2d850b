package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kappa-dev/kappa/client/journal"
)

// Wait waits until the open intent id is settled by the chain, rebroadcasting
// its same signed bytes now and then, and returns its result. It is how a
// caller finishes what Reconcile left in state sent.
func (s *Sender) Wait(ctx context.Context, id uint64) (*Result, error) {
	in, err := s.cfg.Journal.Intent(id)
	if err != nil {
		return nil, err
	}
	if err := s.checkChainID(ctx); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Describe(), err)
	}
	res, err := s.wait(ctx, in)
	if err != nil {
		return res, fmt.Errorf("%s: %w", in.Describe(), err)
	}
	return res, nil
}

// wait polls for the receipt of in until the chain settles it. It returns
// errDropped when in's nonce was used by a transaction we did not send.
func (s *Sender) wait(ctx context.Context, in journal.Intent) (*Result, error) {
	tx, err := in.Tx()
	if err != nil {
		return nil, err
	}
	var lastBroadcast time.Time // zero: offer the bytes on the first pass
	if in.State == journal.StateSent {
		lastBroadcast = time.Now()
	}
	failures := 0
	delay := s.cfg.Retry.Base
	for {
		if in.State.Final() {
			return s.finalResult(ctx, in)
		}
		due := time.Since(lastBroadcast) >= s.cfg.RebroadcastInterval
		next, err := s.settle(ctx, in, tx, due)
		switch {
		case err == nil:
			if due {
				lastBroadcast = time.Now()
			}
			in, failures, delay = next, 0, s.cfg.Retry.Base
			if in.State.Final() {
				continue
			}
			err = sleep(ctx, s.cfg.PollInterval)
		case transient(err) && ctx.Err() == nil:
			// The node is unreachable: back off, the intent is safe on disk.
			if failures++; failures >= s.cfg.Retry.Attempts {
				break
			}
			err = sleep(ctx, delay)
			if delay *= 2; delay > s.cfg.Retry.Max {
				delay = s.cfg.Retry.Max
			}
		}
		if err != nil {
			return nil, fmt.Errorf("wait for tx %s (intent %d, kept for Reconcile): %w", in.Hash.Hex(), in.ID, err)
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// settle makes one pass of the reconcile rules over an open intent and
// records what it learns:
//
//  1. a receipt for its hash: mined or reverted;
//  2. else, if the account's mined nonce is past its nonce: the nonce was
//     used by another transaction (replaced if that one is journaled, else
//     dropped) — the receipt is asked again after the nonce, so a
//     transaction mined in between is not mistaken for dropped;
//  3. else it may still land: rebroadcast the same bytes when asked to.
func (s *Sender) settle(ctx context.Context, in journal.Intent, tx *types.Transaction, rebroadcast bool) (journal.Intent, error) {
	if r, err := s.receipt(ctx, in.Hash); err != nil {
		return in, err
	} else if r != nil {
		return s.recordReceipt(ctx, in, tx, r)
	}
	var mined uint64
	if err := s.retry(ctx, "get nonce", func(ctx context.Context) (err error) {
		mined, err = s.backend.NonceAt(ctx, in.From, nil)
		return err
	}); err != nil {
		return in, fmt.Errorf("get nonce of %s: %w", in.From.Hex(), err)
	}
	if mined > in.Nonce {
		if r, err := s.receipt(ctx, in.Hash); err != nil {
			return in, err
		} else if r != nil {
			return s.recordReceipt(ctx, in, tx, r)
		}
		return s.recordNonceTaken(ctx, in)
	}
	if !rebroadcast && in.State != journal.StatePending {
		return in, nil
	}
	switch err := s.broadcast(ctx, tx); {
	case err == nil:
		return s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: journal.StateSent})
	case errors.Is(err, core.ErrNonceTooLow):
		// Mined or taken since we looked; the next pass will tell.
		return in, nil
	default:
		if transient(err) {
			return in, err
		}
		// The node answered with a refusal (for example the account ran
		// out of funds). The bytes stay journaled and are offered again by
		// the next Reconcile or Send of the same request.
		if in, uerr := s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: in.State, Note: "rebroadcast: " + err.Error()}); uerr != nil {
			return in, uerr
		}
		return in, fmt.Errorf("%w (intent %d, tx %s): the node refuses it: %v", ErrNotSent, in.ID, in.Hash.Hex(), err)
	}
}

// receipt returns the receipt of hash, or nil when the node has none.
func (s *Sender) receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := s.retry(ctx, "get receipt", func(ctx context.Context) (err error) {
		r, err = s.backend.TransactionReceipt(ctx, hash)
		return err
	})
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("get receipt of %s: %w", hash.Hex(), err)
	}
	return r, nil
}

func (s *Sender) recordReceipt(ctx context.Context, in journal.Intent, tx *types.Transaction, r *types.Receipt) (journal.Intent, error) {
	if err := s.at(stepReceipt, in); err != nil {
		return in, err
	}
	u := journal.Update{State: journal.StateMined, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
	if r.Status != types.ReceiptStatusSuccessful {
		u.State = journal.StateReverted
		u.Note = s.replayRevert(ctx, tx, in.From, r.BlockNumber).Error()
	}
	return s.cfg.Journal.UpdateIntent(in.ID, u)
}

// recordNonceTaken marks in replaced when another journaled intent with the
// same sender and nonce was mined, and dropped otherwise.
func (s *Sender) recordNonceTaken(ctx context.Context, in journal.Intent) (journal.Intent, error) {
	siblings, err := s.cfg.Journal.Intents(func(o journal.Intent) bool {
		return o.ID != in.ID && o.From == in.From && o.Nonce == in.Nonce
	})
	if err != nil {
		return in, err
	}
	for _, o := range siblings {
		r, err := s.receipt(ctx, o.Hash)
		if err != nil {
			return in, err
		}
		if r != nil {
			return s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: journal.StateReplaced,
				Note: fmt.Sprintf("nonce %d used by intent %d (tx %s)", in.Nonce, o.ID, o.Hash.Hex())})
		}
	}
	return s.cfg.Journal.UpdateIntent(in.ID, journal.Update{State: journal.StateDropped,
		Note: fmt.Sprintf("nonce %d used by a transaction not in this journal", in.Nonce)})
}

// finalResult turns a settled intent into Send's answer.
func (s *Sender) finalResult(ctx context.Context, in journal.Intent) (*Result, error) {
	switch in.State {
	case journal.StateMined:
		return s.minedResult(ctx, in)
	case journal.StateReverted:
		res, err := s.minedResult(ctx, in)
		if err != nil {
			return nil, err
		}
		tx, err := in.Tx()
		if err != nil {
			return res, err
		}
		return res, s.replayRevert(ctx, tx, in.From, res.Receipt.BlockNumber)
	case journal.StateDropped, journal.StateReplaced:
		return nil, fmt.Errorf("tx %s (intent %d): %w", in.Hash.Hex(), in.ID, errDropped)
	}
	return nil, fmt.Errorf("tx %s (intent %d) is %s: %s", in.Hash.Hex(), in.ID, in.State, in.Note)
}

func (s *Sender) minedResult(ctx context.Context, in journal.Intent) (*Result, error) {
	r, err := s.receipt(ctx, in.Hash)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("intent %d is journaled as %s in block %d but the node has no receipt for %s (wrong chain or pruned node?)", in.ID, in.State, in.Block, in.Hash.Hex())
	}
	return &Result{Intent: in, Receipt: r}, nil
}

// Report says what Reconcile did, by intent ID.
type Report struct {
	// Mined and Reverted were found in blocks.
	Mined, Reverted []uint64
	// Sent were offered to the node again, byte for byte, and are waiting
	// to be mined: finish them with Wait.
	Sent []uint64
	// Dropped and Replaced had their nonce used by another transaction.
	Dropped, Replaced []uint64
	// Errors are intents that could not be settled now; they stay open.
	Errors map[uint64]error
}

// Reconcile settles every open intent in the journal, of any account,
// against the chain (see settle for the rules), in nonce order. It signs
// nothing. Run it on start before sending anything new, and after the RPC
// endpoint comes back.
func (s *Sender) Reconcile(ctx context.Context) (Report, error) {
	rep := Report{Errors: map[uint64]error{}}
	if err := s.checkChainID(ctx); err != nil {
		// Judging receipts and nonces on the wrong chain would mark live
		// transactions dropped.
		return rep, fmt.Errorf("reconcile: %w", err)
	}
	open, err := s.cfg.Journal.OpenIntents()
	if err != nil {
		return rep, fmt.Errorf("reconcile: %w", err)
	}
	for _, in := range open {
		tx, err := in.Tx()
		if err != nil {
			rep.Errors[in.ID] = err
			continue
		}
		next, err := s.settle(ctx, in, tx, true)
		if err != nil {
			rep.Errors[in.ID] = fmt.Errorf("%s: %w", in.Describe(), err)
			continue
		}
		switch next.State {
		case journal.StateMined:
			rep.Mined = append(rep.Mined, in.ID)
		case journal.StateReverted:
			rep.Reverted = append(rep.Reverted, in.ID)
		case journal.StateDropped:
			rep.Dropped = append(rep.Dropped, in.ID)
		case journal.StateReplaced:
			rep.Replaced = append(rep.Replaced, in.ID)
		default:
			rep.Sent = append(rep.Sent, in.ID)
		}
	}
	if len(rep.Errors) > 0 {
		return rep, fmt.Errorf("reconcile: %d of %d open intents could not be settled now", len(rep.Errors), len(open))
	}
	return rep, nil
}
