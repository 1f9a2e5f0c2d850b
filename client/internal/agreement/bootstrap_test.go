package agreement

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// simulated returns counts for items rated by raters annotators who give
// the true label with probability accuracy, otherwise a uniformly random one.
func simulated(t testing.TB, items, raters, categories int, accuracy float64, seed uint64) *Counts {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	rows := make([][]int, items)
	for i := range rows {
		truth := rng.IntN(categories)
		rows[i] = make([]int, raters)
		for j := range rows[i] {
			rows[i][j] = truth
			if rng.Float64() >= accuracy {
				rows[i][j] = rng.IntN(categories)
			}
		}
	}
	r, err := FromMatrix(categories, rows)
	if err != nil {
		t.Fatal(err)
	}
	return r.Counts()
}

func TestBootstrap(t *testing.T) {
	c := readObservers(t, "krippendorff2011.txt", 5).Counts()
	point, err := c.Alpha()
	if err != nil {
		t.Fatal(err)
	}
	iv, err := c.Bootstrap((*Counts).Alpha, 0.95, 2000, 42)
	if err != nil {
		t.Fatal(err)
	}
	if !(iv.Lo <= point.Value && point.Value <= iv.Hi) || iv.Lo >= iv.Hi {
		t.Errorf("interval [%v, %v] around alpha %v", iv.Lo, iv.Hi, point.Value)
	}
	if iv.Resamples+iv.Undefined != 2000 || iv.Level != 0.95 {
		t.Errorf("resamples %d + undefined %d, level %v", iv.Resamples, iv.Undefined, iv.Level)
	}
	again, _ := c.Bootstrap((*Counts).Alpha, 0.95, 2000, 42)
	if again != iv {
		t.Errorf("same seed gave %+v then %+v", iv, again)
	}
	other, _ := c.Bootstrap((*Counts).Alpha, 0.95, 2000, 43)
	if other == iv {
		t.Errorf("another seed gave the identical interval %+v", iv)
	}

	// A pilot of 40 items is far less precise than a campaign of 4,000
	// labeled the same way.
	small, err := simulated(t, 40, 3, 4, 0.8, 1).Bootstrap((*Counts).Alpha, 0.9, 500, 7)
	if err != nil {
		t.Fatal(err)
	}
	large, err := simulated(t, 4000, 3, 4, 0.8, 1).Bootstrap((*Counts).Alpha, 0.9, 500, 7)
	if err != nil {
		t.Fatal(err)
	}
	if ws, wl := small.Hi-small.Lo, large.Hi-large.Lo; !(wl*4 < ws) {
		t.Errorf("interval width %v for 40 items, %v for 4,000: want the large one under a quarter", ws, wl)
	}
}

func TestBootstrapBadInput(t *testing.T) {
	c := readObservers(t, "krippendorff2011.txt", 5).Counts()
	tests := []struct {
		name      string
		c         *Counts
		level     float64
		resamples int
		want      string
		is        error
	}{
		{"level 0", c, 0, 1000, "level 0", nil},
		{"level 1", c, 1, 1000, "level 1", nil},
		{"level NaN", c, nanValue(), 1000, "level NaN", nil},
		{"too few resamples", c, 0.95, 10, "10 resamples", nil},
		{"no pairs", mustMatrix(t, 2, [][]int{{0}, {1}}).Counts(), 0.95, 1000, "", ErrNoPairs},
		{"one label", mustMatrix(t, 2, [][]int{{1, 1}, {1, 1}}).Counts(), 0.95, 1000, "", ErrNoVariation},
	}
	for _, tt := range tests {
		_, err := tt.c.Bootstrap((*Counts).Alpha, tt.level, tt.resamples, 1)
		switch {
		case err == nil:
			t.Errorf("%s: no error", tt.name)
		case tt.is != nil && !errors.Is(err, tt.is):
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.is)
		case tt.want != "" && !strings.Contains(err.Error(), tt.want):
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
}

func nanValue() float64 {
	zero := 0.0
	return zero / zero
}

func BenchmarkBootstrapAlpha(b *testing.B) {
	c := simulated(b, 100, 3, 4, 0.8, 1)
	for b.Loop() {
		if _, err := c.Bootstrap((*Counts).Alpha, 0.95, 1000, 1); err != nil {
			b.Fatal(err)
		}
	}
}
