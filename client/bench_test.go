package client_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
)

// prefetchStore is the TUI's arrangement: a prefetcher in front of the disk
// cache for task documents, everything else straight to the cache.
type prefetchStore struct {
	*ipfs.Cache
	pre *ipfs.Prefetcher
}

func (s *prefetchStore) Get(ctx context.Context, id string, maxSize int64) ([]byte, error) {
	if maxSize == document.MaxTaskSize {
		return s.pre.Get(ctx, id)
	}
	return s.Cache.Get(ctx, id, maxSize)
}

func (s *prefetchStore) Prefetch(ids ...string) { s.pre.Prefetch(ids...) }

// BenchmarkTasksCached measures client.Tasks of a claimed chunk of 32 tasks
// whose documents are already local: what the annotator waits for when the
// next chunk (or, per task, the next task) comes up. "disk" reads the
// CID-verified disk cache (kappa's commands); "prefetched" has the
// prefetcher's memory in front of it (the TUI). Each task is decoded and
// validated every time; the labels come from the journal.
func BenchmarkTasksCached(b *testing.B) {
	w := startRig(b, 5*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(32, 32))
	for _, mode := range []string{"disk", "prefetched"} {
		b.Run(mode, func(b *testing.B) {
			d := w.depsAt("ann", w.chain.Client(), w.node.APIAddr(), filepath.Join(b.TempDir(), mode))
			var pre *ipfs.Prefetcher
			if mode == "prefetched" {
				pre = ipfs.NewPrefetcher(d.IPFS, document.MaxTaskSize, 4)
				defer pre.Close()
				d.IPFS = &prefetchStore{Cache: d.IPFS.(*ipfs.Cache), pre: pre}
			}
			ctx := w.ctx
			c, err := client.Open(ctx, d, created.CampaignID)
			if err != nil {
				b.Fatal(err)
			}
			if err := c.Claim(ctx, 0); err != nil { // a no-op the second time
				b.Fatal(err)
			}
			tasks, err := c.Tasks(ctx, 0) // the fetch that fills the cache
			if err != nil {
				b.Fatal(err)
			}
			if pre != nil { // as the TUI does when a chunk comes up
				m, _ := c.Manifest()
				ch, _ := m.Chunk(0)
				pre.Prefetch(ch.Tasks...)
				deadline := time.Now().Add(10 * time.Second)
				for _, id := range ch.Tasks {
					for !pre.Ready(id) {
						if time.Now().After(deadline) {
							b.Fatalf("task %s never prefetched", id)
						}
						time.Sleep(time.Millisecond)
					}
				}
			}
			for i := 0; i < len(tasks)/2; i++ { // half labeled, as mid-chunk
				if err := c.PutLabel(0, i, 1, time.Second); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				tv, err := c.Tasks(ctx, 0)
				if err != nil || len(tv) != 32 {
					b.Fatal(len(tv), err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/32/1e3, "µs/task")
		})
	}
}

// cycleStats adds up what a full campaign cycle cost, by kind of action.
type cycleStats struct {
	wall  map[string]time.Duration
	calls map[string]int
	gas   map[journal.Kind]uint64
	txs   map[journal.Kind]int
}

func (s *cycleStats) time(what string, f func() error) error {
	start := time.Now()
	err := f()
	s.wall[what] += time.Since(start)
	s.calls[what]++
	return err
}

// BenchmarkFullCycle runs the whole life of a campaign of 1,000 tasks x 3
// annotators (chunks of 32, k = 3, q = 2, 8 lanes) through the client on the
// in-process dev chain (over its HTTP JSON-RPC) and kubo node: the requester
// publishes and funds it; each annotator claims every chunk, fetches its
// tasks, labels all 32 (each label fsynced to the journal), commits and
// reveals; each chunk is finalized; each annotator withdraws once. One
// annotator per step at a time, so the figures are the client's and the
// node's cost, not contention. Run it once:
//
//	go test -run '^$' -bench FullCycle -benchtime 1x ./client
//
// It reports wall time, transactions, gas (total and per annotator-label:
// claim, commit, reveal, finalize and withdraw, as in docs/GAS.md), and logs
// where the time went.
func BenchmarkFullCycle(b *testing.B) {
	// rules=bogota is go-ethereum's dev chain config as it comes (every fork
	// on, Amsterdam state-gas pricing); rules=prague turns Osaka and Bogota
	// off (docs/GAS.md has both).
	b.Run("rules=bogota", func(b *testing.B) { fullCycle(b, devchain.Options{}) })
	b.Run("rules=prague", func(b *testing.B) {
		fullCycle(b, devchain.Options{EditGenesis: func(c *params.ChainConfig) { c.OsakaTime, c.BogotaTime = nil, nil }})
	})
}

func fullCycle(b *testing.B, opts devchain.Options) {
	const tasks, chunkSize, k = 1000, 32, 3
	w := startRig(b, 30*time.Minute, []string{"requester", "ann1", "ann2", "ann3"}, opts)
	rpc, err := dialHTTP(w)
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"ann1", "ann2", "ann3"}
	for i := 0; i < b.N; i++ {
		st := &cycleStats{wall: map[string]time.Duration{}, calls: map[string]int{}, gas: map[journal.Kind]uint64{}, txs: map[journal.Kind]int{}}
		ctx := w.ctx
		start := time.Now()
		reqDeps := w.depsAt("requester", rpc, w.node.APIAddr(), filepath.Join(b.TempDir(), "requester"))
		spec := client.CampaignSpec{
			Schema: testSchema(), Tasks: taskInputs(tasks), ChunkSize: chunkSize, K: k, Q: 2, Lanes: 8,
			ClaimWindow: 2 * time.Hour, CommitWindow: time.Hour, RevealWindow: time.Hour, GoldWindow: time.Hour,
			DisputeWindow: time.Hour, Duration: 24 * time.Hour, SeniorReputation: 100, Arbiter: outsideArbiter,
		}
		var created *client.Created
		if err := st.time("create (publish 1,002 documents, approve, create)", func() (err error) {
			created, err = client.CreateCampaign(ctx, reqDeps, w.addrs.Token, spec)
			return err
		}); err != nil {
			b.Fatal(err)
		}
		var req *client.Client
		if err := st.time("open", func() (err error) {
			req, err = client.Open(ctx, reqDeps, created.CampaignID)
			return err
		}); err != nil {
			b.Fatal(err)
		}
		anns := make([]*client.Client, k)
		deps := make([]client.Deps, k)
		for a, name := range names {
			deps[a] = w.depsAt(name, rpc, w.node.APIAddr(), filepath.Join(b.TempDir(), name))
			if err := st.time("open", func() (err error) {
				anns[a], err = client.Open(ctx, deps[a], created.CampaignID)
				return err
			}); err != nil {
				b.Fatal(err)
			}
		}
		labels := 0
		for chunk := uint64(0); chunk < uint64(created.Chunks); chunk++ {
			for a, c := range anns {
				if err := st.time("claim", func() error { return c.Claim(ctx, chunk) }); err != nil {
					b.Fatalf("ann%d claim %d: %v", a+1, chunk, err)
				}
			}
			for a, c := range anns {
				var tv []client.TaskView
				if err := st.time("tasks (fetch a chunk)", func() (err error) {
					tv, err = c.Tasks(ctx, chunk)
					return err
				}); err != nil {
					b.Fatal(err)
				}
				for _, t := range tv {
					v := uint32(t.Index % 3)
					if a == 2 && t.Index%4 == 0 {
						v = uint32((t.Index + 1) % 3) // the third annotator disagrees on a quarter
					}
					if err := st.time("label (journal, fsync)", func() error {
						return c.PutLabel(chunk, t.Index, v, 2*time.Second)
					}); err != nil {
						b.Fatal(err)
					}
					labels++
				}
			}
			for _, c := range anns {
				if err := st.time("commit", func() error { return c.Commit(ctx, chunk) }); err != nil {
					b.Fatal(err)
				}
			}
			for _, c := range anns {
				if err := st.time("reveal (publish label doc)", func() error { return c.Reveal(ctx, chunk) }); err != nil {
					b.Fatal(err)
				}
			}
			// Every chunk commits to gold (an empty mask here): the
			// requester finalizes, revealing it.
			if err := st.time("finalize", func() error { return req.Finalize(ctx, chunk) }); err != nil {
				b.Fatal(err)
			}
		}
		for _, c := range anns {
			if err := st.time("withdraw", func() error { _, _, err := c.Withdraw(ctx); return err }); err != nil {
				b.Fatal(err)
			}
		}
		wall := time.Since(start)
		// What a restart costs once the campaign is done: the index replays
		// every event of the campaign, then the journal is reconciled.
		if err := st.time("restart: open + reconcile (not in wall time)", func() error {
			c, err := client.Open(ctx, deps[0], created.CampaignID)
			if err != nil {
				return err
			}
			_, err = c.Reconcile(ctx)
			return err
		}); err != nil {
			b.Fatal(err)
		}

		// Gas and transactions, from every journal's mined intents.
		var annGas, allGas uint64
		var txs int
		for _, d := range append(deps, reqDeps) {
			all, err := d.Journal.Intents(nil)
			if err != nil {
				b.Fatal(err)
			}
			for _, in := range all {
				if in.State != journal.StateMined {
					b.Fatalf("intent %d (%s) is %s", in.ID, in.Kind, in.State)
				}
				st.gas[in.Kind] += in.GasUsed
				st.txs[in.Kind]++
				allGas += in.GasUsed
				txs++
				// Per annotator-label: the annotators' stake deposits
				// (approve, deposit), claim, commit, reveal, the requester's
				// finalize and the withdraws; not the campaign's creation
				// (the requester's approve and create).
				if in.Kind != "create" && !(in.Kind == "approve" && in.From == reqDeps.Account.Address()) {
					annGas += in.GasUsed
				}
			}
		}
		if labels != tasks*k {
			b.Fatalf("%d labels, want %d", labels, tasks*k)
		}
		for _, name := range names {
			// claim, commit and reveal per chunk, one withdraw, and the
			// stake's approve and deposit (one deposit covers four seats,
			// and finalize returns each seat's stake)
			want := uint64(3*created.Chunks + 1 + stakeTxs)
			if got := w.nonce(w.address(name)); i == 0 && got != want {
				b.Errorf("%s sent %d transactions, want %d", name, got, want)
			}
		}
		b.ReportMetric(wall.Seconds(), "wall-s")
		b.ReportMetric(float64(txs), "txs")
		b.ReportMetric(float64(allGas), "gas")
		b.ReportMetric(float64(annGas)/float64(labels), "gas/label")
		b.ReportMetric(float64(wall.Microseconds())/float64(labels), "µs/label")
		// Printed rather than logged: the benchmark log keeps only a few lines.
		fmt.Print(report(wall, labels, txs, allGas, annGas, st))
	}
}

func report(wall time.Duration, labels, txs int, allGas, annGas uint64, st *cycleStats) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%d labels, %d transactions, %s gas in all, %s gas per annotator-label, wall %s\n",
		labels, txs, commas(allGas), commas(annGas/uint64(labels)), wall.Round(time.Millisecond))
	type row struct {
		what string
		d    time.Duration
	}
	var rows []row
	for what, d := range st.wall {
		rows = append(rows, row{what, d})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].d > rows[j].d })
	fmt.Fprintf(&sb, "%-52s %6s %10s %8s %10s\n", "step", "calls", "total", "share", "per call")
	for _, r := range rows {
		n := st.calls[r.what]
		fmt.Fprintf(&sb, "%-52s %6d %10s %7.1f%% %10s\n", r.what, n, r.d.Round(time.Millisecond),
			100*r.d.Seconds()/wall.Seconds(), (r.d / time.Duration(n)).Round(time.Microsecond))
	}
	var kinds []string
	for kd := range st.gas {
		kinds = append(kinds, string(kd))
	}
	sort.Strings(kinds)
	fmt.Fprintf(&sb, "%-12s %5s %14s %10s\n", "tx kind", "txs", "gas", "gas/tx")
	for _, kd := range kinds {
		g, n := st.gas[journal.Kind(kd)], st.txs[journal.Kind(kd)]
		fmt.Fprintf(&sb, "%-12s %5d %14s %10s\n", kd, n, commas(g), commas(g/uint64(n)))
	}
	return sb.String()
}

func commas(n uint64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// dialHTTP connects to the dev chain over its HTTP JSON-RPC, as kappa does.
func dialHTTP(w *rig) (client.Backend, error) {
	c, err := ethclient.Dial(w.chain.RPCURL())
	if err != nil {
		return nil, err
	}
	w.t.Cleanup(c.Close)
	return c, nil
}
