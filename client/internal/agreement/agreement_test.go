package agreement

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const m = Missing

func mustMatrix(t testing.TB, categories int, rows [][]int) *Reliability {
	t.Helper()
	r, err := FromMatrix(categories, rows)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDegenerateData covers the data no statistic can be computed from,
// and the one-category case whose coefficients are 0/0.
func TestDegenerateData(t *testing.T) {
	tests := []struct {
		name       string
		categories int
		rows       [][]int
		want       error   // from Fleiss, Alpha, PercentAgreement and Cohen(0, 1)
		percent    float64 // PercentAgreement when want is ErrNoVariation
	}{
		// No items at all.
		{"empty", 3, nil, ErrNoPairs, 0},
		// Items and raters exist but nobody labeled anything.
		{"all missing", 3, [][]int{{m, m}, {m, m}, {m, m}}, ErrNoPairs, 0},
		// A single annotator: values, but never two on one item.
		{"one annotator", 3, [][]int{{0}, {1}, {2}}, ErrNoPairs, 0},
		// Two raters who never labeled the same item.
		{"disjoint raters", 3, [][]int{{0, m}, {m, 1}, {2, m}}, ErrNoPairs, 0},
		// Everyone always says the same label: perfect observed agreement,
		// zero expected disagreement.
		{"one category only", 3, [][]int{{1, 1, 1}, {1, 1, m}, {1, 1, 1}}, ErrNoVariation, 1},
		// A schema with a single label behaves the same.
		{"single-label schema", 1, [][]int{{0, 0}, {0, 0}}, ErrNoVariation, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustMatrix(t, tt.categories, tt.rows)
			c := r.Counts()
			f, err := c.Fleiss()
			checkDegenerate(t, "Fleiss", f, err, tt.want)
			a, err := c.Alpha()
			checkDegenerate(t, "Alpha", a, err, tt.want)
			p, err := c.PercentAgreement()
			if tt.want == ErrNoPairs {
				if !errors.Is(err, ErrNoPairs) {
					t.Errorf("PercentAgreement err = %v, want ErrNoPairs", err)
				}
			} else if err != nil || p != tt.percent {
				t.Errorf("PercentAgreement = %v, %v; want %v", p, err, tt.percent)
			}
			if _, err := c.FleissByCategory(); tt.want == ErrNoPairs && !errors.Is(err, ErrNoPairs) {
				t.Errorf("FleissByCategory err = %v, want ErrNoPairs", err)
			}
			if r.Raters() >= 2 {
				k, err := r.Cohen(0, 1)
				checkDegenerate(t, "Cohen", k, err, tt.want)
			}
		})
	}
}

func checkDegenerate(t *testing.T, what string, k Kappa, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s err = %v, want %v", what, err, want)
	}
	if k.Value != 0 || math.IsNaN(k.Observed) || math.IsNaN(k.Expected) {
		t.Errorf("%s = %+v: want Value 0 and no NaN on error", what, k)
	}
	if want == ErrNoVariation && (k.Observed != 1 || k.Expected != 1) {
		t.Errorf("%s observed, expected = %v, %v; want 1, 1 for one category", what, k.Observed, k.Expected)
	}
}

// TestPerfectAndChance checks the ends of the scale on data worked by hand.
func TestPerfectAndChance(t *testing.T) {
	perfect := mustMatrix(t, 3, [][]int{{0, 0, 0}, {1, 1, 1}, {2, 2, m}, {1, 1, 1}})
	for name, f := range map[string]func(*Counts) (Kappa, error){"Fleiss": (*Counts).Fleiss, "Alpha": (*Counts).Alpha} {
		k, err := f(perfect.Counts())
		if err != nil || k.Value != 1 {
			t.Errorf("%s on perfect agreement = %+v, %v; want 1", name, k, err)
		}
	}
	// Two raters who always disagree, each using both labels equally:
	// p_o = 0, p_e = 0.5, Cohen's kappa = -1.
	opposite := mustMatrix(t, 2, [][]int{{0, 1}, {1, 0}, {0, 1}, {1, 0}})
	k, err := opposite.Cohen(0, 1)
	if err != nil || k.Value != -1 {
		t.Errorf("Cohen on systematic disagreement = %+v, %v; want -1", k, err)
	}
	// Same data, Krippendorff: n = 8, every pair disagrees, Do = 1,
	// De = (64 - 16 - 16) / 56 = 4/7, alpha = 1 - 7/4 = -0.75.
	a, err := opposite.Counts().Alpha()
	if err != nil || math.Abs(a.Value-(-0.75)) > 1e-12 {
		t.Errorf("Alpha on systematic disagreement = %+v, %v; want -0.75", a, err)
	}
}

