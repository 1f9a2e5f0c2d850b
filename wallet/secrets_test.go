package wallet

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPassphraseFromEnv: a passphrase taken from KAPPA_PASSWORD draws a
// warning naming the variable and the alternatives (never the passphrase)
// unless CI is set, and is removed from the process environment, so a
// program started afterwards does not inherit it.
func TestPassphraseFromEnv(t *testing.T) {
	for _, ci := range []bool{false, true} {
		name := "interactive"
		if ci {
			name = "CI"
		}
		t.Run(name, func(t *testing.T) {
			t.Setenv(PasswordEnv, "env-secret")
			var warnings []string
			p := Passphrases{Env: "env-secret", EnvSet: true, CI: ci, Warn: func(m string) { warnings = append(warnings, m) }}
			got, err := p.Get("Passphrase: ")
			if err != nil || string(got) != "env-secret" {
				t.Fatalf("got %q, %v", got, err)
			}
			if ci && len(warnings) != 0 {
				t.Errorf("warned under CI: %q", warnings)
			}
			if !ci {
				if len(warnings) != 1 || !strings.Contains(warnings[0], PasswordEnv) ||
					!strings.Contains(warnings[0], "--password-file") || !strings.Contains(warnings[0], "prompt") {
					t.Errorf("warnings = %q, want one naming %s, --password-file and the prompt", warnings, PasswordEnv)
				}
			}
			for _, w := range warnings {
				if strings.Contains(w, "env-secret") {
					t.Error("the warning shows the passphrase")
				}
			}
			if v, ok := os.LookupEnv(PasswordEnv); ok {
				t.Errorf("%s is still in the process environment (%d bytes)", PasswordEnv, len(v))
			}
			envPath, err := exec.LookPath("env")
			if err != nil {
				t.Skip("no env program to start")
			}
			out, err := exec.Command(envPath).Output()
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(out, []byte(PasswordEnv)) || bytes.Contains(out, []byte("env-secret")) {
				t.Errorf("a child process inherited %s", PasswordEnv)
			}

			// GetNew reads it the same way.
			warnings = nil
			if _, err := p.GetNew("Passphrase: "); err != nil {
				t.Fatal(err)
			}
			if len(warnings) != map[bool]int{false: 1, true: 0}[ci] {
				t.Errorf("GetNew warnings = %q", warnings)
			}
		})
	}
	t.Run("file wins: no warning", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "pw")
		os.WriteFile(file, []byte("from-file\n"), 0o600)
		var warnings []string
		p := Passphrases{File: file, Env: "env-secret", EnvSet: true, Warn: func(m string) { warnings = append(warnings, m) }}
		if got, err := p.Get("Passphrase: "); err != nil || string(got) != "from-file" {
			t.Fatalf("got %q, %v", got, err)
		}
		if len(warnings) != 0 {
			t.Errorf("warned though the variable was not used: %q", warnings)
		}
	})
}

