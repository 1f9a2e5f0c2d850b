// Package table renders a scrolling table with a cursor, measuring every
// cell in terminal cells (ansi.StringWidth), so CJK, emoji and
// right-to-left text never push a column out of line.
package table
