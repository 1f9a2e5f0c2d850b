package journal

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// ErrChunkComplete is returned (wrapped) when a label of a chunk already
// marked complete would change: its labels may already be committed on-chain.
var ErrChunkComplete = errors.New("chunk is already complete")

// ErrNoLabel is returned (wrapped) by UndoLabel when the chunk has no label,
// and by ClearLabel when the task has none.
var ErrNoLabel = errors.New("no label to undo")

// Label is one annotator answer for one task of a chunk.
type Label struct {
	// Task is the index of the task within its chunk.
	Task uint32 `json:"task"`
	// Value is the packed label: a class index for single-label schemas or
	// a bitmask for multi-label ones. The journal does not interpret it.
	Value uint64 `json:"value"`
	// TimeSpent is how long the annotator looked at the task.
	TimeSpent time.Duration `json:"time_spent"`
	// At is when the label was given.
	At time.Time `json:"at"`
	// Seq orders labels by when they were given, across the whole journal;
	// UndoLabel removes the chunk's label with the highest Seq.
	Seq uint64 `json:"seq"`
}

// ChunkStatus is what the journal knows about the local work on a chunk.
type ChunkStatus struct {
	// Complete is set by MarkChunkComplete: every task is labeled and the
	// labels are frozen for committing.
	Complete bool `json:"complete"`
	// CompletedAt is when the chunk was marked complete.
	CompletedAt time.Time `json:"completed_at,omitzero"`
	// Size is the number of tasks the chunk was completed with.
	Size int `json:"size,omitempty"`
}

// chunkKeyLen is the length of a chunkKey.
const chunkKeyLen = common.AddressLength + 8

// chunkKey is the campaign address followed by the big-endian chunk id, so
// one campaign's chunks are contiguous and in numeric order.
func chunkKey(campaign common.Address, chunk uint64) []byte {
	return append(campaign.Bytes(), u64(chunk)...)
}

func taskKey(task uint32) []byte { return binary.BigEndian.AppendUint32(nil, task) }

// PutLabel records value as the label of task in the chunk, replacing an
// earlier label of the same task. It returns only after the write is on disk
// (bbolt commits with fsync).
func (j *Journal) PutLabel(campaign common.Address, chunk uint64, task uint32, value uint64, spent time.Duration) error {
	if spent < 0 {
		return fmt.Errorf("put label campaign %s chunk %d task %d: negative time spent %s", campaign.Hex(), chunk, task, spent)
	}
	err := j.update(func(tx *bolt.Tx) error {
		ck := chunkKey(campaign, chunk)
		if st, err := getChunkStatus(tx, ck); err != nil {
			return err
		} else if st.Complete {
			return ErrChunkComplete
		}
		b, err := tx.Bucket(bucketLabels).CreateBucketIfNotExists(ck)
		if err != nil {
			return err
		}
		seq, err := tx.Bucket(bucketLabels).NextSequence()
		if err != nil {
			return err
		}
		l := Label{Task: task, Value: value, TimeSpent: spent, At: j.now().UTC(), Seq: seq}
		v, err := json.Marshal(l)
		if err != nil {
			return err
		}
		return b.Put(taskKey(task), v)
	})
	if err != nil {
		return fmt.Errorf("put label campaign %s chunk %d task %d: %w", campaign.Hex(), chunk, task, err)
	}
	return nil
}

