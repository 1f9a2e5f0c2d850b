package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Salvaged is what could still be read from a damaged journal, as written
// to <journal>.salvage-<n>.json.
type Salvaged struct {
	// Journal is the damaged file.
	Journal string `json:"journal"`
	// Reason is what was found wrong with it.
	Reason string `json:"reason"`
	// At is when the salvage was made.
	At time.Time `json:"salvaged_at"`
	// Labels are the annotator's labels, by campaign key (the address the
	// journal files a campaign under) and chunk.
	Labels []SalvagedLabel `json:"labels"`
	// Chunks are the chunks marked complete.
	Chunks []SalvagedChunk `json:"chunks,omitempty"`
	// Intents are the journaled transactions (Intent documents, as
	// stored), with their signed bytes.
	Intents []json.RawMessage `json:"intents,omitempty"`
	// Unreadable lists the parts of the file that could not be read.
	Unreadable []string `json:"unreadable,omitempty"`
}

// SalvagedLabel is one label with the chunk it belongs to.
type SalvagedLabel struct {
	Campaign common.Address `json:"campaign"`
	Chunk    uint64         `json:"chunk"`
	Label
}

// SalvagedChunk is one chunk's status.
type SalvagedChunk struct {
	Campaign common.Address `json:"campaign"`
	Chunk    uint64         `json:"chunk"`
	ChunkStatus
}

// salvager collects labels, chunks and intents during a tolerant walk; the
// first meta walked wins for an entry found under both.
type salvager struct {
	labels  map[[chunkKeyLen + 4]byte]SalvagedLabel
	chunks  map[[chunkKeyLen]byte]SalvagedChunk
	intents map[uint64]json.RawMessage
	bad     int // values that did not decode
}

func (s *salvager) bucket([][]byte, []byte) error { return nil }

func (s *salvager) value(path [][]byte, key, value []byte) error {
	switch {
	case len(path) == 2 && string(path[0]) == string(bucketLabels) && len(path[1]) == chunkKeyLen && len(key) == 4:
		var l Label
		if json.Unmarshal(value, &l) != nil {
			s.bad++
			return nil
		}
		var k [chunkKeyLen + 4]byte
		copy(k[copy(k[:], path[1]):], key)
		if _, ok := s.labels[k]; !ok {
			s.labels[k] = SalvagedLabel{Campaign: common.BytesToAddress(path[1][:common.AddressLength]), Chunk: beU64(path[1][common.AddressLength:]), Label: l}
		}
	case len(path) == 1 && string(path[0]) == string(bucketChunks) && len(key) == chunkKeyLen:
		var st ChunkStatus
		if json.Unmarshal(value, &st) != nil {
			s.bad++
			return nil
		}
		if _, ok := s.chunks[[chunkKeyLen]byte(key)]; !ok {
			s.chunks[[chunkKeyLen]byte(key)] = SalvagedChunk{Campaign: common.BytesToAddress(key[:common.AddressLength]), Chunk: beU64(key[common.AddressLength:]), ChunkStatus: st}
		}
	case len(path) == 1 && string(path[0]) == string(bucketIntents) && len(key) == 8:
		if !json.Valid(value) {
			s.bad++
			return nil
		}
		if _, ok := s.intents[beU64(key)]; !ok {
			s.intents[beU64(key)] = append(json.RawMessage{}, value...)
		}
	}
	return nil
}

