package document

import (
	"errors"
	"strings"
	"testing"
)

const minimalTOML = `title = "t"
kind = "multi"
reviewer_fee = "0"
instructions = "Read."

[[labels]]
id = "spam"
name = "Spam"
hotkey = "s"

[[tiers]]
name = "all"
reward = "1"
`

// TestParseSchemaTOMLExample checks the shipped example against the
// values a requester meant.
func TestParseSchemaTOMLExample(t *testing.T) {
	s := sampleSchema(t)
	if s.Kind != KindSingle || len(s.Labels) != 3 || len(s.Tiers) != 2 {
		t.Fatalf("parsed %+v", s)
	}
	if got := s.Tiers[1].Reward.String(); got != "50000000000000000" {
		t.Errorf("hard reward = %s", got)
	}
	if s.Tiers[1].MinReputation != 100 || s.ReviewerFee.String() != "20000000000000000" {
		t.Errorf("tier/fee = %+v %s", s.Tiers[1], s.ReviewerFee)
	}
	if i, ok := s.Label("positive"); !ok || i != 2 {
		t.Errorf("Label(positive) = %d, %v", i, ok)
	}
}

// TestParseSchemaTOMLRefuses checks that authoring mistakes are reported
// with the key, and the line where the TOML decoder cannot say.
func TestParseSchemaTOMLRefuses(t *testing.T) {
	cases := []struct {
		name, old, new string
		field, reason  string
	}{
		{"typo in a top-level key", `reviewer_fee = "0"`, `reviewer_fees = "0"`, "reviewer_fees", "unknown key at line 3"},
		{"typo in a label key", `hotkey = "s"`, "hotkey = \"s\"\nshortcut = \"x\"", "labels.shortcut", "unknown key at line 10"},
		{"integer amount", `reward = "1"`, `reward = 1`, "tiers[0].reward", "write amounts as strings"},
		{"missing fee", `reviewer_fee = "0"`, ``, "reviewer_fee", "missing"},
		{"bad kind", `kind = "multi"`, `kind = "mult"`, "kind", `"mult" is not`},
		{"syntax error", `title = "t"`, `title = "t`, "title", "line 1"},
		{"negative reputation", `reward = "1"`, "reward = \"1\"\nmin_reputation = -5", "tiers[0].min_reputation", "-5 is negative"},
		{"duplicate hotkey", `[[tiers]]`, "[[labels]]\nid = \"ham\"\nname = \"Ham\"\nhotkey = \"s\"\n\n[[tiers]]", "labels[1].hotkey", "also the hotkey of labels[0]"},
		{"empty instructions", `instructions = "Read."`, `instructions = "  "`, "instructions", "empty"},
		{"zero reward", `reward = "1"`, `reward = "0"`, "tiers[0].reward", "zero"},
		{"fee in JSON name", `reviewer_fee = "0"`, `reviewer_fee = "x"`, "reviewer_fee", "not a decimal integer"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(minimalTOML, tc.old) {
				t.Fatalf("minimal TOML lacks %q", tc.old)
			}
			_, err := ParseSchemaTOML("campaign.toml", []byte(strings.Replace(minimalTOML, tc.old, tc.new, 1)))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *Error", err, err)
			}
			if e.Field != tc.field {
				t.Errorf("field = %q, want %q (%v)", e.Field, tc.field, e)
			}
			if !strings.Contains(e.Error(), tc.reason) || !strings.Contains(e.Error(), "campaign.toml") {
				t.Errorf("error %q does not say %q and the file name", e, tc.reason)
			}
		})
	}
	if _, err := ParseSchemaTOML("campaign.toml", []byte(minimalTOML)); err != nil {
		t.Fatalf("minimal schema refused: %v", err)
	}
}
