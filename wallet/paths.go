package wallet

import (
	"errors"
	"path/filepath"
)

// DefaultDirEnv is kappa's own keystore: $XDG_DATA_HOME/kappa/keystore, or
// ~/.local/share/kappa/keystore when XDG_DATA_HOME is unset or not absolute
// (the XDG base directory spec says to ignore relative values). It reads the
// environment through getenv, for callers that carry their own environment
// (tests, an in-process CLI).
func DefaultDirEnv(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "kappa", "keystore"), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("no keystore directory: neither XDG_DATA_HOME nor HOME is set; use --keystore")
	}
	return filepath.Join(home, ".local", "share", "kappa", "keystore"), nil
}
