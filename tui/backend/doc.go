// Package backend defines what the terminal UI needs from the rest of kappa:
// the Backend interface and the plain data types that cross it.
//
// The interface is consumer-side on purpose: the screens are written and
// tested against it (with tui/fake), and the real client library is adapted
// to it. Nothing here performs I/O; the package also holds the pure helpers
// the screens share to present those types (token amounts, by client/token;
// rates, confusions).
package backend
