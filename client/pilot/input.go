package pilot

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"time"
)

// Kind tells whether a task takes exactly one label or a set of labels.
type Kind int

// Schema kinds.
const (
	// Single: a label is a class index in [0, len(Labels)).
	Single Kind = iota
	// Multi: a label is a non-empty bitmask, bit i set for label i.
	Multi
)

// String returns "single" or "multi".
func (k Kind) String() string {
	if k == Multi {
		return "multi"
	}
	return "single"
}

// Token describes the ERC-20 that pays rewards.
type Token struct {
	Symbol   string
	Decimals uint8 // base units per whole token = 10^Decimals
}

// Tier is a difficulty tier and its reward per accepted label.
type Tier struct {
	Name   string
	Reward *big.Int // base units per accepted label
}

// Campaign holds the parameters of the piloted campaign.
type Campaign struct {
	ID          string // campaign id or address, for display
	Title       string
	Token       Token
	Tiers       []Tier
	K           int // annotators per task (replication)
	Q           int // agreeing annotators needed (quorum)
	Kind        Kind
	Labels      []string // label names, in schema order
	ReviewerFee *big.Int // base units per resolved dispute
}

// Observation is one annotator's work on one task.
type Observation struct {
	Annotator string // address
	Chunk     uint64
	Task      string // task id (CID)
	Tier      string // tier name, one of Campaign.Tiers
	// Label is a class index (Single) or a bitmask (Multi).
	Label uint64
	// Spent is the time the annotator spent on the item.
	Spent time.Duration
	// Revealed is false for a label that was committed (or only labeled
	// locally) but never revealed: it counts as drop-off, not as an item.
	Revealed bool
}

// Decision is how a task's final label was decided.
type Decision int

// Decisions. Pending tasks are not finalized yet; Disputed tasks had no
// quorum and are not resolved yet; Expired tasks had no quorum and nobody
// ruled on them within the dispute window: they stay without a label (the
// hub paid every revealed seat for them).
const (
	Pending Decision = iota
	Consensus
	Reviewer
	Arbiter
	Disputed
	Expired
)

var decisionNames = [...]string{"pending", "consensus", "reviewer", "arbiter", "disputed", "expired"}

// String returns the lower-case name of the decision.
func (d Decision) String() string {
	if d < 0 || int(d) >= len(decisionNames) {
		return "unknown"
	}
	return decisionNames[d]
}

// Accepted reports whether the decision carries an accepted label.
func (d Decision) Accepted() bool { return d == Consensus || d == Reviewer || d == Arbiter }

// WentToDispute reports whether the task failed to reach a quorum at
// finalization (whether or not it has been resolved since).
func (d Decision) WentToDispute() bool {
	return d == Reviewer || d == Arbiter || d == Disputed || d == Expired
}

// Outcome is what the chain decided for one task.
type Outcome struct {
	Task     string
	Decision Decision
	// Label is the accepted label when Decision.Accepted().
	Label uint64
	// Gold is true when the task was a gold task; GoldLabel is its answer.
	Gold      bool
	GoldLabel uint64
}

// DropOff is a chunk an annotator claimed but never revealed.
type DropOff struct {
	Annotator string
	Chunk     uint64
}

// Pilot is everything the report is computed from.
type Pilot struct {
	Campaign     Campaign
	Observations []Observation
	Outcomes     []Outcome
	// Earnings is the amount credited to each annotator (base units).
	// Annotators without an entry earned nothing.
	Earnings map[string]*big.Int
	DropOffs []DropOff
}

// maxDecimals bounds Token.Decimals: no ERC-20 in use has more than 18, and
// 10^77 is the largest power of ten below 2^256.
const maxDecimals = 77

// maxMultiLabels is the most labels a multi-label schema may have (the
// bitmask of a task fits 8 bits on-chain).
const maxMultiLabels = 8

// MaxSpent is the most time one item may record. Idle time (a closed
// laptop) should be capped by the client; a larger figure is refused rather
// than allowed to swamp the medians and overflow the sums.
const MaxSpent = 24 * time.Hour

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("invalid pilot data")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// validLabel reports whether v is a label value the campaign allows.
func (c *Campaign) validLabel(v uint64) bool {
	n := len(c.Labels)
	if c.Kind == Multi {
		return v != 0 && bits.Len64(v) <= n
	}
	return v < uint64(n)
}

