package protocol

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Leaf is one chunk of a campaign's manifest, as committed by the Merkle root.
type Leaf struct {
	ChunkID        uint64
	Tier           uint8
	Size           uint16
	TasksRoot      common.Hash // TasksRoot of the chunk's task CIDs
	GoldCommitment common.Hash // GoldCommitment, or zero when the chunk has no gold
}

// Hash is the leaf as the tree stores it, double hashed so that no leaf can be
// confused with an inner node:
//
//	keccak256(keccak256(abi.encode(uint64 chunkId, uint8 tier, uint16 size,
//	                                 bytes32 tasksRoot, bytes32 goldCommitment)))
func (l Leaf) Hash() common.Hash {
	buf := make([]byte, 0, 5*32)
	buf = append(buf, u64word(l.ChunkID)...)
	buf = append(buf, u64word(uint64(l.Tier))...)
	buf = append(buf, u64word(uint64(l.Size))...)
	buf = append(buf, l.TasksRoot[:]...)
	buf = append(buf, l.GoldCommitment[:]...)
	return crypto.Keccak256Hash(crypto.Keccak256(buf))
}

// hashPair is OpenZeppelin's commutative keccak256 of two nodes (sorted).
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is the manifest Merkle tree over leaf hashes in manifest order. Pairs
// are hashed sorted (OpenZeppelin MerkleProof); a level's odd last node moves
// up unchanged.
type Tree struct {
	levels [][]common.Hash // levels[0] = leaves, last = root
}

// NewTree builds the tree over the given leaf hashes.
func NewTree(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, fmt.Errorf("manifest tree: no leaves")
	}
	level := append([]common.Hash(nil), leaves...)
	t := &Tree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, hashPair(level[i], level[i+1]))
			}
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// NewManifestTree builds the tree over the leaves of a manifest, in order.
func NewManifestTree(leaves []Leaf) (*Tree, error) {
	hs := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		hs[i] = l.Hash()
	}
	return NewTree(hs)
}

// Root is the manifest root a campaign stores.
func (t *Tree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Proof is the sibling path of leaf i, bottom up, as claimOpen takes it.
func (t *Tree) Proof(i int) ([][32]byte, error) {
	if i < 0 || i >= len(t.levels[0]) {
		return nil, fmt.Errorf("manifest proof: leaf %d out of range 0..%d", i, len(t.levels[0])-1)
	}
	var proof [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyProof recomputes the root from a leaf hash and its proof.
func VerifyProof(proof [][32]byte, root, leaf common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
