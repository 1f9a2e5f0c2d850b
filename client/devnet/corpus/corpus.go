package corpus

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

//go:embed fortunes.jsonl
var fortunes []byte

// Item is one labeled text of a corpus.
type Item struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Label  string `json:"label"`
	Source string `json:"source,omitempty"`
}

// MaxLineBytes bounds one JSONL line, so a corrupt file cannot make the
// reader buffer without limit.
const MaxLineBytes = 64 << 10

// Fortunes returns the embedded sample corpus, in file order.
func Fortunes() ([]Item, error) {
	items, err := Read(bytes.NewReader(fortunes))
	if err != nil {
		return nil, fmt.Errorf("embedded fortunes.jsonl: %w", err)
	}
	return items, nil
}

// Labels returns the distinct labels of items in order of first appearance.
func Labels(items []Item) []string {
	seen := map[string]bool{}
	var out []string
	for _, it := range items {
		if !seen[it.Label] {
			seen[it.Label] = true
			out = append(out, it.Label)
		}
	}
	return out
}

// Read parses a labeled JSONL corpus: one object per line with a non-empty
// unique id, a non-empty UTF-8 text and a label (empty when unknown). The
// label may be named "label" or "truth" and be a string or an integer (a
// class index, as many public datasets give it); other fields (tier,
// metadata, a dataset's own columns) are ignored, so a corpus exported from
// elsewhere reads as it is. Blank lines are skipped; errors name the line.
func Read(r io.Reader) ([]Item, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	ids := map[string]int{}
	var items []Item
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var raw struct {
			ID     string          `json:"id"`
			Text   string          `json:"text"`
			Label  json.RawMessage `json:"label"`
			Truth  json.RawMessage `json:"truth"`
			Source string          `json:"source"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", n, err)
		}
		it := Item{ID: raw.ID, Text: raw.Text, Source: raw.Source}
		label, err := labelOf(raw.Label, "label")
		if err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", n, err)
		}
		truth, err := labelOf(raw.Truth, "truth")
		if err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", n, err)
		}
		switch {
		case label != "" && truth != "" && label != truth:
			return nil, fmt.Errorf("corpus line %d: fields \"label\" (%q) and \"truth\" (%q) disagree", n, label, truth)
		case label != "":
			it.Label = label
		default:
			it.Label = truth
		}
		switch {
		case it.ID == "":
			return nil, fmt.Errorf("corpus line %d: field \"id\": empty", n)
		case it.Text == "":
			return nil, fmt.Errorf("corpus line %d: field \"text\": empty", n)
		case !utf8.ValidString(it.Text):
			return nil, fmt.Errorf("corpus line %d: field \"text\": invalid UTF-8", n)
		case !utf8.ValidString(it.Label):
			return nil, fmt.Errorf("corpus line %d: label: invalid UTF-8", n)
		}
		if prev, dup := ids[it.ID]; dup {
			return nil, fmt.Errorf("corpus line %d: id %q already used on line %d", n, it.ID, prev)
		}
		ids[it.ID] = n
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("corpus line %d: longer than the limit of %d bytes per line", n+1, MaxLineBytes)
		}
		return nil, fmt.Errorf("corpus line %d: %w", n+1, err)
	}
	return items, nil
}

// labelOf reads a label field: absent or null is no label, a string is the
// label, an integer is the class index written in decimal.
func labelOf(raw json.RawMessage, field string) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var i int64
	if err := json.Unmarshal(raw, &i); err == nil {
		return strconv.FormatInt(i, 10), nil
	}
	return "", fmt.Errorf("field %q: want a string or an integer, got %s", field, truncate(raw, 40))
}

func truncate(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	return string(b[:n]) + "…"
}