// categories is the number of distinct label values: L for single-label
// schemas, 2^L - 1 non-empty sets for multi-label ones.
func (c *Campaign) categories() int {
	if c.Kind == Multi {
		return 1<<len(c.Labels) - 1
	}
	return len(c.Labels)
}

// tier returns the tier with the given name.
func (c *Campaign) tier(name string) (Tier, bool) {
	for _, t := range c.Tiers {
		if t.Name == name {
			return t, true
		}
	}
	return Tier{}, false
}

// Validate checks the campaign parameters.
func (c *Campaign) Validate() error {
	if c.K < 1 {
		return invalid("campaign k = %d, want at least 1", c.K)
	}
	if c.Q < 1 || c.Q > c.K || 2*c.Q <= c.K {
		return invalid("campaign q = %d with k = %d, want k/2 < q <= k", c.Q, c.K)
	}
	if c.Token.Decimals > maxDecimals {
		return invalid("token decimals %d, want at most %d", c.Token.Decimals, maxDecimals)
	}
	switch c.Kind {
	case Single:
		if len(c.Labels) < 2 {
			return invalid("single-label schema with %d labels, want at least 2", len(c.Labels))
		}
	case Multi:
		if len(c.Labels) < 1 || len(c.Labels) > maxMultiLabels {
			return invalid("multi-label schema with %d labels, want 1 to %d", len(c.Labels), maxMultiLabels)
		}
	default:
		return invalid("unknown schema kind %d", int(c.Kind))
	}
	if len(c.Tiers) == 0 {
		return invalid("campaign has no tiers")
	}
	seen := make(map[string]bool, len(c.Tiers))
	for i, t := range c.Tiers {
		if seen[t.Name] {
			return invalid("tier %q listed twice", t.Name)
		}
		seen[t.Name] = true
		if t.Reward == nil || t.Reward.Sign() < 0 {
			return invalid("tier %d (%q): reward missing or negative", i, t.Name)
		}
	}
	if c.ReviewerFee != nil && c.ReviewerFee.Sign() < 0 {
		return invalid("negative reviewer fee")
	}
	return nil
}

// Validate checks the pilot data: the campaign, every observation against
// the campaign, outcomes, earnings. It returns the first problem found,
// wrapping ErrInvalid and naming the record.
func (p *Pilot) Validate() error {
	if err := p.Campaign.Validate(); err != nil {
		return err
	}
	c := &p.Campaign
	type key struct{ a, t string }
	seen := make(map[key]bool, len(p.Observations))
	for i, o := range p.Observations {
		if o.Annotator == "" || o.Task == "" {
			return invalid("observation %d: empty annotator or task", i)
		}
		if seen[key{o.Annotator, o.Task}] {
			return invalid("observation %d: annotator %s labeled task %s twice", i, o.Annotator, o.Task)
		}
		seen[key{o.Annotator, o.Task}] = true
		if _, ok := c.tier(o.Tier); !ok {
			return invalid("observation %d: unknown tier %q", i, o.Tier)
		}
		if !c.validLabel(o.Label) {
			return invalid("observation %d: label %d is not a %s label of a %d-label schema", i, o.Label, c.Kind, len(c.Labels))
		}
		if o.Spent < 0 || o.Spent > MaxSpent {
			return invalid("observation %d: time spent %v, want 0 to %v", i, o.Spent, MaxSpent)
		}
	}
	tasks := make(map[string]bool, len(p.Outcomes))
	for i, o := range p.Outcomes {
		if o.Task == "" {
			return invalid("outcome %d: empty task", i)
		}
		if tasks[o.Task] {
			return invalid("outcome %d: task %s decided twice", i, o.Task)
		}
		tasks[o.Task] = true
		if o.Decision < Pending || o.Decision > Expired {
			return invalid("outcome %d: unknown decision %d", i, int(o.Decision))
		}
		if o.Decision.Accepted() && !c.validLabel(o.Label) {
			return invalid("outcome %d: accepted label %d is not a valid label", i, o.Label)
		}
		if o.Gold && !c.validLabel(o.GoldLabel) {
			return invalid("outcome %d: gold label %d is not a valid label", i, o.GoldLabel)
		}
	}
	for a, e := range p.Earnings {
		if e == nil || e.Sign() < 0 {
			return invalid("earnings of %s missing or negative", a)
		}
	}
	for i, d := range p.DropOffs {
		if d.Annotator == "" {
			return invalid("drop-off %d: empty annotator", i)
		}
	}
	return nil
}
