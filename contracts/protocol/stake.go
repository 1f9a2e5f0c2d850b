package protocol

import (
	"errors"
	"fmt"
	"math/big"
)

// MaxStake is the largest per-task stake the hub stores (uint96).
var MaxStake = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// CheckStake applies the hub's rule on the per-task stake: positive (a seat
// that costs nothing makes a fresh wallet free to throw away) and within
// uint96.
func CheckStake(stake *big.Int) error {
	switch {
	case stake == nil || stake.Sign() <= 0:
		return errors.New("stake: must be at least 1 token unit per task: a seat that risks nothing makes lapsing, not revealing and guessing free")
	case stake.Cmp(MaxStake) > 0:
		return fmt.Errorf("stake: %s per task is more than the hub stores (2^96-1)", stake)
	}
	return nil
}

// SeatStake is what a seat of a chunk of size tasks locks.
func SeatStake(stake *big.Int, size int) *big.Int {
	return new(big.Int).Mul(stake, big.NewInt(int64(size)))
}

// GuessPassRate is the chance that a sheet of labels drawn at random passes
// a chunk's gold: gold tasks, each with classes equally likely answers (c
// labels for a single-label schema, 2^labels for a multi-label one), of
// which at most maxMisses may be missed. With no misses allowed it is
// c^-gold. It is exact (a fraction).
func GuessPassRate(classes, gold, maxMisses int) *big.Rat {
	if classes < 2 || gold <= 0 || maxMisses >= gold {
		return big.NewRat(1, 1)
	}
	// sum over i <= maxMisses of C(g,i) (c-1)^i / c^g
	c := big.NewInt(int64(classes))
	num := new(big.Int)
	for i := 0; i <= maxMisses; i++ {
		term := new(big.Int).Binomial(int64(gold), int64(i))
		term.Mul(term, new(big.Int).Exp(big.NewInt(int64(classes-1)), big.NewInt(int64(i)), nil))
		num.Add(num, term)
	}
	return new(big.Rat).SetFrac(num, new(big.Int).Exp(c, big.NewInt(int64(gold)), nil))
}

// RecommendedStake is the per-task stake kappa proposes: twice the stake at
// which guessing breaks even. A guessed sheet is paid at most reward per
// task when it passes gold (chance p) and loses the stake per task when it
// does not, so guessing breaks even at stake = reward x p / (1 - p); with no
// misses allowed that is reward / (c^g - 1). Twice that makes guessing lose
// at least as much as it could win. When gold cannot catch a guess (no
// gold, or as many misses allowed as there is gold) the stake is the reward
// itself, which still makes a lapse or a withheld reveal cost what the seat
// could have earned. The result is at least 1 and rounded up.
func RecommendedStake(maxReward *big.Int, classes, gold, maxMisses int) *big.Int {
	if maxReward == nil || maxReward.Sign() <= 0 {
		return big.NewInt(1)
	}
	p := GuessPassRate(classes, gold, maxMisses)
	if p.Cmp(big.NewRat(1, 1)) >= 0 {
		return new(big.Int).Set(maxReward)
	}
	// 2 x reward x p / (1 - p), rounded up
	q := new(big.Rat).Sub(big.NewRat(1, 1), p)
	x := new(big.Rat).Quo(p, q)
	x.Mul(x, new(big.Rat).SetInt(new(big.Int).Mul(maxReward, big.NewInt(2))))
	out := new(big.Int).Quo(x.Num(), x.Denom())
	if new(big.Int).Mul(out, x.Denom()).Cmp(x.Num()) != 0 {
		out.Add(out, big.NewInt(1))
	}
	if out.Sign() == 0 {
		out.SetInt64(1)
	}
	return out
}
