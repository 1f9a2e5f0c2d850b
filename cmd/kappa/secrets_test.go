//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/wallet"
)

// TestLightKDFIgnoredByRelease builds kappa as users get it (go build, not
// a test binary) and makes a key with KAPPA_LIGHT_KDF=1: the key must still
// be encrypted with the standard scrypt parameters, and --light-kdf must be
// an unknown flag. Only test binaries may make light keys.
func TestLightKDFIgnoredByRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kappa")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kappa")
	build := exec.Command(goTool, "build", "-buildvcs=false", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ks := filepath.Join(dir, "keystore")
	env := []string{
		"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"PATH=" + os.Getenv("PATH"), "KAPPA_NO_PROMPT=1", "CI=true",
		"KAPPA_LIGHT_KDF=1", wallet.PasswordEnv + "=release-test",
	}
	run := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.String(), errb.String(), err
	}
	if _, stderr, err := run("--keystore", filepath.Join(dir, "keystore-flag"), "wallet", "new", "--light-kdf"); err == nil || !strings.Contains(stderr, "unknown flag: --light-kdf") {
		t.Errorf("--light-kdf: %v, stderr %q; want an unknown flag", err, stderr)
	}
	stdout, stderr, err := run("--keystore", ks, "wallet", "new")
	if err != nil {
		t.Fatalf("kappa wallet new: %v\n%s", err, stderr)
	}
	st, err := wallet.Open(ks, wallet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := st.List()
	if err != nil || len(entries) != 1 || !strings.Contains(stdout, entries[0].Address.Hex()) {
		t.Fatalf("keystore has %v (%v); kappa printed %q", entries, err, stdout)
	}
	data, err := os.ReadFile(entries[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	kf, err := wallet.ParseKeyFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if kf.KDF != "scrypt" || kf.ScryptN != wallet.StandardScryptN || kf.ScryptP != wallet.StandardScryptP {
		t.Errorf("a release kappa with KAPPA_LIGHT_KDF=1 made a key with %s n=%d p=%d; want scrypt n=%d p=%d",
			kf.KDF, kf.ScryptN, kf.ScryptP, wallet.StandardScryptN, wallet.StandardScryptP)
	}
}

// lockedBuffer is a bytes.Buffer safe for one writer and one reader.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// openPTY opens a pseudo-terminal pair, or skips the test where there is
// none.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlock pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("pseudo-terminal number: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	go io.Copy(io.Discard, m) // the terminal's echo
	return m, s
}

// TestImportWeakKeystoreInteractive: importing geth's light keystore file
// with standard input on a terminal names the weak parameters and asks;
// "y" re-encrypts with the standard parameters under the new passphrase
// typed (without echo), "n" keeps the file as it is.
func TestImportWeakKeystoreInteractive(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt is slow")
	}
	fixture := filepath.Join("..", "..", "wallet", "testdata", "keystore-light",
		"UTC--2026-11-25T10-00-00.000000000Z--78c58cd26a0bf38c4c425f0c523cb658981768db")
	tests := []struct {
		name, typed string
		wantN       int
		unlockWith  string
		stderrHas   []string
	}{
		{"yes with a new passphrase", "y\nthe new passphrase\nthe new passphrase\n", wallet.StandardScryptN, "the new passphrase",
			[]string{"Re-encrypt it with the standard scrypt parameters (n=262144)? [y/N] ", "New passphrase (Enter keeps the current one): ",
				"Repeat the new passphrase: ", "re-encrypted with scrypt n=262144 p=1"}},
		{"yes keeping the passphrase", "yes\n\n", wallet.StandardScryptN, "correct horse battery staple",
			[]string{"New passphrase (Enter keeps the current one): ", "re-encrypted with scrypt n=262144 p=1"}},
		{"no", "n\n", wallet.LightScryptN, "",
			[]string{"Re-encrypt it with the standard scrypt parameters (n=262144)? [y/N] ", "kappa: warning: kept as it is"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			master, slave := openPTY(t)
			dir := t.TempDir()
			ks := filepath.Join(dir, "keystore")
			var stdout, stderr lockedBuffer
			app := &cli.App{
				Stdin: slave, Stdout: &stdout, Stderr: &stderr,
				Environ: []string{
					"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
					"CI=true", wallet.PasswordEnv + "=correct horse battery staple",
				},
			}
			defer app.Close()
			root := newRootCmd(app)
			root.SetArgs([]string{"--keystore", ks, "wallet", "import", fixture})
			root.SetIn(slave)
			root.SetOut(&stdout)
			root.SetErr(&stderr)
			// Typed ahead: the terminal keeps the lines until they are read.
			if _, err := master.WriteString(tt.typed); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := root.ExecuteContext(ctx); err != nil {
				t.Fatalf("import: %v\nstderr:\n%s", err, stderr.String())
			}
			errText := stderr.String()
			if !strings.Contains(errText, "kappa: warning: "+fixture+" has weak key derivation (scrypt n=4096, below the standard 262144)") {
				t.Errorf("stderr does not name the weak parameters:\n%s", errText)
			}
			for _, s := range tt.stderrHas {
				if !strings.Contains(errText, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errText)
				}
			}
			if strings.Contains(errText, "correct horse") || strings.Contains(errText, "the new passphrase\n") {
				t.Errorf("a passphrase was shown:\n%s", errText)
			}
			st, err := wallet.Open(ks, wallet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			entries, _ := st.List()
			if len(entries) != 1 {
				t.Fatalf("keystore has %v", entries)
			}
			data, _ := os.ReadFile(entries[0].Path)
			kf, err := wallet.ParseKeyFile(data)
			if err != nil {
				t.Fatal(err)
			}
			if kf.ScryptN != tt.wantN {
				t.Errorf("stored with n=%d, want %d", kf.ScryptN, tt.wantN)
			}
			if tt.unlockWith != "" {
				acct, err := st.Unlock(entries[0].Address, []byte(tt.unlockWith))
				if err != nil {
					t.Fatalf("unlock with the passphrase chosen: %v", err)
				}
				acct.Lock()
			}
		})
	}
}
