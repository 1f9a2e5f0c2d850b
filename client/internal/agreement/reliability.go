package agreement

import (
	"errors"
	"fmt"
	"strconv"
)

// Missing marks a cell of reliability data with no value: the rater did not
// label the item (not assigned, skipped, or never revealed).
const Missing = -1

// ErrNoPairs means no item holds two or more values, so there is no pair of
// values to compare: the data are empty, all missing, or come from a single
// rater.
var ErrNoPairs = errors.New("no item has two or more values to compare")

// ErrNoVariation means every comparable value is the same category. Observed
// agreement is then perfect, but agreement expected by chance is perfect too,
// and a chance-corrected coefficient is 0/0: the data cannot tell reliable
// annotators from ones who always give that label.
var ErrNoVariation = errors.New("all values are the same category: chance-corrected agreement is undefined")

// maxCategories bounds the number of categories so that a typo in a schema
// cannot make New allocate gigabytes.
const maxCategories = 1 << 16

// Reliability is an items x raters matrix of nominal category indices in
// [0, Categories), with Missing where a rater gave no value.
type Reliability struct {
	items, raters, categories int
	cells                     []int32 // row-major: cells[item*raters+rater]
	itemNames, raterNames     []string
}

// New returns reliability data for the given dimensions with every cell
// Missing.
func New(items, raters, categories int) (*Reliability, error) {
	if items < 0 || raters < 0 {
		return nil, fmt.Errorf("new reliability data: %d items x %d raters: counts must not be negative", items, raters)
	}
	if categories < 1 || categories > maxCategories {
		return nil, fmt.Errorf("new reliability data: %d categories: need 1 to %d", categories, maxCategories)
	}
	if raters > 0 && items > (1<<31)/raters {
		return nil, fmt.Errorf("new reliability data: %d items x %d raters is too large", items, raters)
	}
	cells := make([]int32, items*raters)
	for i := range cells {
		cells[i] = Missing
	}
	return &Reliability{items: items, raters: raters, categories: categories, cells: cells}, nil
}

