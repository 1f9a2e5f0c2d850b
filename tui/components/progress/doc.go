// Package progress renders a one-line progress bar with a count, sized in
// terminal cells so it never breaks the layout.
package progress
