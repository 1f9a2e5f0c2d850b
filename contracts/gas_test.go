package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
)

// chunksPerWithdraw is how many chunk lifecycles an annotator completes
// before withdrawing once: the benchmark charges each chunk 1/8 of the three
// withdrawals (see docs/GAS.md).
const chunksPerWithdraw = 8

// BenchmarkGas measures whole chunk lifecycles (claim, commit, reveal,
// finalize and the amortized withdraw) at k=3, q=2 with 4-bit labels, under
// go-ethereum's dev config (bogota) and with the forks after Prague off
// (prague). gas/label = all receipts' GasUsed / (chunks x size x k).
// Campaign creation and the first chunk (which creates the accounts' and the
// chunk bitmap's storage) are setup, outside the measurement.
//
// flow=plain: every annotator sends its own claim, commit and reveal (10
// transactions per chunk).
// flow=direct: the same, except that the last committer uses
// commitAndReveal, as a client does when its commit completes the k (9).
// flow=relayed: the opener's claimOpen, then one claimBatch carrying the two
// other EIP-712-signed claims, one commitBatch carrying the three signed
// commits and one revealBatch carrying the three reveals (a relayer's
// transactions; the annotators' signatures still bind every seat).
// flow=assigned: seats drawn by the hub (protocol v2 §2): each annotator
// sends requestSeat and assign instead of a claim, then commits and reveals
// as in flow=direct (12 transactions). One lane, so every draw lands in it:
// the cheapest probe (a campaign with many busy lanes passes the records of
// the lanes its draw skips).
// flow=assigned-relayed: the relayer sends the three signed seat requests in
// one requestSeatBatch and the three assigns, then commits and reveals as
// in flow=relayed (7 transactions).
func BenchmarkGas(b *testing.B) {
	for _, size := range []int{1, 8, 32, 64} {
		for _, r := range []rules{rulesPrague, rulesBogota} {
			for _, flow := range []string{"plain", "direct", "relayed", "assigned", "assigned-relayed"} {
				b.Run(fmt.Sprintf("chunk=%d/rules=%s/flow=%s", size, r, flow), func(b *testing.B) {
					benchLifecycle(b, size, r, flow)
				})
			}
		}
	}
}

func benchLifecycle(b *testing.B, size int, r rules, flow string) {
	relayed := flow == "relayed" || flow == "assigned-relayed"
	assigned := flow == "assigned" || flow == "assigned-relayed"
	const k = 3
	e := newEnv(b, k+1, r)
	requester := e.actors[k]
	nChunks := 1 + chunksPerWithdraw*(b.N+1)
	specs := make([]chunkSpec, nChunks)
	for i := range specs {
		specs[i] = chunkSpec{tier: 0, size: size}
	}
	lanes := uint16(4)
	if assigned {
		lanes = 1
	}
	id := e.createCampaign(requester, campaignSpec{
		k: k, q: 2, bits: 4, numLabels: 10, lanes: lanes,
		rewards: []int64{1_000_000_000_000_000}, minRep: []uint32{0}, reviewerFee: 1_000,
		seniorRep: 500, deposit: new(big.Int).Mul(big.NewInt(1_000_000), ether), chunks: specs,
		assigned: assigned,
	})
	labels := make([][]uint32, k)
	for i := range labels {
		labels[i] = make([]uint32, size)
		for t := range labels[i] {
			labels[i][t] = uint32(1 + (t*7)%9)
		}
	}
	if size > 1 {
		labels[2][size-1] = 0 // one disagreement: realistic, and exercises the loss path
	}
	chunk := 0
	lifecycle := func() {
		lane := uint64(chunk % 4)
		if assigned {
			lane = 0
			if relayed {
				if err := e.requestBatch(id, e.actors[0], e.actors[:k], nil, 0, e.now()+3600); err != nil {
					b.Fatal(err)
				}
			}
			for i := 0; i < k; i++ {
				sender := e.actors[i]
				if relayed {
					sender = e.actors[0]
				} else if err := e.requestSeat(id, e.actors[i]); err != nil {
					b.Fatal(err)
				}
				if l, seat, err := e.assign(id, e.actors[i], sender); err != nil || l != 0 || seat != i {
					b.Fatalf("assign: lane %d seat %d, %v; want lane 0 seat %d", l, seat, err, i)
				}
			}
		} else if err := e.open(id, lane, e.actors[0], chunk); err != nil {
			b.Fatal(err)
		}
		if relayed && !assigned {
			if err := e.claimBatch(id, lane, e.actors[0], []int{1, 2}, e.actors[1:k], nil, e.now()+3600); err != nil {
				b.Fatal(err)
			}
		} else if !assigned {
			for i := 1; i < k; i++ {
				if err := e.claim(id, lane, e.actors[i], i); err != nil {
					b.Fatal(err)
				}
			}
		}
		if relayed {
			if err := e.commitBatch(id, lane, e.actors[0], []int{0, 1, 2}, e.actors[:k], labels, nil); err != nil {
				b.Fatal(err)
			}
			if err := e.revealBatch(id, lane, e.actors[0], []int{0, 1, 2}); err != nil {
				b.Fatal(err)
			}
		} else {
			last := k
			if flow == "direct" || assigned {
				last = k - 1
			}
			for i := 0; i < last; i++ {
				if err := e.commit(id, lane, e.actors[i], i, labels[i], 4, nil); err != nil {
					b.Fatal(err)
				}
			}
			if last < k {
				if err := e.commitAndReveal(id, lane, e.actors[last], last, labels[last]); err != nil {
					b.Fatal(err)
				}
			}
			for i := 0; i < last; i++ {
				if err := e.reveal(id, lane, e.actors[i], i, nil); err != nil {
					b.Fatal(err)
				}
			}
		}
		if _, _, err := e.finalize(id, lane, e.actors[0], true); err != nil {
			b.Fatal(err)
		}
		chunk++
	}
	// Annotators go on working: each withdraws its pay and keeps its
	// seat's stake deposited (withdraw(to, keep)), so no claim needs a new
	// deposit (docs/GAS.md).
	keep := big.NewInt(e.seatStake(id, size))
	lifecycle() // warm-up: creates account words and the chunk bitmap word
	for i := 0; i < k; i++ {
		if err := e.withdrawKeeping(e.actors[i], keep); err != nil {
			b.Fatal(err)
		}
	}
	e.gasByOp = map[string][]uint64{}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for c := 0; c < chunksPerWithdraw; c++ {
			lifecycle()
		}
		for i := 0; i < k; i++ {
			if err := e.withdrawKeeping(e.actors[i], keep); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	if testing.Verbose() {
		b.Logf("per tx: %v", e.gasByOp)
	}
	chunks := float64(b.N * chunksPerWithdraw)
	var total float64
	for _, op := range []string{"claim", "request", "assign", "commit", "commit+reveal", "reveal", "finalize", "withdraw", "approve", "deposit"} {
		var sum float64
		for _, g := range e.gasByOp[op] {
			sum += float64(g)
		}
		total += sum
		if n := len(e.gasByOp[op]); n > 0 {
			b.ReportMetric(sum/float64(n), op+"-gas/tx")
		}
	}
	b.ReportMetric(total/chunks, "gas/chunk")
	b.ReportMetric(total/(chunks*float64(size)*k), "gas/label")
}
