package client_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
)

// TestCrashWork kills the client (this test binary re-executed) with
// SIGKILL at every transaction of asking for work in a campaign whose seats
// are assigned: the stake's approve and deposit, the seat request and the
// assign, before each is sent and after. A restarted client (Open,
// Reconcile, Work) is given a seat, the account sent each transaction
// exactly once (its nonce: approve, deposit, request, assign), the hub
// counts one request, the account holds one seat, and asking again returns
// the same chunk without sending anything.
func TestCrashWork(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	points := []string{
		"work/send-before", "work/send-after", // approve
		"work/send-before#2", "work/send-after#2", // deposit
		"work/send-before#3", "work/send-after#3", // request
		"work/send-before#4", "work/send-after#4", // assign
	}
	names := []string{"requester"}
	for i := range points {
		names = append(names, "worker"+strconv.Itoa(i))
	}
	w := startRig(t, 3*time.Minute, names, devchain.Options{})
	spec := soloSpec(4*len(points), 4)
	spec.AssignSeats = true
	created := w.create(spec)

	for i, at := range points {
		t.Run(strings.ReplaceAll(at, "/", "_"), func(t *testing.T) {
			name := names[i+1]
			me := w.address(name)
			dir := t.TempDir()
			runChildFlow(t, w, at, "work", created.CampaignID, 0, name, dir)

			ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
			defer cancel()
			deps := w.depsAt(name, w.chain.Client(), w.node.APIAddr(), dir)
			c, err := client.Open(ctx, deps, created.CampaignID)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Reconcile(ctx); err != nil {
				t.Fatal(err)
			}
			chunk, err := c.Work(ctx)
			if err != nil {
				t.Fatalf("resumed Work: %v", err)
			}
			if n := w.nonce(me); n != 4 {
				t.Fatalf("the account sent %d transactions, want 4 (approve, deposit, request, assign)", n)
			}
			if _, count, err := client.NewHub(w.chain.Client(), w.addrs.Hub).RequestOf(ctx, created.CampaignID, me); err != nil || count != 1 {
				t.Fatalf("requests made: %d, %v; want 1", count, err)
			}
			views, err := c.Chunks(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var mine []uint64
			for _, v := range views {
				if v.Mine() {
					mine = append(mine, v.ID)
				}
			}
			if len(mine) != 1 || mine[0] != chunk {
				t.Fatalf("seats held %v, want exactly chunk %d", mine, chunk)
			}
			again, err := c.Work(ctx)
			if err != nil || again != chunk || w.nonce(me) != 4 {
				t.Fatalf("asking again: chunk %d, %v, nonce %d; want chunk %d and nothing sent", again, err, w.nonce(me), chunk)
			}
		})
	}
}
