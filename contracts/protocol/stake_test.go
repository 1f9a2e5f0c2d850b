package protocol

import (
	"math/big"
	"testing"
)

func TestRecommendedStake(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		reward                 int64
		classes, gold, maxMiss int
		want                   int64
	}{
		{"binary, one gold: p=1/2, twice break-even is 2r", 100, 2, 1, 0, 200},
		{"binary, two gold: p=1/4, 2r/3 rounded up", 100, 2, 2, 0, 67},
		{"five classes, one gold: p=1/5", 100, 5, 1, 0, 50},
		{"binary, three gold, one miss allowed: p=4/8", 100, 2, 3, 1, 200},
		{"no gold: the reward", 100, 2, 0, 0, 100},
		{"misses cover the gold: the reward", 100, 4, 2, 2, 100},
		{"tiny: never below 1", 1, 10, 3, 0, 1},
		{"zero reward: 1", 0, 2, 1, 0, 1},
		{"multi-label with 3 labels (8 answers), one gold", 700, 8, 1, 0, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := RecommendedStake(big.NewInt(tc.reward), tc.classes, tc.gold, tc.maxMiss)
			if got.Cmp(big.NewInt(tc.want)) != 0 {
				t.Fatalf("RecommendedStake = %s, want %d", got, tc.want)
			}
			if err := CheckStake(got); err != nil {
				t.Fatal(err)
			}
			// At the recommended stake a guessed sheet loses in
			// expectation: p x reward - (1-p) x stake < 0 whenever gold
			// can catch it.
			p := GuessPassRate(tc.classes, tc.gold, tc.maxMiss)
			if p.Cmp(big.NewRat(1, 1)) == 0 || tc.reward == 0 {
				return
			}
			gain := new(big.Rat).Mul(p, new(big.Rat).SetInt64(tc.reward))
			loss := new(big.Rat).Mul(new(big.Rat).Sub(big.NewRat(1, 1), p), new(big.Rat).SetInt(got))
			if gain.Cmp(loss) >= 0 {
				t.Fatalf("guessing gains %s, loses %s: not deterred", gain.FloatString(2), loss.FloatString(2))
			}
		})
	}
}

func TestCheckStake(t *testing.T) {
	for _, s := range []*big.Int{nil, big.NewInt(0), big.NewInt(-1), new(big.Int).Add(MaxStake, big.NewInt(1))} {
		if err := CheckStake(s); err == nil {
			t.Errorf("CheckStake(%v) accepted", s)
		}
	}
	for _, s := range []*big.Int{big.NewInt(1), MaxStake} {
		if err := CheckStake(s); err != nil {
			t.Errorf("CheckStake(%v): %v", s, err)
		}
	}
}