// UndoLabel removes the most recently given label of the chunk and returns
// it. Earlier labels of a relabeled task are not kept, so undoing a relabel
// clears the task. To clear any other task's label use ClearLabel, not a
// sequence of undos and puts: that is one transaction.
func (j *Journal) UndoLabel(campaign common.Address, chunk uint64) (Label, error) {
	var last Label
	err := j.update(func(tx *bolt.Tx) error {
		b, err := editableLabels(tx, campaign, chunk)
		if err != nil {
			return err
		}
		var lastKey []byte
		err = b.ForEach(func(k, v []byte) error {
			var l Label
			if err := json.Unmarshal(v, &l); err != nil {
				return fmt.Errorf("decode label task %x: %w", k, err)
			}
			if lastKey == nil || l.Seq > last.Seq {
				last, lastKey = l, append([]byte(nil), k...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if lastKey == nil {
			return ErrNoLabel
		}
		return b.Delete(lastKey)
	})
	if err != nil {
		return Label{}, fmt.Errorf("undo label campaign %s chunk %d: %w", campaign.Hex(), chunk, err)
	}
	return last, nil
}

// ClearLabel removes the label of one task of the chunk and returns it, in
// one bbolt transaction: the chunk's other labels are not touched and keep
// their Seq, At and TimeSpent, so a crash at any moment leaves either the
// label still there or it gone, never another label lost. It fails with
// ErrNoLabel when the task has no label and ErrChunkComplete once the chunk
// is marked complete.
func (j *Journal) ClearLabel(campaign common.Address, chunk uint64, task uint32) (Label, error) {
	var l Label
	err := j.update(func(tx *bolt.Tx) error {
		b, err := editableLabels(tx, campaign, chunk)
		if err != nil {
			return err
		}
		k := taskKey(task)
		v := b.Get(k)
		if v == nil {
			return ErrNoLabel
		}
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("decode label task %x: %w", k, err)
		}
		return b.Delete(k)
	})
	if err != nil {
		return Label{}, fmt.Errorf("clear label campaign %s chunk %d task %d: %w", campaign.Hex(), chunk, task, err)
	}
	return l, nil
}

// Labels returns the chunk's labels ordered by task index.
func (j *Journal) Labels(campaign common.Address, chunk uint64) ([]Label, error) {
	var out []Label
	err := j.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketLabels).Bucket(chunkKey(campaign, chunk))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var l Label
			if err := json.Unmarshal(v, &l); err != nil {
				return fmt.Errorf("decode label task %x: %w", k, err)
			}
			out = append(out, l)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list labels campaign %s chunk %d: %w", campaign.Hex(), chunk, err)
	}
	return out, nil
}

// MarkChunkComplete freezes the chunk's labels once every task 0..size-1 has
// one, so they can be committed on-chain. It fails naming the first missing
// task, or a label beyond size. Marking an already complete chunk again with
// the same size is a no-op.
func (j *Journal) MarkChunkComplete(campaign common.Address, chunk uint64, size int) error {
	err := j.update(func(tx *bolt.Tx) error {
		if size <= 0 {
			return fmt.Errorf("chunk size %d must be positive", size)
		}
		ck := chunkKey(campaign, chunk)
		st, err := getChunkStatus(tx, ck)
		if err != nil {
			return err
		}
		if st.Complete {
			if st.Size != size {
				return fmt.Errorf("%w with size %d, not %d", ErrChunkComplete, st.Size, size)
			}
			return nil
		}
		b := tx.Bucket(bucketLabels).Bucket(ck)
		have := 0
		if b != nil {
			c := b.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				t := binary.BigEndian.Uint32(k)
				if int64(t) >= int64(size) {
					return fmt.Errorf("task %d is labeled but the chunk has %d tasks", t, size)
				}
				if int(t) == have { // keys are sorted, so this counts the run 0, 1, 2, ...
					have++
				}
			}
		}
		if have < size {
			return fmt.Errorf("task %d is not labeled (%d of %d tasks labeled in order)", have, have, size)
		}
		v, err := json.Marshal(ChunkStatus{Complete: true, CompletedAt: j.now().UTC(), Size: size})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketChunks).Put(ck, v)
	})
	if err != nil {
		return fmt.Errorf("mark chunk complete campaign %s chunk %d: %w", campaign.Hex(), chunk, err)
	}
	return nil
}

// ChunkStatus returns the local status of the chunk; a chunk never seen has
// the zero status.
func (j *Journal) ChunkStatus(campaign common.Address, chunk uint64) (ChunkStatus, error) {
	var st ChunkStatus
	err := j.view(func(tx *bolt.Tx) error {
		var err error
		st, err = getChunkStatus(tx, chunkKey(campaign, chunk))
		return err
	})
	if err != nil {
		return ChunkStatus{}, fmt.Errorf("chunk status campaign %s chunk %d: %w", campaign.Hex(), chunk, err)
	}
	return st, nil
}

func getChunkStatus(tx *bolt.Tx, ck []byte) (ChunkStatus, error) {
	var st ChunkStatus
	v := tx.Bucket(bucketChunks).Get(ck)
	if v == nil {
		return st, nil
	}
	if err := json.Unmarshal(v, &st); err != nil {
		return st, fmt.Errorf("decode chunk status: %w", err)
	}
	return st, nil
}

// editableLabels is the chunk's label bucket for removing a label: it fails
// with ErrChunkComplete once the chunk is frozen and ErrNoLabel when the
// chunk has no label yet.
func editableLabels(tx *bolt.Tx, campaign common.Address, chunk uint64) (*bolt.Bucket, error) {
	ck := chunkKey(campaign, chunk)
	if st, err := getChunkStatus(tx, ck); err != nil {
		return nil, err
	} else if st.Complete {
		return nil, ErrChunkComplete
	}
	b := tx.Bucket(bucketLabels).Bucket(ck)
	if b == nil {
		return nil, ErrNoLabel
	}
	return b, nil
}
