// Command kappa is the terminal client for token-incentivized text labeling.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "kappa: under construction; see README.md")
	os.Exit(0)
}
