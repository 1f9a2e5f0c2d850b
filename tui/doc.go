// Package tui is kappa's terminal user interface: a root Bubble Tea model
// that switches between the annotate, chunks, feedback, review, pilot and
// wallet screens (tui/screens/...), with a tab row, a status line and a key
// help footer.
//
// The UI talks to the rest of kappa only through the Backend interface
// (tui/backend, re-exported here). Every Backend call runs inside a tea.Cmd
// and comes back as a typed message, so the UI never blocks on the network.
// tui/fake provides an in-memory Backend for tests and for the preview
// program in tui/internal/preview.
package tui
