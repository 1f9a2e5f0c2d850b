package clientbackend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/tui/backend"
)

// chunkStates is the client's phase of a chunk as the chunks screen shows
// it: one row per phase, no other rule. A locked chunk is a claimable one
// the user is not eligible for; a closed one is not listed (others hold
// every seat: not the user's business).
var chunkStates = map[client.Phase]struct {
	state    backend.ChunkState
	eligible bool
}{
	client.PhaseClaimable:  {backend.ChunkClaimable, true},
	client.PhaseLocked:     {backend.ChunkClaimable, false},
	client.PhaseLabeling:   {backend.ChunkAssigned, false},
	client.PhaseCommitted:  {backend.ChunkCommitted, false},
	client.PhaseRevealed:   {backend.ChunkRevealed, false},
	client.PhaseFinalized:  {backend.ChunkFinalized, false},
	client.PhaseDisputed:   {backend.ChunkDisputed, false},
	client.PhaseGoldMissed: {backend.ChunkGoldMissed, false},
	client.PhaseLapsed:     {backend.ChunkLapsed, false},
}

func chainTime(sec uint64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(int64(sec), 0)
}

// chunkOf converts a client view; ok is false for chunks the UI does not
// list: closed ones, and finalized ones the user held no seat of.
func chunkOf(v client.ChunkView) (backend.Chunk, bool) {
	m, ok := chunkStates[v.Phase]
	if !ok || v.Phase == client.PhaseFinalized && !v.Mine() {
		return backend.Chunk{}, false
	}
	st := m.state
	c := backend.Chunk{
		ID: v.ID, Tier: v.TierName, Tasks: v.Size, Labeled: v.Labeled,
		Reward: new(big.Int).Set(v.Reward), MinReputation: int64(v.MinReputation),
		State: st, Eligible: m.eligible,
	}
	if v.Opened {
		if st == backend.ChunkClaimable {
			c.ClaimBy = chainTime(v.ClaimBy)
		}
		if v.Mine() {
			c.CommitBy = chainTime(v.CommitBy)
			c.RevealBy = chainTime(v.RevealBy)
		}
	}
	return c, true
}

// Chunks lists the user's chunks and the ones the user could claim.
func (b *Backend) Chunks(ctx context.Context) ([]backend.Chunk, error) {
	views, err := b.c.Chunks(ctx)
	if err != nil {
		return nil, fmt.Errorf("list chunks: %w", err)
	}
	out := make([]backend.Chunk, 0, len(views))
	for _, v := range views {
		if c, ok := chunkOf(v); ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// Claim claims a chunk and returns it in its new state.
func (b *Backend) Claim(ctx context.Context, chunk uint64) (backend.Chunk, error) {
	if err := b.c.Claim(ctx, chunk); err != nil {
		return backend.Chunk{}, err
	}
	return b.chunkBack(ctx, chunk, "claimed")
}

// Work asks for a seat and returns the chunk the hub drew, in its new state.
func (b *Backend) Work(ctx context.Context) (backend.Chunk, error) {
	chunk, err := b.c.Work(ctx)
	if err != nil {
		return backend.Chunk{}, err
	}
	return b.chunkBack(ctx, chunk, "was given")
}

// chunkBack reads a chunk the user just took a seat of.
func (b *Backend) chunkBack(ctx context.Context, chunk uint64, did string) (backend.Chunk, error) {
	views, err := b.c.Chunks(ctx)
	if err != nil {
		return backend.Chunk{}, fmt.Errorf("%s chunk %d, but reading it back failed: %w", did, chunk, err)
	}
	for _, v := range views {
		if v.ID == chunk {
			if c, ok := chunkOf(v); ok {
				return c, nil
			}
		}
	}
	return backend.Chunk{}, fmt.Errorf("%s chunk %d, but it is not listed as yours", did, chunk)
}

// taskIndex maps a UI task id (a task CID, "#i" appended when the same
// document appears twice in a chunk) to its index in the chunk.
func (b *Backend) taskIndex(chunk uint64, task string) (int, error) {
	ids, err := b.taskIDs(chunk)
	if err != nil {
		return 0, err
	}
	for i, id := range ids {
		if id == task {
			return i, nil
		}
	}
	return 0, fmt.Errorf("chunk %d has no task %s", chunk, task)
}

// taskIDs returns the UI ids of a chunk's tasks, from the manifest.
func (b *Backend) taskIDs(chunk uint64) ([]string, error) {
	m, _ := b.c.Manifest()
	mc, ok := m.Chunk(chunk)
	if !ok {
		return nil, fmt.Errorf("chunk %d is not in the campaign's manifest", chunk)
	}
	seen := make(map[string]bool, len(mc.Tasks))
	ids := make([]string, len(mc.Tasks))
	for i, cid := range mc.Tasks {
		ids[i] = cid
		if seen[cid] {
			ids[i] = fmt.Sprintf("%s#%d", cid, i)
		}
		seen[cid] = true
	}
	return ids, nil
}

// Tasks returns a chunk's tasks with the labels journaled so far (the
// client prefetches the user's next chunk meanwhile).
func (b *Backend) Tasks(ctx context.Context, chunk uint64) ([]backend.Task, error) {
	views, err := b.c.Tasks(ctx, chunk)
	if err != nil {
		return nil, fmt.Errorf("load tasks of chunk %d: %w", chunk, err)
	}
	ids, err := b.taskIDs(chunk)
	if err != nil {
		return nil, err
	}
	out := make([]backend.Task, len(views))
	for i, v := range views {
		out[i] = backend.Task{ID: ids[v.Index], Name: v.Task.ID, Chunk: chunk, Text: v.Task.Text}
		if v.Label != nil {
			out[i].Given = client.LabelIDs(b.schema, v.Label.Value)
		}
	}
	return out, nil
}

// SaveLabel journals a label; it fails once the chunk is committed.
func (b *Backend) SaveLabel(ctx context.Context, l backend.GivenLabel) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	i, err := b.taskIndex(l.Chunk, l.Task)
	if err != nil {
		return fmt.Errorf("save label: %w", err)
	}
	v, err := client.LabelValue(b.schema, l.Labels)
	if err != nil {
		return fmt.Errorf("save label of chunk %d task %d: %w", l.Chunk, i+1, err)
	}
	if err := b.c.PutLabel(l.Chunk, i, v, l.Spent); err != nil {
		return fmt.Errorf("save label of chunk %d task %d: %w", l.Chunk, i+1, err)
	}
	return nil
}

// ClearLabel removes a task's label, in one journal transaction: the chunk's
// other labels are not touched, whenever the process dies. A task without a
// label is already clear.
func (b *Backend) ClearLabel(ctx context.Context, chunk uint64, task string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	i, err := b.taskIndex(chunk, task)
	if err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	if _, err := b.c.ClearLabel(chunk, i); err != nil && !errors.Is(err, journal.ErrNoLabel) {
		return fmt.Errorf("undo label of chunk %d task %d: %w", chunk, i+1, err)
	}
	return nil
}
