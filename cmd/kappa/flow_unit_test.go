package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/document"
)

// TestParseLabels: label files against the sentiment schema of
// testdata/labels; every refusal names the file and line.
func TestParseLabels(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "labels", "schema.toml"))
	if err != nil {
		t.Fatal(err)
	}
	single, err := document.ParseSchemaTOML("schema.toml", raw)
	if err != nil {
		t.Fatal(err)
	}
	multi := *single
	multi.Kind = document.KindMulti
	tasks := []client.TaskView{
		{Index: 0, Task: &document.Task{ID: "r1"}},
		{Index: 1, Task: &document.Task{ID: "r2"}},
	}
	tests := []struct {
		name   string
		schema *document.Schema
		in     string
		want   []parsedLabel
		err    string
	}{
		{"index and id", single, `{"task": 0, "label": "pos", "ms": 1500}` + "\n\n" + `{"task": "r2", "label": ["neg"]}`,
			[]parsedLabel{{0, 0, 1500_000_000}, {1, 1, 0}}, ""},
		{"multi-label bitmask", &multi, `{"task": 1, "label": ["pos", "neu"]}`, []parsedLabel{{1, 0b101, 0}}, ""},
		{"unknown label", single, `{"task": 0, "label": "pos"}` + "\n" + `{"task": 1, "label": "meh"}`, nil, `f.jsonl:2: unknown label "meh" (the schema has pos, neg, neu)`},
		{"index out of range", single, `{"task": 2, "label": "pos"}`, nil, "f.jsonl:1: task 2 out of range: the chunk has tasks 0..1"},
		{"negative index", single, `{"task": -1, "label": "pos"}`, nil, "task -1 out of range"},
		{"unknown task id", single, `{"task": "r9", "label": "pos"}`, nil, `no task with id "r9"`},
		{"task of another type", single, `{"task": true, "label": "pos"}`, nil, `"task" is true`},
		{"no task", single, `{"label": "pos"}`, nil, `f.jsonl:1: no "task"`},
		{"no label", single, `{"task": 0}`, nil, `no "label"`},
		{"label of another type", single, `{"task": 0, "label": 3}`, nil, `"label" is 3`},
		{"two labels, single-label schema", single, `{"task": 0, "label": ["pos", "neg"]}`, nil, "single-label schema: got 2 labels"},
		{"empty list", single, `{"task": 0, "label": []}`, nil, "no label given"},
		{"unknown field", single, `{"task": 0, "label": "pos", "note": "x"}`, nil, `unknown field "note"`},
		{"negative time", single, `{"task": 0, "label": "pos", "ms": -5}`, nil, `"ms" -5`},
		{"not JSON", single, `task=0 label=pos`, nil, "f.jsonl:1: invalid character"},
		{"empty file", single, "\n\n", nil, "f.jsonl: no labels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseLabels(strings.NewReader(tt.in), "f.jsonl", tt.schema, tasks)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("label %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestCheckSpec: parameters the hub would revert on are refused by flag
// name before anything is published.
func TestCheckSpec(t *testing.T) {
	ok := func() client.CampaignSpec {
		return client.CampaignSpec{
			ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour,
			GoldWindow: time.Minute, DisputeWindow: time.Hour, Duration: time.Hour,
		}
	}
	tests := []struct {
		name                                   string
		edit                                   func(*client.CampaignSpec)
		chunk, k, q, lanes, goldMisses, senior uint
		err                                    string
	}{
		{"defaults", nil, 32, 3, 2, 8, 0, 120, ""},
		{"k=1 q=1", nil, 1, 1, 1, 1, 0, 0, ""},
		{"largest", nil, 256, 8, 8, 1024, 255, 1<<32 - 1, ""},
		{"lanes 1025", nil, 32, 3, 2, 1025, 0, 0, "--lanes 1025: want 1..1024"},
		{"zero gold window", func(s *client.CampaignSpec) { s.GoldWindow = 0 }, 32, 3, 2, 8, 0, 0, "--gold-window 0s: want at least 1m0s"},
		{"dispute window under an hour", func(s *client.CampaignSpec) { s.DisputeWindow = 59 * time.Minute }, 32, 3, 2, 8, 0, 0, "--dispute-window 59m0s: want at least 1h0m0s"},
		{"claim window not longer than commit", func(s *client.CampaignSpec) { s.ClaimWindow = s.CommitWindow }, 32, 3, 2, 8, 0, 0, "--claim-window 1h0m0s must be longer than --commit-window 1h0m0s"},
		{"chunk size 0", nil, 0, 3, 2, 8, 0, 0, "--chunk-size 0: want 1..256"},
		{"chunk size 257", nil, 257, 3, 2, 8, 0, 0, "--chunk-size 257"},
		{"k 9", nil, 32, 9, 5, 8, 0, 0, "--k 9: want 1..8"},
		{"q not a majority", nil, 32, 4, 2, 8, 0, 0, "--q 2: want a majority of k=4"},
		{"q above k", nil, 32, 3, 4, 8, 0, 0, "--q 4"},
		{"lanes 0", nil, 32, 3, 2, 0, 0, 0, "--lanes 0: want 1..1024"},
		{"gold misses", nil, 32, 3, 2, 8, 256, 0, "--max-gold-misses 256"},
		{"senior", nil, 32, 3, 2, 8, 0, 1 << 32, "--senior-reputation"},
		{"claim window 0", func(s *client.CampaignSpec) { s.ClaimWindow = 0 }, 32, 3, 2, 8, 0, 0, "--claim-window 0s: want at least 1m0s"},
		{"fractional second", func(s *client.CampaignSpec) { s.RevealWindow = 1500 * time.Millisecond }, 32, 3, 2, 8, 0, 0, "--reveal-window 1.5s: the chain counts whole seconds"},
		{"negative gold window", func(s *client.CampaignSpec) { s.GoldWindow = -time.Second }, 32, 3, 2, 8, 0, 0, "--gold-window -1s"},
		{"window beyond uint32 seconds", func(s *client.CampaignSpec) { s.DisputeWindow = (1 << 32) * time.Second }, 32, 3, 2, 8, 0, 0, "--dispute-window"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ok()
			if tt.edit != nil {
				tt.edit(&s)
			}
			err := checkSpec(&s, tt.chunk, tt.k, tt.q, tt.lanes, tt.goldMisses, tt.senior)
			if tt.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if s.ChunkSize != int(tt.chunk) || uint(s.K) != tt.k || uint(s.Q) != tt.q || uint(s.Lanes) != tt.lanes {
					t.Errorf("spec not filled: %+v", s)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error = %v, want %q", err, tt.err)
			}
		})
	}
}
