package document

import (
	"fmt"
	"math/big"
	"unicode"
	"unicode/utf8"

	"github.com/kappa-dev/kappa/client/token"
)

// VersionSchema is the version of the schema documents this package reads
// and writes.
const VersionSchema = "kappa/schema@1"

// MaxSchemaSize caps a schema document (instructions included).
const MaxSchemaSize = 64 << 10

// Limits of a schema's parts.
const (
	// MaxSingleLabels caps the classes of a single-label schema: a class
	// index fits in a 4-bit field of the on-chain packed labels, and every
	// class needs its own key.
	MaxSingleLabels = 16
	// MaxMultiLabels caps the labels of a multi-label schema: a task's
	// labels are a bitmask that fits in 8 bits.
	MaxMultiLabels = 8
	// MaxTiers caps the difficulty tiers (the campaign contract holds 1..8);
	// a chunk's tier is an index.
	MaxTiers = 8
	// MaxReputation is the largest minimum reputation a tier can ask
	// (the contract stores it as uint32).
	MaxReputation = 1<<32 - 1
	// MaxTitle caps titles and names in bytes.
	MaxTitle = 200
	// MaxDescription caps a label description in bytes.
	MaxDescription = 2000
	// MaxIDLength caps label ids in bytes.
	MaxIDLength = 64
)

// Kind says how many labels a task may get.
type Kind string

// The two kinds of labeling.
const (
	// KindSingle: exactly one label per task (a class index).
	KindSingle Kind = "single"
	// KindMulti: any subset of the labels per task (a bitmask).
	KindMulti Kind = "multi"
)

// Schema is what a campaign labels and pays: the instructions annotators
// read, the labels with their keys, and the reward tiers.
type Schema struct {
	// Version is VersionSchema.
	Version string
	// Title names the campaign.
	Title string
	// Instructions are Markdown shown to annotators.
	Instructions string
	// Kind is single or multi label.
	Kind Kind
	// Labels in order: a single-label answer is an index into this list,
	// a multi-label answer a bitmask over it.
	Labels []Label
	// Tiers of difficulty, indexed by the manifest's chunks.
	Tiers []Tier
	// ReviewerFee is paid per resolved dispute, in token base units.
	ReviewerFee *big.Int
	// GoldPolicy optionally tells annotators how gold tasks are used.
	GoldPolicy string
}

// Label is one answer annotators can give.
type Label struct {
	// ID is a short stable identifier ([a-z0-9_-]).
	ID string `json:"id"`
	// Name is shown on screen.
	Name string `json:"name"`
	// Hotkey is the one key that gives this label.
	Hotkey string `json:"hotkey"`
	// Description optionally explains when to use the label.
	Description string `json:"description,omitempty"`
}

// Tier is a difficulty level: what a chunk of it pays per accepted label
// and who may claim it.
type Tier struct {
	// Name is shown on screen ("easy", "expert").
	Name string
	// Reward per accepted label, in token base units.
	Reward *big.Int
	// MinReputation an annotator needs to claim a chunk of this tier.
	MinReputation uint64
}

// schemaJSON is the wire form of Schema: amounts as decimal strings.
type schemaJSON struct {
	Version      string     `json:"version"`
	Title        string     `json:"title"`
	Instructions string     `json:"instructions"`
	Kind         Kind       `json:"kind"`
	Labels       []Label    `json:"labels"`
	Tiers        []tierJSON `json:"tiers"`
	ReviewerFee  string     `json:"reviewerFee"`
	GoldPolicy   string     `json:"goldPolicy,omitempty"`
}

type tierJSON struct {
	Name          string `json:"name"`
	Reward        string `json:"reward"`
	MinReputation uint64 `json:"minReputation"`
}

// wire returns the JSON form of s.
func (s *Schema) wire() schemaJSON {
	w := schemaJSON{
		Version: s.Version, Title: s.Title, Instructions: s.Instructions, Kind: s.Kind,
		Labels: s.Labels, ReviewerFee: token.BaseUnits(s.ReviewerFee), GoldPolicy: s.GoldPolicy,
		Tiers: make([]tierJSON, len(s.Tiers)),
	}
	for i, t := range s.Tiers {
		w.Tiers[i] = tierJSON{Name: t.Name, Reward: token.BaseUnits(t.Reward), MinReputation: t.MinReputation}
	}
	return w
}

