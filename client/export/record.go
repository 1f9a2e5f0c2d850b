package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Decision is how a task's accepted label was decided.
type Decision int

// Decisions.
const (
	// Consensus: at least q of the k revealed labels agreed at finalize.
	Consensus Decision = iota + 1
	// Reviewer: a senior reviewer resolved the dispute.
	Reviewer
	// Arbiter: the campaign's arbiter resolved the dispute.
	Arbiter
)

var decisionNames = map[Decision]string{Consensus: "consensus", Reviewer: "reviewer", Arbiter: "arbiter"}

// String returns "consensus", "reviewer" or "arbiter" ("unknown" otherwise).
func (d Decision) String() string {
	if s, ok := decisionNames[d]; ok {
		return s
	}
	return "unknown"
}

// MarshalText encodes the decision by name.
func (d Decision) MarshalText() ([]byte, error) {
	s, ok := decisionNames[d]
	if !ok {
		return nil, fmt.Errorf("export: unknown decision %d", int(d))
	}
	return []byte(s), nil
}

// UnmarshalText decodes a decision name.
func (d *Decision) UnmarshalText(b []byte) error {
	for k, v := range decisionNames {
		if v == string(b) {
			*d = k
			return nil
		}
	}
	return fmt.Errorf("export: unknown decision %q", b)
}

// Label is one label of the schema: its stable id and display name.
type Label struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Vote is one annotator's revealed answer to the task.
type Vote struct {
	Annotator string  `json:"annotator"` // address
	Labels    []Label `json:"labels"`    // one for a single-label schema
	// LabelDoc is the CID of the annotator's signed label document.
	LabelDoc string `json:"label_doc"`
}

// Agreement is how many of the k annotators gave the accepted label.
type Agreement struct {
	Agreeing int `json:"agreeing"`
	K        int `json:"k"`
}

// Record is one accepted label with its provenance. The JSON tags are the
// JSON Lines encoding.
type Record struct {
	ChainID  uint64 `json:"chain_id"`
	Hub      string `json:"hub"`      // KappaHub contract address
	Campaign string `json:"campaign"` // campaign id
	Chunk    uint64 `json:"chunk"`
	Task     string `json:"task"`     // task id
	TaskCID  string `json:"task_cid"` // CID of the task document
	Text     string `json:"text,omitempty"`
	// Labels is the accepted label (a set for a multi-label schema).
	Labels []Label `json:"labels"`
	// MultiLabel says the campaign's schema is multi-label, where the
	// accepted set may be empty ("none of these labels apply").
	MultiLabel bool      `json:"multi_label,omitempty"`
	DecidedBy  Decision  `json:"decided_by"`
	Agreement  Agreement `json:"agreement"`
	Votes      []Vote    `json:"votes"`
	// Tx is the hash of the finalize (consensus) or resolve (reviewer,
	// arbiter) transaction that fixed the label.
	Tx string `json:"tx"`
}

// ErrInvalidRecord is wrapped by every record validation error.
var ErrInvalidRecord = errors.New("invalid export record")

// Validate checks that a record can be exported faithfully: the task is
// identified, the label and decision are set, the agreement is possible,
// and every string is valid UTF-8 (JSON would silently replace bad bytes).
func (r *Record) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: task %q: %s", ErrInvalidRecord, r.TaskCID, fmt.Sprintf(format, args...))
	}
	if r.TaskCID == "" {
		return fmt.Errorf("%w: task %q: empty task CID", ErrInvalidRecord, r.Task)
	}
	if len(r.Labels) == 0 && !r.MultiLabel {
		return bad("no accepted label")
	}
	if _, ok := decisionNames[r.DecidedBy]; !ok {
		return bad("unknown decision %d", int(r.DecidedBy))
	}
	if r.Agreement.K < 1 || r.Agreement.Agreeing < 0 || r.Agreement.Agreeing > r.Agreement.K {
		return bad("agreement %d of %d", r.Agreement.Agreeing, r.Agreement.K)
	}
	if len(r.Votes) > r.Agreement.K {
		return bad("%d votes for k = %d", len(r.Votes), r.Agreement.K)
	}
	strs := []string{r.Hub, r.Campaign, r.Task, r.TaskCID, r.Text, r.Tx}
	for _, l := range r.Labels {
		strs = append(strs, l.ID, l.Name)
	}
	for i, v := range r.Votes {
		if v.Annotator == "" {
			return bad("vote %d has no annotator", i)
		}
		strs = append(strs, v.Annotator, v.LabelDoc)
		for _, l := range v.Labels {
			strs = append(strs, l.ID, l.Name)
		}
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			return bad("a field is not valid UTF-8: %q", s)
		}
	}
	return nil
}

// labelNames and labelIDs list a label set's names and ids.
func labelNames(ls []Label) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Name
	}
	return out
}

func labelIDs(ls []Label) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.ID
	}
	return out
}

// marshalRecord is the JSON encoding of one record (no trailing newline).
func marshalRecord(r *Record) ([]byte, error) {
	c := *r
	c.Votes = make([]Vote, len(r.Votes)) // a copy: r is not changed
	copy(c.Votes, r.Votes)
	for i := range c.Votes {
		if c.Votes[i].Labels == nil {
			c.Votes[i].Labels = []Label{}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // text stays readable: <, > and & as they are
	if err := enc.Encode(&c); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
