package pilot

import (
	"bytes"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sampleAnnotators are the simulated pilot annotators of the sample: four
// careful ones and a careless one who clicks fast and at random.
var sampleAnnotators = []struct {
	addr string
	acc  float64
	base time.Duration
}{
	{"0x1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", 0.92, 8 * time.Second},
	{"0x2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e", 0.88, 11 * time.Second},
	{"0x3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f", 0.85, 14 * time.Second},
	{"0x4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70", 0.90, 9 * time.Second},
	{"0x5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081", 0.34, 2 * time.Second},
}

// generateSample builds the sample pilot: 60 tasks in 6 chunks of 10, k = 3,
// q = 2, three labels, every sixth task gold, one annotator who never
// reveals chunk 6 and the careless one dropping chunk 7 after claiming it.
// Outcomes and earnings follow the protocol's rules from the revealed labels.
func generateSample() *Pilot {
	rng := rand.New(rand.NewPCG(2026, 6))
	half := new(big.Int).Mul(big.NewInt(5), pow10(17))
	hard := new(big.Int).Mul(big.NewInt(8), pow10(17))
	p := &Pilot{
		Campaign: Campaign{
			ID:          "0xc0ffee0000000000000000000000000000000001/1",
			Title:       "Sentiment pilot — tweets",
			Token:       Token{Symbol: "KAP", Decimals: 18},
			Tiers:       []Tier{{Name: "standard", Reward: half}, {Name: "hard", Reward: hard}},
			K:           3,
			Q:           2,
			Kind:        Single,
			Labels:      []string{"positive", "negative", "neutral"},
			ReviewerFee: new(big.Int).Mul(big.NewInt(2), pow10(18)),
		},
		Earnings: map[string]*big.Int{},
	}
	const chunks, size = 6, 10
	for ch := range chunks {
		tier := p.Campaign.Tiers[0]
		if ch >= 4 {
			tier = p.Campaign.Tiers[1]
		}
		var votes [size][]Observation
		truths := make([]uint64, size)
		for i := range size {
			truths[i] = uint64(rng.IntN(3))
		}
		for s := range 3 {
			who := (ch + s) % len(sampleAnnotators)
			a := sampleAnnotators[who]
			reveal := !(ch == 5 && who == 2)
			for i := range size {
				label := truths[i]
				if rng.Float64() >= a.acc {
					label = (truths[i] + 1 + uint64(rng.IntN(2))) % 3
				}
				spent := time.Duration(float64(a.base) * (0.6 + 0.8*rng.Float64()))
				if rng.IntN(10) == 0 {
					spent *= 3 // an item that needed a second read
				}
				o := Observation{Annotator: a.addr, Chunk: uint64(ch + 1), Task: fmt.Sprintf("bafytask%02d", ch*size+i+1),
					Tier: tier.Name, Label: label, Spent: spent.Round(time.Millisecond), Revealed: reveal}
				p.Observations = append(p.Observations, o)
				if reveal {
					votes[i] = append(votes[i], o)
				}
			}
		}
		for i := range size {
			n := ch*size + i
			out := Outcome{Task: fmt.Sprintf("bafytask%02d", n+1)}
			if n%6 == 0 {
				out.Gold, out.GoldLabel = true, truths[i]
			}
			var tally [3]int
			for _, v := range votes[i] {
				tally[v.Label]++
			}
			out.Decision = Disputed
			for l, c := range tally {
				if c >= p.Campaign.Q {
					out.Decision, out.Label = Consensus, uint64(l)
				}
			}
			if out.Decision == Disputed {
				switch n % 3 {
				case 0:
					out.Decision, out.Label = Reviewer, truths[i]
				case 1:
					out.Decision, out.Label = Arbiter, truths[i]
				}
			}
			if out.Decision.Accepted() {
				for _, v := range votes[i] {
					if v.Label == out.Label {
						e := p.Earnings[v.Annotator]
						if e == nil {
							e = new(big.Int)
							p.Earnings[v.Annotator] = e
						}
						e.Add(e, tier.Reward)
					}
				}
			}
			p.Outcomes = append(p.Outcomes, out)
		}
	}
	p.DropOffs = []DropOff{{Annotator: sampleAnnotators[4].addr, Chunk: 7}}
	return p
}

// loadSample reads testdata/sample.json, rewriting it from generateSample
// under -update.
func loadSample(t testing.TB) *Pilot {
	t.Helper()
	path := filepath.Join("testdata", "sample.json")
	if *update {
		var buf bytes.Buffer
		if err := WritePilot(&buf, generateSample()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadPilot(f)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return p
}

// sampleOptions are the options of the golden reports.
var sampleOptions = Options{Price: "0.05", Currency: "USD", TargetHourly: "18", TargetAccuracy: "0.95"}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change):\n%s", name, firstDiff(got, want))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return fmt.Sprintf("line %d\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return "(lengths differ)"
}
