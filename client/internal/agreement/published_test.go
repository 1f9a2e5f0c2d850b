package agreement

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readTable reads a whitespace-separated table from testdata, skipping
// blank lines and # comments.
func readTable(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(s.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Fields(line))
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	v, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("testdata: %v", err)
	}
	return v
}

// readCounts reads a table of per-category counts, one row per item.
func readCounts(t *testing.T, name string) [][]int {
	var out [][]int
	for _, row := range readTable(t, name) {
		var r []int
		for _, f := range row {
			r = append(r, atoi(t, f))
		}
		out = append(out, r)
	}
	return out
}

// readObservers reads a raters x units table of 1-based values with "." for
// missing, as Krippendorff prints reliability data, and returns it as
// reliability data (items x raters, 0-based categories).
func readObservers(t *testing.T, name string, categories int) *Reliability {
	t.Helper()
	table := readTable(t, name)
	rows := make([][]int, len(table[0]))
	for u := range rows {
		rows[u] = make([]int, len(table))
		for o, obs := range table {
			if obs[u] == "." {
				rows[u][o] = Missing
			} else {
				rows[u][o] = atoi(t, obs[u]) - 1
			}
		}
	}
	r, err := FromMatrix(categories, rows)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// expand turns a counts table into reliability data by giving the n-th
// value of each item to rater n: Fleiss' raters need not be the same
// people across subjects, and the statistics that use counts cannot tell.
func expand(t *testing.T, counts [][]int) *Reliability {
	t.Helper()
	var rows [][]int
	for _, row := range counts {
		var r []int
		for c, n := range row {
			for range n {
				r = append(r, c)
			}
		}
		rows = append(rows, r)
	}
	rel, err := FromMatrix(len(counts[0]), rows)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

// round rounds to the number of decimals a paper prints.
func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

func TestFleiss1971(t *testing.T) {
	table := readCounts(t, "fleiss1971.txt")
	counts, err := NewCounts(table)
	if err != nil {
		t.Fatal(err)
	}
	k, err := counts.Fleiss()
	if err != nil {
		t.Fatalf("Fleiss: %v", err)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"kappa", k.Value, 0.210},
		{"P-bar", k.Observed, 0.378},
		{"P-bar_e", k.Expected, 0.213},
	} {
		if round(c.got, 3) != c.want {
			t.Errorf("%s = %.6f, published %.3f", c.name, c.got, c.want)
		}
	}
	if k.Items != 10 || k.Values != 140 {
		t.Errorf("items, values = %d, %d; want 10, 140", k.Items, k.Values)
	}

	byCat, err := counts.FleissByCategory()
	if err != nil {
		t.Fatal(err)
	}
	for j, want := range []float64{0.143, 0.200, 0.279, 0.150, 0.229} {
		if got := byCat[j].Proportion; round(got, 3) != want {
			t.Errorf("p_%d = %.6f, published %.3f", j+1, got, want)
		}
		if !byCat[j].Defined {
			t.Errorf("kappa_%d undefined, every category is used here", j+1)
		}
	}

	// Fleiss (1971): the overall kappa is the average of the per-category
	// kappas weighted by p_j (1 - p_j).
	var num, den float64
	for _, ck := range byCat {
		w := ck.Proportion * (1 - ck.Proportion)
		num += w * ck.Kappa
		den += w
	}
	if math.Abs(num/den-k.Value) > 1e-12 {
		t.Errorf("weighted mean of per-category kappas = %v, overall %v", num/den, k.Value)
	}

	// The same data as reliability data give the same kappa through Counts.
	k2, err := expand(t, table).Counts().Fleiss()
	if err != nil || k2 != k {
		t.Errorf("Fleiss via Reliability = %+v, %v; want %+v", k2, err, k)
	}
}

func TestKrippendorff2011(t *testing.T) {
	r := readObservers(t, "krippendorff2011.txt", 5)
	if r.Items() != 12 || r.Raters() != 4 {
		t.Fatalf("read %d units x %d observers, want 12 x 4", r.Items(), r.Raters())
	}
	a, err := r.Counts().Alpha()
	if err != nil {
		t.Fatalf("Alpha: %v", err)
	}
	if round(a.Value, 3) != 0.743 {
		t.Errorf("nominal alpha = %.6f, published 0.743", a.Value)
	}
	if a.Items != 11 || a.Values != 40 {
		t.Errorf("pairable units, values = %d, %d; want 11, 40", a.Items, a.Values)
	}
	if items, values := r.Counts().Pairable(); items != 11 || values != 40 {
		t.Errorf("Pairable() = %d, %d; want 11, 40", items, values)
	}
}

func TestKrippendorffPackageExample(t *testing.T) {
	r := readObservers(t, "krippendorff_package.txt", 4)
	a, err := r.Counts().Alpha()
	if err != nil {
		t.Fatalf("Alpha: %v", err)
	}
	if round(a.Value, 6) != 0.691358 {
		t.Errorf("nominal alpha = %.9f, published 0.691358", a.Value)
	}
}

func TestCohenWikipedia(t *testing.T) {
	var table [][]int64
	for _, row := range readCounts(t, "cohen_wikipedia.txt") {
		table = append(table, []int64{int64(row[0]), int64(row[1])})
	}
	m, err := ConfusionFromTable(table)
	if err != nil {
		t.Fatal(err)
	}
	k, err := m.Kappa()
	if err != nil {
		t.Fatal(err)
	}
	if round(k.Value, 9) != 0.4 || round(k.Observed, 9) != 0.7 || round(k.Expected, 9) != 0.5 {
		t.Errorf("kappa, p_o, p_e = %v, %v, %v; published 0.4, 0.7, 0.5", k.Value, k.Observed, k.Expected)
	}

	// The same 50 proposals as two raters' labels.
	var rows [][]int
	for a := range 2 {
		for b := range 2 {
			for range table[a][b] {
				rows = append(rows, []int{a, b})
			}
		}
	}
	r, err := FromMatrix(2, rows)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := r.Cohen(0, 1)
	if err != nil || k2 != k {
		t.Errorf("Cohen(0, 1) = %+v, %v; want %+v", k2, err, k)
	}
	if k2.Items != 50 {
		t.Errorf("items = %d, want 50", k2.Items)
	}
}
