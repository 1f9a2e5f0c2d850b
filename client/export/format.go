package export

import (
	"fmt"
	"io"
)

// Formats lists the names NewWriter accepts, for a command's --format flag.
var Formats = []string{"jsonl", "csv", "labelstudio"}

// NewWriter returns the writer for the named format: "jsonl", "csv" (with k
// annotator slots) or "labelstudio" (with ls).
func NewWriter(format string, w io.Writer, k int, ls LabelStudioOptions) (Writer, error) {
	switch format {
	case "jsonl":
		return NewJSONLWriter(w), nil
	case "csv":
		return NewCSVWriter(w, k), nil
	case "labelstudio":
		return NewLabelStudioWriter(w, ls), nil
	}
	return nil, fmt.Errorf("export: unknown format %q (want jsonl, csv or labelstudio)", format)
}
