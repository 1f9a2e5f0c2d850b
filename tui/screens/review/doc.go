// Package review is the reviewer's screen: open disputes with their text,
// every revealed label with the annotator's address and reputation, and the
// reviewer's earnings. The reviewer picks the final label with the schema's
// hotkeys (toggles for multi-label schemas) and confirms with enter; the
// ruling is sent with Backend.Resolve.
package review
