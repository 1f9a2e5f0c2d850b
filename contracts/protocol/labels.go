package protocol

import (
	"fmt"
	"math/big"
)

// ValidLabelBits reports whether bits is a label width the contracts accept:
// a power of two from 1 to 32, so that labels never straddle a 256-bit word.
func ValidLabelBits(bits uint8) bool {
	switch bits {
	case 1, 2, 4, 8, 16, 32:
		return true
	}
	return false
}

// WordsFor is the number of 256-bit words that hold size labels of bits each.
func WordsFor(size int, bits uint8) int {
	per := 256 / int(bits)
	return (size + per - 1) / per
}

// PackLabels packs one value per task into 256-bit words: task t sits at bit
// offset (t mod (256/bits))*bits of word t/(256/bits), least significant
// first. A value is a class index (single label) or a bitmask (multi label).
func PackLabels(values []uint32, bits uint8) ([]*big.Int, error) {
	if !ValidLabelBits(bits) {
		return nil, fmt.Errorf("pack labels: label width %d bits is not 1, 2, 4, 8, 16 or 32", bits)
	}
	if len(values) == 0 || len(values) > MaxChunkSize {
		return nil, fmt.Errorf("pack labels: %d labels, want 1..%d", len(values), MaxChunkSize)
	}
	per := 256 / int(bits)
	words := make([]*big.Int, WordsFor(len(values), bits))
	for i := range words {
		words[i] = new(big.Int)
	}
	for t, v := range values {
		if bits < 32 && uint64(v) >= 1<<bits {
			return nil, fmt.Errorf("pack labels: task %d value %d does not fit in %d bits", t, v, bits)
		}
		shifted := new(big.Int).Lsh(big.NewInt(int64(v)), uint((t%per)*int(bits)))
		words[t/per].Or(words[t/per], shifted)
	}
	return words, nil
}

// UnpackLabels is the inverse of PackLabels for a chunk of size tasks.
func UnpackLabels(words []*big.Int, size int, bits uint8) ([]uint32, error) {
	if !ValidLabelBits(bits) {
		return nil, fmt.Errorf("unpack labels: label width %d bits is not 1, 2, 4, 8, 16 or 32", bits)
	}
	if size <= 0 || size > MaxChunkSize {
		return nil, fmt.Errorf("unpack labels: chunk size %d, want 1..%d", size, MaxChunkSize)
	}
	if want := WordsFor(size, bits); len(words) != want {
		return nil, fmt.Errorf("unpack labels: %d words for %d tasks of %d bits, want %d", len(words), size, bits, want)
	}
	per := 256 / int(bits)
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1))
	out := make([]uint32, size)
	for t := range out {
		w := words[t/per]
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return nil, fmt.Errorf("unpack labels: word %d is not a uint256", t/per)
		}
		v := new(big.Int).Rsh(w, uint((t%per)*int(bits)))
		out[t] = uint32(v.And(v, mask).Uint64())
	}
	return out, nil
}

// MultiLabelMask builds a multi-label value from label indices (each below
// numLabels, which is at most the label width in bits).
func MultiLabelMask(numLabels int, indices ...int) (uint32, error) {
	if numLabels <= 0 || numLabels > 32 {
		return 0, fmt.Errorf("multi-label mask: %d labels, want 1..32", numLabels)
	}
	var m uint32
	for _, i := range indices {
		if i < 0 || i >= numLabels {
			return 0, fmt.Errorf("multi-label mask: label index %d out of range 0..%d", i, numLabels-1)
		}
		m |= 1 << i
	}
	return m, nil
}

// MaskIndices lists the label indices set in a multi-label value.
func MaskIndices(mask uint32) []int {
	var out []int
	for i := 0; i < 32; i++ {
		if mask&(1<<i) != 0 {
			out = append(out, i)
		}
	}
	return out
}

// LabelLimit is the exclusive upper bound of a valid label value: numLabels
// for single-label campaigns, 2^numLabels for multi-label ones.
func LabelLimit(numLabels int, multi bool) uint64 {
	if multi {
		return 1 << numLabels
	}
	return uint64(numLabels)
}
