// Command kappa is the terminal client for token-incentivized text labeling.
//
// Each command group lives in its own file and registers itself with
// addCommandGroup (see root.go).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:]))
}
