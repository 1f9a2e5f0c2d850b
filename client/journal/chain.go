package journal

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Chain identifies the chain a journal's transactions belong to: its id and
// the hash of its genesis block. The id alone does not: a reset devnet, a
// restarted local node on 31337 or a testnet regenesis keeps its id but
// starts from another genesis, and the nonces and receipts a journal
// recorded on the old chain mean nothing on the new one.
type Chain struct {
	ID      *big.Int
	Genesis common.Hash
}

func (c Chain) String() string {
	return fmt.Sprintf("chain %s with genesis %s", c.ID, c.Genesis.Hex())
}

func (c Chain) equal(o Chain) bool {
	return c.ID != nil && o.ID != nil && c.ID.Cmp(o.ID) == 0 && c.Genesis == o.Genesis
}

// Keys of the meta bucket that bind the journal to its chain (written by
// BindChain, absent in a journal that was never bound).
var (
	keyChainID = []byte("chain_id") // big-endian bytes of the id
	keyGenesis = []byte("genesis")  // 32 bytes
)

// ErrOtherChain is wrapped by *ChainMismatchError.
var ErrOtherChain = errors.New("journal belongs to another chain")

// ChainMismatchError says that a journal belongs to another chain than the
// node serves. Nothing is signed or sent when it is returned.
type ChainMismatchError struct {
	// Path is the journal file.
	Path string
	// Journal is the chain the journal was bound to; its ID is nil when
	// the journal was never bound and Evidence says why it does not
	// belong to the node's chain.
	Journal Chain
	// Node is the chain the node serves.
	Node Chain
	// Endpoint names the node (its RPC URL), or is empty.
	Endpoint string
	// Evidence, for a journal never bound, says what of its history the
	// node does not have.
	Evidence string
}

func (e *ChainMismatchError) Error() string {
	node := "the node"
	if e.Endpoint != "" {
		node += " at " + e.Endpoint
	}
	var was string
	if e.Journal.ID != nil {
		was = fmt.Sprintf("journal %s belongs to %s, but %s serves %s", e.Path, e.Journal, node, e.Node)
	} else {
		was = fmt.Sprintf("journal %s belongs to another chain: %s, but %s, which serves %s, does not know it", e.Path, e.Evidence, node, e.Node)
	}
	aside := e.Path + ".old"
	if e.Journal.ID != nil {
		aside = fmt.Sprintf("%s.chain-%s-%s", e.Path, e.Journal.ID, e.Journal.Genesis.Hex()[2:10])
	}
	return fmt.Sprintf("%s (a reset or different chain): move the journal aside to start fresh (mv %s %s)", was, e.Path, aside)
}

func (e *ChainMismatchError) Unwrap() error { return ErrOtherChain }

// Chain returns the chain the journal is bound to, and false when it was
// never bound.
func (j *Journal) Chain() (Chain, bool, error) {
	var (
		c  Chain
		ok bool
	)
	err := j.view(func(tx *bolt.Tx) error {
		var err error
		c, ok, err = getChain(tx.Bucket(bucketMeta))
		return err
	})
	if err != nil {
		return Chain{}, false, fmt.Errorf("read the chain of journal %s: %w", j.path, err)
	}
	return c, ok, nil
}

func getChain(meta *bolt.Bucket) (Chain, bool, error) {
	id, gen := meta.Get(keyChainID), meta.Get(keyGenesis)
	if id == nil && gen == nil {
		return Chain{}, false, nil
	}
	if len(id) == 0 || len(id) > 32 || len(gen) != common.HashLength {
		return Chain{}, false, fmt.Errorf("%w: chain id of %d bytes, genesis of %d bytes", ErrCorrupt, len(id), len(gen))
	}
	return Chain{ID: new(big.Int).SetBytes(id), Genesis: common.BytesToHash(gen)}, true, nil
}

// BindChain binds the journal to the chain the node at endpoint serves: on
// the first call it records c, and on every later one (every open or
// reconnect of the client) it checks that c is still that chain, returning
// a *ChainMismatchError if not. A journal of another chain must not be used:
// its nonces would make the next transaction wait forever, and its mined
// intents have no receipts there.
func (j *Journal) BindChain(c Chain, endpoint string) error {
	if c.ID == nil || c.ID.Sign() <= 0 {
		return fmt.Errorf("bind journal %s: chain id %v", j.path, c.ID)
	}
	var bound Chain
	err := j.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		got, ok, err := getChain(meta)
		if err != nil {
			return err
		}
		if ok {
			bound = got
			return nil
		}
		bound = c
		if err := meta.Put(keyChainID, c.ID.Bytes()); err != nil {
			return err
		}
		return meta.Put(keyGenesis, c.Genesis.Bytes())
	})
	if err != nil {
		return fmt.Errorf("bind journal %s to %s: %w", j.path, c, err)
	}
	if !bound.equal(c) {
		return &ChainMismatchError{Path: j.path, Journal: bound, Node: c, Endpoint: endpoint}
	}
	return nil
}
