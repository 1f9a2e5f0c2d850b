package agreement

import "fmt"

// Kappa is a chance-corrected agreement coefficient with the parts it is
// made of:
//
//	Value = (Observed - Expected) / (1 - Expected)
//
// 1 is perfect agreement, 0 agreement no better than chance, negative
// values systematic disagreement. For Krippendorff's alpha, Observed is
// 1 - Do and Expected is 1 - De (observed and expected disagreement).
type Kappa struct {
	// Value is the coefficient. It is 0 whenever an error is returned.
	Value float64
	// Observed is the proportion of agreeing pairs actually seen.
	Observed float64
	// Expected is the proportion of agreeing pairs expected by chance from
	// how often each category was used.
	Expected float64
	// Items is the number of items that entered the computation (those
	// with two or more values, or both raters' values for Cohen's kappa).
	Items int
	// Values is the number of values in those items.
	Values int
}

// Counts is an items x categories table: how many raters put each item in
// each category. Rater identity is gone, which is all Fleiss' kappa,
// Krippendorff's alpha and percent agreement need.
type Counts struct {
	items, categories int
	n                 []int32 // row-major: n[item*categories+category]
}

// NewCounts builds a counts table from rows of per-category counts (the
// layout of Fleiss (1971) and most textbooks). All rows must have one count
// per category; counts must not be negative.
func NewCounts(rows [][]int) (*Counts, error) {
	if len(rows) == 0 {
		return &Counts{categories: 1}, nil
	}
	k := len(rows[0])
	if k < 1 || k > maxCategories {
		return nil, fmt.Errorf("counts: row 0 has %d categories: need 1 to %d", k, maxCategories)
	}
	c := &Counts{items: len(rows), categories: k, n: make([]int32, len(rows)*k)}
	for i, row := range rows {
		if len(row) != k {
			return nil, fmt.Errorf("counts: row %d has %d categories, row 0 has %d", i, len(row), k)
		}
		for j, v := range row {
			if v < 0 || v > 1<<30 {
				return nil, fmt.Errorf("counts: row %d category %d: count %d out of range", i, j, v)
			}
			c.n[i*k+j] = int32(v)
		}
	}
	return c, nil
}

// Items is the number of items (rows).
func (c *Counts) Items() int { return c.items }

// Categories is the number of categories (columns).
func (c *Counts) Categories() int { return c.categories }

// Count is how many raters put item in category.
func (c *Counts) Count(item, category int) int {
	if item < 0 || item >= c.items || category < 0 || category >= c.categories {
		return 0
	}
	return int(c.n[item*c.categories+category])
}

// Pairable is the number of items with two or more values, the ones every
// statistic uses, and the number of values they hold.
func (c *Counts) Pairable() (items, values int) {
	items, _, v := c.totals()
	return items, int(v)
}

func (c *Counts) row(i int) []int32 { return c.n[i*c.categories : (i+1)*c.categories] }

// totals returns, over the items with two or more values (the pairable
// ones), the number of such items, the values per category and in all.
func (c *Counts) totals() (items int, perCategory []int64, values int64) {
	perCategory = make([]int64, c.categories)
	for i := range c.items {
		row := c.row(i)
		var m int64
		for _, v := range row {
			m += int64(v)
		}
		if m < 2 {
			continue
		}
		items++
		values += m
		for k, v := range row {
			perCategory[k] += int64(v)
		}
	}
	return items, perCategory, values
}

// usedCategories is how many categories have at least one pairable value.
func usedCategories(perCategory []int64) int {
	used := 0
	for _, n := range perCategory {
		if n > 0 {
			used++
		}
	}
	return used
}

// PercentAgreement is the share of agreeing pairs among all pairs of values
// given to the same item, every pair counted once (pooled pairwise
// agreement). Items with fewer than two values have no pairs.
func (c *Counts) PercentAgreement() (float64, error) {
	var agree, pairs int64
	for i := range c.items {
		var m int64
		for _, v := range c.row(i) {
			m += int64(v)
			agree += int64(v) * int64(v-1) / 2
		}
		pairs += m * (m - 1) / 2
	}
	if pairs == 0 {
		return 0, fmt.Errorf("percent agreement: %w", ErrNoPairs)
	}
	return float64(agree) / float64(pairs), nil
}

