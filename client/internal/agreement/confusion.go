package agreement

import (
	"cmp"
	"fmt"
	"slices"
)

// Confusion is a square matrix of counts over categories: cell [row][col]
// counts the times the row side (a reference, or the first rater) said row
// and the column side said col. The diagonal is agreement.
type Confusion struct {
	categories int
	counts     []int64 // row-major
}

// NewConfusion returns an all-zero matrix over categories categories
// (at least 1).
func NewConfusion(categories int) *Confusion {
	categories = max(categories, 1)
	return &Confusion{categories: categories, counts: make([]int64, categories*categories)}
}

// ConfusionFromTable builds a matrix from rows of counts, as printed in a
// paper. It must be square and hold no negative count.
func ConfusionFromTable(rows [][]int64) (*Confusion, error) {
	k := len(rows)
	if k == 0 || k > maxCategories {
		return nil, fmt.Errorf("confusion table: %d rows: need 1 to %d", k, maxCategories)
	}
	m := NewConfusion(k)
	for i, row := range rows {
		if len(row) != k {
			return nil, fmt.Errorf("confusion table: row %d has %d cells, want %d", i, len(row), k)
		}
		for j, v := range row {
			if v < 0 {
				return nil, fmt.Errorf("confusion table: row %d column %d: negative count %d", i, j, v)
			}
			m.counts[i*k+j] = v
		}
	}
	return m, nil
}

// Categories is the matrix's size.
func (m *Confusion) Categories() int { return m.categories }

// Add counts one more (row, col) pair. Out-of-range categories are ignored:
// callers in this package validate them first.
func (m *Confusion) Add(row, col int) {
	if row < 0 || row >= m.categories || col < 0 || col >= m.categories {
		return
	}
	m.counts[row*m.categories+col]++
}

// At is the count in cell [row][col], 0 outside the matrix.
func (m *Confusion) At(row, col int) int64 {
	if row < 0 || row >= m.categories || col < 0 || col >= m.categories {
		return 0
	}
	return m.counts[row*m.categories+col]
}

// Total is the sum of all cells.
func (m *Confusion) Total() int64 {
	var t int64
	for _, v := range m.counts {
		t += v
	}
	return t
}

// Agreement is the diagonal's share of the total: percent agreement between
// the two sides, or accuracy against a reference.
func (m *Confusion) Agreement() (float64, error) {
	total := m.Total()
	if total == 0 {
		return 0, fmt.Errorf("agreement: %w", ErrNoPairs)
	}
	var diag int64
	for c := range m.categories {
		diag += m.counts[c*m.categories+c]
	}
	return float64(diag) / float64(total), nil
}

// Kappa is Cohen's kappa (Cohen 1960) of the two sides: observed agreement
// p_o is the diagonal share, chance agreement p_e = sum_c (row_c/N)(col_c/N)
// uses each side's own category frequencies.
func (m *Confusion) Kappa() (Kappa, error) {
	total := m.Total()
	if total == 0 {
		return Kappa{}, fmt.Errorf("cohen kappa: %w", ErrNoPairs)
	}
	k := m.categories
	rows, cols := make([]int64, k), make([]int64, k)
	var diag int64
	for r := range k {
		for c := range k {
			v := m.counts[r*k+c]
			rows[r] += v
			cols[c] += v
			if r == c {
				diag += v
			}
		}
	}
	n := float64(total)
	var pe float64
	for c := range k {
		pe += (float64(rows[c]) / n) * (float64(cols[c]) / n)
	}
	out := Kappa{Observed: float64(diag) / n, Expected: pe, Items: int(total), Values: int(2 * total)}
	// Chance agreement is total exactly when both sides used one and the
	// same category every time; decide that on the integers, not on pe.
	for c := range k {
		if rows[c] == total && cols[c] == total {
			out.Expected = 1
			return out, fmt.Errorf("cohen kappa: %w", ErrNoVariation)
		}
	}
	out.Value = (out.Observed - pe) / (1 - pe)
	return out, nil
}

// LabelStats describes one category of a confusion matrix whose rows are a
// reference and columns a rater, as one-versus-rest counts.
type LabelStats struct {
	Category int
	// Support is how often the reference said this category (row sum).
	Support int64
	// Predicted is how often the rater said it (column sum).
	Predicted int64
	// Correct is how often both said it (the diagonal cell).
	Correct int64
	// Precision is Correct/Predicted, 0 when Predicted is 0.
	Precision float64
	// Recall is Correct/Support, 0 when Support is 0.
	Recall float64
}

// PerLabel returns one-versus-rest figures for every category: which labels
// a rater over- or under-uses against the reference.
func (m *Confusion) PerLabel() []LabelStats {
	k := m.categories
	out := make([]LabelStats, k)
	for c := range k {
		s := LabelStats{Category: c, Correct: m.counts[c*k+c]}
		for o := range k {
			s.Support += m.counts[c*k+o]
			s.Predicted += m.counts[o*k+c]
		}
		if s.Predicted > 0 {
			s.Precision = float64(s.Correct) / float64(s.Predicted)
		}
		if s.Support > 0 {
			s.Recall = float64(s.Correct) / float64(s.Support)
		}
		out[c] = s
	}
	return out
}

// Confusions lists the off-diagonal cells with a non-zero count, largest
// first (ties by row, then column): the label mix-ups worth showing an
// annotator.
func (m *Confusion) Confusions() []Cell {
	var cells []Cell
	k := m.categories
	for r := range k {
		for c := range k {
			if v := m.counts[r*k+c]; r != c && v > 0 {
				cells = append(cells, Cell{Row: r, Col: c, Count: v})
			}
		}
	}
	slices.SortStableFunc(cells, func(a, b Cell) int { return cmp.Compare(b.Count, a.Count) })
	return cells
}

// Cell is one cell of a confusion matrix.
type Cell struct {
	Row, Col int
	Count    int64
}
