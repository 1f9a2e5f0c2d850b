package journal

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"
)

// Kind names what a transaction does for the protocol. The constants are the
// annotator and reviewer actions; other flows may use their own lower-case
// words (for example "fund" or "approve").
type Kind string

// Kinds of protocol transactions.
const (
	KindClaim    Kind = "claim"
	KindCommit   Kind = "commit"
	KindReveal   Kind = "reveal"
	KindFinalize Kind = "finalize"
	KindResolve  Kind = "resolve"
	KindWithdraw Kind = "withdraw"
	// KindRequest asks for a seat (protocol v2 §2); KindAssign gives a
	// pending request its seat.
	KindRequest Kind = "request"
	KindAssign  Kind = "assign"
	// KindSettleExpired settles a chunk's disputes left unresolved past
	// the dispute window.
	KindSettleExpired Kind = "settle-expired"
)

var kindRE = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// State is where an intent is in its life; see docs/JOURNAL.md for the
// machine.
type State string

// Intent states. Pending and Sent are open; all others are final.
const (
	// StatePending: signed and journaled; no node has acknowledged it yet.
	// It may or may not have reached a node (a crash or a timeout right
	// after broadcasting leaves it here).
	StatePending State = "pending"
	// StateSent: a node accepted it into its pool.
	StateSent State = "sent"
	// StateMined: included in a block with status 1.
	StateMined State = "mined"
	// StateReverted: included in a block with status 0; its nonce and gas
	// are spent.
	StateReverted State = "reverted"
	// StateReplaced: its nonce was consumed by another journaled intent
	// that replaces it (same sender and nonce).
	StateReplaced State = "replaced"
	// StateDropped: its nonce was consumed by a transaction this journal
	// does not know, so these signed bytes can never execute.
	StateDropped State = "dropped"
	// StateFailed: the first node it was offered to rejected it outright
	// (for example insufficient funds); its nonce was never used.
	StateFailed State = "failed"
)

// Final reports whether no further transition is possible.
func (s State) Final() bool {
	switch s {
	case StatePending, StateSent:
		return false
	}
	return true
}

func (s State) valid() bool {
	switch s {
	case StatePending, StateSent, StateMined, StateReverted, StateReplaced, StateDropped, StateFailed:
		return true
	}
	return false
}

// canMove lists the legal transitions. A final state never changes, which is
// what makes "mined" trustworthy after a crash.
func canMove(from, to State) bool {
	switch from {
	case StatePending:
		return to != StatePending
	case StateSent:
		return to != StatePending && to != StateFailed
	}
	return false
}

// ErrIntentExists is returned (wrapped) by AddIntent when the key already has
// an intent that is open or mined: sending another would do the action twice.
var ErrIntentExists = errors.New("an intent with this key is already open or mined")

// ErrNotFound is returned (wrapped) for an unknown intent id.
var ErrNotFound = errors.New("not found")

