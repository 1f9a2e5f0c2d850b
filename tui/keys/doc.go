// Package keys holds every key binding of the terminal UI in one KeyMap,
// built with bubbles/key so that help text and matching come from the same
// place. Label hotkeys come from the campaign's schema and are built by
// LabelBindings, which also resolves clashes with the fixed keys.
package keys
