package document

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// VersionLabels is the version of the label documents this package reads
// and writes.
const VersionLabels = "kappa/labels@1"

// MaxLabelsSize caps a label document: MaxChunkTasks entries with their
// CIDs fit in about a tenth of it.
const MaxLabelsSize = 256 << 10

// MaxLabelValue is the largest label value a document can carry before its
// schema is known: a multi-label bitmask over MaxMultiLabels labels.
const MaxLabelValue = 1<<MaxMultiLabels - 1

// MaxClientLength caps the client version string in bytes.
const MaxClientLength = 64

// LabelDocument is an annotator's signed record of the labels given to one
// chunk. Its CID is recorded on-chain with the reveal; the EIP-712
// signature binds it to the annotator, the campaign and the chain.
type LabelDocument struct {
	// Version is VersionLabels.
	Version string `json:"version"`
	// ChainID is the chain the campaign lives on.
	ChainID uint64 `json:"chainId"`
	// Hub is the KappaHub contract holding the campaign.
	Hub common.Address `json:"hub"`
	// Campaign is the campaign's id in the hub.
	Campaign uint64 `json:"campaign"`
	// Chunk is the chunk id.
	Chunk uint64 `json:"chunk"`
	// Annotator is the address that signed the document.
	Annotator common.Address `json:"annotator"`
	// Labels holds one entry per task of the chunk, in manifest order.
	Labels []TaskLabel `json:"labels"`
	// Client names the client that produced the document ("kappa/0.1.0").
	Client string `json:"client"`
	// Signature is the annotator's 65-byte EIP-712 signature [R || S || V]
	// over TypedData, with V 27 or 28.
	Signature hexutil.Bytes `json:"signature"`
}

// TaskLabel is the label given to one task.
type TaskLabel struct {
	// Task is the CID of the task document.
	Task string `json:"task"`
	// Label is the class index (single-label schema) or the bitmask of
	// labels (multi-label schema).
	Label uint64 `json:"label"`
	// TimeMs is how long the annotator spent on the task, in milliseconds.
	TimeMs uint64 `json:"timeMs"`
}

// Values returns the label values in task order, the input of the
// on-chain packing (protocol.PackLabels). Validation keeps every value at
// most MaxLabelValue, so the conversion is exact.
func (d *LabelDocument) Values() []uint32 {
	v := make([]uint32, len(d.Labels))
	for i, l := range d.Labels {
		v[i] = uint32(l.Label)
	}
	return v
}

// ValidateUnsigned checks every rule of a label document except the
// signature: what must hold before it is signed.
func (d *LabelDocument) ValidateUnsigned() error { return d.validateContent(errs{doc: "labels"}) }

// Validate checks every rule of a signed label document, including that
// the signature recovers to Annotator.
func (d *LabelDocument) Validate() error { return d.validate(errs{doc: "labels"}) }

func (d *LabelDocument) validate(c errs) error {
	if err := d.validateContent(c); err != nil {
		return err
	}
	signer, err := d.Signer()
	if err != nil {
		return c.field("signature", "%v", err)
	}
	if signer != d.Annotator {
		return c.field("signature", "signed by %s, not by the annotator %s", signer.Hex(), d.Annotator.Hex())
	}
	return nil
}

func (d *LabelDocument) validateContent(c errs) error {
	if err := checkVersion(c, d.Version, VersionLabels); err != nil {
		return err
	}
	if d.ChainID == 0 {
		return c.field("chainId", "zero")
	}
	if d.Hub == (common.Address{}) {
		return c.field("hub", "zero address")
	}
	if d.Annotator == (common.Address{}) {
		return c.field("annotator", "zero address")
	}
	if len(d.Labels) == 0 {
		return c.field("labels", "empty")
	}
	if len(d.Labels) > MaxChunkTasks {
		return c.field("labels", "%d entries, a chunk has at most %d tasks", len(d.Labels), MaxChunkTasks)
	}
	seen := map[string]int{}
	for i, l := range d.Labels {
		if err := checkCID(l.Task); err != nil {
			return c.field(at("labels", i, "task"), "%v", err)
		}
		if j, dup := seen[l.Task]; dup {
			return c.field(at("labels", i, "task"), "%s is also labels[%d]", l.Task, j)
		}
		seen[l.Task] = i
		if l.Label > MaxLabelValue {
			return c.field(at("labels", i, "label"), "%d out of range: at most %d", l.Label, MaxLabelValue)
		}
	}
	return checkText(c, "client", d.Client, MaxClientLength, true)
}

