package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// LabelSeparator joins the labels of a multi-label answer in one CSV cell.
// Label ids cannot contain it (the schema allows a-z 0-9 - _ only); names
// may, so label_ids is the column to split.
const LabelSeparator = "|"

// CSVWriter writes records as CSV (RFC 4180: CRLF line ends, fields quoted
// when they hold a comma, a quote or a line break), a header row first, one
// row per task, and one group of three columns per annotator slot. Text
// cells that a spreadsheet would run as a formula are defused with
// SafeCell; the columns written from integers are not.
type CSVWriter struct {
	cw     *csv.Writer
	slots  int
	header bool
	n      int
}

// NewCSVWriter returns a CSV writer to w with columns for up to slots
// annotators per task (the campaign's k; at least 1).
func NewCSVWriter(w io.Writer, slots int) *CSVWriter {
	if slots < 1 {
		slots = 1
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{cw: cw, slots: slots}
}

// SafeCell defuses spreadsheet formula injection (CSV injection): a cell
// starting with '=', '+', '-', '@', a tab or a carriage return, which Excel,
// LibreOffice Calc and Google Sheets may evaluate as a formula, gets a
// single quote in front, as OWASP recommends; the quote makes spreadsheets
// treat the cell as text. A cell already starting with a single quote gets
// one more, so the change can be undone exactly: a program reading the CSV
// back removes one leading quote from every cell that starts with one
// (OriginalCell). Other cells are returned unchanged.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\'':
		return "'" + s
	}
	return s
}

// OriginalCell undoes SafeCell: the cell as it was in the record.
func OriginalCell(s string) string {
	return strings.TrimPrefix(s, "'")
}

// CSVHeader returns the header row for the given number of annotator slots.
func CSVHeader(slots int) []string {
	h := []string{"chain_id", "hub", "campaign", "chunk", "task", "task_cid", "text", "labels", "label_ids",
		"decided_by", "agreeing", "k", "tx"}
	for i := 1; i <= slots; i++ {
		p := "annotator_" + strconv.Itoa(i)
		h = append(h, p, p+"_label_ids", p+"_label_doc")
	}
	return h
}

func (c *CSVWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.cw.Write(CSVHeader(c.slots)); err != nil {
		return fmt.Errorf("export: CSV header: %w", err)
	}
	return nil
}

// Write validates r and writes its row (after the header, the first time).
func (c *CSVWriter) Write(r *Record) error {
	c.n++
	if err := r.Validate(); err != nil {
		return fmt.Errorf("export: CSV record %d: %w", c.n, err)
	}
	if len(r.Votes) > c.slots {
		return fmt.Errorf("export: CSV record %d (task %s): %d annotators, the header has %d slots", c.n, r.TaskCID, len(r.Votes), c.slots)
	}
	if err := c.writeHeader(); err != nil {
		return err
	}
	// Every string cell comes from outside (the requester's data and
	// schema, IPFS, the chain) and goes through SafeCell; chain_id, chunk,
	// agreeing and k are formatted from integers and decided_by is one of
	// three words, so they cannot start a formula.
	row := []string{
		strconv.FormatUint(r.ChainID, 10), SafeCell(r.Hub), SafeCell(r.Campaign), strconv.FormatUint(r.Chunk, 10),
		SafeCell(r.Task), SafeCell(r.TaskCID), SafeCell(r.Text),
		SafeCell(strings.Join(labelNames(r.Labels), LabelSeparator)), SafeCell(strings.Join(labelIDs(r.Labels), LabelSeparator)),
		r.DecidedBy.String(), strconv.Itoa(r.Agreement.Agreeing), strconv.Itoa(r.Agreement.K), SafeCell(r.Tx),
	}
	for i := range c.slots {
		if i < len(r.Votes) {
			v := r.Votes[i]
			row = append(row, SafeCell(v.Annotator), SafeCell(strings.Join(labelIDs(v.Labels), LabelSeparator)), SafeCell(v.LabelDoc))
		} else {
			row = append(row, "", "", "")
		}
	}
	if err := c.cw.Write(row); err != nil {
		return fmt.Errorf("export: CSV record %d (task %s): %w", c.n, r.TaskCID, err)
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("export: CSV record %d (task %s): %w", c.n, r.TaskCID, err)
	}
	return nil
}

// Close writes the header if no record was written, and flushes.
func (c *CSVWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return fmt.Errorf("export: CSV: %w", err)
	}
	return nil
}
