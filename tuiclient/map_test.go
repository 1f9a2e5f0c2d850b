package tuiclient

import (
	"math/big"
	"testing"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/tui/backend"
)

// TestChunkOf maps every client phase to what the chunks screen lists.
func TestChunkOf(t *testing.T) {
	for _, tc := range []struct {
		phase    client.Phase
		seat     int
		listed   bool
		state    backend.ChunkState
		eligible bool
	}{
		{client.PhaseClaimable, -1, true, backend.ChunkClaimable, true},
		{client.PhaseLocked, -1, true, backend.ChunkClaimable, false}, // shown with ✗
		{client.PhaseClosed, -1, false, 0, false},                     // others' business
		{client.PhaseLabeling, 0, true, backend.ChunkAssigned, false},
		{client.PhaseCommitted, 1, true, backend.ChunkCommitted, false},
		{client.PhaseRevealed, 2, true, backend.ChunkRevealed, false},
		{client.PhaseFinalized, 0, true, backend.ChunkFinalized, false},
		{client.PhaseDisputed, 0, true, backend.ChunkFinalized, false},
		{client.PhaseFinalized, -1, false, 0, false}, // finalized without the user
		{client.PhaseLapsed, 0, true, backend.ChunkExpired, false},
	} {
		v := client.ChunkView{ID: 4, TierName: "standard", Size: 8, Reward: big.NewInt(7), Phase: tc.phase, Seat: tc.seat, Opened: true, CommitBy: 100}
		c, ok := chunkOf(v)
		if ok != tc.listed {
			t.Errorf("%s (seat %d): listed %v, want %v", tc.phase, tc.seat, ok, tc.listed)
			continue
		}
		if !ok {
			continue
		}
		if c.State != tc.state || c.Eligible != tc.eligible || c.Tasks != 8 || c.Reward.Cmp(big.NewInt(7)) != 0 {
			t.Errorf("%s: got %+v", tc.phase, c)
		}
		if v.Reward.SetInt64(9); c.Reward.Int64() != 7 {
			t.Errorf("%s: the returned reward aliases the view's", tc.phase)
		}
		if mine := tc.seat >= 0; mine == c.CommitBy.IsZero() {
			t.Errorf("%s (seat %d): CommitBy %v", tc.phase, tc.seat, c.CommitBy)
		}
	}
}
