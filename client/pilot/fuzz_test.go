package pilot

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReport feeds arbitrary pilot input through ReadPilot, Build and the
// three renderers: bad input must come back as an error, never a panic, a
// hang, or NaN/Inf in the output.
func FuzzReport(f *testing.F) {
	sample, err := os.ReadFile(filepath.Join("testdata", "sample.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(sample), "0.05", "18")
	f.Add(`{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"kind":"multi","labels":["a"],"tiers":[{"name":"x","reward":"1"}]},`+
		`"observations":[{"annotator":"a","task":"t","tier":"x","label":1,"spent_ms":5,"revealed":true}],`+
		`"outcomes":[{"task":"t","decision":"consensus","label":1,"gold_label":1}],"earnings":{"a":"99999999999999999999999999999999999999999999"}}`, "1", "1")
	f.Add(`{"version":"kappa/pilot-input@1","campaign":{"k":3,"q":2,"labels":["a","b"],"tiers":[{"name":"x","reward":"0"}]}}`, "", "")
	f.Fuzz(func(t *testing.T, input, price, target string) {
		p, err := ReadPilot(strings.NewReader(input))
		if err != nil {
			return
		}
		opts := Options{Price: price, TargetHourly: target, Currency: "USD"}
		r, err := Build(p, opts)
		if err != nil {
			opts.Price, opts.TargetHourly = "", ""
			if r, err = Build(p, opts); err != nil {
				t.Fatalf("valid pilot refused without options: %v", err)
			}
		}
		for _, w := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error { return WriteText(b, r) },
			func(b *bytes.Buffer) error { return WriteJSON(b, r) },
			func(b *bytes.Buffer) error { return WriteHTML(b, r) },
		} {
			var buf bytes.Buffer
			if err := w(&buf); err != nil {
				t.Fatal(err)
			}
			if s := buf.String(); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Fatalf("output holds NaN or Inf")
			}
		}
	})
}
