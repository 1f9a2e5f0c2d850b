package document

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// VersionManifest is the version of the manifest documents this package
// reads and writes.
const VersionManifest = "kappa/manifest@1"

// MaxManifestSize caps a manifest document: about 15,000 task CIDs.
const MaxManifestSize = 1 << 20

// MaxChunkTasks caps the tasks of one chunk. The contracts may allow
// fewer; this cap only keeps a malicious manifest from being absurd.
const MaxChunkTasks = 256

// Manifest lists a campaign's chunks: the unit of claiming, committing,
// revealing and paying. Its chunks are the leaves of the Merkle tree whose
// root the campaign contract holds (built by package contracts/protocol).
type Manifest struct {
	// Version is VersionManifest.
	Version string `json:"version"`
	// Title repeats the campaign title, for people browsing IPFS.
	Title string `json:"title"`
	// Schema is the CID of the campaign's schema document.
	Schema string `json:"schema"`
	// Chunks in order of their ids.
	Chunks []Chunk `json:"chunks"`
}

// Chunk is a group of tasks of one tier, claimed and paid together.
type Chunk struct {
	// ID is the chunk's on-chain id; ids are strictly increasing.
	ID uint64 `json:"id"`
	// Tier indexes the schema's tiers.
	Tier uint8 `json:"tier"`
	// Tasks are the CIDs of the chunk's task documents, in label order.
	Tasks []string `json:"tasks"`
	// Gold is the requester's salted 32-byte commitment to the chunk's gold
	// tasks and answers (0x-prefixed lower-case hex). Every chunk has one,
	// an empty mask when it holds no gold tasks, so that nobody can tell
	// which chunks hold gold (the hub refuses to open a chunk without it).
	// The answers themselves are revealed on-chain at finalization, never
	// here. A pointer so that a document without it is told apart.
	Gold *common.Hash `json:"gold,omitempty"`
}

// Validate checks every rule of a manifest that needs no other document.
func (m *Manifest) Validate() error { return m.validate(errs{doc: "manifest"}) }

func (m *Manifest) validate(c errs) error {
	if err := checkVersion(c, m.Version, VersionManifest); err != nil {
		return err
	}
	if err := checkText(c, "title", m.Title, MaxTitle, true); err != nil {
		return err
	}
	if err := checkCID(m.Schema); err != nil {
		return c.field("schema", "%v", err)
	}
	if len(m.Chunks) == 0 {
		return c.field("chunks", "empty, want at least one chunk")
	}
	seen := map[string]string{}
	for i, ch := range m.Chunks {
		if i > 0 && ch.ID <= m.Chunks[i-1].ID {
			return c.field(at("chunks", i, "id"), "%d does not follow chunk %d: ids must be strictly increasing", ch.ID, m.Chunks[i-1].ID)
		}
		if len(ch.Tasks) == 0 {
			return c.field(at("chunks", i, "tasks"), "empty")
		}
		if len(ch.Tasks) > MaxChunkTasks {
			return c.field(at("chunks", i, "tasks"), "%d tasks, at most %d allowed", len(ch.Tasks), MaxChunkTasks)
		}
		for j, t := range ch.Tasks {
			path := fmt.Sprintf("chunks[%d].tasks[%d]", i, j)
			if err := checkCID(t); err != nil {
				return c.field(path, "%v", err)
			}
			if prev, dup := seen[t]; dup {
				return c.field(path, "task %s is also %s: a task is labeled once per campaign", t, prev)
			}
			seen[t] = path
		}
		if ch.Gold == nil || *ch.Gold == (common.Hash{}) {
			return c.field(at("chunks", i, "gold"), "missing: every chunk commits to its gold, an empty mask when it has no gold tasks")
		}
	}
	return nil
}

// CheckSchema checks the manifest against its schema: every chunk's tier
// must exist.
func (m *Manifest) CheckSchema(s *Schema) error {
	c := errs{doc: "manifest"}
	for i, ch := range m.Chunks {
		if int(ch.Tier) >= len(s.Tiers) {
			return c.field(at("chunks", i, "tier"), "%d out of range: the schema has %d tiers", ch.Tier, len(s.Tiers))
		}
	}
	return nil
}

// Chunk returns the chunk with the given id.
func (m *Manifest) Chunk(id uint64) (*Chunk, bool) {
	for i := range m.Chunks {
		if m.Chunks[i].ID == id {
			return &m.Chunks[i], true
		}
	}
	return nil, false
}

// Encode validates the manifest and returns its canonical JSON.
func (m *Manifest) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	b, err := encodeCanonical(m)
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	if len(b) > MaxManifestSize {
		return nil, (errs{doc: "manifest"}).whole("%d bytes, over the %d-byte cap: split the campaign", len(b), MaxManifestSize)
	}
	return b, nil
}

// DecodeManifest reads a manifest document. cid is where data was read
// from; it is only used in error messages.
func DecodeManifest(cid string, data []byte) (*Manifest, error) {
	c := errs{doc: "manifest", cid: cid}
	var m Manifest
	if err := decodeStrict(c, data, MaxManifestSize, &m); err != nil {
		return nil, err
	}
	if err := m.validate(c); err != nil {
		return nil, err
	}
	if err := checkCanonical(c, data, &m); err != nil {
		return nil, err
	}
	return &m, nil
}
