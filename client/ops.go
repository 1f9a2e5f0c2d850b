package client

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client/journal"
)

// A repeatable money action (campaign creation, funding, an escrow
// withdrawal, an annotator's withdraw) may rightly happen many times with the
// same parameters, so neither its parameters nor the wall clock can name it.
// Its identity is an operation slot: a family (what, on which hub, campaign
// and account) and a name within it, either the next number of the family
// ("#3") or an idempotency key the caller chose ("id:invoice-42").
//
// The journal records a slot before any of its transactions is signed. A run
// that finds the family's latest slot unfinished with the same parameters
// resumes it (a crash after broadcast never leads to a second transaction);
// once the slot's last step is mined, the next request takes a new slot, so a
// deliberate second fund of the same amount funds again. A caller-chosen id
// is done once for ever: asking again returns the mined transaction.

// opRecord is the journal's record of one slot.
type opRecord struct {
	// Seq numbers the family's automatic slots from 1; zero for an id slot.
	Seq uint64 `json:"seq,omitempty"`
	// ID is the caller's idempotency key, for an id slot.
	ID string `json:"id,omitempty"`
	// Digest names the parameters the slot was begun with.
	Digest common.Hash `json:"digest"`
}

// opSlot is a begun operation.
type opSlot struct {
	family string
	rec    opRecord
	// done is the slot's mined last step when the slot was already complete
	// (only for an id slot asked again).
	done *journal.Intent
}

// name is the slot's name within its family: "#3" or "id:invoice-42".
func (s opSlot) name() string {
	if s.rec.ID != "" {
		return "id:" + s.rec.ID
	}
	return fmt.Sprintf("#%d", s.rec.Seq)
}

// key is the journal key of one step (a transaction kind) of the slot.
func (s opSlot) key(step journal.Kind) string {
	return string(step) + "/" + s.family + "/" + s.name()
}

// ErrOpUnfinished is returned (wrapped) when the family's latest operation
// has a transaction still in flight with other parameters than those asked
// for: doing both would be two actions where one was asked for.
var ErrOpUnfinished = errors.New("an earlier operation is still in flight")

// maxOpID bounds a caller-chosen idempotency key.
const maxOpID = 128

// checkOpID reports why id cannot name an operation.
func checkOpID(id string) error {
	if len(id) > maxOpID {
		return fmt.Errorf("operation id: %d bytes, at most %d", len(id), maxOpID)
	}
	for _, r := range id {
		if r <= ' ' || r == 0x7f || r == '/' || r == '#' {
			return fmt.Errorf("operation id %q: use letters, digits and punctuation other than / and #, no spaces", id)
		}
	}
	return nil
}

// opDigest names an operation's parameters.
func opDigest(parts ...[]byte) common.Hash {
	return crypto.Keccak256Hash(parts...)
}

// beginOp returns the slot for an operation of family with parameters
// digest: steps are the transaction kinds it sends, the last one completing
// it. id, when non-empty, is the caller's idempotency key.
func beginOp(j *journal.Journal, family, id string, digest common.Hash, steps ...journal.Kind) (opSlot, error) {
	if len(steps) == 0 {
		return opSlot{}, errors.New("begin operation: no steps")
	}
	last := steps[len(steps)-1]
	if id != "" {
		if err := checkOpID(id); err != nil {
			return opSlot{}, err
		}
		return beginIDOp(j, family, id, digest, last)
	}
	stateKey := "op/" + family + "/last"
	raw, ok, err := j.State(stateKey)
	if err != nil {
		return opSlot{}, err
	}
	next := opRecord{Seq: 1, Digest: digest}
	if ok {
		var prev opRecord
		if err := json.Unmarshal(raw, &prev); err != nil {
			return opSlot{}, fmt.Errorf("journal record %s: %w", stateKey, err)
		}
		ps := opSlot{family: family, rec: prev}
		_, mined, err := intentState(j, ps.key(last))
		if err != nil {
			return opSlot{}, err
		}
		switch {
		case mined:
			next.Seq = prev.Seq + 1 // done: a new request is a new action
		case prev.Digest == digest:
			return ps, nil // unfinished: resume it, same transactions
		default:
			for _, step := range steps {
				in, ok, err := j.IntentByKey(ps.key(step))
				if err != nil {
					return opSlot{}, err
				}
				if ok && !in.State.Final() {
					return opSlot{}, fmt.Errorf("%w: %s %s (tx %s) was sent with other parameters and is not mined yet; repeat that command to finish it first", ErrOpUnfinished, step, ps.name(), in.Hash.Hex())
				}
			}
			// Nothing of it is in flight and its last step never landed:
			// it is over; the new parameters take the next slot.
			next.Seq = prev.Seq + 1
		}
	}
	if err := putOpRecord(j, stateKey, next); err != nil {
		return opSlot{}, err
	}
	return opSlot{family: family, rec: next}, nil
}

func beginIDOp(j *journal.Journal, family, id string, digest common.Hash, last journal.Kind) (opSlot, error) {
	stateKey := "op/" + family + "/id:" + id
	raw, ok, err := j.State(stateKey)
	if err != nil {
		return opSlot{}, err
	}
	if ok {
		var rec opRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			return opSlot{}, fmt.Errorf("journal record %s: %w", stateKey, err)
		}
		if rec.Digest != digest {
			return opSlot{}, fmt.Errorf("operation id %q was already used with other parameters; choose another id", id)
		}
		s := opSlot{family: family, rec: rec}
		in, mined, err := intentState(j, s.key(last))
		if err != nil {
			return opSlot{}, err
		}
		if mined {
			s.done = &in
		}
		return s, nil
	}
	rec := opRecord{ID: id, Digest: digest}
	if err := putOpRecord(j, stateKey, rec); err != nil {
		return opSlot{}, err
	}
	return opSlot{family: family, rec: rec}, nil
}

// intentState returns the intent under key and whether it is mined.
func intentState(j *journal.Journal, key string) (journal.Intent, bool, error) {
	in, ok, err := j.IntentByKey(key)
	if err != nil {
		return journal.Intent{}, false, err
	}
	return in, ok && in.State == journal.StateMined, nil
}

func putOpRecord(j *journal.Journal, key string, rec opRecord) error {
	raw, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return j.PutState(key, raw)
}

// opFamily joins the parts that name a family of operations.
func opFamily(parts ...string) string { return strings.Join(parts, "/") }
