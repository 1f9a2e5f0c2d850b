// Package styles holds every lipgloss style the terminal UI uses, in one
// struct built by DefaultStyles, so that view code never invents styles
// inline and NO_COLOR can switch the whole UI to plain text in one place.
package styles
