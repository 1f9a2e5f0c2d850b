package wallet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakePrompter answers prompts from a list, as a user typing would.
type fakePrompter struct{ answers []string }

func (f *fakePrompter) ReadSecret(string) ([]byte, error) {
	if len(f.answers) == 0 {
		return nil, errors.New("no more answers")
	}
	a := f.answers[0]
	f.answers = f.answers[1:]
	return []byte(a), nil
}

func TestReadPasswordFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path, want, wantErr string
	}{
		{"one line", write("a", "secret\n"), "secret", ""},
		{"no newline", write("b", "secret"), "secret", ""},
		{"crlf and more lines", write("c", "secret\r\nsecond\n"), "secret", ""},
		{"spaces kept", write("d", " sp ace \n"), " sp ace ", ""},
		{"empty", write("e", ""), "", "first line is empty"},
		{"missing", filepath.Join(dir, "nope"), "", "no such file"},
		{"directory", dir, "", "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadPasswordFile(tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "password file") {
					t.Fatalf("error = %v, want %q about the password file", err, tt.wantErr)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestPassphrasesOrder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(file, []byte("from-file\n"), 0o600)
	tests := []struct {
		name    string
		p       Passphrases
		newKey  bool
		want    string
		wantErr string
	}{
		{"file wins", Passphrases{File: file, Env: "from-env", EnvSet: true, Prompt: &fakePrompter{[]string{"typed"}}}, false, "from-file", ""},
		{"env next", Passphrases{Env: "from-env", EnvSet: true, Prompt: &fakePrompter{[]string{"typed"}}}, false, "from-env", ""},
		{"prompt last", Passphrases{Prompt: &fakePrompter{[]string{"typed"}}}, false, "typed", ""},
		{"nothing", Passphrases{}, false, "", "--password-file"},
		{"new: asked twice", Passphrases{Prompt: &fakePrompter{[]string{"typed", "typed"}}}, true, "typed", ""},
		{"new: mismatch", Passphrases{Prompt: &fakePrompter{[]string{"typed", "typo"}}}, true, "", "do not match"},
		{"new: empty env", Passphrases{Env: "", EnvSet: true}, true, "", "empty passphrase"},
		{"new: empty typed", Passphrases{Prompt: &fakePrompter{[]string{"", ""}}}, true, "", "empty passphrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			get := tt.p.Get
			if tt.newKey {
				get = tt.p.GetNew
			}
			got, err := get("Passphrase: ")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
