// Command preview runs the terminal UI against the in-memory fake backend,
// so the screens can be tried without a chain or IPFS node:
//
//	go run ./tui/internal/preview [-latency 300ms] [-multi] [-tasks 10000] [-fail Chunks]
//
// It lives under internal/ so that it never ships in the kappa binary.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/fake"
)

func main() {
	latency := flag.Duration("latency", 150*time.Millisecond, "delay of every backend call")
	multi := flag.Bool("multi", false, "use the multi-label sample schema")
	tasks := flag.Int("tasks", 0, "generate a campaign of this many tasks instead of the sample")
	fail := flag.String("fail", "", "make this backend method fail (e.g. Chunks, SaveLabel)")
	flag.Parse()

	opts := []fake.Option{fake.WithLatency(*latency)}
	if *multi {
		opts = append(opts, fake.WithKind(backend.Multi))
	}
	if *tasks > 0 {
		opts = append(opts, fake.WithTasks(*tasks, 32))
	}
	b := fake.New(opts...)
	if *fail != "" {
		b.Fail(*fail, nil)
	}
	p := tea.NewProgram(tui.New(b, tui.DefaultOptions()), tea.WithAltScreen())
	restore := tui.NoWrap(os.Stdout)
	_, err := p.Run()
	restore()
	if err != nil {
		fmt.Fprintln(os.Stderr, "preview:", err)
		os.Exit(1)
	}
}