// MarshalJSON writes the schema's canonical JSON form (without
// validating it; Encode does both).
func (s Schema) MarshalJSON() ([]byte, error) { return encodeCanonical(s.wire()) }

// schema converts the wire form, parsing the amounts.
func (w *schemaJSON) schema(c errs) (*Schema, error) {
	s := &Schema{
		Version: w.Version, Title: w.Title, Instructions: w.Instructions, Kind: w.Kind,
		Labels: w.Labels, GoldPolicy: w.GoldPolicy, Tiers: make([]Tier, len(w.Tiers)),
	}
	fee, err := token.ParseBaseUnits(w.ReviewerFee)
	if err != nil {
		return nil, c.field("reviewerFee", "%v", err)
	}
	s.ReviewerFee = fee
	for i, t := range w.Tiers {
		r, err := token.ParseBaseUnits(t.Reward)
		if err != nil {
			return nil, c.field(at("tiers", i, "reward"), "%v", err)
		}
		s.Tiers[i] = Tier{Name: t.Name, Reward: r, MinReputation: t.MinReputation}
	}
	return s, nil
}

// Validate checks every rule of a schema.
func (s *Schema) Validate() error { return s.validate(errs{doc: "schema"}) }

func (s *Schema) validate(c errs) error {
	if err := checkVersion(c, s.Version, VersionSchema); err != nil {
		return err
	}
	if err := checkText(c, "title", s.Title, MaxTitle, true); err != nil {
		return err
	}
	if err := checkText(c, "instructions", s.Instructions, MaxSchemaSize, true); err != nil {
		return err
	}
	max := 0
	switch s.Kind {
	case KindSingle:
		max = MaxSingleLabels
	case KindMulti:
		max = MaxMultiLabels
	case "":
		return c.field("kind", "missing, want %q or %q", KindSingle, KindMulti)
	default:
		return c.field("kind", "%q is not %q or %q", s.Kind, KindSingle, KindMulti)
	}
	min := 1
	if s.Kind == KindSingle {
		min = 2 // one class is no question
	}
	if len(s.Labels) < min {
		return c.field("labels", "%d labels, a %s-label schema needs at least %d", len(s.Labels), s.Kind, min)
	}
	if len(s.Labels) > max {
		return c.field("labels", "%d labels, a %s-label schema allows at most %d", len(s.Labels), s.Kind, max)
	}
	ids := map[string]int{}
	keys := map[string]int{}
	for i, l := range s.Labels {
		if err := checkID(l.ID); err != nil {
			return c.field(at("labels", i, "id"), "%v", err)
		}
		if j, dup := ids[l.ID]; dup {
			return c.field(at("labels", i, "id"), "%q is also the id of labels[%d]", l.ID, j)
		}
		ids[l.ID] = i
		if err := checkText(c, at("labels", i, "name"), l.Name, MaxTitle, true); err != nil {
			return err
		}
		if err := checkHotkey(l.Hotkey); err != nil {
			return c.field(at("labels", i, "hotkey"), "%v", err)
		}
		if j, dup := keys[l.Hotkey]; dup {
			return c.field(at("labels", i, "hotkey"), "%q is also the hotkey of labels[%d]", l.Hotkey, j)
		}
		keys[l.Hotkey] = i
		if err := checkText(c, at("labels", i, "description"), l.Description, MaxDescription, false); err != nil {
			return err
		}
	}
	if len(s.Tiers) == 0 {
		return c.field("tiers", "empty, want at least one tier")
	}
	if len(s.Tiers) > MaxTiers {
		return c.field("tiers", "%d tiers, at most %d allowed", len(s.Tiers), MaxTiers)
	}
	names := map[string]int{}
	for i, t := range s.Tiers {
		if err := checkText(c, at("tiers", i, "name"), t.Name, MaxTitle, true); err != nil {
			return err
		}
		if j, dup := names[t.Name]; dup {
			return c.field(at("tiers", i, "name"), "%q is also the name of tiers[%d]", t.Name, j)
		}
		names[t.Name] = i
		if err := checkAmount(t.Reward); err != nil {
			return c.field(at("tiers", i, "reward"), "%v", err)
		}
		if t.MinReputation > MaxReputation {
			return c.field(at("tiers", i, "minReputation"), "%d is over the contract's limit %d", t.MinReputation, uint64(MaxReputation))
		}
		if t.Reward.Sign() == 0 {
			return c.field(at("tiers", i, "reward"), "zero: a tier must pay for accepted labels")
		}
	}
	if err := checkAmount(s.ReviewerFee); err != nil {
		return c.field("reviewerFee", "%v", err)
	}
	return checkText(c, "goldPolicy", s.GoldPolicy, MaxDescription, false)
}