// TestWeakKDF: scrypt below n=2^18 and pbkdf2 below 2^18 iterations are
// weak; the standard fixture and the specification's vectors are not.
func TestWeakKDF(t *testing.T) {
	readOne := func(dir string) []byte {
		des, err := os.ReadDir(filepath.Join("testdata", dir))
		if err != nil || len(des) != 1 {
			t.Fatalf("testdata/%s: %v", dir, err)
		}
		b, err := os.ReadFile(filepath.Join("testdata", dir, des[0].Name()))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	pbkdf2 := func(c string) []byte {
		return []byte(`{"version":3,"crypto":{"cipher":"aes-128-ctr","ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",` +
			`"cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},"kdf":"pbkdf2","kdfparams":{"c":` + c +
			`,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},` +
			`"mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"}}`)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"geth light", readOne("keystore-light"), "scrypt n=4096, below the standard 262144"},
		{"geth standard", readOne("keystore-standard"), ""},
		{"ethers v4", read("ethers-v4-dogs.json"), "scrypt n=131072, below the standard 262144"},
		{"spec scrypt", read("spec-scrypt-testpassword.json"), ""},
		{"spec pbkdf2", read("spec-pbkdf2-testpassword.json"), ""},
		{"pbkdf2 10240", pbkdf2("10240"), "pbkdf2 with 10240 iterations, below 262144"},
		{"pbkdf2 600000", pbkdf2("600000"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kf, err := ParseKeyFile(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got := kf.WeakKDF(); got != tt.want {
				t.Errorf("WeakKDF() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestImportReencrypted: a light keystore file is stored with the standard
// scrypt parameters (even by a Store that encrypts new keys with the light
// ones), under the same passphrase or a new one; the input is not changed.
func TestImportReencrypted(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt is slow")
	}
	des, _ := os.ReadDir(filepath.Join("testdata", "keystore-light"))
	src, err := os.ReadFile(filepath.Join("testdata", "keystore-light", des[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	orig := bytes.Clone(src)
	check := func(t *testing.T, s *Store, e Entry, pass, wrong string) {
		t.Helper()
		if e.Address != lightAddr {
			t.Fatalf("imported %s, want %s", e.Address.Hex(), lightAddr.Hex())
		}
		stored, err := os.ReadFile(e.Path)
		if err != nil {
			t.Fatal(err)
		}
		kf, err := ParseKeyFile(stored)
		if err != nil {
			t.Fatal(err)
		}
		if kf.KDF != "scrypt" || kf.ScryptN != StandardScryptN || kf.ScryptP != StandardScryptP || kf.WeakKDF() != "" {
			t.Errorf("stored with %s n=%d p=%d, want scrypt n=%d p=%d", kf.KDF, kf.ScryptN, kf.ScryptP, StandardScryptN, StandardScryptP)
		}
		if fi, _ := os.Stat(e.Path); fi.Mode().Perm() != FileMode {
			t.Errorf("key file mode %v", fi.Mode().Perm())
		}
		acct, err := s.Unlock(lightAddr, []byte(pass))
		if err != nil {
			t.Fatalf("unlock with %q: %v", pass, err)
		}
		acct.Lock()
		if wrong != "" {
			if _, err := s.Unlock(lightAddr, []byte(wrong)); !errors.Is(err, ErrWrongPassphrase) {
				t.Errorf("unlock with the old passphrase: %v, want ErrWrongPassphrase", err)
			}
		}
		if !bytes.Equal(src, orig) {
			t.Error("the imported bytes were changed")
		}
	}
	t.Run("same passphrase", func(t *testing.T) {
		s, _ := lightStore(t)
		e, err := s.ImportReencrypted(src, []byte(fixturePassphrase), nil)
		if err != nil {
			t.Fatal(err)
		}
		check(t, s, e, fixturePassphrase, "")
	})
	t.Run("new passphrase", func(t *testing.T) {
		s, _ := lightStore(t)
		newPass := []byte("a new and longer passphrase")
		e, err := s.ImportReencrypted(src, []byte(fixturePassphrase), newPass)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(newPass, make([]byte, len(newPass))) {
			t.Error("the new passphrase was not zeroed")
		}
		check(t, s, e, "a new and longer passphrase", fixturePassphrase)
	})
	t.Run("wrong passphrase", func(t *testing.T) {
		s, _ := lightStore(t)
		if _, err := s.ImportReencrypted(src, []byte("wrong"), nil); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("error = %v, want ErrWrongPassphrase", err)
		}
		if list, _ := s.List(); len(list) != 0 {
			t.Errorf("a key was stored: %v", list)
		}
	})
	t.Run("duplicate", func(t *testing.T) {
		s, _ := lightStore(t)
		if _, err := s.Import(src, []byte(fixturePassphrase)); err != nil {
			t.Fatal(err)
		}
		var dup *DuplicateError
		if _, err := s.ImportReencrypted(src, []byte(fixturePassphrase), nil); !errors.As(err, &dup) {
			t.Fatalf("error = %v, want a DuplicateError", err)
		}
	})
}
