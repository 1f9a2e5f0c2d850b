package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestMultiLabelChunks runs multi-label chunks spanning several label words
// (64 tasks of 8 bits = 2 words; 256 tasks of 2 bits = 2 words) and checks
// the credits to the unit against hand-computed expectations.
func TestMultiLabelChunks(t *testing.T) {
	for _, tc := range []struct {
		bits      uint8
		numLabels int
		size      int
	}{
		{8, 6, 64},
		{2, 2, 256},
	} {
		t.Run(fmt.Sprintf("bits=%d/size=%d", tc.bits, tc.size), func(t *testing.T) {
			e := newEnv(t, 4, rulesPrague)
			const reward = 7
			id := e.createCampaign(e.actors[3], campaignSpec{
				k: 3, q: 2, bits: tc.bits, numLabels: uint16(tc.numLabels), multi: true, lanes: 1,
				rewards: []int64{reward}, minRep: []uint32{0}, reviewerFee: 1, seniorRep: 0,
				deposit: big.NewInt(1_000_000), chunks: []chunkSpec{{size: tc.size}},
			})
			honest := make([]uint32, tc.size)
			for task := range honest {
				m, err := protocol.MultiLabelMask(tc.numLabels, task%tc.numLabels, (task*5+1)%tc.numLabels)
				if err != nil {
					t.Fatal(err)
				}
				honest[task] = m
			}
			// seat 1 drops a label on the last task (a miss); seat 2 sets a
			// label bit beyond numLabels on task 0 (an invalid answer: a miss)
			second := append([]uint32(nil), honest...)
			second[tc.size-1] = 0
			third := append([]uint32(nil), honest...)
			third[0] = 1 << tc.numLabels
			if tc.bits == 2 {
				third[0] = 0 // 2 bits, 2 labels: every value is valid; use a plain miss
				if honest[0] == 0 {
					third[0] = 1
				}
			}
			labels := [][]uint32{honest, second, third}
			if err := e.open(id, 0, e.actors[0], 0); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < 3; i++ {
				if err := e.claim(id, 0, e.actors[i], i); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < 3; i++ {
				if err := e.commit(id, 0, e.actors[i], i, labels[i], tc.bits, nil); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < 3; i++ {
				if err := e.reveal(id, 0, e.actors[i], i, nil); err != nil {
					t.Fatal(err)
				}
			}
			_, fin, err := e.finalize(id, 0, e.actors[0], true)
			if err != nil {
				t.Fatal(err)
			}
			if fin.DisputeMask.Sign() != 0 {
				t.Fatalf("disputes %x, want none", fin.DisputeMask)
			}
			acc, err := protocol.UnpackLabels(fin.Accepted, tc.size, tc.bits)
			if err != nil {
				t.Fatal(err)
			}
			for task := range acc {
				if acc[task] != honest[task] {
					t.Fatalf("task %d accepted %b, want %b", task, acc[task], honest[task])
				}
			}
			for i, want := range []int64{int64(tc.size), int64(tc.size - 1), int64(tc.size - 1)} {
				eqBig(t, fmt.Sprintf("credit[%d]", i), e.credited(e.actors[i].addr), big.NewInt(want*reward+e.seatStake(id, tc.size)))
			}
		})
	}
}