// maxUint128 bounds rewards and fees: the campaign contract stores them as
// uint128.
var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// checkAmount checks a reward or fee: present, not negative, and within
// what the contract stores.
func checkAmount(v *big.Int) error {
	switch {
	case v == nil:
		return fmt.Errorf("missing")
	case v.Sign() < 0:
		return fmt.Errorf("negative: %s", v)
	case v.Cmp(maxUint128) > 0:
		return fmt.Errorf("%s is larger than 2^128-1, the contract's limit", v)
	}
	return nil
}

// checkID accepts short identifiers of lower-case letters, digits, '-' and '_'.
func checkID(id string) error {
	if id == "" {
		return fmt.Errorf("empty")
	}
	if len(id) > MaxIDLength {
		return fmt.Errorf("%d bytes, over the %d-byte limit", len(id), MaxIDLength)
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return fmt.Errorf("%q has %q; use a-z, 0-9, '-' and '_'", id, r)
		}
	}
	return nil
}

// checkHotkey accepts exactly one printable, non-space character: the key
// an annotator presses. Which keys the TUI reserves for itself (help, undo,
// skip) is the TUI's rule, checked there.
func checkHotkey(k string) error {
	if k == "" {
		return fmt.Errorf("empty, want one key")
	}
	r, n := utf8.DecodeRuneInString(k)
	if n != len(k) {
		return fmt.Errorf("%q is more than one character", k)
	}
	if !unicode.IsPrint(r) || unicode.IsSpace(r) {
		return fmt.Errorf("%q is not a printable key", k)
	}
	return nil
}

// Label returns the index of the label with the given id.
func (s *Schema) Label(id string) (int, bool) {
	for i, l := range s.Labels {
		if l.ID == id {
			return i, true
		}
	}
	return 0, false
}

// CheckLabel checks a task's label value against the schema: a class
// index below len(Labels) for single-label schemas, a bitmask of the
// labels for multi-label ones.
func (s *Schema) CheckLabel(v uint64) error {
	n := uint64(len(s.Labels))
	switch s.Kind {
	case KindSingle:
		if v >= n {
			return fmt.Errorf("class %d out of range: the schema has %d labels (0..%d)", v, n, n-1)
		}
	case KindMulti:
		if v>>n != 0 {
			return fmt.Errorf("bitmask %#b sets bits beyond the schema's %d labels", v, n)
		}
	default:
		return fmt.Errorf("schema kind %q is neither single nor multi", s.Kind)
	}
	return nil
}

// Encode validates the schema and returns its canonical JSON.
func (s *Schema) Encode() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	b, err := encodeCanonical(s.wire())
	if err != nil {
		return nil, fmt.Errorf("encode schema: %w", err)
	}
	if len(b) > MaxSchemaSize {
		return nil, (errs{doc: "schema"}).whole("%d bytes, over the %d-byte cap", len(b), MaxSchemaSize)
	}
	return b, nil
}

// DecodeSchema reads a schema document. cid is where data was read from;
// it is only used in error messages.
func DecodeSchema(cid string, data []byte) (*Schema, error) {
	c := errs{doc: "schema", cid: cid}
	var w schemaJSON
	if err := decodeStrict(c, data, MaxSchemaSize, &w); err != nil {
		return nil, err
	}
	if err := checkVersion(c, w.Version, VersionSchema); err != nil {
		return nil, err
	}
	s, err := w.schema(c)
	if err != nil {
		return nil, err
	}
	if err := s.validate(c); err != nil {
		return nil, err
	}
	if err := checkCanonical(c, data, s.wire()); err != nil {
		return nil, err
	}
	return s, nil
}
