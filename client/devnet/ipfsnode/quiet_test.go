package ipfsnode

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	shell "github.com/ipfs/go-ipfs-api"
	logging "github.com/ipfs/go-log/v2"
	"github.com/libp2p/go-libp2p/gologshim"
)

// TestQuiet runs a node's whole life in a child process and checks that
// nothing reaches stdout or stderr: a node inside the TUI must never
// scribble over the screen.
func TestQuiet(t *testing.T) {
	if os.Getenv("KAPPA_IPFSNODE_CHILD") == "1" {
		quietChild(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestQuiet$", "-test.count=1")
	env := []string{"KAPPA_IPFSNODE_CHILD=1", "HOME=" + t.TempDir()}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOLOG_") && !strings.HasPrefix(kv, "IPFS_") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\nstdout: %s\nstderr: %s", err, &stdout, &stderr)
	}
	if out := strings.TrimSpace(stdout.String()); out != "PASS" || stderr.Len() != 0 {
		t.Fatalf("the node wrote output:\nstdout: %q\nstderr: %q", stdout.String(), stderr.String())
	}
}

// quietChild exercises start, API calls, a failing lookup, restart and
// close, all of which kubo would like to log about.
func quietChild(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		n, err := Start(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		// What any kubo or libp2p subsystem logging an error would do.
		logging.Logger("core").Error("probe: go-log must be silent")
		gologshim.Logger("swarm2").Error("probe: libp2p slog must be silent")
		sh := shell.NewShell(n.APIAddr())
		if _, err := sh.Add(strings.NewReader("quiet"), shell.CidVersion(1), shell.RawLeaves(true)); err != nil {
			t.Fatal(err)
		}
		sh.SetTimeout(200 * time.Millisecond)
		sh.Cat("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy") // never added: times out
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
