package agreement_test

import (
	"errors"
	"fmt"

	"github.com/kappa-dev/kappa/client/internal/agreement"
)

// A pilot: three annotators label four tasks as positive (0), negative (1)
// or neutral (2); carol never revealed her label for t4.
func Example() {
	obs := []agreement.Observation{
		{Item: "t1", Rater: "alice", Category: 0}, {Item: "t1", Rater: "bob", Category: 0}, {Item: "t1", Rater: "carol", Category: 0},
		{Item: "t2", Rater: "alice", Category: 1}, {Item: "t2", Rater: "bob", Category: 1}, {Item: "t2", Rater: "carol", Category: 2},
		{Item: "t3", Rater: "alice", Category: 2}, {Item: "t3", Rater: "bob", Category: 2}, {Item: "t3", Rater: "carol", Category: 2},
		{Item: "t4", Rater: "alice", Category: 1}, {Item: "t4", Rater: "bob", Category: 0},
	}
	r, err := agreement.FromObservations(3, obs)
	if err != nil {
		fmt.Println(err)
		return
	}
	alpha, err := r.Counts().Alpha()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.3f over %d tasks, %d labels\n", alpha.Value, alpha.Items, alpha.Values)

	carol, _ := r.RaterIndex("carol")
	m, _ := r.RaterConfusion(carol, r.ConsensusWithout(carol, 2))
	acc, _ := m.Agreement()
	fmt.Printf("carol agrees with the others' consensus on %.0f%% of %d tasks\n", 100*acc, m.Total())

	// One label only: perfect agreement, but nothing to learn from it.
	same, _ := agreement.FromMatrix(3, [][]int{{1, 1}, {1, 1}})
	_, err = same.Counts().Fleiss()
	fmt.Println(errors.Is(err, agreement.ErrNoVariation))
	// Output:
	// alpha 0.500 over 4 tasks, 11 labels
	// carol agrees with the others' consensus on 67% of 3 tasks
	// true
}
