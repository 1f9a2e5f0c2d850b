package agreement

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Interval is a bootstrap confidence interval for an agreement coefficient.
type Interval struct {
	// Lo and Hi bound the central Level share of the resampled values.
	Lo, Hi float64
	// Level is the confidence level asked for, e.g. 0.95.
	Level float64
	// Resamples is how many resamples gave a value.
	Resamples int
	// Undefined is how many resamples had no value (ErrNoPairs or
	// ErrNoVariation, e.g. every resampled item unanimous on one label).
	Undefined int
}

// Bootstrap estimates how precise an agreement figure is from a pilot of a
// few dozen items: it draws resamples of the pairable items with
// replacement, computes stat on each (Counts.Alpha or Counts.Fleiss, say)
// and returns the percentile interval holding the central level share of
// the values. The same seed gives the same interval.
//
// A wide interval means the pilot is too small to tell a usable campaign
// from an unusable one, whatever the point estimate says.
func (c *Counts) Bootstrap(stat func(*Counts) (Kappa, error), level float64, resamples int, seed uint64) (Interval, error) {
	if !(level > 0 && level < 1) {
		return Interval{}, fmt.Errorf("bootstrap: level %v must be strictly between 0 and 1", level)
	}
	if resamples < 100 || resamples > 1_000_000 {
		return Interval{}, fmt.Errorf("bootstrap: %d resamples: need 100 to 1,000,000", resamples)
	}
	var pairable []int
	for i := range c.items {
		var m int32
		for _, v := range c.row(i) {
			m += v
		}
		if m >= 2 {
			pairable = append(pairable, i)
		}
	}
	if len(pairable) == 0 {
		return Interval{}, fmt.Errorf("bootstrap: %w", ErrNoPairs)
	}
	rng := rand.New(rand.NewPCG(seed, 0x6b61707061)) // "kappa"
	sample := &Counts{items: len(pairable), categories: c.categories, n: make([]int32, len(pairable)*c.categories)}
	values := make([]float64, 0, resamples)
	out := Interval{Level: level}
	for range resamples {
		for i := range pairable {
			src := pairable[rng.IntN(len(pairable))]
			copy(sample.row(i), c.row(src))
		}
		k, err := stat(sample)
		switch {
		case errors.Is(err, ErrNoPairs), errors.Is(err, ErrNoVariation):
			out.Undefined++
		case err != nil:
			return Interval{}, fmt.Errorf("bootstrap: %w", err)
		default:
			values = append(values, k.Value)
		}
	}
	if len(values) == 0 {
		return out, fmt.Errorf("bootstrap: no resample had a value: %w", ErrNoVariation)
	}
	slices.Sort(values)
	out.Resamples = len(values)
	tail := (1 - level) / 2
	out.Lo = values[int(math.Floor(tail*float64(len(values)-1)))]
	out.Hi = values[int(math.Ceil((1-tail)*float64(len(values)-1)))]
	return out, nil
}