// Fleiss is Fleiss' kappa (Fleiss 1971). With the same number of values per
// item it is exactly Fleiss' statistic; with varying numbers it uses the
// usual generalisation: P_i = sum_j n_ij (n_ij - 1) / (n_i (n_i - 1)) per
// item, p_j = sum_i n_ij / sum_i n_i, items with fewer than two values
// dropped.
func (c *Counts) Fleiss() (Kappa, error) {
	items, perCategory, values := c.totals()
	if items == 0 {
		return Kappa{}, fmt.Errorf("fleiss kappa: %w", ErrNoPairs)
	}
	var sumP float64
	for i := range c.items {
		row := c.row(i)
		var m, agree int64
		for _, v := range row {
			m += int64(v)
			agree += int64(v) * int64(v-1)
		}
		if m < 2 {
			continue
		}
		sumP += float64(agree) / float64(m*(m-1))
	}
	var pe float64
	for _, n := range perCategory {
		p := float64(n) / float64(values)
		pe += p * p
	}
	k := Kappa{Observed: sumP / float64(items), Expected: pe, Items: items, Values: int(values)}
	if usedCategories(perCategory) < 2 {
		k.Expected = 1
		return k, fmt.Errorf("fleiss kappa: %w", ErrNoVariation)
	}
	k.Value = (k.Observed - k.Expected) / (1 - k.Expected)
	return k, nil
}

// CategoryKappa is Fleiss' kappa for one category against all others.
type CategoryKappa struct {
	Category int
	// Proportion is p_j, the share of all values that are this category.
	Proportion float64
	// Kappa is the category's kappa; 0 when not Defined.
	Kappa float64
	// Defined is false when the category was never used or was the only
	// one used (p_j (1 - p_j) = 0, a 0/0 coefficient).
	Defined bool
}

// FleissByCategory is Fleiss' kappa per category (Fleiss 1971):
//
//	kappa_j = 1 - sum_i n_ij (n_i - n_ij) / (n_i (n_i - 1)) / (N p_j (1 - p_j))
//
// over the N items with two or more values. A low value flags a label that
// annotators apply inconsistently, which usually means its description in
// the schema needs work.
func (c *Counts) FleissByCategory() ([]CategoryKappa, error) {
	items, perCategory, values := c.totals()
	if items == 0 {
		return nil, fmt.Errorf("fleiss kappa by category: %w", ErrNoPairs)
	}
	disagree := make([]float64, c.categories)
	for i := range c.items {
		row := c.row(i)
		var m int64
		for _, v := range row {
			m += int64(v)
		}
		if m < 2 {
			continue
		}
		for j, v := range row {
			disagree[j] += float64(int64(v)*(m-int64(v))) / float64(m*(m-1))
		}
	}
	out := make([]CategoryKappa, c.categories)
	for j := range out {
		p := float64(perCategory[j]) / float64(values)
		out[j] = CategoryKappa{Category: j, Proportion: p}
		if perCategory[j] == 0 || perCategory[j] == values {
			continue
		}
		out[j].Kappa = 1 - disagree[j]/(float64(items)*p*(1-p))
		out[j].Defined = true
	}
	return out, nil
}

// Alpha is Krippendorff's alpha for nominal data (Krippendorff 2011,
// "Computing Krippendorff's Alpha-Reliability", section C): from the
// coincidence matrix o_ck = sum_u (pairs c-k in unit u) / (m_u - 1) over
// units with m_u >= 2 values, n_c = sum_k o_ck and n = sum_c n_c,
//
//	alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k
//
// Units with fewer than two values are not pairable and are dropped, as the
// method prescribes; unlike Fleiss' kappa, alpha corrects for small samples
// (the n - 1).
func (c *Counts) Alpha() (Kappa, error) {
	items, perCategory, values := c.totals()
	if items == 0 {
		return Kappa{}, fmt.Errorf("krippendorff alpha: %w", ErrNoPairs)
	}
	// sum_c o_cc: the coincidences of agreeing values.
	var agree float64
	for i := range c.items {
		row := c.row(i)
		var m, pairs int64
		for _, v := range row {
			m += int64(v)
			pairs += int64(v) * int64(v-1)
		}
		if m < 2 {
			continue
		}
		agree += float64(pairs) / float64(m-1)
	}
	n := float64(values)
	var sumSq float64
	for _, nc := range perCategory {
		sumSq += float64(nc) * float64(nc)
	}
	do := (n - agree) / n               // observed disagreement
	de := (n*n - sumSq) / (n * (n - 1)) // expected disagreement
	k := Kappa{Observed: 1 - do, Expected: 1 - de, Items: items, Values: int(values)}
	if usedCategories(perCategory) < 2 {
		k.Expected = 1
		return k, fmt.Errorf("krippendorff alpha: %w", ErrNoVariation)
	}
	k.Value = 1 - do/de
	return k, nil
}

// Pairs is the pooled pairwise confusion matrix: for every item, every
// ordered pair of its values (v, w) from two different raters adds one to
// cell [v][w]. It is symmetric; its diagonal share is PercentAgreement, and
// an off-diagonal cell shows which two labels annotators confuse.
func (c *Counts) Pairs() *Confusion {
	m := NewConfusion(c.categories)
	for i := range c.items {
		row := c.row(i)
		for a, va := range row {
			if va == 0 {
				continue
			}
			for b, vb := range row {
				if a == b {
					m.counts[a*c.categories+b] += int64(va) * int64(va-1)
				} else {
					m.counts[a*c.categories+b] += int64(va) * int64(vb)
				}
			}
		}
	}
	return m
}
