package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kappa-dev/kappa/wallet"
)

func testApp(t *testing.T, env ...string) (*App, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	a := &App{
		Stdout: &out, Stderr: &errb,
		Environ: append([]string{
			"HOME=" + dir,
			"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
			"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
			EnvLightKDF + "=1",
			EnvNoPrompt + "=1",
		}, env...),
	}
	return a, &out, &errb
}

func TestColor(t *testing.T) {
	tests := []struct {
		name    string
		env     []string
		noColor bool
		want    bool
	}{
		{"default", nil, false, true},
		{"NO_COLOR set", []string{"NO_COLOR=1"}, false, false},
		{"NO_COLOR empty is unset", []string{"NO_COLOR="}, false, true},
		{"--no-color", nil, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, _ := testApp(t, tt.env...)
			a.Flags.NoColor = tt.noColor
			if got := a.Color(); got != tt.want {
				t.Errorf("Color() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPrint(t *testing.T) {
	v := map[string]string{"address": "0xabc"}
	text := func(w io.Writer) error { _, err := fmt.Fprintln(w, "0xabc"); return err }

	a, out, _ := testApp(t)
	if err := a.Print(v, text); err != nil || out.String() != "0xabc\n" {
		t.Errorf("text: %q, %v", out, err)
	}
	a, out, _ = testApp(t)
	a.Flags.JSON = true
	if err := a.Print(v, text); err != nil || out.String() != "{\n  \"address\": \"0xabc\"\n}\n" {
		t.Errorf("json: %q, %v", out, err)
	}
}

// TestUnlockOncePerSession: the passphrase is read once; later calls reuse
// the unlocked key, and Close locks it.
func TestUnlockOncePerSession(t *testing.T) {
	a, _, _ := testApp(t)
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a.Flags.PasswordFile = pw
	st, err := a.Keystore()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(st.Dir(), filepath.Join("data", "kappa", "keystore")) {
		t.Errorf("keystore %s is not under XDG_DATA_HOME", st.Dir())
	}
	e, err := st.New([]byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	acct, err := a.Unlock(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if acct.Address() != e.Address {
		t.Fatalf("unlocked %s, want %s", acct.Address().Hex(), e.Address.Hex())
	}
	// The password file is gone: a second unlock must not need it.
	os.Remove(pw)
	again, err := a.Unlock(context.Background())
	if err != nil || again != acct {
		t.Fatalf("second Unlock = %p, %v; want the same account without a passphrase", again, err)
	}
	a.Close()
	if !acct.Locked() {
		t.Error("Close did not lock the account")
	}
	if _, err := a.Unlock(context.Background()); err == nil || !strings.Contains(err.Error(), "password file") {
		t.Errorf("Unlock after Close: %v, want it to read the passphrase again", err)
	}
}

func TestPassphraseSources(t *testing.T) {
	a, _, _ := testApp(t, wallet.PasswordEnv+"=from-env")
	p := a.Passphrases()
	if !p.EnvSet || p.Env != "from-env" || p.Prompt != nil {
		t.Errorf("env source: %+v", p)
	}
	a, _, _ = testApp(t, wallet.PasswordEnv+"=")
	if p := a.Passphrases(); p.EnvSet {
		t.Error("an empty KAPPA_PASSWORD counted as a passphrase")
	}
	if _, err := a.Passphrases().Get("x"); err != wallet.ErrNoPassphrase {
		t.Errorf("no source: %v, want ErrNoPassphrase", err)
	}
}
