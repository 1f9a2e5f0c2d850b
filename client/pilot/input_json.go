package pilot

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"sort"
	"time"

	"github.com/kappa-dev/kappa/client/token"
)

// InputVersion is the "version" field of the JSON encoding of a Pilot.
const InputVersion = "kappa/pilot-input@1"

type inCampaign struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Token       jsonToken  `json:"token"`
	K           int        `json:"k"`
	Q           int        `json:"q"`
	Kind        string     `json:"kind"`
	Labels      []string   `json:"labels"`
	Tiers       []jsonTier `json:"tiers"`
	ReviewerFee string     `json:"reviewer_fee"`
}

type inObservation struct {
	Annotator string `json:"annotator"`
	Chunk     uint64 `json:"chunk"`
	Task      string `json:"task"`
	Tier      string `json:"tier"`
	Label     uint64 `json:"label"`
	SpentMS   int64  `json:"spent_ms"`
	Revealed  bool   `json:"revealed"`
}

type inOutcome struct {
	Task      string  `json:"task"`
	Decision  string  `json:"decision"`
	Label     *uint64 `json:"label,omitempty"`
	GoldLabel *uint64 `json:"gold_label,omitempty"`
}

type inDropOff struct {
	Annotator string `json:"annotator"`
	Chunk     uint64 `json:"chunk"`
}

type inPilot struct {
	Version      string            `json:"version"`
	Campaign     inCampaign        `json:"campaign"`
	Observations []inObservation   `json:"observations"`
	Outcomes     []inOutcome       `json:"outcomes"`
	Earnings     map[string]string `json:"earnings"`
	DropOffs     []inDropOff       `json:"drop_offs"`
}

// parseAmount reads an amount of base units (token.ParseBaseUnits); an
// absent one is zero.
func parseAmount(field, s string) (*big.Int, error) {
	if s == "" {
		return new(big.Int), nil
	}
	v, err := token.ParseBaseUnits(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, field, err)
	}
	return v, nil
}

// ReadPilot decodes a Pilot from its JSON encoding (version InputVersion,
// schema in docs/PILOT.md) and validates it.
func ReadPilot(r io.Reader) (*Pilot, error) {
	var in inPilot
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("pilot: read input: %w", err)
	}
	if in.Version != InputVersion {
		return nil, fmt.Errorf("%w: version %q, want %q", ErrInvalid, in.Version, InputVersion)
	}
	c := in.Campaign
	p := &Pilot{Campaign: Campaign{ID: c.ID, Title: c.Title, Token: Token(c.Token), K: c.K, Q: c.Q, Labels: c.Labels}}
	switch c.Kind {
	case "single", "":
		p.Campaign.Kind = Single
	case "multi":
		p.Campaign.Kind = Multi
	default:
		return nil, fmt.Errorf("%w: campaign kind %q, want single or multi", ErrInvalid, c.Kind)
	}
	var err error
	if p.Campaign.ReviewerFee, err = parseAmount("reviewer_fee", c.ReviewerFee); err != nil {
		return nil, err
	}
	for _, t := range c.Tiers {
		rw, err := parseAmount("tier "+t.Name+" reward", t.Reward)
		if err != nil {
			return nil, err
		}
		p.Campaign.Tiers = append(p.Campaign.Tiers, Tier{Name: t.Name, Reward: rw})
	}
	for i, o := range in.Observations {
		if o.SpentMS < 0 || o.SpentMS > MaxSpent.Milliseconds() {
			return nil, fmt.Errorf("%w: observation %d: spent_ms %d, want 0 to %d", ErrInvalid, i, o.SpentMS, MaxSpent.Milliseconds())
		}
		p.Observations = append(p.Observations, Observation{Annotator: o.Annotator, Chunk: o.Chunk, Task: o.Task,
			Tier: o.Tier, Label: o.Label, Spent: time.Duration(o.SpentMS) * time.Millisecond, Revealed: o.Revealed})
	}
	for i, o := range in.Outcomes {
		out := Outcome{Task: o.Task}
		found := false
		for d, name := range decisionNames {
			if name == o.Decision {
				out.Decision, found = Decision(d), true
			}
		}
		if !found {
			return nil, fmt.Errorf("%w: outcome %d: decision %q", ErrInvalid, i, o.Decision)
		}
		if out.Decision.Accepted() {
			if o.Label == nil {
				return nil, fmt.Errorf("%w: outcome %d: %s decision without a label", ErrInvalid, i, o.Decision)
			}
			out.Label = *o.Label
		}
		if o.GoldLabel != nil {
			out.Gold, out.GoldLabel = true, *o.GoldLabel
		}
		p.Outcomes = append(p.Outcomes, out)
	}
	p.Earnings = make(map[string]*big.Int, len(in.Earnings))
	for a, s := range in.Earnings {
		if p.Earnings[a], err = parseAmount("earnings of "+a, s); err != nil {
			return nil, err
		}
	}
	for _, d := range in.DropOffs {
		p.DropOffs = append(p.DropOffs, DropOff(d))
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// WritePilot encodes a Pilot as JSON (version InputVersion), the input
// ReadPilot reads back.
func WritePilot(w io.Writer, p *Pilot) error {
	c := p.Campaign
	in := inPilot{Version: InputVersion, Campaign: inCampaign{ID: c.ID, Title: c.Title, Token: jsonToken(c.Token),
		K: c.K, Q: c.Q, Kind: c.Kind.String(), Labels: c.Labels, ReviewerFee: token.BaseUnits(c.ReviewerFee)},
		Earnings: map[string]string{}}
	for _, t := range c.Tiers {
		in.Campaign.Tiers = append(in.Campaign.Tiers, jsonTier{Name: t.Name, Reward: token.BaseUnits(t.Reward)})
	}
	for _, o := range p.Observations {
		in.Observations = append(in.Observations, inObservation{Annotator: o.Annotator, Chunk: o.Chunk, Task: o.Task,
			Tier: o.Tier, Label: o.Label, SpentMS: o.Spent.Milliseconds(), Revealed: o.Revealed})
	}
	for _, o := range p.Outcomes {
		out := inOutcome{Task: o.Task, Decision: o.Decision.String()}
		if o.Decision.Accepted() {
			l := o.Label
			out.Label = &l
		}
		if o.Gold {
			g := o.GoldLabel
			out.GoldLabel = &g
		}
		in.Outcomes = append(in.Outcomes, out)
	}
	keys := make([]string, 0, len(p.Earnings))
	for a := range p.Earnings {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	for _, a := range keys {
		in.Earnings[a] = token.BaseUnits(p.Earnings[a])
	}
	for _, d := range p.DropOffs {
		in.DropOffs = append(in.DropOffs, inDropOff(d))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(in); err != nil {
		return fmt.Errorf("pilot: write input: %w", err)
	}
	return nil
}
