package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Fit pads or cuts a block to exactly w×h cells, measured with the ANSI-
// and Unicode-aware width functions, so screens never push the status bar
// or footer off the terminal. It measures each line once and pads with
// spaces itself: it runs on every frame, and lipgloss's general renderer
// was most of the keypress-to-frame time.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + w*h/2)
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		if n == h {
			break
		}
		if n > 0 {
			b.WriteByte('\n')
		}
		lw := ansi.StringWidth(line)
		if lw > w {
			line = ansi.Truncate(line, w, "")
			lw = ansi.StringWidth(line)
		}
		b.WriteString(line)
		b.WriteString(spaces(w - lw))
		n++
	}
	for ; n < h; n++ {
		if n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(spaces(w))
	}
	return b.String()
}

const blanks = "                                                                                                                                "

// spaces returns n spaces without allocating for common widths.
func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(blanks) {
		return blanks[:n]
	}
	return strings.Repeat(" ", n)
}

// Spread puts left and right on one line of width w with spaces between,
// cutting left first when both do not fit.
func Spread(left, right string, w int) string {
	rw := ansi.StringWidth(right)
	if rw >= w {
		return ansi.Truncate(right, w, "…")
	}
	if lw := ansi.StringWidth(left); lw+1+rw > w {
		left = ansi.Truncate(left, w-1-rw, "…")
	}
	return left + strings.Repeat(" ", max(1, w-ansi.StringWidth(left)-rw)) + right
}

// Wrap wraps text to w cells (words first, then hard breaks for words
// longer than the line, as CJK runs often are).
func Wrap(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Wrap(s, w, "")
}

// Loading is the body of a screen whose data has not arrived: a wait
// message, or the error of the last attempt and how to retry.
func Loading(what, loadErr string, w int) string {
	if loadErr == "" {
		return "Loading " + what + "…"
	}
	return Wrap("Could not load "+what+": "+loadErr+"\n\nPress r to retry.", w)
}
