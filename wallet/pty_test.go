//go:build linux

package wallet

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair, or skips the test where there is
// none (containers without /dev/pts).
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
	return m, s
}

// typeWhenEchoOff waits until the terminal stops echoing, as a user would
// wait for the prompt, then types line.
func typeWhenEchoOff(t *testing.T, master, slave *os.File, line string) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
		if err != nil {
			t.Error(err)
			return
		}
		if tio.Lflag&unix.ECHO == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Error("the prompt never turned echo off")
			break // type anyway, so the reader does not hang
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := master.WriteString(line); err != nil {
		t.Error(err)
	}
}

// screen collects what the terminal shows.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until the screen shows text.
func (s *screen) waitFor(t *testing.T, text string) bool {
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(s.String(), text) {
		if time.Now().After(deadline) {
			t.Errorf("the terminal never showed %q; it shows %q", text, s.String())
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// TestTerminalPromptNoEcho types passphrases on a real pseudo-terminal: the
// prompts appear, the typed passphrase is read, and it is never echoed.
func TestTerminalPromptNoEcho(t *testing.T) {
	master, slave := openPTY(t)
	var shown screen
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := master.Read(buf)
			shown.mu.Lock()
			shown.buf.Write(buf[:n])
			shown.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()

	p := TerminalPrompter(slave, slave)
	if p == nil {
		t.Fatal("TerminalPrompter found no terminal on a pseudo-terminal")
	}
	typed := make(chan struct{})
	go func() {
		defer close(typed)
		for _, prompt := range []string{"New passphrase: ", "Repeat passphrase: "} {
			if !shown.waitFor(t, prompt) {
				return
			}
			typeWhenEchoOff(t, master, slave, "s3cret phrase\n")
		}
	}()
	got, err := Passphrases{Prompt: p}.GetNew("New passphrase: ")
	<-typed
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "s3cret phrase" {
		t.Fatalf("read %q", got)
	}
	time.Sleep(20 * time.Millisecond) // let the last newline reach the screen
	if out := shown.String(); strings.Contains(out, "s3cret") {
		t.Errorf("the passphrase was echoed: %q", out)
	}
}
