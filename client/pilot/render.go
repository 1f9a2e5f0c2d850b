package pilot

import (
	"fmt"
	"io"
)

// Formats lists the names Render accepts, for a command's --format flag.
var Formats = []string{"text", "json", "html"}

// Render writes the report in the named format: "text" (WriteText), "json"
// (WriteJSON) or "html" (WriteHTML).
func Render(w io.Writer, r *Report, format string) error {
	switch format {
	case "text":
		return WriteText(w, r)
	case "json":
		return WriteJSON(w, r)
	case "html":
		return WriteHTML(w, r)
	}
	return fmt.Errorf("pilot: unknown report format %q (want text, json or html)", format)
}
