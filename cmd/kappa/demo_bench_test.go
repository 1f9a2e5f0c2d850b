package main

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui"
)

// driveUntil runs a Bubble Tea model the way tea.Program does, minus the
// terminal: commands run concurrently and their messages go through
// Update, until the view satisfies done or the deadline passes.
func driveUntil(ctx context.Context, m tea.Model, done func(view string) bool) (string, error) {
	msgs := make(chan tea.Msg, 64)
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		go func() {
			msg := cmd()
			select {
			case msgs <- msg:
			case <-ctx.Done():
			}
		}()
	}
	run(m.Init())
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(cmd)
	for {
		if v := m.View(); done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return m.View(), ctx.Err()
		case msg := <-msgs:
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, c := range batch {
					run(c)
				}
				continue
			}
			var cmd tea.Cmd
			m, cmd = m.Update(msg)
			run(cmd)
		}
	}
}

// firstTaskShown reports whether the annotate screen shows a task with
// the sample campaign's labels.
func firstTaskShown(v string) bool {
	return strings.Contains(v, "task 1/8") && strings.Contains(v, "[1] Computers")
}

// BenchmarkDemoStartToFirstTask measures what `kappa demo` does before the
// user can label: a fresh devnet in an empty directory, the bots started
// (their pre-play goes on in the background), alice's client opened and a
// chunk claimed, then the UI model driven until the first task is in its
// view. devnet-ms is the devnet's share; shutdown is not timed.
func BenchmarkDemoStartToFirstTask(b *testing.B) {
	var devnetTotal time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		b.StartTimer()
		t0 := time.Now()
		dm, err := startDemo(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		devnetTotal += dm.startedDevnet.Sub(t0)
		opts := tui.DefaultOptions()
		opts.Tick = 0 // no item timer: the loop would never be idle
		if v, err := driveUntil(ctx, tui.New(dm.UI(), opts), firstTaskShown); err != nil {
			b.Fatalf("first task not shown: %v\n%s", err, v)
		}
		b.StopTimer()
		if err := dm.Close(); err != nil {
			b.Fatal(err)
		}
		cancel()
	}
	b.ReportMetric(float64(devnetTotal.Milliseconds())/float64(b.N), "devnet-ms")
}
