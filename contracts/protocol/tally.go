package protocol

import (
	"fmt"
	"math/big"
)

// TallyInput is what finalize sees of a chunk.
type TallyInput struct {
	K, Q          int
	Size          int
	NumLabels     int
	Multi         bool
	MaxGoldMisses int
	// Revealed holds each seat's labels (Size values) or nil if the seat did
	// not reveal.
	Revealed [][]uint32
	// GoldMask marks gold tasks (nil or zero: no gold revealed); Gold holds
	// the gold answers for all Size tasks (only gold positions are read).
	GoldMask *big.Int
	Gold     []uint32
}

// TallyResult is the outcome finalize computes.
type TallyResult struct {
	Accepted   []uint32 // accepted label per task (meaningless where Disputed)
	Disputes   *big.Int // bit t: task t had no quorum
	Excluded   []bool   // seat failed gold (more misses than tolerated)
	GoldMisses []int    // gold tasks each seat missed
	Matched    []int    // accepted tasks each eligible seat matched (paid)
	Missed     []int    // accepted tasks each eligible seat did not match
	// RepDelta is each eligible seat's reputation change: ground truth
	// only, AgreeGain per gold task matched and DisagreeLoss per gold task
	// missed (zero without gold: agreeing with a quorum moves none).
	RepDelta []int64
}

// Reputation constants of the hub (KappaHub's AGREE_GAIN, DISAGREE_LOSS).
const (
	AgreeGain    = 1
	DisagreeLoss = 2
)

// Tally applies the consensus rule: a gold task's accepted label is the gold
// answer; any other task's is the valid value given by at least Q eligible
// seats (revealed and not failing gold), unique because 2Q > K; tasks without
// one are disputes. Seats missing more than MaxGoldMisses gold tasks are
// excluded from the vote and unpaid.
func Tally(in TallyInput) (TallyResult, error) {
	if in.K <= 0 || len(in.Revealed) != in.K {
		return TallyResult{}, fmt.Errorf("tally: %d seats for k=%d", len(in.Revealed), in.K)
	}
	if in.Q <= 0 || 2*in.Q <= in.K || in.Q > in.K {
		return TallyResult{}, fmt.Errorf("tally: quorum %d invalid for k=%d (need k/2 < q <= k)", in.Q, in.K)
	}
	if in.Size <= 0 || in.Size > MaxChunkSize {
		return TallyResult{}, fmt.Errorf("tally: chunk size %d, want 1..%d", in.Size, MaxChunkSize)
	}
	for i, l := range in.Revealed {
		if l != nil && len(l) != in.Size {
			return TallyResult{}, fmt.Errorf("tally: seat %d has %d labels, want %d", i, len(l), in.Size)
		}
	}
	gold := in.GoldMask != nil && in.GoldMask.Sign() != 0
	if gold && len(in.Gold) != in.Size {
		return TallyResult{}, fmt.Errorf("tally: %d gold labels, want %d", len(in.Gold), in.Size)
	}
	limit := LabelLimit(in.NumLabels, in.Multi)
	res := TallyResult{
		Accepted: make([]uint32, in.Size), Disputes: new(big.Int),
		Excluded: make([]bool, in.K), GoldMisses: make([]int, in.K),
		Matched: make([]int, in.K), Missed: make([]int, in.K), RepDelta: make([]int64, in.K),
	}
	goldCount := 0
	isGold := func(t int) bool { return gold && in.GoldMask.Bit(t) == 1 }
	for t := 0; t < in.Size; t++ {
		if !isGold(t) {
			continue
		}
		goldCount++
		for i, l := range in.Revealed {
			if l != nil && l[t] != in.Gold[t] {
				res.GoldMisses[i]++
			}
		}
	}
	eligible := make([]bool, in.K)
	for i, l := range in.Revealed {
		res.Excluded[i] = l != nil && res.GoldMisses[i] > in.MaxGoldMisses
		eligible[i] = l != nil && !res.Excluded[i]
		if eligible[i] {
			res.RepDelta[i] = int64(AgreeGain*(goldCount-res.GoldMisses[i]) - DisagreeLoss*res.GoldMisses[i])
		}
	}
	for t := 0; t < in.Size; t++ {
		var value uint32
		ok := false
		if isGold(t) {
			value, ok = in.Gold[t], true
		} else {
			votes := map[uint32]int{}
			for i, l := range in.Revealed {
				if eligible[i] {
					votes[l[t]]++
				}
			}
			for v, n := range votes {
				if n >= in.Q && uint64(v) < limit {
					value, ok = v, true
				}
			}
		}
		if !ok {
			res.Disputes.SetBit(res.Disputes, t, 1)
			continue
		}
		res.Accepted[t] = value
		for i, l := range in.Revealed {
			if !eligible[i] {
				continue
			}
			if l[t] == value {
				res.Matched[i]++
			} else {
				res.Missed[i]++
			}
		}
	}
	return res, nil
}
