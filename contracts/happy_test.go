package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
)

// TestHappyPath runs whole chunk lifecycles at k=1,3,5 and chunk sizes 1 and
// 32 and checks every balance to the unit: annotators are credited exactly
// reward x matched tasks, the escrow releases the rest, withdraw moves
// exactly the credit, and the hub holds exactly escrow + credits; without
// gold, reputation does not move.
func TestHappyPath(t *testing.T) {
	for _, tc := range []struct {
		k, q uint8
		size int
	}{
		{1, 1, 1}, {1, 1, 32},
		{3, 2, 1}, {3, 2, 32},
		{5, 3, 1}, {5, 3, 32},
	} {
		t.Run(fmt.Sprintf("k=%d/size=%d", tc.k, tc.size), func(t *testing.T) {
			e := newEnv(t, int(tc.k)+1, rulesBogota)
			requester := e.actors[tc.k]
			const reward, fee = 1_000_003, 77
			deposit := big.NewInt(1_000_000_000_000)
			id := e.createCampaign(requester, campaignSpec{
				k: tc.k, q: tc.q, bits: 4, numLabels: 5, lanes: 2,
				rewards: []int64{reward}, minRep: []uint32{50}, reviewerFee: fee, seniorRep: 500,
				deposit: deposit, chunks: []chunkSpec{{tier: 0, size: tc.size}, {tier: 0, size: tc.size}},
			})
			// honest labels: value t%5; the last annotator (when k>=3)
			// disagrees on task 0, which still has a quorum.
			labels := make([][]uint32, tc.k)
			for i := range labels {
				labels[i] = make([]uint32, tc.size)
				for task := range labels[i] {
					labels[i][task] = uint32(task % 5)
				}
			}
			if tc.k >= 3 {
				labels[tc.k-1][0] = 4 - labels[0][0]%4
			}
			if err := e.open(id, 0, e.actors[0], 0); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < int(tc.k); i++ {
				if err := e.claim(id, 0, e.actors[i], i); err != nil {
					t.Fatal(err)
				}
			}
			unres, res := e.escrow(id)
			wantRes := big.NewInt(int64(tc.size) * (int64(tc.k)*reward + fee))
			eqBig(t, "reserved after claims", res, wantRes)
			eqBig(t, "unreserved after claims", unres, new(big.Int).Sub(deposit, wantRes))
			for i := 0; i < int(tc.k); i++ {
				if err := e.commit(id, 0, e.actors[i], i, labels[i], 4, nil); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < int(tc.k); i++ {
				if err := e.reveal(id, 0, e.actors[i], i, nil); err != nil {
					t.Fatal(err)
				}
			}
			_, fin, err := e.finalize(id, 0, e.actors[0], true)
			if err != nil {
				t.Fatal(err)
			}
			if fin.DisputeMask.Sign() != 0 {
				t.Fatalf("dispute mask %x, want none", fin.DisputeMask)
			}
			paid := new(big.Int)
			for i := 0; i < int(tc.k); i++ {
				matched := int64(tc.size)
				if tc.k >= 3 && i == int(tc.k)-1 {
					matched--
				}
				want := big.NewInt(matched * reward)
				paid.Add(paid, want)
				// every seat revealed and there is no gold: its stake comes back
				want.Add(want, big.NewInt(e.seatStake(id, int(tc.size))))
				eqBig(t, fmt.Sprintf("credited[%d]", i), e.credited(e.actors[i].addr), want)
				// no gold in these chunks: agreeing with the quorum pays
				// but moves no reputation (ground truth only)
				wantRep := int64(100)
				if got := e.reputation(id, e.actors[i].addr); got != wantRep {
					t.Fatalf("reputation[%d] = %d, want %d", i, got, wantRep)
				}
			}
			unres, res = e.escrow(id)
			eqBig(t, "reserved after finalize", res, new(big.Int))
			eqBig(t, "unreserved after finalize", unres, new(big.Int).Sub(deposit, paid))
			stakes := big.NewInt(int64(tc.k) * e.seatStake(id, int(tc.size)))
			eqBig(t, "hub balance: escrow and the stakes deposited", e.balance(e.hubA), new(big.Int).Add(deposit, stakes))
			for i := 0; i < int(tc.k); i++ {
				before := e.balance(e.actors[i].addr)
				want := e.credited(e.actors[i].addr)
				if want.Sign() == 0 {
					// the only task was missed: nothing was credited
					e.mustErr(e.withdraw(e.actors[i]), "NothingToWithdraw")
					continue
				}
				if err := e.withdraw(e.actors[i]); err != nil {
					t.Fatal(err)
				}
				eqBig(t, fmt.Sprintf("withdrawn[%d]", i), new(big.Int).Sub(e.balance(e.actors[i].addr), before), want)
				eqBig(t, fmt.Sprintf("credited[%d] after withdraw", i), e.credited(e.actors[i].addr), new(big.Int))
			}
			eqBig(t, "hub balance after withdrawals", e.balance(e.hubA), unres)
		})
	}
}

// TestWithdrawAcrossCampaigns: credits from chunks of two campaigns (with
// different requesters and rewards) leave the hub in one transfer.
func TestWithdrawAcrossCampaigns(t *testing.T) {
	e := newEnv(t, 5, rulesPrague)
	rewards := []int64{1_111, 2_222}
	var ids []uint64
	for n, reward := range rewards {
		ids = append(ids, e.createCampaign(e.actors[3+n], campaignSpec{
			k: 1, q: 1, bits: 4, numLabels: 5, lanes: 1,
			rewards: []int64{reward}, minRep: []uint32{0}, reviewerFee: 0,
			deposit: big.NewInt(1_000_000), chunks: []chunkSpec{{size: 3}},
		}))
	}
	annot := e.actors[0]
	for _, id := range ids {
		if err := e.open(id, 0, annot, 0); err != nil {
			t.Fatal(err)
		}
		if err := e.commit(id, 0, annot, 0, []uint32{1, 2, 3}, 4, nil); err != nil {
			t.Fatal(err)
		}
		if err := e.reveal(id, 0, annot, 0, nil); err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.finalize(id, 0, e.actors[1], true); err != nil {
			t.Fatal(err)
		}
	}
	// one stake of 3 tasks was deposited for the first claim; each
	// finalize returned it for the next
	want := big.NewInt(3*rewards[0] + 3*rewards[1] + e.seatStake(ids[0], 3))
	eqBig(t, "credited across campaigns", e.credited(annot.addr), want)
	before := e.balance(annot.addr)
	rcpt, err := e.send("withdraw", annot, e.hub, hubABI.PackWithdraw(annot.addr, new(big.Int)))
	if err != nil {
		t.Fatal(err)
	}
	transfers := 0
	for _, l := range rcpt.Logs {
		if _, err := tokenABI.UnpackTransferEvent(l); err == nil {
			transfers++
		}
	}
	if transfers != 1 {
		t.Fatalf("%d token transfers, want one", transfers)
	}
	eqBig(t, "withdrawn", new(big.Int).Sub(e.balance(annot.addr), before), want)
	for n, id := range ids {
		unres, res := e.escrow(id)
		eqBig(t, fmt.Sprintf("campaign %d reserved", n), res, new(big.Int))
		eqBig(t, fmt.Sprintf("campaign %d unreserved", n), unres, big.NewInt(1_000_000-3*rewards[n]))
	}
}
