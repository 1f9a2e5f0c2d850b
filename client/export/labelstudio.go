package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// LabelStudioOptions names the parts of the Label Studio labeling
// configuration the export refers to.
type LabelStudioOptions struct {
	// FromName is the name of the <Choices> control tag ("label" when
	// empty).
	FromName string
	// ToName is the name of the <Text> object tag ("text" when empty).
	ToName string
	// DataKey is the task data field the <Text> tag reads, its value="$key"
	// ("text" when empty).
	DataKey string
	// Votes adds every annotator's revealed labels as a prediction whose
	// model_version is the annotator's address, so the individual answers
	// show next to the accepted one.
	Votes bool
}

func (o LabelStudioOptions) withDefaults() LabelStudioOptions {
	if o.FromName == "" {
		o.FromName = "label"
	}
	if o.ToName == "" {
		o.ToName = "text"
	}
	if o.DataKey == "" {
		o.DataKey = "text"
	}
	return o
}

// LabelStudioWriter writes records as a Label Studio task import file: a
// JSON array of tasks, each with "data" (the text and the provenance as
// kappa_* fields), "annotations" (the accepted label as a choices result)
// and, with Votes, "predictions".
type LabelStudioWriter struct {
	w      io.Writer
	o      LabelStudioOptions
	n      int
	closed bool
}

// NewLabelStudioWriter returns a Label Studio writer to w.
func NewLabelStudioWriter(w io.Writer, o LabelStudioOptions) *LabelStudioWriter {
	return &LabelStudioWriter{w: w, o: o.withDefaults()}
}

type lsValue struct {
	Choices []string `json:"choices"`
}

type lsResult struct {
	FromName string  `json:"from_name"`
	ToName   string  `json:"to_name"`
	Type     string  `json:"type"`
	Value    lsValue `json:"value"`
}

type lsAnnotation struct {
	Result      []lsResult `json:"result"`
	GroundTruth bool       `json:"ground_truth"`
}

type lsPrediction struct {
	ModelVersion string     `json:"model_version"`
	Result       []lsResult `json:"result"`
}

type lsVote struct {
	Annotator string   `json:"annotator"`
	LabelIDs  []string `json:"label_ids"`
	LabelDoc  string   `json:"label_doc"`
}

type lsTask struct {
	Data        map[string]any `json:"data"`
	Annotations []lsAnnotation `json:"annotations"`
	Predictions []lsPrediction `json:"predictions,omitempty"`
}

func (l *LabelStudioWriter) result(labels []Label) []lsResult {
	return []lsResult{{FromName: l.o.FromName, ToName: l.o.ToName, Type: "choices", Value: lsValue{Choices: labelNames(labels)}}}
}

// Write validates r and appends it to the task array.
func (l *LabelStudioWriter) Write(r *Record) error {
	if l.closed {
		return fmt.Errorf("export: Label Studio writer is closed")
	}
	l.n++
	if err := r.Validate(); err != nil {
		return fmt.Errorf("export: Label Studio record %d: %w", l.n, err)
	}
	votes := make([]lsVote, 0, len(r.Votes))
	for _, v := range r.Votes {
		votes = append(votes, lsVote{Annotator: v.Annotator, LabelIDs: labelIDs(v.Labels), LabelDoc: v.LabelDoc})
	}
	t := lsTask{
		Data: map[string]any{
			l.o.DataKey:        r.Text,
			"kappa_chain_id":   r.ChainID,
			"kappa_hub":        r.Hub,
			"kappa_campaign":   r.Campaign,
			"kappa_chunk":      r.Chunk,
			"kappa_task":       r.Task,
			"kappa_task_cid":   r.TaskCID,
			"kappa_label_ids":  labelIDs(r.Labels),
			"kappa_decided_by": r.DecidedBy.String(),
			"kappa_agreeing":   r.Agreement.Agreeing,
			"kappa_k":          r.Agreement.K,
			"kappa_tx":         r.Tx,
			"kappa_annotators": votes,
		},
		Annotations: []lsAnnotation{{Result: l.result(r.Labels), GroundTruth: false}},
	}
	if l.o.Votes {
		for _, v := range r.Votes {
			t.Predictions = append(t.Predictions, lsPrediction{ModelVersion: v.Annotator, Result: l.result(v.Labels)})
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(t); err != nil {
		return fmt.Errorf("export: Label Studio record %d (task %s): %w", l.n, r.TaskCID, err)
	}
	sep := ",\n  "
	if l.n == 1 {
		sep = "[\n  "
	}
	out := append([]byte(sep), bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
	if _, err := l.w.Write(out); err != nil {
		return fmt.Errorf("export: Label Studio record %d (task %s): %w", l.n, r.TaskCID, err)
	}
	return nil
}

// Close ends the JSON array ("[]" when no record was written).
func (l *LabelStudioWriter) Close() error {
	if l.closed {
		return nil
	}
	l.closed = true
	end := "\n]\n"
	if l.n == 0 {
		end = "[]\n"
	}
	if _, err := io.WriteString(l.w, end); err != nil {
		return fmt.Errorf("export: Label Studio: %w", err)
	}
	return nil
}

// LabelStudioConfig returns a labeling configuration matching the export:
// a <Text> tag reading the data key and a <Choices> tag with one <Choice>
// per label name (choice="multiple" for a multi-label schema), to paste
// into a Label Studio project before importing.
func LabelStudioConfig(o LabelStudioOptions, names []string, multi bool) string {
	o = o.withDefaults()
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder: no error
		return b.String()                 // quotes too: EscapeText writes &#34;
	}
	choice := "single"
	if multi {
		choice = "multiple"
	}
	var b strings.Builder
	b.WriteString("<View>\n")
	fmt.Fprintf(&b, "  <Text name=\"%s\" value=\"$%s\"/>\n", esc(o.ToName), esc(o.DataKey))
	fmt.Fprintf(&b, "  <Choices name=\"%s\" toName=\"%s\" choice=\"%s\">\n", esc(o.FromName), esc(o.ToName), choice)
	for _, n := range names {
		fmt.Fprintf(&b, "    <Choice value=\"%s\"/>\n", esc(n))
	}
	b.WriteString("  </Choices>\n</View>\n")
	return b.String()
}
