package wallet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	"golang.org/x/term"
)

// PasswordEnv is the environment variable scripts may set to the passphrase.
const PasswordEnv = "KAPPA_PASSWORD"

// ErrNoPassphrase says no passphrase source is available: no password file,
// no KAPPA_PASSWORD and no terminal to ask on.
var ErrNoPassphrase = errors.New("no passphrase: give --password-file, set " + PasswordEnv + ", or run in a terminal")

// Prompter asks the user for a secret without echoing it.
type Prompter interface {
	// ReadSecret shows prompt and reads one line without echoing it.
	ReadSecret(prompt string) ([]byte, error)
}

// EnvWarning is the warning given when a passphrase is taken from
// KAPPA_PASSWORD outside CI.
const EnvWarning = "the passphrase comes from " + PasswordEnv + ", which other programs running as you can read in /proc/PID/environ " +
	"(and which programs started from the same shell inherit); use --password-file FILE (mode 0600) or type it at the prompt"

// Passphrases finds the passphrase the user chose to give, in this order:
// a password file, the KAPPA_PASSWORD environment variable, an interactive
// prompt. Each call reads afresh: nothing is cached.
type Passphrases struct {
	// File is the --password-file path; empty for none.
	File string
	// Env is the value of KAPPA_PASSWORD and EnvSet whether it was set.
	Env    string
	EnvSet bool
	// Prompt asks on a terminal; nil when there is none.
	Prompt Prompter
	// Warn, when set, receives EnvWarning each time the passphrase is
	// taken from KAPPA_PASSWORD, unless CI is true (the variable CI is set:
	// there the variable is how secrets are given).
	Warn func(msg string)
	CI   bool
}

// Get returns the passphrase of an existing key. prompt is shown only when
// asking interactively. The caller clears the result after use.
func (p Passphrases) Get(prompt string) ([]byte, error) {
	switch {
	case p.File != "":
		return ReadPasswordFile(p.File)
	case p.EnvSet:
		// Programs this process starts must not inherit the passphrase.
		// (/proc/PID/environ keeps showing the value the process started
		// with: that is what the warning is about.)
		_ = os.Unsetenv(PasswordEnv)
		if p.Warn != nil && !p.CI {
			p.Warn(EnvWarning)
		}
		return []byte(p.Env), nil
	case p.Prompt != nil:
		return p.Prompt.ReadSecret(prompt)
	default:
		return nil, ErrNoPassphrase
	}
}

// GetNew returns a passphrase for a new key: asked twice when interactive,
// and refused when empty.
func (p Passphrases) GetNew(prompt string) ([]byte, error) {
	if p.File == "" && !p.EnvSet && p.Prompt != nil {
		first, err := ReadConfirmed(p.Prompt, prompt, "Repeat passphrase: ", "the passphrases do not match")
		if err != nil {
			return nil, err
		}
		if len(first) == 0 {
			return nil, errors.New("empty passphrase; a key needs a passphrase")
		}
		return first, nil
	}
	pass, err := p.Get(prompt)
	if err != nil {
		return nil, err
	}
	if len(pass) == 0 {
		return nil, errors.New("empty passphrase; a key needs a passphrase")
	}
	return pass, nil
}

// maxPasswordFile bounds what is read from a password file (or a pipe).
const maxPasswordFile = 64 << 10

// ReadPasswordFile returns the first line of the file at path, without its
// line ending, as geth's --password does. The caller clears the result.
//
// Like ssh with a private key, it refuses a regular file that other users
// may read or write (any group or other permission bit): the passphrase in
// it is theirs too. A FIFO, a pipe or a device is read as it is, so that
// --password-file <(pass show kappa) or /dev/stdin work.
func ReadPasswordFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read password file: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read password file: %w", err)
	}
	// (Windows has no such bits: every file there looks like 0666 or 0444.)
	if perm := fi.Mode().Perm(); fi.Mode().IsRegular() && perm&0o077 != 0 && runtime.GOOS != "windows" {
		return nil, &PasswordFileModeError{Path: path, Mode: perm}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxPasswordFile))
	defer clear(data)
	if err != nil {
		return nil, fmt.Errorf("read password file: %w", err)
	}
	line := data
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	if len(line) == 0 {
		return nil, fmt.Errorf("read password file %s: the first line is empty", path)
	}
	return bytes.Clone(line), nil
}

// PasswordFileModeError refuses a password file other users may read or
// write.
type PasswordFileModeError struct {
	Path string
	Mode fs.FileMode // permission bits
}

func (e *PasswordFileModeError) Error() string {
	return fmt.Sprintf("password file %s is mode %04o: other users may read or change it; run chmod 600 %s", e.Path, uint32(e.Mode), e.Path)
}

// TerminalPrompter prompts on the controlling terminal: standard input if it
// is one, else /dev/tty (so a key can be piped on stdin while the passphrase
// is typed). It returns nil when there is no terminal.
func TerminalPrompter(stdin *os.File, out io.Writer) Prompter {
	if stdin != nil && term.IsTerminal(int(stdin.Fd())) {
		return &ttyPrompter{in: stdin, out: out}
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil
	}
	defer tty.Close()
	if !term.IsTerminal(int(tty.Fd())) {
		return nil
	}
	return &ttyPrompter{}
}

// ttyPrompter reads from in, or opens /dev/tty for each prompt when in is
// nil, so no descriptor stays open between prompts.
type ttyPrompter struct {
	in  *os.File
	out io.Writer
}

func (t *ttyPrompter) ReadSecret(prompt string) ([]byte, error) {
	in, out := t.in, t.out
	if in == nil {
		tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err != nil {
			return nil, fmt.Errorf("read passphrase: %w", err)
		}
		defer tty.Close()
		in, out = tty, tty
	}
	fmt.Fprint(out, prompt)
	b, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(out)
	if err != nil {
		return nil, fmt.Errorf("read passphrase: %w", err)
	}
	return b, nil
}

// ReadConfirmed asks pr for a secret and, unless it is empty, asks again
// with repeat and fails with mismatch when the two differ. The repeat is
// zeroed; the caller owns (and clears) the secret returned.
func ReadConfirmed(pr Prompter, prompt, repeat, mismatch string) ([]byte, error) {
	first, err := pr.ReadSecret(prompt)
	if err != nil || len(first) == 0 {
		return first, err
	}
	second, err := pr.ReadSecret(repeat)
	defer clear(second)
	if err != nil {
		clear(first)
		return nil, err
	}
	if !bytes.Equal(first, second) {
		clear(first)
		return nil, errors.New(mismatch)
	}
	return first, nil
}
