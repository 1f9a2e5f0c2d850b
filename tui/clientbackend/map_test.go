package clientbackend

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
		{client.PhaseDisputed, 0, true, backend.ChunkDisputed, false},
		{client.PhaseFinalized, -1, false, 0, false}, // finalized without the user
		{client.PhaseLapsed, 0, true, backend.ChunkLapsed, false},
		// A gold miss is what it is, not a lapse ("expired" before).
		{client.PhaseGoldMissed, 0, true, backend.ChunkGoldMissed, false},
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
	if got := backend.ChunkGoldMissed.String(); got != string(client.PhaseGoldMissed) {
		t.Errorf("a gold miss shows as %q, the client calls it %q", got, client.PhaseGoldMissed)
	}
}

// TestOnePhaseModel: every client phase has one row in the chunks screen's
// table (closed: deliberately none), and every phase a seat can be in has
// one in the submission's; no two phases share a state except locked and
// claimable, told apart by Eligible.
func TestOnePhaseModel(t *testing.T) {
	seen := map[backend.ChunkState]client.Phase{}
	for _, p := range client.Phases {
		m, ok := chunkStates[p]
		if !ok {
			if p != client.PhaseClosed {
				t.Errorf("phase %s has no chunk state", p)
			}
			continue
		}
		if q, dup := seen[m.state]; dup && !(m.state == backend.ChunkClaimable && m.eligible != chunkStates[q].eligible) {
			t.Errorf("phases %s and %s both show as %s", p, q, m.state)
		}
		seen[m.state] = p
	}
	subs := map[backend.Phase]client.Phase{}
	for _, p := range []client.Phase{client.PhaseLabeling, client.PhaseCommitted, client.PhaseRevealed,
		client.PhaseFinalized, client.PhaseDisputed, client.PhaseGoldMissed, client.PhaseLapsed} {
		s, ok := submissionPhases[p]
		if !ok {
			t.Errorf("phase %s has no submission phase", p)
		}
		if q, dup := subs[s]; dup {
			t.Errorf("phases %s and %s both show as submission %s", p, q, s)
		}
		subs[s] = p
	}
}

// TestSubmissionOf maps the driver's statuses to the annotate screen's
// submission line.
func TestSubmissionOf(t *testing.T) {
	tx := common.HexToHash("0xabc")
	for _, tc := range []struct {
		name string
		st   client.ChunkStatus
		want backend.Phase
		err  string
	}{
		{"just submitted", client.ChunkStatus{}, backend.Labeling, ""},
		{"committing", client.ChunkStatus{Phase: client.PhaseLabeling, Doing: client.ActionCommit}, backend.Committing, ""},
		{"commit failed", client.ChunkStatus{Phase: client.PhaseLabeling, Doing: client.ActionCommit, Err: "boom"}, backend.Failed, "boom"},
		{"waiting to reveal", client.ChunkStatus{Phase: client.PhaseCommitted, CommitTx: tx, RevealFrom: 100}, backend.Committed, ""},
		{"revealing", client.ChunkStatus{Phase: client.PhaseCommitted, Doing: client.ActionReveal}, backend.Revealing, ""},
		{"finalize failed: still revealed", client.ChunkStatus{Phase: client.PhaseRevealed, Doing: client.ActionFinalize, Err: "boom"}, backend.Revealed, "boom"},
		{"finalized", client.ChunkStatus{Phase: client.PhaseFinalized, Done: true}, backend.Finalized, ""},
		{"gold missed", client.ChunkStatus{Phase: client.PhaseGoldMissed, Done: true}, backend.GoldMissed, ""},
		{"lapsed", client.ChunkStatus{Phase: client.PhaseLapsed, Done: true, Wait: "your seat lapsed"}, backend.Lapsed, "your seat lapsed"},
		{"not the user's", client.ChunkStatus{Phase: client.PhaseClosed, Done: true, Wait: "nothing to submit"}, backend.Failed, "nothing to submit"},
	} {
		s := submissionOf(tc.st)
		if s.Phase != tc.want || s.Err != tc.err {
			t.Errorf("%s: %s %q, want %s %q", tc.name, s.Phase, s.Err, tc.want, tc.err)
		}
		if (tc.st.CommitTx != common.Hash{}) && (s.CommitTx != tx.Hex() || s.RevealAt.Unix() != 100) {
			t.Errorf("%s: %+v", tc.name, s)
		}
	}
}