// TestTwoRaterIdentities: with two raters and no missing values Fleiss'
// kappa is Scott's pi, and alpha = 1 - (2N-1)/(2N) (1 - pi) (Krippendorff
// 2011); percent agreement is the same whichever way it is computed.
func TestTwoRaterIdentities(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([][]int, 60)
	for i := range rows {
		a := rng.IntN(3)
		b := a
		if rng.IntN(3) == 0 {
			b = rng.IntN(3)
		}
		rows[i] = []int{a, b}
	}
	r := mustMatrix(t, 3, rows)
	c := r.Counts()
	pi, err := c.Fleiss()
	if err != nil {
		t.Fatal(err)
	}
	alpha, err := c.Alpha()
	if err != nil {
		t.Fatal(err)
	}
	n := float64(len(rows))
	if want := 1 - (2*n-1)/(2*n)*(1-pi.Value); math.Abs(alpha.Value-want) > 1e-12 {
		t.Errorf("alpha = %v, want %v from pi = %v", alpha.Value, want, pi.Value)
	}
	pa, err := c.PercentAgreement()
	if err != nil {
		t.Fatal(err)
	}
	pair, err := r.PairConfusion(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := pair.Agreement()
	if err != nil || math.Abs(acc-pa) > 1e-12 || math.Abs(pi.Observed-pa) > 1e-12 {
		t.Errorf("agreement: pooled %v, confusion %v (%v), Fleiss P-bar %v", pa, acc, err, pi.Observed)
	}
}

func TestPairs(t *testing.T) {
	r := mustMatrix(t, 3, [][]int{
		{0, 0, 1},
		{2, 2, 2},
		{1, m, 0},
		{m, m, 2}, // one value: no pairs
	})
	p := r.Counts().Pairs()
	// Item 0: pairs (0,0) twice ordered, (0,1) x2 and (1,0) x2;
	// item 1: (2,2) x6; item 2: (1,0) and (0,1).
	want := [][]int64{
		{2, 3, 0},
		{3, 0, 0},
		{0, 0, 6},
	}
	for i := range want {
		for j := range want[i] {
			if got := p.At(i, j); got != want[i][j] {
				t.Errorf("Pairs[%d][%d] = %d, want %d", i, j, got, want[i][j])
			}
		}
	}
	agree, err := p.Agreement()
	pa, err2 := r.Counts().PercentAgreement()
	if err != nil || err2 != nil || math.Abs(agree-pa) > 1e-12 || math.Abs(pa-4.0/7) > 1e-12 {
		t.Errorf("diagonal share %v (%v), percent agreement %v (%v); want 4/7", agree, err, pa, err2)
	}
	if got := p.Confusions(); len(got) != 2 || got[0].Count != 3 || got[1].Count != 3 || got[0].Row != 0 {
		t.Errorf("Confusions() = %+v, want [{0 1 3} {1 0 3}]", got)
	}
}

func TestConsensus(t *testing.T) {
	r := mustMatrix(t, 3, [][]int{
		{0, 0, 1},    // majority 0
		{0, 1, m},    // tie
		{2, 2, 2},    // unanimous
		{m, m, 1},    // one vote
		{m, m, m},    // none
		{1, 2, 2},    // majority 2, but 1 without rater 1 and 2... see below
		{0, 1, 2},    // three-way tie
		{2, 2, m, 0}, // short rows are padded with Missing
	})
	tests := []struct {
		name  string
		got   []int
		wants []int
	}{
		{"quorum 1", r.Consensus(1), []int{0, m, 2, 1, m, 2, m, 2}},
		{"quorum 2", r.Consensus(2), []int{0, m, 2, m, m, 2, m, 2}},
		{"quorum 3", r.Consensus(3), []int{m, m, 2, m, m, m, m, m}},
		{"quorum 0 is 1", r.Consensus(0), []int{0, m, 2, 1, m, 2, m, 2}},
		// Without rater 2: item 0 -> 0, item 1 -> tie, item 5 -> tie (1 vs 2).
		{"without rater 2", r.ConsensusWithout(2, 1), []int{0, m, 2, m, m, m, m, 2}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.wants) {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.wants)
		}
	}
}

