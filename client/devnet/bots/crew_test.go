package bots

import (
	"context"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestCrewPrePlayAndJoin starts the demo's crew on a real devnet: the
// pre-play must finalize chunks 0 and 1 and leave exactly the disputes the
// seed predicts, open to alice; then, when alice claims a chunk, bots fill
// its other seats and commit.
func TestCrewPrePlayAndJoin(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Options{Dir: t.TempDir(), Quiet: true})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	pre := []uint64{0, 1}
	start := time.Now()
	cr, err := StartCrew(ctx, d, CrewOptions{PrePlay: pre, Seed: DemoSeed, Poll: 200 * time.Millisecond, OnError: func(err error) { t.Log(err) }})
	if err != nil {
		t.Fatal(err)
	}
	defer cr.Close()
	if err := cr.PrePlayed(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("crew opened and pre-play of %d chunks done in %v", len(pre), time.Since(start))
	alice, j, err := d.OpenClient(ctx, devnet.Alice)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	ds, err := alice.Disputes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := prePlayOutcome(t, DemoSeed, pre)
	got := 0
	for _, dsp := range ds {
		if !dsp.Eligible {
			t.Errorf("alice may not review %+v: %s", dsp, dsp.Why)
		}
		if len(dsp.Labels) != devnet.SampleK {
			t.Errorf("dispute %d/%d has %d reveals", dsp.Chunk, dsp.Task, len(dsp.Labels))
		}
		got++
	}
	if want == 0 || got != want {
		t.Errorf("%d disputes on-chain, the seed predicts %d", got, want)
	}
	views, err := alice.Chunks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range pre {
		if p := views[c].Phase; p != client.PhaseFinalized && p != client.PhaseDisputed {
			t.Errorf("pre-played chunk %d is %s", c, p)
		}
	}

	// Alice claims chunk 2; two bots join it and label and commit.
	if err := alice.Claim(ctx, 2); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		if err := alice.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		ch, _ := alice.ChunkState(2)
		committed := 0
		for _, s := range ch.Record.Seats {
			if s.Annotator != alice.Address() && s.Status == protocol.SeatCommitted {
				committed++
			}
		}
		if committed == devnet.SampleK-1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("bots did not commit alice's chunk: seats %+v", ch.Record.Seats)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
