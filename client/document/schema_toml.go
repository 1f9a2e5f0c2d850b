package document

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/kappa-dev/kappa/client/token"
)

// schemaTOML is the requester's authoring form of a schema. Amounts are
// strings: TOML integers stop at 2^63-1, about 9.2 tokens of 18 decimals.
type schemaTOML struct {
	Title        string      `toml:"title"`
	Instructions string      `toml:"instructions"`
	Kind         string      `toml:"kind"`
	ReviewerFee  any         `toml:"reviewer_fee"`
	GoldPolicy   string      `toml:"gold_policy"`
	Labels       []labelTOML `toml:"labels"`
	Tiers        []tierTOML  `toml:"tiers"`
}

type labelTOML struct {
	ID          string `toml:"id"`
	Name        string `toml:"name"`
	Hotkey      string `toml:"hotkey"`
	Description string `toml:"description"`
}

type tierTOML struct {
	Name          string `toml:"name"`
	Reward        any    `toml:"reward"`
	MinReputation int64  `toml:"min_reputation"` // signed: the TOML decoder wraps -5 into a uint64
}

// ParseSchemaTOML reads a schema authored in TOML (see
// testdata/schema.toml) and validates it. name (usually the file name) is
// used in error messages, which name the key and, where known, the line.
// Keys the schema does not know are errors, so a typo never silently
// drops a setting.
func ParseSchemaTOML(name string, data []byte) (*Schema, error) {
	c := errs{doc: "schema", cid: name}
	var t schemaTOML
	md, err := toml.Decode(string(data), &t)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Doc: "schema", CID: name, Field: pe.LastKey,
				Reason: fmt.Sprintf("line %d: %s", pe.Position.Line, pe.Message)}
		}
		return nil, &Error{Doc: "schema", CID: name, Reason: "invalid TOML", Err: err}
	}
	if und := md.Undecoded(); len(und) > 0 {
		key := und[0].String()
		reason := "unknown key"
		if line := keyLine(data, und[0]); line > 0 {
			reason = fmt.Sprintf("unknown key at line %d", line)
		}
		return nil, c.field(key, "%s", reason)
	}
	s := &Schema{
		Version:      VersionSchema,
		Title:        t.Title,
		Instructions: t.Instructions,
		Kind:         Kind(t.Kind),
		GoldPolicy:   t.GoldPolicy,
	}
	if s.ReviewerFee, err = tomlAmount(t.ReviewerFee); err != nil {
		return nil, c.field("reviewer_fee", "%v", err)
	}
	for _, l := range t.Labels {
		s.Labels = append(s.Labels, Label(l))
	}
	for i, tr := range t.Tiers {
		r, err := tomlAmount(tr.Reward)
		if err != nil {
			return nil, c.field(at("tiers", i, "reward"), "%v", err)
		}
		if tr.MinReputation < 0 {
			return nil, c.field(at("tiers", i, "min_reputation"), "%d is negative", tr.MinReputation)
		}
		s.Tiers = append(s.Tiers, Tier{Name: tr.Name, Reward: r, MinReputation: uint64(tr.MinReputation)})
	}
	if err := s.validate(c); err != nil {
		return nil, tomlPaths(err)
	}
	return s, nil
}

// tomlAmount reads an amount written as a decimal string. A TOML integer
// is refused with a hint rather than silently capped at 2^63-1.
func tomlAmount(v any) (*big.Int, error) {
	switch v := v.(type) {
	case nil:
		return nil, fmt.Errorf("missing, want a decimal string of token base units")
	case string:
		return token.ParseBaseUnits(v)
	case int64:
		return nil, fmt.Errorf("write amounts as strings (\"%d\"): TOML integers cannot hold 18-decimal token amounts", v)
	default:
		return nil, fmt.Errorf("want a decimal string of token base units, got %T", v)
	}
}

// jsonToTOML maps the JSON field names validate reports to the TOML keys
// the requester wrote.
var jsonToTOML = strings.NewReplacer("reviewerFee", "reviewer_fee", "goldPolicy", "gold_policy", "minReputation", "min_reputation")

// tomlPaths rewrites the field of a validation error into TOML key names.
func tomlPaths(err error) error {
	var e *Error
	if errors.As(err, &e) {
		e.Field = jsonToTOML.Replace(e.Field)
	}
	return err
}

// keyLine finds the line of an undecoded key by looking for its last part
// at the start of a line (after its table header, for nested keys). The
// TOML decoder does not report positions of keys it did not use.
func keyLine(data []byte, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	last := regexp.QuoteMeta(key[len(key)-1])
	assign := regexp.MustCompile(`^\s*("` + last + `"|'` + last + `'|` + last + `)\s*=`)
	header := regexp.MustCompile(`^\s*\[\[?\s*` + regexp.QuoteMeta(key.String()) + `\s*\]\]?`)
	for i, line := range strings.Split(string(data), "\n") {
		if assign.MatchString(line) || header.MatchString(line) {
			return i + 1
		}
	}
	return 0
}