func TestRaterConfusion(t *testing.T) {
	r := mustMatrix(t, 3, [][]int{
		{0, 0},
		{1, 2},
		{2, 2},
		{m, 1},
		{1, 1},
	})
	gold := []int{0, 1, 2, 1, m}
	c, err := r.RaterConfusion(0, gold)
	if err != nil {
		t.Fatal(err)
	}
	// Rater 0 against gold: items 0-2 (item 3 unlabeled, item 4 no gold).
	if c.Total() != 3 {
		t.Fatalf("total = %d, want 3", c.Total())
	}
	acc, _ := c.Agreement()
	if acc != 1 {
		t.Errorf("rater 0 accuracy = %v, want 1", acc)
	}
	c1, err := r.RaterConfusion(1, gold)
	if err != nil {
		t.Fatal(err)
	}
	// Rater 1 said 2 where gold said 1 once, and 1 where gold said 1 once.
	if c1.At(1, 2) != 1 || c1.At(1, 1) != 1 || c1.Total() != 4 {
		t.Errorf("rater 1 confusion [1][2]=%d [1][1]=%d total=%d; want 1, 1, 4", c1.At(1, 2), c1.At(1, 1), c1.Total())
	}
	stats := c1.PerLabel()
	want := []LabelStats{
		{Category: 0, Support: 1, Predicted: 1, Correct: 1, Precision: 1, Recall: 1},
		{Category: 1, Support: 2, Predicted: 1, Correct: 1, Precision: 1, Recall: 0.5},
		{Category: 2, Support: 1, Predicted: 2, Correct: 1, Precision: 0.5, Recall: 1},
	}
	if !slices.Equal(stats, want) {
		t.Errorf("PerLabel = %+v\nwant %+v", stats, want)
	}
	// A label nobody used reports zero precision and recall, not NaN.
	if n := NewConfusion(2).Categories(); n != 2 {
		t.Errorf("NewConfusion(2).Categories() = %d", n)
	}
	empty := NewConfusion(2).PerLabel()
	if empty[0].Precision != 0 || empty[0].Recall != 0 {
		t.Errorf("PerLabel of empty matrix = %+v", empty)
	}
}

func TestFleissByCategoryUndefined(t *testing.T) {
	// Category 2 is never used: its kappa is 0/0 and reported undefined.
	c := mustMatrix(t, 3, [][]int{{0, 0, 1}, {1, 1, 1}, {0, 1, 0}}).Counts()
	ks, err := c.FleissByCategory()
	if err != nil {
		t.Fatal(err)
	}
	if ks[2].Defined || ks[2].Kappa != 0 || !ks[0].Defined || !ks[1].Defined {
		t.Errorf("FleissByCategory = %+v", ks)
	}
	// With two categories both per-category kappas equal the overall one.
	overall, _ := c.Fleiss()
	for _, k := range ks[:2] {
		if math.Abs(k.Kappa-overall.Value) > 1e-12 {
			t.Errorf("kappa_%d = %v, overall %v: equal for two categories", k.Category, k.Kappa, overall.Value)
		}
	}
}

