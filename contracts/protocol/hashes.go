package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxChunkSize is the largest number of tasks in one chunk (one 256-bit mask).
const MaxChunkSize = 256

// word32 renders a uint256 as 32 big-endian bytes.
func word32(x *big.Int) []byte {
	return common.LeftPadBytes(x.Bytes(), 32)
}

func u64word(x uint64) []byte {
	return word32(new(big.Int).SetUint64(x))
}

func checkWords(what string, words []*big.Int) error {
	for i, w := range words {
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return fmt.Errorf("%s: word %d is not a uint256", what, i)
		}
	}
	return nil
}

// CommitHash is the commitment an annotator submits for a chunk:
//
//	keccak256(abi.encodePacked(uint256 chainId, address hub, uint256 campaignId,
//	          uint256 chunkId, address annotator, uint256[] labels,
//	          bytes32 labelDoc, bytes32 salt))
//
// (addresses 20 bytes, every other field 32 bytes, labels without a length).
// labelDoc is LabelDocDigest of the signed label document the reveal will
// name: binding it here means nobody who reveals for the annotator (a
// relayer) can swap the document.
func CommitHash(chainID *big.Int, hub common.Address, campaignID *big.Int, chunkID uint64,
	annotator common.Address, labels []*big.Int, labelDoc, salt [32]byte) (common.Hash, error) {
	if chainID == nil || campaignID == nil {
		return common.Hash{}, fmt.Errorf("commit hash: chain id and campaign id are required")
	}
	if err := checkWords("commit hash labels", labels); err != nil {
		return common.Hash{}, err
	}
	buf := make([]byte, 0, 32*4+20*2+32*len(labels)+64)
	buf = append(buf, word32(chainID)...)
	buf = append(buf, hub.Bytes()...)
	buf = append(buf, word32(campaignID)...)
	buf = append(buf, u64word(chunkID)...)
	buf = append(buf, annotator.Bytes()...)
	for _, w := range labels {
		buf = append(buf, word32(w)...)
	}
	buf = append(buf, labelDoc[:]...)
	buf = append(buf, salt[:]...)
	return crypto.Keccak256Hash(buf), nil
}

// LabelsHash is keccak256 of the packed label words, what a seat's record
// data holds after its reveal.
func LabelsHash(labels []*big.Int) common.Hash {
	buf := make([]byte, 0, 32*len(labels))
	for _, w := range labels {
		buf = append(buf, word32(w)...)
	}
	return crypto.Keccak256Hash(buf)
}

// GoldCommitment commits a chunk's gold answers in its manifest leaf:
//
//	keccak256(abi.encodePacked(uint256[] mask, uint256[] labels, bytes32 salt))
//
// where mask is packed like labels with value 1 in the field of every gold
// task (GoldMaskWords) and labels holds the gold answers packed like an
// annotator's (only gold positions matter). The salt keeps the few possible
// answers from being brute-forced out of the public manifest.
func GoldCommitment(mask, labels []*big.Int, salt [32]byte) (common.Hash, error) {
	if len(mask) != len(labels) {
		return common.Hash{}, fmt.Errorf("gold commitment: %d mask words but %d label words", len(mask), len(labels))
	}
	if err := checkWords("gold commitment mask", mask); err != nil {
		return common.Hash{}, err
	}
	if err := checkWords("gold commitment labels", labels); err != nil {
		return common.Hash{}, err
	}
	buf := make([]byte, 0, 32*(len(mask)+len(labels))+32)
	for _, w := range mask {
		buf = append(buf, word32(w)...)
	}
	for _, w := range labels {
		buf = append(buf, word32(w)...)
	}
	buf = append(buf, salt[:]...)
	return crypto.Keccak256Hash(buf), nil
}

// GoldMaskWords packs the set of gold tasks of a chunk (bit t of tasks =
// task t) into the mask words GoldCommitment and finalize take.
func GoldMaskWords(tasks *big.Int, size int, bits uint8) ([]*big.Int, error) {
	if tasks == nil || tasks.Sign() < 0 || tasks.BitLen() > size {
		return nil, fmt.Errorf("gold mask: task set must be a bitmask of at most %d tasks", size)
	}
	values := make([]uint32, size)
	for t := range values {
		values[t] = uint32(tasks.Bit(t))
	}
	words, err := PackLabels(values, bits)
	if err != nil {
		return nil, fmt.Errorf("gold mask: %w", err)
	}
	return words, nil
}

// TasksRoot commits a chunk's task CIDs, in order, inside its manifest leaf:
// keccak256 of the concatenated keccak256 of each CID string.
func TasksRoot(cids []string) common.Hash {
	buf := make([]byte, 0, 32*len(cids))
	for _, c := range cids {
		buf = append(buf, crypto.Keccak256([]byte(c))...)
	}
	return crypto.Keccak256Hash(buf)
}
