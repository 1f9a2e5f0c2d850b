package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives a program in a detached tmux session on a private
// server (-L), so a user's own tmux is never touched.
type tmuxSession struct {
	t      *testing.T
	socket string
}

func (s *tmuxSession) run(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (s *tmuxSession) screen() string {
	out, err := s.run("capture-pane", "-t", "demo", "-p")
	if err != nil {
		s.t.Fatalf("tmux capture-pane: %v: %s", err, out)
	}
	return out
}

func (s *tmuxSession) keys(keys ...string) {
	if out, err := s.run(append([]string{"send-keys", "-t", "demo"}, keys...)...); err != nil {
		s.t.Fatalf("tmux send-keys %v: %v: %s", keys, err, out)
	}
}

// waitScreen polls the screen until every want appears on it, failing
// with the last screen after within.
func (s *tmuxSession) waitScreen(within time.Duration, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(within)
	for {
		scr := s.screen()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(scr, w)
		}
		if ok {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("after %v the screen lacks %q:\n%s", within, want, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestDemoInTmux runs `kappa demo` as a user would, in a detached tmux
// session at 80x24: the first task must appear, the label key must label it
// and move on, and q must quit with status 0 and a clean terminal.
func TestDemoInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kappa and starts a devnet")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed: CI must install it for the demo's terminal test")
		}
		t.Skip("tmux is not installed: the demo's terminal test needs it (CI installs it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kappa")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("kappa-test-%d", os.Getpid())}
	t.Cleanup(func() { s.run("kill-server") })
	exitFile := filepath.Join(dir, "exit")
	script := fmt.Sprintf("%s demo --dir %s; echo $? > %s; sleep 60", bin, filepath.Join(dir, "demo"), exitFile)
	start := time.Now()
	if out, err := s.run("new-session", "-d", "-s", "demo", "-x", "80", "-y", "24",
		"-e", "NO_COLOR=", "-e", "HOME="+filepath.Join(dir, "home"), "sh", "-c", script); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}

	// The first task: chunk progress at 0, the labels with their keys.
	scr := s.waitScreen(time.Minute, "task 1/8", "0/8", "[1] Computers", "[5] Sports")
	t.Logf("kappa demo start to first task on screen: %v", time.Since(start).Round(time.Millisecond))
	for _, line := range strings.Split(strings.TrimRight(scr, "\n"), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("line wider than 80 cells (%d): %q", w, line)
		}
	}
	s.keys("1")
	scr = s.waitScreen(20*time.Second, "task 2/8", "1/8")
	if !strings.Contains(scr, "7 to go") {
		t.Errorf("after one label the screen does not say 7 to go:\n%s", scr)
	}
	// The status line reaches the chain and IPFS.
	s.waitScreen(20*time.Second, "chain ✓", "ipfs ✓")

	s.keys("q")
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, err := os.ReadFile(exitFile)
		if err == nil && len(b) > 0 {
			if got := strings.TrimSpace(string(b)); got != "0" {
				t.Fatalf("kappa demo exited with status %s; screen:\n%s", got, s.screen())
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("kappa demo did not exit within 30s of q; screen:\n%s", s.screen())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Out of the alternate screen: the UI is gone, the start message stays.
	scr = s.screen()
	if strings.Contains(scr, "1 Annotate") || !strings.Contains(scr, "kappa demo: starting") {
		t.Errorf("screen after exit:\n%s", scr)
	}
}