func TestFromObservations(t *testing.T) {
	obs := []Observation{
		{"task-a", "0xalice", 0},
		{"task-a", "0xbob", 0},
		{"task-b", "0xbob", 1},
		{"task-b", "0xcarol", 1},
		{"task-c", "0xalice", Missing}, // a skip: no value, but the names count
	}
	r, err := FromObservations(2, obs)
	if err != nil {
		t.Fatal(err)
	}
	if r.Items() != 3 || r.Raters() != 3 || r.Categories() != 2 {
		t.Fatalf("%d items x %d raters x %d categories, want 3 x 3 x 2", r.Items(), r.Raters(), r.Categories())
	}
	if r.ItemName(1) != "task-b" || r.RaterName(2) != "0xcarol" {
		t.Errorf("names: item 1 %q, rater 2 %q", r.ItemName(1), r.RaterName(2))
	}
	if j, ok := r.RaterIndex("0xbob"); !ok || j != 1 || r.Value(1, j) != 1 {
		t.Errorf("RaterIndex(0xbob) = %d, %v", j, ok)
	}
	if _, ok := r.RaterIndex("0xmallory"); ok {
		t.Error("RaterIndex found an unknown rater")
	}
	k, err := r.Counts().Alpha()
	if err != nil || k.Value != 1 {
		t.Errorf("Alpha = %+v, %v; want 1", k, err)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		err  func() error
		want string
	}{
		{"negative items", func() error { _, err := New(-1, 2, 2); return err }, "must not be negative"},
		{"zero categories", func() error { _, err := New(1, 2, 0); return err }, "0 categories"},
		{"category too large", func() error { _, err := FromMatrix(2, [][]int{{0, 2}}); return err }, "category 2 out of range"},
		{"negative category", func() error { _, err := FromMatrix(2, [][]int{{-2}}); return err }, "category -2 out of range"},
		{"duplicate label", func() error {
			_, err := FromObservations(2, []Observation{{"t", "r", 0}, {"t", "r", 0}})
			return err
		}, `rater "r" labeled item "t" twice`},
		{"observation category", func() error {
			_, err := FromObservations(2, []Observation{{"t", "r", 5}})
			return err
		}, `item "t", rater "r"`},
		{"ragged counts", func() error { _, err := NewCounts([][]int{{1, 2}, {1}}); return err }, "row 1 has 1 categories"},
		{"negative count", func() error { _, err := NewCounts([][]int{{1, -2}}); return err }, "count -2"},
		{"non-square table", func() error { _, err := ConfusionFromTable([][]int64{{1, 2}}); return err }, "row 0 has 2 cells"},
		{"set out of range", func() error {
			r, _ := New(2, 2, 2)
			return r.Set(2, 0, 0)
		}, "item 2 out of range"},
		{"cohen same rater", func() error {
			_, err := mustMatrix(t, 2, [][]int{{0, 1}}).Cohen(1, 1)
			return err
		}, "compared with itself"},
		{"cohen bad rater", func() error {
			_, err := mustMatrix(t, 2, [][]int{{0, 1}}).Cohen(0, 2)
			return err
		}, "rater 2 out of range"},
		{"reference length", func() error {
			_, err := mustMatrix(t, 2, [][]int{{0, 1}}).RaterConfusion(0, []int{0, 1})
			return err
		}, "reference has 2 items"},
		{"reference category", func() error {
			_, err := mustMatrix(t, 2, [][]int{{0, 1}}).RaterConfusion(0, []int{7})
			return err
		}, "category 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

// benchData is 10,000 items x 5 raters over 4 categories: raters are right
// 80% of the time and 5% of cells are missing (unrevealed labels).
func benchData(b *testing.B) (*Reliability, []Observation) {
	b.Helper()
	const items, raters, categories = 10_000, 5, 4
	rng := rand.New(rand.NewPCG(7, 11))
	names := []string{"0xa1", "0xb2", "0xc3", "0xd4", "0xe5"}
	r, err := New(items, raters, categories)
	if err != nil {
		b.Fatal(err)
	}
	var obs []Observation
	for i := range items {
		truth := rng.IntN(categories)
		item := "task-" + strconv.Itoa(i)
		for j := range raters {
			if rng.IntN(20) == 0 {
				continue
			}
			v := truth
			if rng.IntN(5) == 0 {
				v = rng.IntN(categories)
			}
			if err := r.Set(i, j, v); err != nil {
				b.Fatal(err)
			}
			obs = append(obs, Observation{Item: item, Rater: names[j], Category: v})
		}
	}
	return r, obs
}

func BenchmarkCounts(b *testing.B) {
	r, _ := benchData(b)
	for b.Loop() {
		r.Counts()
	}
}

func BenchmarkFleiss(b *testing.B) {
	r, _ := benchData(b)
	c := r.Counts()
	for b.Loop() {
		if _, err := c.Fleiss(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAlpha(b *testing.B) {
	r, _ := benchData(b)
	c := r.Counts()
	for b.Loop() {
		if _, err := c.Alpha(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCohenAllPairs(b *testing.B) {
	r, _ := benchData(b)
	for b.Loop() {
		for a := range r.Raters() {
			for c := a + 1; c < r.Raters(); c++ {
				if _, err := r.Cohen(a, c); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// BenchmarkPilotReport is what a pilot report does end to end: build the
// data from named observations, then every statistic and each rater's
// confusion against the consensus of the others.
func BenchmarkPilotReport(b *testing.B) {
	_, obs := benchData(b)
	for b.Loop() {
		r, err := FromObservations(4, obs)
		if err != nil {
			b.Fatal(err)
		}
		c := r.Counts()
		if _, err := c.Fleiss(); err != nil {
			b.Fatal(err)
		}
		if _, err := c.Alpha(); err != nil {
			b.Fatal(err)
		}
		if _, err := c.FleissByCategory(); err != nil {
			b.Fatal(err)
		}
		c.Pairs()
		for j := range r.Raters() {
			if _, err := r.RaterConfusion(j, r.ConsensusWithout(j, 2)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
