package client_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// TestGoldPerChunk creates a campaign whose data keeps its gold pool at the
// end of the file: with GoldPerChunk 2 every chunk's gold commitment holds
// two gold tasks of different answers, the requester's finalize reveals
// them and the hub accepts them (capped, stratified), and an annotator who
// answers one label everywhere fails them.
func TestGoldPerChunk(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	spec := soloSpec(0, 4)
	spec.Tasks = taskInputs(6)
	for i, g := range []string{"a", "b", "c", "a", "b", "c"} { // the gold pool
		spec.Tasks = append(spec.Tasks, client.TaskInput{ID: fmt.Sprintf("g%d", i), Text: "known " + g, Gold: []string{g}})
	}
	spec.GoldPerChunk, spec.Lanes = 2, 3
	created := w.create(spec)
	if created.Chunks != 3 || created.GoldTasks != 6 {
		t.Fatalf("created %+v: want 3 chunks holding 6 gold tasks", created)
	}
	ctx := w.ctx
	req := w.open("requester", created.CampaignID)
	for chunk := uint64(0); chunk < 3; chunk++ {
		gold, ok, err := req.GoldAnswers(chunk)
		if err != nil || !ok || len(gold) != 2 {
			t.Fatalf("chunk %d gold %v (%v, %v): want two tasks", chunk, gold, ok, err)
		}
		answers := map[uint32]bool{}
		for _, v := range gold {
			answers[v] = true
		}
		if len(answers) != 2 {
			t.Fatalf("chunk %d gold %v: want two different answers", chunk, gold)
		}
	}
	ann := w.open("ann", created.CampaignID)
	if err := ann.Claim(ctx, 0); err != nil {
		t.Fatal(err)
	}
	for task := range 4 {
		if err := ann.PutLabel(0, task, 0, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if err := ann.Commit(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := ann.Reveal(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := req.Finalize(ctx, 0); err != nil {
		t.Fatalf("the hub refused the spread gold: %v", err)
	}
	if err := req.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	st, ok := req.ChunkState(0)
	if !ok || st.Outcome == nil || !st.Outcome.GoldRevealed {
		t.Fatalf("chunk 0 after finalize: %+v", st)
	}
	if got := w.earned("ann"); got.Sign() != 0 {
		t.Fatalf("a constant answer passed two gold tasks of different answers: earned %s", got)
	}
	if _, slashed := w.stakeFlows("ann"); slashed.Sign() == 0 {
		t.Fatal("a constant answer failed gold and kept its stake")
	}
}
