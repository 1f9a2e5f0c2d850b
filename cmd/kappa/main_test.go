package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run "kappa" in the test binary itself.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"kappa": main})
}

// TestScripts runs testdata/script/*.txtar: the command line as users type
// it. Each script gets its own XDG directories and HOME, light scrypt
// parameters, no terminal prompt, and CI=true (so KAPPA_PASSWORD draws no
// warning unless a script sets CI= ); $FIXTURES is wallet/testdata.
func TestScripts(t *testing.T) {
	fixtures, err := filepath.Abs("../../wallet/testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, "data"))
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, "config"))
			env.Setenv("KAPPA_LIGHT_KDF", "1")
			env.Setenv("KAPPA_NO_PROMPT", "1")
			env.Setenv("CI", "true")
			env.Setenv("FIXTURES", fixtures)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mode": cmdMode,
		},
	})
}

// cmdMode checks a file's permission bits: mode PATH 0600.
func cmdMode(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: mode PATH OCTAL")
	}
	want, err := strconv.ParseUint(args[1], 8, 32)
	if err != nil {
		ts.Fatalf("mode: %v", err)
	}
	fi, err := os.Stat(ts.MkAbs(args[0]))
	ts.Check(err)
	got := uint64(fi.Mode().Perm())
	if (got == want) == neg {
		ts.Fatalf("%s has mode %s, want %s%04o", args[0], fmt.Sprintf("%04o", got), map[bool]string{true: "not ", false: ""}[neg], want)
	}
}
