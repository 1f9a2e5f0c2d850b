package agreement

import (
	"errors"
	"math"
	"testing"
)

// FuzzStatistics feeds arbitrary reliability data to every statistic: none
// may panic or return a non-finite or out-of-range figure, and the
// different routes to percent agreement must agree.
func FuzzStatistics(f *testing.F) {
	f.Add(uint8(3), uint8(2), []byte{0, 1, 2, 0, 0, 255, 1, 1})
	f.Add(uint8(1), uint8(3), []byte{0, 0, 0, 0, 0, 0})
	f.Add(uint8(5), uint8(4), []byte{255, 255, 255, 255})
	f.Add(uint8(2), uint8(1), []byte{0, 1, 0})
	f.Fuzz(func(t *testing.T, categories, raters uint8, cells []byte) {
		k := int(categories%8) + 1
		n := int(raters%6) + 1
		var rows [][]int
		for i := 0; i+n <= len(cells); i += n {
			row := make([]int, n)
			for j := range row {
				if v := cells[i+j]; v >= 200 {
					row[j] = Missing
				} else {
					row[j] = int(v) % k
				}
			}
			rows = append(rows, row)
		}
		r, err := FromMatrix(k, rows)
		if err != nil {
			t.Fatalf("FromMatrix of valid cells: %v", err)
		}
		c := r.Counts()
		check := func(what string, v Kappa, err error) {
			if err != nil && !errors.Is(err, ErrNoPairs) && !errors.Is(err, ErrNoVariation) {
				t.Errorf("%s: unexpected error %v", what, err)
			}
			for _, x := range []float64{v.Value, v.Observed, v.Expected} {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("%s = %+v: not finite", what, v)
				}
			}
			if v.Value > 1+1e-9 || v.Observed < -1e-9 || v.Observed > 1+1e-9 || v.Expected < -1e-9 || v.Expected > 1+1e-9 {
				t.Errorf("%s = %+v: out of range", what, v)
			}
		}
		fk, err := c.Fleiss()
		check("Fleiss", fk, err)
		a, err := c.Alpha()
		check("Alpha", a, err)
		if r.Raters() >= 2 {
			ck, err := r.Cohen(0, 1)
			check("Cohen", ck, err)
		}
		pa, err := c.PercentAgreement()
		if err == nil {
			pooled, perr := c.Pairs().Agreement()
			if perr != nil || math.Abs(pooled-pa) > 1e-9 || pa < 0 || pa > 1 {
				t.Errorf("percent agreement %v, pooled pairs %v (%v)", pa, pooled, perr)
			}
		}
		byCat, err := c.FleissByCategory()
		if err == nil {
			for _, ck := range byCat {
				if math.IsNaN(ck.Kappa) || math.IsInf(ck.Kappa, 0) || ck.Kappa > 1+1e-9 {
					t.Errorf("category kappa %+v", ck)
				}
			}
		}
		for j := range r.Raters() {
			if _, err := r.RaterConfusion(j, r.ConsensusWithout(j, 1)); err != nil {
				t.Errorf("RaterConfusion(%d): %v", j, err)
			}
		}
	})
}
