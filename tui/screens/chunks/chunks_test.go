package chunks

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/styles"
)

func TestSorted(t *testing.T) {
	in := []backend.Chunk{
		{ID: 9, Tier: "hard", State: backend.ChunkClaimable, Eligible: false},
		{ID: 8, Tier: "standard", State: backend.ChunkClaimable, Eligible: true},
		{ID: 7, Tier: "hard", State: backend.ChunkClaimable, Eligible: true},
		{ID: 6, Tier: "standard", State: backend.ChunkFinalized},
		{ID: 5, Tier: "standard", State: backend.ChunkAssigned},
		{ID: 4, Tier: "standard", State: backend.ChunkCommitted},
	}
	// yours (by tier, id), then claimable you qualify for (standard before
	// hard), then out of reach, then finished.
	want := []uint64{4, 5, 8, 7, 9, 6}
	got := sorted(in)
	for i, c := range got {
		if c.ID != want[i] {
			t.Fatalf("order = %v, want %v", ids(got), want)
		}
	}
	if in[0].ID != 9 {
		t.Error("sorted must not reorder its input")
	}
}

func ids(cs []backend.Chunk) []uint64 {
	out := make([]uint64, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func TestDeadline(t *testing.T) {
	at := time.Date(2026, 3, 4, 5, 6, 0, 0, time.UTC)
	tests := []struct {
		name string
		c    backend.Chunk
		want string
	}{
		{"claimable shows claim-by", backend.Chunk{State: backend.ChunkClaimable, ClaimBy: at}, "claim 03-04 05:06"},
		{"assigned shows commit-by", backend.Chunk{State: backend.ChunkAssigned, CommitBy: at}, "commit 03-04 05:06"},
		{"committed shows reveal-by", backend.Chunk{State: backend.ChunkCommitted, RevealBy: at}, "reveal 03-04 05:06"},
		{"unknown time is blank", backend.Chunk{State: backend.ChunkAssigned}, ""},
		{"finalized has none", backend.Chunk{State: backend.ChunkFinalized, ClaimBy: at}, ""},
	}
	for _, tc := range tests {
		if got := deadline(tc.c); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestFinishedStates: a chunk whose labels missed gold shows as what it is,
// "gold missed" in full (not "expired", nor cut), and sorts with the other
// finished chunks (lapsed, disputed, finalized) after the open ones.
func TestFinishedStates(t *testing.T) {
	list := listBackend{chunks: []backend.Chunk{
		{ID: 1, Tier: "standard", State: backend.ChunkGoldMissed},
		{ID: 2, Tier: "standard", State: backend.ChunkLapsed},
		{ID: 3, Tier: "standard", State: backend.ChunkDisputed},
		{ID: 4, Tier: "standard", State: backend.ChunkClaimable, Eligible: true},
	}}
	c := &common.Common{Styles: styles.PlainStyles(), Keys: keys.DefaultKeyMap(), Now: time.Now, Backend: list}
	m := New(c)
	m.SetSize(100, 12)
	m.Update(m.Init()()) // the screen's load, through its loader
	if got := ids(m.chunks); got[0] != 4 {
		t.Errorf("order %v: the claimable chunk goes before the finished ones", got)
	}
	view := m.View()
	for _, want := range []string{" gold missed ", " lapsed ", " disputed "} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "expired") || strings.Contains(view, "gold miss…") {
		t.Errorf("a gold miss is shown as something else:\n%s", view)
	}
}

// listBackend serves a fixed chunk list; any other call panics (the nil
// embedded Backend), which would show a test calling what it should not.
type listBackend struct {
	backend.Backend
	chunks []backend.Chunk
}

func (b listBackend) Chunks(context.Context) ([]backend.Chunk, error) { return b.chunks, nil }
