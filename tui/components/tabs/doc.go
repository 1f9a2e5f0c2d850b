// Package tabs renders the row of screen tabs at the top of the UI.
package tabs
