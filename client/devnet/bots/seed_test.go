package bots

import (
	"testing"

	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/client/document"
)

// prePlayOutcome computes, without a chain, what the pre-play of chunks
// by the first three members gives: the bots that miss a chunk's gold task
// are excluded from its tally (the sample campaign allows no gold miss), and
// a non-gold task where no two remaining labels agree is disputed. It
// returns the disputes and whether every bot passed every gold task.
func prePlayOutcome(t *testing.T, seed uint64, chunks []uint64) (disputes int, allPassed bool) {
	t.Helper()
	spec, err := devnet.SampleCampaign()
	if err != nil {
		t.Fatal(err)
	}
	truth, err := SampleTruth()
	if err != nil {
		t.Fatal(err)
	}
	allPassed = true
	for _, chunk := range chunks {
		labels := make([][]uint32, devnet.SampleK) // bot -> task -> value
		passed := make([]bool, devnet.SampleK)
		for k, m := range DefaultMembers[:devnet.SampleK] {
			b := &Bot{Name: m.Name, cfg: Config{Accuracy: m.Accuracy, Seed: seed}, truth: truth}
			passed[k] = true
			for i := 0; i < devnet.SampleChunkSize; i++ {
				in := spec.Tasks[int(chunk)*devnet.SampleChunkSize+i]
				v, err := b.choose(b.rng(chunk, i), spec.Schema, &document.Task{ID: in.ID, Text: in.Text})
				if err != nil {
					t.Fatal(err)
				}
				labels[k] = append(labels[k], v)
				if len(in.Gold) > 0 {
					g, _ := spec.Schema.Label(in.Gold[0])
					passed[k] = passed[k] && v == uint32(g)
				}
			}
			allPassed = allPassed && passed[k]
		}
		for i := 0; i < devnet.SampleChunkSize; i++ {
			if len(spec.Tasks[int(chunk)*devnet.SampleChunkSize+i].Gold) > 0 {
				continue
			}
			votes := map[uint32]int{}
			quorum := false
			for k := range labels {
				if passed[k] {
					votes[labels[k][i]]++
					quorum = quorum || votes[labels[k][i]] >= devnet.SampleQ
				}
			}
			if !quorum {
				disputes++
			}
		}
	}
	return disputes, allPassed
}

// TestDemoSeedDisputes checks that kappa demo's pre-play leaves a genuine
// disagreement to review: every pre-play bot passes the gold tasks (so each
// dispute shows three reveals) and at least one task has three different
// labels. The choices depend only on the seed, the bot and the task.
func TestDemoSeedDisputes(t *testing.T) {
	if n, ok := prePlayOutcome(t, DemoSeed, DemoPrePlay); n == 0 || !ok {
		for s := uint64(0); s < 300; s++ {
			if n, ok := prePlayOutcome(t, s, DemoPrePlay); n > 0 && ok {
				t.Logf("seed %d would do (%d disputes)", s, n)
			}
		}
		t.Fatalf("seed %d: %d disputes in the pre-play, every gold passed: %v", DemoSeed, n, ok)
	}
}
