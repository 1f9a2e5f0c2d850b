package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Writer is implemented by the three format writers: Write encodes one
// record, Close finishes the output (it does not close the io.Writer).
type Writer interface {
	Write(*Record) error
	Close() error
}

var (
	_ Writer = (*JSONLWriter)(nil)
	_ Writer = (*CSVWriter)(nil)
	_ Writer = (*LabelStudioWriter)(nil)
)

// JSONLWriter writes records as JSON Lines: one JSON object per line, keys
// as in Record's JSON tags, text unescaped UTF-8.
type JSONLWriter struct {
	w io.Writer
	n int
}

// NewJSONLWriter returns a writer of JSON Lines to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: w} }

// Write validates r and writes it as one line.
func (j *JSONLWriter) Write(r *Record) error {
	j.n++
	if err := r.Validate(); err != nil {
		return fmt.Errorf("export: JSONL record %d: %w", j.n, err)
	}
	b, err := marshalRecord(r)
	if err != nil {
		return fmt.Errorf("export: JSONL record %d (task %s): %w", j.n, r.TaskCID, err)
	}
	if _, err := j.w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("export: JSONL record %d (task %s): %w", j.n, r.TaskCID, err)
	}
	return nil
}

// Close does nothing: every line is written by Write.
func (j *JSONLWriter) Close() error { return nil }

// MaxLineBytes is the longest JSON Lines record JSONLReader accepts.
const MaxLineBytes = 16 << 20

// JSONLReader reads records written by JSONLWriter.
type JSONLReader struct {
	s    *bufio.Scanner
	line int
}

// NewJSONLReader returns a reader of JSON Lines from r.
func NewJSONLReader(r io.Reader) *JSONLReader {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &JSONLReader{s: s}
}

// Read returns the next record, io.EOF after the last one. Blank lines are
// skipped; unknown keys, trailing data and invalid records are errors
// naming the line.
func (j *JSONLReader) Read() (*Record, error) {
	for j.s.Scan() {
		j.line++
		b := bytes.TrimSpace(j.s.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var r Record
		if err := dec.Decode(&r); err != nil {
			return nil, fmt.Errorf("export: JSONL line %d: %w", j.line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("export: JSONL line %d: more than one JSON value", j.line)
		}
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("export: JSONL line %d: %w", j.line, err)
		}
		return &r, nil
	}
	if err := j.s.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("export: JSONL line %d: longer than %d bytes", j.line+1, MaxLineBytes)
		}
		return nil, fmt.Errorf("export: JSONL line %d: %w", j.line+1, err)
	}
	return nil, io.EOF
}