// Intent is a signed transaction and what it is for. It is journaled before
// it is broadcast, so the exact bytes can be rebroadcast after a crash.
type Intent struct {
	// ID is assigned by AddIntent, increasing.
	ID uint64 `json:"id"`
	// Key identifies the action; at most one intent per key is open or
	// mined at a time. Empty means DefaultKey.
	Key string `json:"key"`
	// Kind, Campaign and Chunk say what the transaction does.
	Kind     Kind           `json:"kind"`
	Campaign common.Address `json:"campaign"`
	Chunk    uint64         `json:"chunk"`
	// From, To, Value and Calldata repeat the transaction's fields for
	// listing without decoding RawTx.
	From     common.Address `json:"from"`
	To       common.Address `json:"to"`
	Value    *big.Int       `json:"value,omitempty"`
	Calldata hexutil.Bytes  `json:"calldata,omitempty"`
	// Nonce, RawTx and Hash are the signed transaction: RawTx is its
	// canonical binary encoding (types.Transaction.MarshalBinary).
	Nonce uint64        `json:"nonce"`
	RawTx hexutil.Bytes `json:"raw_tx"`
	Hash  common.Hash   `json:"hash"`
	// Replaces is the ID of an intent with the same sender and nonce that
	// this one supersedes (a fee bump), or zero.
	Replaces uint64 `json:"replaces,omitempty"`
	// State and the fields after it are maintained by UpdateIntent.
	State   State     `json:"state"`
	Block   uint64    `json:"block,omitempty"`
	GasUsed uint64    `json:"gas_used,omitempty"`
	Note    string    `json:"note,omitempty"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// DefaultKey is the key of an intent that sets none: one action per kind,
// campaign, chunk and sender.
func (in Intent) DefaultKey() string {
	return fmt.Sprintf("%s/%s/%d/%s", in.Kind, in.Campaign.Hex(), in.Chunk, in.From.Hex())
}

// Describe names the action in words for error messages, e.g. "reveal chunk 7".
func (in Intent) Describe() string {
	return fmt.Sprintf("%s chunk %d", in.Kind, in.Chunk)
}

// Tx decodes RawTx.
func (in Intent) Tx() (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(in.RawTx); err != nil {
		return nil, fmt.Errorf("intent %d: decode raw transaction: %w", in.ID, err)
	}
	return tx, nil
}

// validate checks that the record is self-consistent: the hash and nonce
// match the raw bytes, so what is rebroadcast is what was described.
func (in Intent) validate() error {
	if !kindRE.MatchString(string(in.Kind)) {
		return fmt.Errorf("kind %q: want a lower-case word", in.Kind)
	}
	if in.From == (common.Address{}) {
		return errors.New("from address is zero")
	}
	if len(in.RawTx) == 0 {
		return errors.New("raw transaction is empty")
	}
	tx, err := in.Tx()
	if err != nil {
		return err
	}
	if tx.Hash() != in.Hash {
		return fmt.Errorf("hash %s does not match the raw transaction's %s", in.Hash.Hex(), tx.Hash().Hex())
	}
	if tx.Nonce() != in.Nonce {
		return fmt.Errorf("nonce %d does not match the raw transaction's %d", in.Nonce, tx.Nonce())
	}
	if in.Value != nil && in.Value.Sign() < 0 {
		return fmt.Errorf("negative value %s", in.Value)
	}
	return nil
}

// AddIntent journals a signed transaction in state pending and returns it
// with its ID. It is durable (fsync) when AddIntent returns, and it must be
// called before the transaction is broadcast.
func (j *Journal) AddIntent(in Intent) (Intent, error) {
	if in.Key == "" {
		in.Key = in.DefaultKey()
	}
	if err := in.validate(); err != nil {
		return Intent{}, fmt.Errorf("add intent %s: %w", in.Key, err)
	}
	in.State = StatePending
	in.Created = j.now().UTC()
	in.Updated = in.Created
	in.Block, in.GasUsed, in.Note = 0, 0, ""
	err := j.update(func(tx *bolt.Tx) error {
		ib, kb := tx.Bucket(bucketIntents), tx.Bucket(bucketIntentKeys)
		if v := kb.Get([]byte(in.Key)); v != nil {
			prev, err := getIntent(ib, binary.BigEndian.Uint64(v))
			if err != nil {
				return err
			}
			if (!prev.State.Final() || prev.State == StateMined) && prev.ID != in.Replaces {
				return fmt.Errorf("%w: intent %d is %s", ErrIntentExists, prev.ID, prev.State)
			}
		}
		if in.Replaces != 0 {
			prev, err := getIntent(ib, in.Replaces)
			if err != nil {
				return fmt.Errorf("replaced intent: %w", err)
			}
			if prev.From != in.From || prev.Nonce != in.Nonce {
				return fmt.Errorf("replaces intent %d of %s nonce %d, but this is %s nonce %d", prev.ID, prev.From.Hex(), prev.Nonce, in.From.Hex(), in.Nonce)
			}
		}
		id, err := ib.NextSequence()
		if err != nil {
			return err
		}
		in.ID = id
		if err := putIntent(ib, in); err != nil {
			return err
		}
		if err := tx.Bucket(bucketNonces).Put(nonceKey(in), nil); err != nil {
			return err
		}
		return kb.Put([]byte(in.Key), u64(id))
	})
	if err != nil {
		return Intent{}, fmt.Errorf("add intent %s: %w", in.Key, err)
	}
	return in, nil
}

// Update is a state change of an intent, with what was learned from the
// chain.
type Update struct {
	// State is the new state.
	State State
	// Block and GasUsed come from the receipt; zero leaves them unchanged.
	Block   uint64
	GasUsed uint64
	// Note says why, in words (a revert reason, a node's refusal); empty
	// leaves the previous note.
	Note string
}

// UpdateIntent moves intent id to u.State. Moving to the state it is in is a
// no-op apart from the note; an illegal move (out of a final state, back to
// pending) is an error.
func (j *Journal) UpdateIntent(id uint64, u Update) (Intent, error) {
	var in Intent
	err := j.update(func(tx *bolt.Tx) error {
		ib := tx.Bucket(bucketIntents)
		var err error
		if in, err = getIntent(ib, id); err != nil {
			return err
		}
		if !u.State.valid() {
			return fmt.Errorf("unknown state %q", u.State)
		}
		if in.State != u.State && !canMove(in.State, u.State) {
			return fmt.Errorf("illegal transition %s -> %s", in.State, u.State)
		}
		if in.State == u.State && in.State.Final() {
			return nil // a final record is never rewritten
		}
		in.State = u.State
		if u.Block != 0 {
			in.Block = u.Block
		}
		if u.GasUsed != 0 {
			in.GasUsed = u.GasUsed
		}
		if u.Note != "" {
			in.Note = u.Note
		}
		in.Updated = j.now().UTC()
		if in.State == StateFailed {
			// A failed transaction never used its nonce: free it.
			if err := tx.Bucket(bucketNonces).Delete(nonceKey(in)); err != nil {
				return err
			}
		}
		return putIntent(ib, in)
	})
	if err != nil {
		return Intent{}, fmt.Errorf("update intent %d to %s: %w", id, u.State, err)
	}
	return in, nil
}

// Intent returns the intent with the given id.
func (j *Journal) Intent(id uint64) (Intent, error) {
	var in Intent
	err := j.view(func(tx *bolt.Tx) error {
		var err error
		in, err = getIntent(tx.Bucket(bucketIntents), id)
		return err
	})
	if err != nil {
		return Intent{}, fmt.Errorf("get intent %d: %w", id, err)
	}
	return in, nil
}

// IntentByKey returns the latest intent recorded under key, if any.
func (j *Journal) IntentByKey(key string) (Intent, bool, error) {
	var (
		in Intent
		ok bool
	)
	err := j.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketIntentKeys).Get([]byte(key))
		if v == nil {
			return nil
		}
		var err error
		in, err = getIntent(tx.Bucket(bucketIntents), binary.BigEndian.Uint64(v))
		ok = err == nil
		return err
	})
	if err != nil {
		return Intent{}, false, fmt.Errorf("get intent by key %s: %w", key, err)
	}
	return in, ok, nil
}

// Intents returns every intent for which keep returns true (all when keep is
// nil), ordered by sender, nonce and ID: the order they must reach the chain.
func (j *Journal) Intents(keep func(Intent) bool) ([]Intent, error) {
	var out []Intent
	err := j.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIntents).ForEach(func(k, v []byte) error {
			var in Intent
			if err := json.Unmarshal(v, &in); err != nil {
				return fmt.Errorf("decode intent %x: %w", k, err)
			}
			if keep == nil || keep(in) {
				out = append(out, in)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list intents: %w", err)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if c := out[a].From.Cmp(out[b].From); c != 0 {
			return c < 0
		}
		if out[a].Nonce != out[b].Nonce {
			return out[a].Nonce < out[b].Nonce
		}
		return out[a].ID < out[b].ID
	})
	return out, nil
}

// OpenIntents returns the intents in state pending or sent, in chain order.
func (j *Journal) OpenIntents() ([]Intent, error) {
	return j.Intents(func(in Intent) bool { return !in.State.Final() })
}

// NextNonce returns one more than the highest nonce journaled for from whose
// nonce is or may be used (every state but failed), and false when there is
// none. A sender takes the larger of this and the chain's pending nonce, so
// a transaction journaled but not yet seen by the node keeps its nonce.
func (j *Journal) NextNonce(from common.Address) (uint64, bool, error) {
	var (
		next uint64
		ok   bool
	)
	err := j.view(func(tx *bolt.Tx) error {
		// intent_nonces keys are from ‖ nonce ‖ id: the last key under
		// the sender's prefix holds its highest nonce.
		c := tx.Bucket(bucketNonces).Cursor()
		k, _ := c.Seek(append(from.Bytes(), bytes.Repeat([]byte{0xff}, 16)...))
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		if len(k) == nonceKeyLen && bytes.Equal(k[:common.AddressLength], from.Bytes()) {
			next, ok = beU64(k[common.AddressLength:])+1, true
		}
		return nil
	})
	if err != nil {
		return 0, false, fmt.Errorf("next nonce of %s: %w", from.Hex(), err)
	}
	return next, ok, nil
}

const nonceKeyLen = common.AddressLength + 8 + 8

// nonceKey is the intent_nonces index key of in.
func nonceKey(in Intent) []byte {
	k := make([]byte, 0, nonceKeyLen)
	k = append(k, in.From.Bytes()...)
	k = append(k, u64(in.Nonce)...)
	return append(k, u64(in.ID)...)
}

func getIntent(b *bolt.Bucket, id uint64) (Intent, error) {
	v := b.Get(u64(id))
	if v == nil {
		return Intent{}, fmt.Errorf("intent %d: %w", id, ErrNotFound)
	}
	var in Intent
	if err := json.Unmarshal(v, &in); err != nil {
		return Intent{}, fmt.Errorf("decode intent %d: %w", id, err)
	}
	return in, nil
}

func putIntent(b *bolt.Bucket, in Intent) error {
	v, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("encode intent %d: %w", in.ID, err)
	}
	return b.Put(u64(in.ID), v)
}