// FromMatrix builds reliability data from rows of items, one column per
// rater, Missing for no value. Rows may be shorter than the longest row; the
// absent cells are Missing.
func FromMatrix(categories int, rows [][]int) (*Reliability, error) {
	raters := 0
	for _, row := range rows {
		raters = max(raters, len(row))
	}
	r, err := New(len(rows), raters, categories)
	if err != nil {
		return nil, err
	}
	for i, row := range rows {
		for j, v := range row {
			if err := r.Set(i, j, v); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// Observation is one label: Rater put Item in Category.
type Observation struct {
	Item     string
	Rater    string
	Category int
}

// FromObservations builds reliability data from labels keyed by item and
// rater names (task ids and annotator addresses, say). Items and raters are
// numbered in order of first appearance; Items and Raters return the names.
// A rater labeling the same item twice is an error, even with the same
// category, because it would count as agreement with oneself.
func FromObservations(categories int, obs []Observation) (*Reliability, error) {
	itemIdx := map[string]int{}
	raterIdx := map[string]int{}
	var items, raters []string
	for _, o := range obs {
		if _, ok := itemIdx[o.Item]; !ok {
			itemIdx[o.Item] = len(items)
			items = append(items, o.Item)
		}
		if _, ok := raterIdx[o.Rater]; !ok {
			raterIdx[o.Rater] = len(raters)
			raters = append(raters, o.Rater)
		}
	}
	r, err := New(len(items), len(raters), categories)
	if err != nil {
		return nil, err
	}
	r.itemNames, r.raterNames = items, raters
	for n, o := range obs {
		i, j := itemIdx[o.Item], raterIdx[o.Rater]
		if o.Category == Missing {
			continue
		}
		if prev := r.cells[i*r.raters+j]; prev != Missing {
			return nil, fmt.Errorf("observation %d: rater %q labeled item %q twice (categories %d and %d)", n, o.Rater, o.Item, prev, o.Category)
		}
		if err := r.Set(i, j, o.Category); err != nil {
			return nil, fmt.Errorf("observation %d (item %q, rater %q): %w", n, o.Item, o.Rater, err)
		}
	}
	return r, nil
}

// Items is the number of items (rows).
func (r *Reliability) Items() int { return r.items }

// Raters is the number of raters (columns).
func (r *Reliability) Raters() int { return r.raters }

// Categories is the number of categories values are drawn from.
func (r *Reliability) Categories() int { return r.categories }

// ItemName is the name item i was given in FromObservations, or its index
// in decimal for data built otherwise.
func (r *Reliability) ItemName(i int) string {
	if i >= 0 && i < len(r.itemNames) {
		return r.itemNames[i]
	}
	return strconv.Itoa(i)
}

// RaterName is the name rater j was given in FromObservations, or its index
// in decimal for data built otherwise.
func (r *Reliability) RaterName(j int) string {
	if j >= 0 && j < len(r.raterNames) {
		return r.raterNames[j]
	}
	return strconv.Itoa(j)
}

// RaterIndex finds a rater by the name given in FromObservations.
func (r *Reliability) RaterIndex(name string) (int, bool) {
	for j, n := range r.raterNames {
		if n == name {
			return j, true
		}
	}
	return 0, false
}

// Set records that rater put item in category; Missing clears the cell.
func (r *Reliability) Set(item, rater, category int) error {
	if item < 0 || item >= r.items {
		return fmt.Errorf("set: item %d out of range [0, %d)", item, r.items)
	}
	if rater < 0 || rater >= r.raters {
		return fmt.Errorf("set: rater %d out of range [0, %d)", rater, r.raters)
	}
	if category != Missing && (category < 0 || category >= r.categories) {
		return fmt.Errorf("set item %d rater %d: category %d out of range [0, %d)", item, rater, category, r.categories)
	}
	r.cells[item*r.raters+rater] = int32(category)
	return nil
}

// Value is the category rater gave item, or Missing (also for indices out
// of range).
func (r *Reliability) Value(item, rater int) int {
	if item < 0 || item >= r.items || rater < 0 || rater >= r.raters {
		return Missing
	}
	return int(r.cells[item*r.raters+rater])
}

// Counts tallies, per item, how many raters chose each category.
func (r *Reliability) Counts() *Counts {
	c := &Counts{items: r.items, categories: r.categories, n: make([]int32, r.items*r.categories)}
	for i := range r.items {
		row := r.cells[i*r.raters : (i+1)*r.raters]
		out := c.n[i*r.categories : (i+1)*r.categories]
		for _, v := range row {
			if v != Missing {
				out[v]++
			}
		}
	}
	return c
}

// Consensus returns, per item, the category with strictly more votes than
// any other provided it has at least quorum votes, and Missing otherwise
// (a tie, too few votes). Quorum below 1 is treated as 1.
func (r *Reliability) Consensus(quorum int) []int {
	return r.consensus(quorum, -1)
}

// ConsensusWithout is Consensus computed without rater's own votes: the
// fair reference to score that rater against, since a rater always agrees
// with a consensus it helped form.
func (r *Reliability) ConsensusWithout(rater, quorum int) []int {
	return r.consensus(quorum, rater)
}

func (r *Reliability) consensus(quorum, exclude int) []int {
	quorum = max(quorum, 1)
	out := make([]int, r.items)
	votes := make([]int, r.categories)
	for i := range r.items {
		clear(votes)
		for j := range r.raters {
			if v := r.cells[i*r.raters+j]; v != Missing && j != exclude {
				votes[v]++
			}
		}
		best, bestVotes, tie := Missing, 0, false
		for c, n := range votes {
			switch {
			case n > bestVotes:
				best, bestVotes, tie = c, n, false
			case n == bestVotes && n > 0:
				tie = true
			}
		}
		if tie || bestVotes < quorum {
			best = Missing
		}
		out[i] = best
	}
	return out
}

// Cohen is Cohen's kappa between raters a and b over the items both of them
// labeled.
func (r *Reliability) Cohen(a, b int) (Kappa, error) {
	m, err := r.PairConfusion(a, b)
	if err != nil {
		return Kappa{}, err
	}
	k, err := m.Kappa()
	if err != nil {
		return k, fmt.Errorf("cohen kappa of raters %s and %s: %w", r.RaterName(a), r.RaterName(b), err)
	}
	return k, nil
}

// PairConfusion counts, over the items both raters labeled, how often rater
// a chose row category and rater b column category.
func (r *Reliability) PairConfusion(a, b int) (*Confusion, error) {
	for _, j := range []int{a, b} {
		if j < 0 || j >= r.raters {
			return nil, fmt.Errorf("rater %d out of range [0, %d)", j, r.raters)
		}
	}
	if a == b {
		return nil, fmt.Errorf("rater %s compared with itself", r.RaterName(a))
	}
	m := NewConfusion(r.categories)
	for i := range r.items {
		va, vb := r.cells[i*r.raters+a], r.cells[i*r.raters+b]
		if va != Missing && vb != Missing {
			m.Add(int(va), int(vb))
		}
	}
	return m, nil
}

// RaterConfusion counts, over the items where both rater and reference have
// a value, how often the reference said row category and the rater column
// category. Reference holds one category (or Missing) per item: the
// consensus, gold answers, or a reviewer's decisions.
func (r *Reliability) RaterConfusion(rater int, reference []int) (*Confusion, error) {
	if rater < 0 || rater >= r.raters {
		return nil, fmt.Errorf("rater %d out of range [0, %d)", rater, r.raters)
	}
	if len(reference) != r.items {
		return nil, fmt.Errorf("reference has %d items, data have %d", len(reference), r.items)
	}
	m := NewConfusion(r.categories)
	for i, ref := range reference {
		if ref == Missing {
			continue
		}
		if ref < 0 || ref >= r.categories {
			return nil, fmt.Errorf("reference item %s: category %d out of range [0, %d)", r.ItemName(i), ref, r.categories)
		}
		if v := r.cells[i*r.raters+rater]; v != Missing {
			m.Add(ref, int(v))
		}
	}
	return m, nil
}