// salvage reads what it can of the journal at path, tolerating any damage:
// the tree of the newest valid meta page and, if that is damaged, the older
// one for entries the first did not have. Each walk reads every page at
// most once.
func salvage(path, reason string) (*Salvaged, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	bf := newBoltFile(f, fi.Size())
	use, other, err := bf.metas()
	if err != nil {
		return nil, err
	}
	s := &salvager{labels: map[[chunkKeyLen + 4]byte]SalvagedLabel{}, chunks: map[[chunkKeyLen]byte]SalvagedChunk{}, intents: map[uint64]json.RawMessage{}}
	out := &Salvaged{Journal: path, Reason: reason, At: time.Now().UTC()}
	w := newWalker(bf, use, false, s)
	if err := w.tree(nil, use.root, nil, nil, 0); err != nil {
		w.problems = append(w.problems, err.Error())
	}
	out.Unreadable = w.problems
	if len(w.problems) > 0 && other != nil {
		// The previous transaction's tree may still hold what the damaged
		// pages held. Its own problems are expected (its pages are reused
		// by later transactions), so they are not reported.
		w := newWalker(bf, *other, false, s)
		_ = w.tree(nil, other.root, nil, nil, 0)
	}
	if s.bad > 0 {
		out.Unreadable = append(out.Unreadable, fmt.Sprintf("%d values that are not valid JSON", s.bad))
	}
	for _, l := range s.labels {
		out.Labels = append(out.Labels, l)
	}
	sort.Slice(out.Labels, func(a, b int) bool {
		x, y := out.Labels[a], out.Labels[b]
		if c := x.Campaign.Cmp(y.Campaign); c != 0 {
			return c < 0
		}
		if x.Chunk != y.Chunk {
			return x.Chunk < y.Chunk
		}
		return x.Task < y.Task
	})
	for _, c := range s.chunks {
		out.Chunks = append(out.Chunks, c)
	}
	sort.Slice(out.Chunks, func(a, b int) bool {
		x, y := out.Chunks[a], out.Chunks[b]
		if c := x.Campaign.Cmp(y.Campaign); c != 0 {
			return c < 0
		}
		return x.Chunk < y.Chunk
	})
	ids := make([]uint64, 0, len(s.intents))
	for id := range s.intents {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		out.Intents = append(out.Intents, s.intents[id])
	}
	return out, nil
}

// exportSalvage salvages the journal at path and writes what it found to
// the first free <path>.salvage-<n>.json (mode 0600: it holds signed
// transactions), returning a sentence for the error message. When the
// newest salvage file was made for the same damage and the journal has not
// changed since, that one is named instead of writing another.
func exportSalvage(path, reason string) string {
	if prev, s := lastSalvage(path, reason); prev != "" {
		return savedIn(s, prev)
	}
	s, err := salvage(path, reason)
	if err != nil {
		return fmt.Sprintf("nothing could be read from it (%v)", err)
	}
	if len(s.Labels) == 0 && len(s.Intents) == 0 && len(s.Chunks) == 0 {
		return "no labels or transactions could be read from it"
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Sprintf("its readable labels could not be exported: %v", err)
	}
	for n := 1; n <= 1000; n++ {
		out := fmt.Sprintf("%s.salvage-%d.json", path, n)
		f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Sprintf("its readable labels could not be exported: %v", err)
		}
		_, err = f.Write(append(data, '\n'))
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Sprintf("its readable labels could not be exported to %s: %v", out, err)
		}
		return savedIn(s, out)
	}
	return "its readable labels could not be exported: too many salvage files already"
}

func savedIn(s *Salvaged, file string) string {
	return fmt.Sprintf("the %d labels, %d complete chunks and %d transactions that could still be read are saved in %s",
		len(s.Labels), len(s.Chunks), len(s.Intents), file)
}

// lastSalvage returns the newest salvage file of the journal at path if it
// was made for reason after the journal last changed, and its contents.
func lastSalvage(path, reason string) (string, *Salvaged) {
	jfi, err := os.Stat(path)
	if err != nil {
		return "", nil
	}
	var last string
	for n := 1; n <= 1000; n++ {
		f := fmt.Sprintf("%s.salvage-%d.json", path, n)
		if _, err := os.Stat(f); err != nil {
			break
		}
		last = f
	}
	if last == "" {
		return "", nil
	}
	fi, err := os.Stat(last)
	if err != nil || fi.ModTime().Before(jfi.ModTime()) {
		return "", nil
	}
	data, err := os.ReadFile(last)
	if err != nil {
		return "", nil
	}
	var s Salvaged
	if json.Unmarshal(data, &s) != nil || s.Reason != reason || s.Journal != path {
		return "", nil
	}
	return last, &s
}
