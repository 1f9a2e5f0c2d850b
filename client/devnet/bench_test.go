package devnet

import (
	"context"
	"testing"
	"time"
)

// BenchmarkStart measures how long a devnet takes to be ready: set up in an
// empty directory (wallets, both nodes, deployment, minting, the sample
// campaign published and created) and resumed from a directory a previous
// devnet left. ns/op is the start alone; close-ms is the shutdown after it.
//
//	go test -run '^$' -bench Start -benchtime 5x ./devnet
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	run := func(b *testing.B, dir func() string) {
		var (
			closing time.Duration
			n       int
		)
		for b.Loop() {
			n++
			d, err := Start(ctx, Options{Dir: dir(), Quiet: true})
			if err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			t0 := time.Now()
			if err := d.Close(); err != nil {
				b.Fatal(err)
			}
			closing += time.Since(t0)
			b.StartTimer()
		}
		b.ReportMetric(float64(closing.Milliseconds())/float64(n), "close-ms")
	}
	b.Run("fresh", func(b *testing.B) {
		run(b, func() string {
			b.StopTimer()
			defer b.StartTimer()
			return b.TempDir()
		})
	})
	b.Run("resumed", func(b *testing.B) {
		dir := b.TempDir()
		d, err := Start(ctx, Options{Dir: dir, Quiet: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := d.Close(); err != nil {
			b.Fatal(err)
		}
		run(b, func() string { return dir })
	})
}
