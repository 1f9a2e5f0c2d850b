package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	pos   = Label{ID: "positive", Name: "Positive"}
	neg   = Label{ID: "negative", Name: "Négatif, \"vraiment\""}
	irony = Label{ID: "irony", Name: "皮肉 | irony"}
)

const (
	hub = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	a1  = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	a2  = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	a3  = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
)

// sampleRecords covers the three decisions, a multi-label answer, Unicode
// and CSV-hostile text (commas, quotes, a line break), a missing text and a
// task one annotator did not reveal.
func sampleRecords() []*Record {
	base := func(n int) Record {
		return Record{ChainID: 1337, Hub: hub, Campaign: "1", Chunk: uint64(n/3 + 1), Task: fmt.Sprintf("%d", n),
			TaskCID: fmt.Sprintf("bafkreitask%04d", n), Tx: fmt.Sprintf("0x%064x", 0xf00d+n/3)}
	}
	r1 := base(0)
	r1.Text = "I love this, \"truly\"!"
	r1.Labels = []Label{pos}
	r1.DecidedBy, r1.Agreement = Consensus, Agreement{Agreeing: 3, K: 3}
	r1.Votes = []Vote{{a1, []Label{pos}, "bafylabels-a1-1"}, {a2, []Label{pos}, "bafylabels-a2-1"}, {a3, []Label{pos}, "bafylabels-a3-1"}}

	r2 := base(1)
	r2.Text = "Ça ne marche pas.\nDeuxième ligne — 😞"
	r2.Labels = []Label{neg}
	r2.DecidedBy, r2.Agreement = Consensus, Agreement{Agreeing: 2, K: 3}
	r2.Votes = []Vote{{a1, []Label{neg}, "bafylabels-a1-1"}, {a2, []Label{pos}, "bafylabels-a2-1"}, {a3, []Label{neg}, "bafylabels-a3-1"}}

	r3 := base(3)
	r3.Text = "素晴らしい天気ですね（雨）"
	r3.Labels = []Label{irony}
	r3.DecidedBy, r3.Agreement = Reviewer, Agreement{Agreeing: 1, K: 3}
	r3.Votes = []Vote{{a1, []Label{pos}, "bafylabels-a1-2"}, {a2, []Label{irony}, "bafylabels-a2-2"}}
	r3.Tx = "0x" + strings.Repeat("ab", 32)

	r4 := base(4) // no text: the export still carries the task CID
	r4.Labels = []Label{pos, irony}
	r4.DecidedBy, r4.Agreement = Arbiter, Agreement{Agreeing: 0, K: 3}
	r4.Votes = []Vote{{a1, []Label{pos}, "bafylabels-a1-2"}, {a2, []Label{irony}, "bafylabels-a2-2"}, {a3, []Label{neg}, "bafylabels-a3-2"}}
	return []*Record{&r1, &r2, &r3, &r4}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking):\n got: %q\nwant: %q", name, got, want)
	}
}

