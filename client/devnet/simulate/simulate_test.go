package simulate

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/pilot"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// TestDefaultRun runs the default campaign (real kubo node) and checks the
// invariants: escrow conserved after every chunk and after withdrawals,
// every copied reveal refused by the hub as a commitment mismatch, every
// task decided, and honest annotators out-earning every adversary kind.
func TestDefaultRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a campaign on a dev chain and kubo")
	}
	r, err := Run(ctxT(t), Config{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	chunks := r.Params.Tasks / r.Params.ChunkSize
	if r.EscrowChecks != chunks+1 {
		t.Errorf("%d escrow checks, want %d", r.EscrowChecks, chunks+1)
	}
	if r.Copy.RevealsTried == 0 || r.Copy.RevealsRejected != r.Copy.RevealsTried || r.Copy.Rejections["CommitmentMismatch"] != r.Copy.RevealsTried {
		t.Errorf("copy attempts %+v: every copied reveal must be refused with CommitmentMismatch", r.Copy)
	}
	if !r.HonestWins {
		t.Errorf("honest annotators did not out-earn every adversary at the defaults: %v", r.Failures)
	}
	// The arbiter resolves every dispute to the truth: resolutions add only
	// right labels, so the wrong final labels are the wrong quorums.
	nonGold := r.Tasks - r.GoldTasks
	wrongConsensus := math.Round((1 - r.ConsensusAccuracy) * float64(r.ConsensusChecked))
	wrongFinal := math.Round((1 - r.FinalAccuracy) * float64(nonGold))
	if wrongConsensus != wrongFinal {
		t.Errorf("%v wrong labels after resolutions, %v wrong quorums", wrongFinal, wrongConsensus)
	}
	for _, k := range r.Kinds {
		switch k.Kind {
		case Copier, NonRevealer:
			if k.Earned != "0" || k.Labels != 0 || k.NoReveal != k.Seats {
				t.Errorf("%s: %+v, want nothing earned and every seat settled as no-reveal", k.Kind, k)
			}
		case Honest:
			if k.Seats == 0 || k.Earned == "0" {
				t.Errorf("honest: %+v", k)
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"accepted-label accuracy", "honest annotators netted more", "CommitmentMismatch", "finalize"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestReproducible: the same seed gives the same report, byte for byte;
// another seed gives another.
func TestReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("runs campaigns on a dev chain")
	}
	ctx := ctxT(t)
	run := func(seed int64) []byte {
		r, err := Run(ctx, Config{Seed: seed, Tasks: 32, IPFS: IPFSMemory})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := run(7), run(7)
	if !bytes.Equal(a, b) {
		t.Fatalf("same seed, different reports:\n%s\n---\n%s", a, b)
	}
	if bytes.Equal(a, run(8)) {
		t.Fatal("seeds 7 and 8 gave the same report")
	}
}

// TestSweep runs a small grid and checks the recommendation rule.
func TestSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("runs campaigns on a dev chain")
	}
	s, err := Sweep(ctxT(t), Config{Seed: 3, Tasks: 24, IPFS: IPFSMemory}, Grid{Ks: []int{1, 3}, TargetAccuracy: 900})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Rows) != 3 { // (1,1), (3,2), (3,3)
		t.Fatalf("%d rows, want 3", len(s.Rows))
	}
	for i, r := range s.Rows {
		if i == s.Recommended && (!r.MeetsTarget || !r.HonestWins) {
			t.Errorf("recommended row %+v does not qualify", r)
		}
		if s.Recommended >= 0 && r.MeetsTarget && r.HonestWins && better(r, s.Rows[s.Recommended]) {
			t.Errorf("row %d is better than the recommended %d", i, s.Recommended)
		}
	}
	if s.Recommended < 0 && s.Note == "" {
		t.Error("no recommendation and no note")
	}
	var buf bytes.Buffer
	if err := WriteSweepText(&buf, s); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", buf.String())
}

// TestConfigErrors: bad configurations are refused with a clear error
// before anything starts.
func TestConfigErrors(t *testing.T) {
	oneLabel := []corpus.Item{{ID: "a", Text: "x", Label: "l"}, {ID: "b", Text: "y", Label: "l"}}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"q too small", Config{K: 4, Q: 2}, "want k/2 < q <= k"},
		{"q above k", Config{K: 3, Q: 4}, "want k/2 < q <= k"},
		{"k too large", Config{K: 9}, "want 1..8"},
		{"too few honest", Config{K: 5, Population: Population{Honest: 2}}, "at least k = 5"},
		{"more tasks than corpus", Config{Tasks: 301}, "the corpus has 300"},
		{"gold fills the chunk", Config{ChunkSize: 4, GoldPerChunk: 4}, "fewer than the chunk size"},
		{"negative reward", Config{Reward: big.NewInt(-1)}, "negative reward"},
		{"accuracy range", Config{HonestAccuracy: [2]int{900, 800}}, "lo <= hi"},
		{"unknown ipfs", Config{IPFS: "ftp"}, `ipfs "ftp"`},
		{"one label", Config{Corpus: oneLabel, Tasks: 2, ChunkSize: 2}, "distinct labels"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(context.Background(), tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Run: %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := Sweep(context.Background(), Config{}, Grid{Ks: []int{9}}); err == nil {
		t.Error("sweep with k = 9 accepted")
	}
}

// TestMemStore: the simulator's store keeps ipfs.Store's contract.
func TestMemStore(t *testing.T) {
	ctx := context.Background()
	m := NewMemStore()
	c, err := m.Add(ctx, []byte("hello"))
	if err != nil || c != ipfs.CIDOf([]byte("hello")) {
		t.Fatalf("add: %s, %v", c, err)
	}
	for _, tc := range []struct {
		name string
		cid  string
		max  int64
		err  error
		want string
	}{
		{"stored", c, 5, nil, "hello"},
		{"over the cap", c, 4, ipfs.ErrTooLarge, ""},
		{"unknown", ipfs.CIDOf([]byte("other")), 100, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := m.Get(ctx, tc.cid, tc.max)
			switch {
			case tc.want != "":
				if err != nil || string(got) != tc.want {
					t.Fatalf("get: %q, %v", got, err)
				}
			case tc.err != nil:
				if !errors.Is(err, tc.err) {
					t.Fatalf("get: %v, want %v", err, tc.err)
				}
			default:
				if err == nil {
					t.Fatal("get of an unknown CID succeeded")
				}
			}
		})
	}
	if err := m.Pin(ctx, c); err != nil {
		t.Error(err)
	}
	if _, err := m.Add(ctx, make([]byte, ipfs.MaxBlockSize+1)); !errors.Is(err, ipfs.ErrTooLarge) {
		t.Errorf("oversized add: %v", err)
	}
}

// TestPilotOfSimulation: the requester's pilot input of a simulated
// campaign (through the read model) holds every revealed label and credit.
func TestPilotOfSimulation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a campaign on a dev chain")
	}
	var got *pilot.Pilot
	r, err := Run(ctxT(t), Config{Seed: 5, Tasks: 16, IPFS: IPFSMemory, Pilot: func(p *pilot.Pilot) error { got = p; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	if got == nil {
		t.Fatal("no pilot input")
	}
	labels, gold := 0, 0
	for _, k := range r.Kinds {
		labels += k.Labels
	}
	revealed := 0
	for _, o := range got.Observations {
		if o.Revealed {
			revealed++
			if o.Spent <= 0 {
				t.Errorf("observation without time: %+v", o)
			}
		}
	}
	for _, o := range got.Outcomes {
		if o.Gold {
			gold++
		}
	}
	if revealed != labels || gold != r.GoldTasks || len(got.Outcomes) != r.Tasks {
		t.Errorf("pilot input: %d revealed labels (report %d), %d gold (report %d), %d outcomes (report %d)",
			revealed, labels, gold, r.GoldTasks, len(got.Outcomes), r.Tasks)
	}
	paid := new(big.Int)
	for _, e := range got.Earnings {
		paid.Add(paid, e)
	}
	if paid.String() != r.Paid {
		t.Errorf("pilot earnings %s, report paid %s", paid, r.Paid)
	}
	if _, err := pilot.Build(got, pilot.Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestWilsonLow checks the interval against textbook values.
func TestWilsonLow(t *testing.T) {
	for _, tc := range []struct {
		k, n int
		want float64
	}{
		{0, 0, 0},        // no data: nothing promised
		{9, 9, 0.7009},   // 9/(9+z^2): all right, small sample
		{8, 10, 0.4902},  // Wilson (1927) interval (0.490, 0.943)
		{0, 10, 0},       // none right
		{95, 100, 0.888}, // (0.888, 0.978)
	} {
		if got := wilsonLow(tc.k, tc.n); math.Abs(got-tc.want) > 0.0005 {
			t.Errorf("wilsonLow(%d, %d) = %.4f, want %.4f", tc.k, tc.n, got, tc.want)
		}
	}
}

// TestHedgersAndSquatters runs protocol v2's hedging sybil (k-1 wallets,
// wallet i always answering label i) and lane squatter (claims, never
// commits) beside honest annotators: the squatter earns nothing, every seat
// it held settles as no-reveal and costs it reputation; the hedger's wallets
// answer apart, so whichever misses a chunk's gold is excluded (gold in
// every chunk, stratified), and honest annotators out-earn both per seat.
func TestHedgersAndSquatters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a campaign on a dev chain")
	}
	r, err := Run(ctxT(t), Config{Seed: 3, IPFS: IPFSMemory, Population: Population{Honest: 6, Hedger: 1, Squatter: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if chunks := r.Params.Tasks / r.Params.ChunkSize; r.EscrowChecks != chunks+1 {
		t.Errorf("%d escrow checks, want %d", r.EscrowChecks, chunks+1)
	}
	rows := map[Kind]KindRow{}
	for _, k := range r.Kinds {
		rows[k.Kind] = k
	}
	sq, hd := rows[Squatter], rows[Hedger]
	if sq.Seats == 0 || sq.Earned != "0" || sq.Labels != 0 || sq.NoReveal != sq.Seats || sq.Reputation >= 100 {
		t.Errorf("squatter %+v: want seats held, nothing earned or revealed, every seat no-reveal, reputation lost", sq)
	}
	if hd.Wallets != r.Params.K-1 || hd.Seats == 0 || hd.GoldFailed == 0 {
		t.Errorf("hedger %+v: want k-1 wallets seated, some failing gold", hd)
	}
	if !r.HonestWins {
		t.Errorf("honest annotators did not out-earn hedgers and squatters: %v", r.Failures)
	}
}

// TestAssignedSeats: with Assign, every wallet asks for work and sits where
// the hub's draw puts it. The campaign runs to its end with escrow
// conserved after every chunk, seats are taken by requestSeat and assign
// only (no claim), and the sybil's three wallets, which take whole chunks
// together when persons pick, land apart: over 37 chunks, the
// chunks holding a sybil seat are more than a third of its seats (the
// chance that every one of its rounds seats all three together is below
// one in ten million).
func TestAssignedSeats(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a campaign on a dev chain")
	}
	sybilChunks := map[string]bool{}
	cfg := Config{Seed: 2, IPFS: IPFSMemory, Assign: true, Tasks: 296, Population: Population{Honest: 6, Sybil: 1, Random: 1}}
	cfg.Progress = func(line string) {
		chunk, names, ok := strings.Cut(line, ": ")
		if ok && strings.Contains(names, "sybil-") {
			sybilChunks[chunk] = true
		}
	}
	r, err := Run(ctxT(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	chunks := r.Params.Tasks / r.Params.ChunkSize
	if r.EscrowChecks != chunks+1 {
		t.Errorf("%d escrow checks, want %d (one per chunk and one after the withdrawals)", r.EscrowChecks, chunks+1)
	}
	calls := map[string]int{}
	for _, g := range r.Gas.ByFunction {
		calls[g.Function] = g.Txs
	}
	if calls["claim"]+calls["claimOpen"] != 0 || calls["assign"] < chunks*r.Params.K || calls["requestSeat"] < calls["assign"] {
		t.Errorf("transactions by function %v: want seats taken by requestSeat and assign only, k per chunk", calls)
	}
	var sybil KindRow
	for _, k := range r.Kinds {
		if k.Kind == Sybil {
			sybil = k
		}
	}
	t.Logf("sybil: %d seats in %d chunks of %d", sybil.Seats, len(sybilChunks), chunks)
	if sybil.Seats == 0 || 3*len(sybilChunks) <= sybil.Seats {
		t.Errorf("sybil: %d seats in %d chunks; its wallets were seated together every time", sybil.Seats, len(sybilChunks))
	}
}
