package journal

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Well-known state keys, so that the packages sharing the area agree.
const (
	// KeyLastBlock holds the last block number the client processed,
	// as 8 big-endian bytes.
	KeyLastBlock = "chain/last-block"
)

// PutState stores value under key in the client state area, durably.
func (j *Journal) PutState(key string, value []byte) error {
	if key == "" {
		return errors.New("put state: empty key")
	}
	err := j.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketState).Put([]byte(key), value)
	})
	if err != nil {
		return fmt.Errorf("put state %s: %w", key, err)
	}
	return nil
}

// State returns the value stored under key and whether there is one.
func (j *Journal) State(key string) ([]byte, bool, error) {
	var out []byte
	err := j.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketState).Get([]byte(key)); v != nil {
			out = append([]byte{}, v...) // bbolt memory is only valid inside the tx
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("get state %s: %w", key, err)
	}
	return out, out != nil, nil
}

// DeleteState removes key; removing a missing key is not an error.
func (j *Journal) DeleteState(key string) error {
	err := j.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketState).Delete([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("delete state %s: %w", key, err)
	}
	return nil
}

// StateKeys returns the keys that start with prefix, in byte order.
func (j *Journal) StateKeys(prefix string) ([]string, error) {
	var keys []string
	err := j.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketState).Cursor()
		p := []byte(prefix)
		for k, _ := c.Seek(p); k != nil && len(k) >= len(p) && string(k[:len(p)]) == prefix; k, _ = c.Next() {
			keys = append(keys, string(k))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list state keys %q: %w", prefix, err)
	}
	return keys, nil
}

// QueueItem is one entry of a durable queue.
type QueueItem struct {
	// Seq orders the queue; it is unique within the queue.
	Seq uint64
	// Data is the payload, as given to Enqueue.
	Data []byte
}

// Enqueue appends data to the named queue (for example "ipfs-uploads") and
// returns its sequence number. The entry stays until Dequeue removes it, so
// work waiting for a node that is down survives restarts.
func (j *Journal) Enqueue(queue string, data []byte) (uint64, error) {
	if queue == "" {
		return 0, errors.New("enqueue: empty queue name")
	}
	var seq uint64
	err := j.update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketQueues).CreateBucketIfNotExists([]byte(queue))
		if err != nil {
			return err
		}
		if seq, err = b.NextSequence(); err != nil {
			return err
		}
		return b.Put(u64(seq), data)
	})
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", queue, err)
	}
	return seq, nil
}

// Queue returns the entries of the named queue, oldest first.
func (j *Journal) Queue(queue string) ([]QueueItem, error) {
	var out []QueueItem
	err := j.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQueues).Bucket([]byte(queue))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return fmt.Errorf("queue key %x is not 8 bytes", k)
			}
			out = append(out, QueueItem{Seq: beU64(k), Data: append([]byte{}, v...)})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read queue %s: %w", queue, err)
	}
	return out, nil
}

// Dequeue removes entry seq from the named queue once its work is done;
// removing a missing entry is not an error, so a retried Dequeue is safe.
func (j *Journal) Dequeue(queue string, seq uint64) error {
	err := j.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQueues).Bucket([]byte(queue))
		if b == nil {
			return nil
		}
		return b.Delete(u64(seq))
	})
	if err != nil {
		return fmt.Errorf("dequeue %s entry %d: %w", queue, seq, err)
	}
	return nil
}
