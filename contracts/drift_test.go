package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedArtifactsUpToDate regenerates build/combined.json and
// bindings/bindings.go into a temporary directory, with the same two steps
// as generate.go, and fails if they differ from the committed files by a
// single byte. It needs node and `npm ci` in contracts/ (CI does both).
func TestGeneratedArtifactsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("drift test compiles the contracts; skipped in -short mode")
	}
	// Under CI a missing tool is a failure, not a skip: the drift check
	// must never pass by not running.
	skip := t.Skip
	if os.Getenv("CI") != "" {
		skip = t.Fatal
	}
	if _, err := exec.LookPath("node"); err != nil {
		skip("node not installed: cannot check generated artifacts for drift (CI installs it)")
	}
	if _, err := os.Stat(filepath.Join("node_modules", "solc", "package.json")); err != nil {
		skip("contracts/node_modules missing: run `npm ci` in contracts/ to check generated artifacts for drift")
	}
	tmp := t.TempDir()
	run := func(name string, args ...string) {
		t.Helper()
		cmd := exec.Command(name, args...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
	}
	// keep in step with the //go:generate lines of generate.go
	run("node", "scripts/compile.js", filepath.Join(tmp, "build"))
	run("go", "tool", "abigen", "--v2", "--combined-json", filepath.Join(tmp, "build", "combined.json"),
		"--pkg", "bindings", "--out", filepath.Join(tmp, "bindings.go"))
	for committed, fresh := range map[string]string{
		filepath.Join("build", "combined.json"):  filepath.Join(tmp, "build", "combined.json"),
		filepath.Join("bindings", "bindings.go"): filepath.Join(tmp, "bindings.go"),
	} {
		want, err := os.ReadFile(committed)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(fresh)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `go generate ./contracts` and commit the result", committed)
		}
	}
}
