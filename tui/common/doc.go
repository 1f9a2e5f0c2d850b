// Package common is the context shared by every screen and component of the
// terminal UI (size, styles, key map, backend, clock) and the messages they
// exchange. It plays the part of soft-serve's pkg/ui/common.
package common
