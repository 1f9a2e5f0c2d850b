// Package footer renders the key help at the bottom of the UI with
// bubbles/help: the short help on one line, or every binding when the user
// asks for the full help.
package footer
