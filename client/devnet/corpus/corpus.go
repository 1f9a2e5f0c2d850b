package corpus

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
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
// unique id, a non-empty UTF-8 text and a label (empty when unknown). Blank
// lines are skipped; errors name the line.
func Read(r io.Reader) ([]Item, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	ids := map[string]int{}
	var items []Item
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var it Item
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&it); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", n, err)
		}
		switch {
		case it.ID == "":
			return nil, fmt.Errorf("corpus line %d: field \"id\": empty", n)
		case it.Text == "":
			return nil, fmt.Errorf("corpus line %d: field \"text\": empty", n)
		case !utf8.ValidString(it.Text):
			return nil, fmt.Errorf("corpus line %d: field \"text\": invalid UTF-8", n)
		}
		if prev, dup := ids[it.ID]; dup {
			return nil, fmt.Errorf("corpus line %d: id %q already used on line %d", n, it.ID, prev)
		}
		ids[it.ID] = n
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return items, nil
}
