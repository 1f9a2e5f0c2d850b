//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package journal

import (
	"os"
	"time"
)

// lockFile does nothing where bbolt does not lock with flock: the file is
// checked unlocked, and bbolt.Open then takes its own lock (and reports
// another process holding it).
func lockFile(*os.File, time.Duration) error { return nil }

func unlockFile(*os.File) {}
