package client

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// spreadInput is n ordinary tasks followed by a gold pool, answers by
// count: pool[v] gold tasks of answer v (the data order a requester who
// keeps gold at the end of the file would give).
func spreadInput(n int, pool []int) ([]string, []goldOf) {
	var cids []string
	var golds []goldOf
	for i := range n {
		cids = append(cids, fmt.Sprintf("task-%d", i))
		golds = append(golds, goldOf{})
	}
	for v, c := range pool {
		for j := range c {
			cids = append(cids, fmt.Sprintf("gold-%d-%d", v, j))
			golds = append(golds, goldOf{gold: true, value: uint32(v)})
		}
	}
	return cids, golds
}

func TestSpreadGold(t *testing.T) {
	seed := common.HexToHash("0x5eed")
	for _, tc := range []struct {
		name      string
		n         int
		pool      []int
		size, per int
		single    bool
		distinct  int // distinct gold answers every chunk must have
		err       string
	}{
		{"two per chunk from an imbalanced pool", 20, []int{5, 3, 1}, 8, 2, true, 2, ""},
		{"three classes, three per chunk", 30, []int{5, 5, 5}, 10, 3, true, 3, ""},
		{"more per chunk than classes", 12, []int{6, 6}, 6, 3, true, 2, ""},
		{"multi-label", 14, []int{2, 2}, 6, 1, false, 1, ""},
		{"pool too small", 40, []int{2, 2}, 8, 1, true, 0, "need 6 gold tasks, the data has 4"},
		{"gold fills the chunk", 4, []int{4}, 2, 2, true, 0, "want 1..1"},
		// 17 tasks in chunks of 8: the last chunk holds one task, no gold
		{"short last chunk", 11, []int{3, 3}, 8, 3, true, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cids, golds := spreadInput(tc.n, tc.pool)
			out, outGolds, err := spreadGold(cids, golds, tc.size, tc.per, tc.single, 3, seed)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// every task exactly once, nothing invented
			if got, want := slices.Sorted(slices.Values(out)), slices.Sorted(slices.Values(cids)); !slices.Equal(got, want) {
				t.Fatalf("tasks changed: %v", out)
			}
			chunks := (len(cids) + tc.size - 1) / tc.size
			quota := func(c int) int { return min(tc.per, min(tc.size, len(cids)-c*tc.size)-1) }
			want := 0
			for c := range chunks {
				want += quota(c)
			}
			used := 0
			for _, g := range outGolds {
				if g.gold {
					used++
				}
			}
			if used != want {
				t.Fatalf("%d gold used, want %d", used, want)
			}
			firstGold := make([]int, 0, chunks)
			for c := range chunks {
				end := min((c+1)*tc.size, len(out))
				answers := map[uint32]bool{}
				n := 0
				first := -1
				for i := c * tc.size; i < end; i++ {
					if outGolds[i].gold {
						if !strings.HasPrefix(out[i], "gold-") {
							t.Fatalf("chunk %d: ordinary task %s marked gold", c, out[i])
						}
						n++
						answers[outGolds[i].value] = true
						if first < 0 {
							first = i - c*tc.size
						}
					}
				}
				if n != quota(c) || len(answers) < min(tc.distinct, n) {
					t.Fatalf("chunk %d: %d gold tasks of %d answers, want %d of at least %d", c, n, len(answers), quota(c), min(tc.distinct, n))
				}
				firstGold = append(firstGold, first)
			}
			// positions are shuffled: gold does not sit at the start of
			// every chunk (the data put it at the end)
			if chunks > 2 && !slices.ContainsFunc(firstGold, func(p int) bool { return p != firstGold[0] }) && firstGold[0] == 0 {
				t.Errorf("gold at position 0 of every chunk: %v", firstGold)
			}
			// the same seed lays the chunks out the same way; another does not
			again, _, _ := spreadGold(cids, golds, tc.size, tc.per, tc.single, 3, seed)
			if !slices.Equal(again, out) {
				t.Fatal("the same seed gave another layout")
			}
			other, _, _ := spreadGold(cids, golds, tc.size, tc.per, tc.single, 3, common.HexToHash("0x07"))
			if slices.Equal(other, out) {
				t.Fatal("another seed gave the same layout")
			}
		})
	}
}