// CheckChunk checks the document against the campaign's schema and the
// chunk it claims to label: same chunk id, the chunk's tasks in manifest
// order, every label valid for the schema.
func (d *LabelDocument) CheckChunk(s *Schema, ch *Chunk) error {
	c := errs{doc: "labels"}
	if d.Chunk != ch.ID {
		return c.field("chunk", "%d, but the manifest chunk is %d", d.Chunk, ch.ID)
	}
	if len(d.Labels) != len(ch.Tasks) {
		return c.field("labels", "%d entries for a chunk of %d tasks", len(d.Labels), len(ch.Tasks))
	}
	for i, l := range d.Labels {
		if l.Task != ch.Tasks[i] {
			return c.field(at("labels", i, "task"), "%s, but the chunk's task %d is %s", l.Task, i, ch.Tasks[i])
		}
		if err := s.CheckLabel(l.Label); err != nil {
			return c.field(at("labels", i, "label"), "%v", err)
		}
	}
	return nil
}

// Encode validates the signed document and returns its canonical JSON.
func (d *LabelDocument) Encode() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	b, err := encodeCanonical(d)
	if err != nil {
		return nil, fmt.Errorf("encode labels of chunk %d: %w", d.Chunk, err)
	}
	if len(b) > MaxLabelsSize {
		return nil, (errs{doc: "labels"}).whole("%d bytes, over the %d-byte cap", len(b), MaxLabelsSize)
	}
	return b, nil
}

// labelsJSON is the decoding form of LabelDocument: addresses as strings,
// so a malformed one is reported with its field name.
type labelsJSON struct {
	Version   string        `json:"version"`
	ChainID   uint64        `json:"chainId"`
	Hub       string        `json:"hub"`
	Campaign  uint64        `json:"campaign"`
	Chunk     uint64        `json:"chunk"`
	Annotator string        `json:"annotator"`
	Labels    []TaskLabel   `json:"labels"`
	Client    string        `json:"client"`
	Signature hexutil.Bytes `json:"signature"`
}

// parseAddress accepts a 0x-prefixed 20-byte hex address in any case;
// the canonical-form check later insists on lower case.
func parseAddress(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, fmt.Errorf("missing, want a 0x-prefixed 20-byte hex address")
	}
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	return common.HexToAddress(s), nil
}

// DecodeLabels reads a signed label document and checks that the
// signature recovers to its annotator. cid is where data was read from;
// it is only used in error messages. CheckChunk checks it against the
// schema and manifest.
func DecodeLabels(cid string, data []byte) (*LabelDocument, error) {
	c := errs{doc: "labels", cid: cid}
	var w labelsJSON
	if err := decodeStrict(c, data, MaxLabelsSize, &w); err != nil {
		return nil, err
	}
	d := LabelDocument{
		Version: w.Version, ChainID: w.ChainID, Campaign: w.Campaign, Chunk: w.Chunk,
		Labels: w.Labels, Client: w.Client, Signature: w.Signature,
	}
	var err error
	if d.Hub, err = parseAddress(w.Hub); err != nil {
		return nil, c.field("hub", "%v", err)
	}
	if d.Annotator, err = parseAddress(w.Annotator); err != nil {
		return nil, c.field("annotator", "%v", err)
	}
	if err := d.validate(c); err != nil {
		return nil, err
	}
	if err := checkCanonical(c, data, &d); err != nil {
		return nil, err
	}
	return &d, nil
}
