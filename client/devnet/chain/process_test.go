package chain

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// These tests re-execute the test binary as a child that runs a chain, so
// that what a real process does can be observed from outside: what it
// prints, and what survives a SIGKILL.

const childEnv = "KAPPA_CHAIN_CHILD"

// childKey is a fixed funded key shared by parent and child.
var childKey = func() *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	if err != nil {
		panic(err)
	}
	return k
}()

func childOptions(dir string) Options {
	return Options{Dir: dir, Alloc: Fund(new(big.Int).Mul(big.NewInt(100), oneEther), crypto.PubkeyToAddress(childKey.PublicKey))}
}

// TestHelperProcess is the child. It is a no-op in a normal test run.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(childEnv)
	if mode == "" {
		t.Skip("helper process for the tests in process_test.go")
	}
	dir := os.Getenv(childEnv + "_DIR")
	c, err := Start(context.Background(), childOptions(dir))
	if err != nil {
		fmt.Fprintln(os.Stderr, "child start:", err)
		os.Exit(2)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000d00d")
	for range 3 {
		transfer(t, c.Client(), childKey, to, big.NewInt(7))
	}
	switch mode {
	case "quiet":
		if err := c.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "child close:", err)
			os.Exit(2)
		}
		os.Exit(0) // skip the testing package's own PASS line
	case "kill":
		// Tell the parent the transfers are mined, then wait to be killed.
		fmt.Fprintln(os.Stdout, "mined")
		time.Sleep(time.Minute)
		os.Exit(3)
	}
}

func child(t *testing.T, mode, dir string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childEnv+"_DIR="+dir)
	return cmd
}

// TestSilent: a chain started, used and closed writes nothing to stdout or
// stderr, so it can run under a TUI.
func TestSilent(t *testing.T) {
	cmd := child(t, "quiet", t.TempDir())
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\nstderr: %s", err, stderr.String())
	}
	if stdout.Len() != 0 || stderr.Len() != 0 {
		t.Errorf("chain wrote output:\nstdout: %q\nstderr: %q", stdout.String(), stderr.String())
	}
}

// TestKilledChainResumes: a chain process killed with SIGKILL (a crash, a
// closed laptop) loses no mined transaction.
func TestKilledChainResumes(t *testing.T) {
	dir := t.TempDir()
	cmd := child(t, "kill", dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "mined\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, %v\nstderr: %s", line, err, stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	c := start(t, childOptions(dir))
	to := common.HexToAddress("0x00000000000000000000000000000000000d00d")
	if got := balance(t, c.Client(), to); got.Int64() != 21 {
		n, _ := c.Client().BlockNumber(context.Background())
		t.Errorf("after SIGKILL: balance %v at height %d, want 21 (three mined transfers of 7)", got, n)
	}
}
