// Package statusbar renders the status line: the last error or
// confirmation on the left; reputation, pending and paid earnings and the
// connection state of chain and IPFS on the right.
package statusbar