func writeAll(t *testing.T, w Writer, rs []*Record) {
	t.Helper()
	for _, r := range rs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestGoldenFormats(t *testing.T) {
	tests := []struct {
		file string
		new  func(io.Writer) Writer
	}{
		{"accepted.jsonl", func(w io.Writer) Writer { return NewJSONLWriter(w) }},
		{"accepted.csv", func(w io.Writer) Writer { return NewCSVWriter(w, 3) }},
		{"accepted.labelstudio.json", func(w io.Writer) Writer { return NewLabelStudioWriter(w, LabelStudioOptions{Votes: true}) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			writeAll(t, tt.new(&buf), sampleRecords())
			golden(t, tt.file, buf.Bytes())
		})
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewJSONLWriter(&buf), sampleRecords())
	got := readAllJSONL(t, &buf)
	if !reflect.DeepEqual(got, sampleRecords()) {
		t.Errorf("round trip changed the records:\n got %+v\nwant %+v", got, sampleRecords())
	}
}

func readAllJSONL(t testing.TB, r io.Reader) []*Record {
	t.Helper()
	jr := NewJSONLReader(r)
	var out []*Record
	for {
		rec, err := jr.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
}

func TestCSVParsesBack(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewCSVWriter(&buf, 3), sampleRecords())
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("CSV lines do not end in CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader(3)) {
		t.Errorf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, r := range sampleRecords() {
		row := rows[i+1]
		if len(row) != len(rows[0]) {
			t.Fatalf("row %d has %d cells for %d columns", i+1, len(row), len(rows[0]))
		}
		if row[col["text"]] != r.Text || row[col["task_cid"]] != r.TaskCID || row[col["decided_by"]] != r.DecidedBy.String() {
			t.Errorf("row %d: text %q cid %q decided %q", i+1, row[col["text"]], row[col["task_cid"]], row[col["decided_by"]])
		}
		if got := strings.Split(row[col["label_ids"]], LabelSeparator); !reflect.DeepEqual(got, labelIDs(r.Labels)) {
			t.Errorf("row %d: label ids %v", i+1, got)
		}
		for j, v := range r.Votes {
			if row[col[fmt.Sprintf("annotator_%d", j+1)]] != v.Annotator {
				t.Errorf("row %d: annotator %d is %q", i+1, j+1, row[col[fmt.Sprintf("annotator_%d", j+1)]])
			}
		}
	}
}

func TestLabelStudioShape(t *testing.T) {
	var buf bytes.Buffer
	writeAll(t, NewLabelStudioWriter(&buf, LabelStudioOptions{FromName: "sentiment", Votes: true}), sampleRecords())
	var tasks []struct {
		Data        map[string]any `json:"data"`
		Annotations []struct {
			Result []struct {
				FromName string `json:"from_name"`
				ToName   string `json:"to_name"`
				Type     string `json:"type"`
				Value    struct {
					Choices []string `json:"choices"`
				} `json:"value"`
			} `json:"result"`
		} `json:"annotations"`
		Predictions []struct {
			ModelVersion string `json:"model_version"`
		} `json:"predictions"`
	}
	if err := json.Unmarshal(buf.Bytes(), &tasks); err != nil {
		t.Fatalf("not a JSON array of tasks: %v\n%s", err, buf.String())
	}
	recs := sampleRecords()
	if len(tasks) != len(recs) {
		t.Fatalf("%d tasks, want %d", len(tasks), len(recs))
	}
	for i, task := range tasks {
		if task.Data["text"] != recs[i].Text || task.Data["kappa_task_cid"] != recs[i].TaskCID {
			t.Errorf("task %d data %v", i, task.Data)
		}
		res := task.Annotations[0].Result[0]
		if res.FromName != "sentiment" || res.ToName != "text" || res.Type != "choices" || !reflect.DeepEqual(res.Value.Choices, labelNames(recs[i].Labels)) {
			t.Errorf("task %d result %+v", i, res)
		}
		if len(task.Predictions) != len(recs[i].Votes) {
			t.Errorf("task %d: %d predictions for %d votes", i, len(task.Predictions), len(recs[i].Votes))
		}
	}
}

func TestEmptyExports(t *testing.T) {
	tests := []struct {
		new  func(io.Writer) Writer
		want string
	}{
		{func(w io.Writer) Writer { return NewJSONLWriter(w) }, ""},
		{func(w io.Writer) Writer { return NewCSVWriter(w, 2) }, strings.Join(CSVHeader(2), ",") + "\r\n"},
		{func(w io.Writer) Writer { return NewLabelStudioWriter(w, LabelStudioOptions{}) }, "[]\n"},
	}
	for i, tt := range tests {
		var buf bytes.Buffer
		writeAll(t, tt.new(&buf), nil)
		if buf.String() != tt.want {
			t.Errorf("case %d: %q, want %q", i, buf.String(), tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Record)
	}{
		{"no task CID", func(r *Record) { r.TaskCID = "" }},
		{"no label", func(r *Record) { r.Labels = nil }},
		{"no decision", func(r *Record) { r.DecidedBy = 0 }},
		{"k zero", func(r *Record) { r.Agreement.K = 0 }},
		{"agreeing above k", func(r *Record) { r.Agreement.Agreeing = 4 }},
		{"negative agreeing", func(r *Record) { r.Agreement.Agreeing = -1 }},
		{"more votes than k", func(r *Record) { r.Votes = append(r.Votes, r.Votes[0]) }},
		{"vote without annotator", func(r *Record) { r.Votes[1].Annotator = "" }},
		{"invalid UTF-8 text", func(r *Record) { r.Text = "bad \xff byte" }},
		{"invalid UTF-8 label", func(r *Record) { r.Votes[0].Labels = []Label{{ID: "x", Name: "\xc3"}} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleRecords()[0]
			tt.edit(r)
			if err := r.Validate(); !errors.Is(err, ErrInvalidRecord) {
				t.Errorf("Validate: %v, want ErrInvalidRecord", err)
			}
			for _, w := range []Writer{NewJSONLWriter(io.Discard), NewCSVWriter(io.Discard, 3), NewLabelStudioWriter(io.Discard, LabelStudioOptions{})} {
				if err := w.Write(r); !errors.Is(err, ErrInvalidRecord) {
					t.Errorf("%T.Write: %v, want ErrInvalidRecord", w, err)
				}
			}
		})
	}
}

func TestCSVTooManyVotes(t *testing.T) {
	r := sampleRecords()[0]
	if err := NewCSVWriter(io.Discard, 2).Write(r); err == nil || !strings.Contains(err.Error(), "slots") {
		t.Errorf("3 votes into 2 slots: %v", err)
	}
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

func TestWriteErrorsPropagate(t *testing.T) {
	for _, w := range []Writer{NewJSONLWriter(&failWriter{}), NewCSVWriter(&failWriter{}, 3), NewLabelStudioWriter(&failWriter{}, LabelStudioOptions{})} {
		err := w.Write(sampleRecords()[0])
		if err == nil {
			err = w.Close()
		}
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%T: %v, want the write error", w, err)
		}
	}
}

func TestJSONLReaderRejects(t *testing.T) {
	valid, err := marshalRecord(sampleRecords()[0])
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, in string }{
		{"not JSON", "{\n"},
		{"unknown key", strings.Replace(string(valid), `"chain_id"`, `"extra":1,"chain_id"`, 1)},
		{"two values on a line", string(valid) + " {}"},
		{"invalid record", strings.Replace(string(valid), `"decided_by":"consensus"`, `"decided_by":"vote"`, 1)},
		{"missing CID", strings.Replace(string(valid), `"task_cid":"bafkreitask0000"`, `"task_cid":""`, 1)},
	}
	for _, tt := range tests {
		_, err := NewJSONLReader(strings.NewReader("\n" + tt.in + "\n")).Read()
		if err == nil || err == io.EOF {
			t.Errorf("%s: read %q without an error", tt.name, tt.in)
		} else if !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%s: error %q does not name line 2", tt.name, err)
		}
	}
}

func TestLabelStudioConfig(t *testing.T) {
	got := LabelStudioConfig(LabelStudioOptions{}, []string{"Positive", `Say "no" & <leave>`}, true)
	want := "<View>\n  <Text name=\"text\" value=\"$text\"/>\n  <Choices name=\"label\" toName=\"text\" choice=\"multiple\">\n" +
		"    <Choice value=\"Positive\"/>\n    <Choice value=\"Say &#34;no&#34; &amp; &lt;leave&gt;\"/>\n  </Choices>\n</View>\n"
	if got != want {
		t.Errorf("config:\n%s\nwant:\n%s", got, want)
	}
}

// FuzzJSONLRoundTrip writes a record built from fuzzed fields and reads it
// back: whatever Write accepts must come back identical.
func FuzzJSONLRoundTrip(f *testing.F) {
	f.Add("I love this, \"truly\"!\n", "Positive", "positive", "0xabc", "bafk", uint64(1337), 2, 3, true)
	f.Add("", "皮肉 | irony", "irony", "", "x", uint64(0), 0, 1, false)
	f.Add("\x00\u2028<&>", "\t", "a", "a", "\xff", uint64(1)<<63, 5, 3, true)
	f.Fuzz(func(t *testing.T, text, name, id, annotator, cid string, chain uint64, agreeing, k int, multi bool) {
		labels := []Label{{ID: id, Name: name}}
		if multi {
			labels = append(labels, Label{ID: id + "2", Name: name + name})
		}
		r := &Record{ChainID: chain, Hub: annotator, Campaign: cid, Chunk: chain / 3, Task: name, TaskCID: cid, Text: text,
			Labels: labels, DecidedBy: Decision(1 + agreeing%3), Agreement: Agreement{Agreeing: agreeing, K: k},
			Votes: []Vote{{Annotator: annotator, Labels: labels, LabelDoc: text}}, Tx: id}
		var buf bytes.Buffer
		if err := NewJSONLWriter(&buf).Write(r); err != nil {
			if !errors.Is(err, ErrInvalidRecord) {
				t.Fatalf("Write failed for another reason than validation: %v", err)
			}
			return
		}
		if bytes.Count(buf.Bytes(), []byte("\n")) != 1 {
			t.Fatalf("record spans more than one line: %q", buf.Bytes())
		}
		back, err := NewJSONLReader(&buf).Read()
		if err != nil {
			t.Fatalf("read back: %v\n%q", err, buf.Bytes())
		}
		if !reflect.DeepEqual(back, r) {
			t.Fatalf("round trip changed the record:\n got %+v\nwant %+v", back, r)
		}
	})
}

func BenchmarkJSONL(b *testing.B) {
	rs := sampleRecords()
	w := NewJSONLWriter(io.Discard)
	for b.Loop() {
		for _, r := range rs {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestNewWriter(t *testing.T) {
	tests := []struct {
		format string
		want   string // type name; "" for an error
	}{
		{"jsonl", "*export.JSONLWriter"},
		{"csv", "*export.CSVWriter"},
		{"labelstudio", "*export.LabelStudioWriter"},
		{"xlsx", ""},
		{"", ""},
	}
	for _, tt := range tests {
		w, err := NewWriter(tt.format, io.Discard, 3, LabelStudioOptions{})
		if got := fmt.Sprintf("%T", w); (tt.want == "" && err == nil) || (tt.want != "" && got != tt.want) {
			t.Errorf("NewWriter(%q) = %s, %v; want %s", tt.format, got, err, tt.want)
		}
	}
	if len(Formats) != 3 {
		t.Errorf("Formats = %v", Formats)
	}
}

// TestEmptyMultiLabelSet checks that a multi-label campaign's accepted empty
// set ("none of these apply") is exported as [] by every writer, while a
// single-label record without a label stays invalid.
func TestEmptyMultiLabelSet(t *testing.T) {
	r := sampleRecords()[0]
	r.Labels, r.MultiLabel = []Label{}, true
	if err := r.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	var jl strings.Builder
	for _, w := range []Writer{NewJSONLWriter(&jl), NewCSVWriter(io.Discard, 3), NewLabelStudioWriter(io.Discard, LabelStudioOptions{})} {
		if err := w.Write(r); err != nil {
			t.Errorf("%T.Write: %v", w, err)
		}
		if err := w.Close(); err != nil {
			t.Errorf("%T.Close: %v", w, err)
		}
	}
	if !strings.Contains(jl.String(), `"labels":[]`) || !strings.Contains(jl.String(), `"multi_label":true`) {
		t.Errorf("JSONL = %s, want an empty labels array and multi_label", jl.String())
	}
	r.MultiLabel = false
	if err := r.Validate(); !errors.Is(err, ErrInvalidRecord) {
		t.Errorf("single-label record without a label: %v, want ErrInvalidRecord", err)
	}
}
