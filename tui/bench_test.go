package tui_test

import (
	"context"
	"testing"

	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/fake"
	"github.com/kappa-dev/kappa/tui/screens/annotate"
)

// BenchmarkKeypressToNextTask measures what the annotator waits for after
// a label key: Update (label recorded, save command built, next task
// wrapped into the viewport) and View (the whole 80x24 frame). The backend
// call itself runs later in a command and is not part of the wait.
//
//	go test ./tui -run '^$' -bench KeypressToNextTask -benchmem
func BenchmarkKeypressToNextTask(b *testing.B) {
	for _, bc := range []struct {
		name        string
		tasks, size int
		w, h        int
	}{
		{"10k_tasks_chunk32_80x24", 10_000, 32, 80, 24},
		{"10k_tasks_one_chunk_80x24", 10_000, 10_000, 80, 24},
		{"10k_tasks_one_chunk_120x40", 10_000, 10_000, 120, 40},
	} {
		b.Run(bc.name, func(b *testing.B) {
			hs := newHarness(b, bc.w, bc.h, common.ScreenAnnotate, fake.WithTasks(bc.tasks, bc.size))
			tasks, err := hs.b.Tasks(context.Background(), 1)
			if err != nil {
				b.Fatal(err)
			}
			reset := func() { hs.send(annotate.TasksMsg{Chunk: 1, Tasks: append(tasks[:0:0], tasks...)}) }
			reset()
			press := keyMsg("1")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if hs.annotate().Labeled == len(tasks) {
					b.StopTimer()
					reset()
					b.StartTimer()
				}
				hs.m.Update(press)
				_ = hs.m.View()
			}
		})
	}
}
