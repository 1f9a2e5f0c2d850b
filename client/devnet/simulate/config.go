package simulate

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/pilot"
)

// Kind is a kind of simulated annotator.
type Kind string

// Annotator kinds.
const (
	Honest      Kind = "honest"
	Random      Kind = "random"
	Constant    Kind = "constant"
	Copier      Kind = "copier"
	Colluder    Kind = "colluder"
	NonRevealer Kind = "non-revealer"
	Sybil       Kind = "sybil"
	// Hedger is one person with k-1 wallets, wallet i answering class i on
	// every task (protocol v2's "hedging sybil"): on binary labels beside
	// one honest annotator, one of its wallets always completes the quorum.
	Hedger Kind = "hedger"
	// Squatter claims seats and never commits (a lane squatter): the seat
	// blocks the chunk until the commit deadline and is never revealed.
	Squatter Kind = "squatter"
)

// Kinds lists every kind in report order.
var Kinds = []Kind{Honest, Random, Constant, Copier, Colluder, NonRevealer, Sybil, Hedger, Squatter}

// Population says how many of each kind take part. A colluding pair is two
// wallets; a sybil is one person with k wallets, a hedger one with k-1.
type Population struct {
	Honest         int `json:"honest"`
	Random         int `json:"random"`
	Constant       int `json:"constant"`
	Copier         int `json:"copier"`
	ColludingPairs int `json:"colluding_pairs"`
	NonRevealer    int `json:"non_revealer"`
	Sybil          int `json:"sybil"`
	Hedger         int `json:"hedger"`
	Squatter       int `json:"squatter"`
}

// DefaultPopulation is eight honest annotators and one of each adversary.
var DefaultPopulation = Population{Honest: 8, Random: 1, Constant: 1, Copier: 1, ColludingPairs: 1, NonRevealer: 1, Sybil: 1}

// IPFS modes.
const (
	IPFSKubo   = "kubo"   // a real in-process kubo node
	IPFSMemory = "memory" // MemStore
)

// Config is one simulated campaign. Zero fields take the defaults of
// Defaults.
type Config struct {
	// Seed makes the run reproducible.
	Seed int64
	// Corpus is the labeled data (truth = Item.Label); nil means the
	// embedded fortunes. Tasks items are drawn from it (seeded shuffle).
	Corpus []corpus.Item
	Tasks  int
	// ChunkSize tasks per chunk; GoldPerChunk of them are gold tasks whose
	// answer is the truth; an annotator missing more than MaxGoldMisses of
	// a chunk's gold is excluded from its pay.
	ChunkSize     int
	GoldPerChunk  int
	NoGold        bool // no gold tasks at all (GoldPerChunk is ignored)
	MaxGoldMisses int
	// K annotators per chunk, Q agreeing needed (K/2 < Q <= K).
	K, Q int
	// Reward per accepted label and ReviewerFee per resolved dispute, in
	// token base units (18 decimals).
	Reward, ReviewerFee *big.Int
	// Stake per task of a seat, in base units; nil for the campaign's
	// recommended stake (client.RecommendedStake).
	Stake      *big.Int
	Population Population
	// Assign makes the hub draw every seat (protocol v2 §2): each wallet
	// asks for work and sits where the draw puts it, with one lane per k
	// wallets, instead of persons taking whole chunks in turn. The draws
	// read block hashes, and go-ethereum's simulated beacon gives every
	// dev-chain block a random prevrandao, so an assigned run is not
	// reproducible from its seed: read it over several runs.
	Assign bool `json:"assign"`
	// HonestAccuracy is the range honest annotators' accuracies are drawn
	// from (uniformly), in per mille: {750, 950} is 75%..95%.
	HonestAccuracy [2]int
	// HonestSpeed is the median time per item of a typical honest
	// annotator; each one's median is drawn around it.
	HonestSpeed time.Duration
	// IPFS is IPFSKubo (default) or IPFSMemory.
	IPFS string
	// Progress, when set, receives a line per chunk.
	Progress func(string) `json:"-"`
	// Pilot, when set, receives the pilot input of the finished campaign
	// as the requester's client reads it (package readmodel: revealed
	// labels with their times from the label documents, outcomes, gold,
	// credits), for a pilot report of the simulated crowd.
	Pilot func(*pilot.Pilot) error `json:"-"`
}

// Defaults are the parameters of a default run: 96 fortunes in 12 chunks of
// 8 with one gold task each, k = 3, q = 2, 1 token per accepted label, 0.5
// per resolved dispute, the default population, honest accuracy 75-95%.
func Defaults() Config {
	return Config{
		Tasks: 96, ChunkSize: 8, GoldPerChunk: 1, K: 3, Q: 2,
		Reward: tokens(1, 1), ReviewerFee: tokens(1, 2),
		Population:     DefaultPopulation,
		HonestAccuracy: [2]int{750, 950}, HonestSpeed: 8 * time.Second,
		IPFS: IPFSKubo,
	}
}

// tokens is num/den whole tokens of 18 decimals.
func tokens(num, den int64) *big.Int {
	v := new(big.Int).Mul(big.NewInt(num), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	return v.Div(v, big.NewInt(den))
}

// withDefaults fills zero fields from Defaults.
func (c Config) withDefaults() Config {
	d := Defaults()
	if c.Tasks == 0 {
		c.Tasks = d.Tasks
	}
	if c.ChunkSize == 0 {
		c.ChunkSize = d.ChunkSize
	}
	if c.GoldPerChunk == 0 && !c.NoGold {
		c.GoldPerChunk = d.GoldPerChunk
	}
	if c.NoGold {
		c.GoldPerChunk = 0
	}
	if c.K == 0 {
		c.K, c.Q = d.K, d.Q
	}
	if c.Q == 0 {
		c.Q = c.K/2 + 1
	}
	if c.Reward == nil {
		c.Reward = d.Reward
	}
	if c.ReviewerFee == nil {
		c.ReviewerFee = d.ReviewerFee
	}
	if c.Population == (Population{}) {
		c.Population = d.Population
	}
	if c.HonestAccuracy == [2]int{} {
		c.HonestAccuracy = d.HonestAccuracy
	}
	if c.HonestSpeed == 0 {
		c.HonestSpeed = d.HonestSpeed
	}
	if c.IPFS == "" {
		c.IPFS = d.IPFS
	}
	return c
}

// validate checks a config with defaults applied, against its corpus.
func (c Config) validate(items []corpus.Item) error {
	p := c.Population
	switch {
	case c.K < 1 || c.K > 8:
		return fmt.Errorf("k = %d, want 1..8", c.K)
	case c.Q < 1 || c.Q > c.K || 2*c.Q <= c.K:
		return fmt.Errorf("q = %d with k = %d, want k/2 < q <= k", c.Q, c.K)
	case c.ChunkSize < 1 || c.ChunkSize > 256:
		return fmt.Errorf("chunk size %d, want 1..256", c.ChunkSize)
	case c.GoldPerChunk < 0 || c.GoldPerChunk >= c.ChunkSize && c.GoldPerChunk > 0:
		return fmt.Errorf("%d gold tasks per chunk of %d, want fewer than the chunk size", c.GoldPerChunk, c.ChunkSize)
	case c.MaxGoldMisses < 0 || c.MaxGoldMisses > 255:
		return fmt.Errorf("max gold misses %d, want 0..255", c.MaxGoldMisses)
	case c.Tasks < c.ChunkSize:
		return fmt.Errorf("%d tasks, want at least one chunk of %d", c.Tasks, c.ChunkSize)
	case c.Tasks > len(items):
		return fmt.Errorf("%d tasks asked, the corpus has %d items", c.Tasks, len(items))
	case c.Reward.Sign() < 0 || c.ReviewerFee.Sign() < 0:
		return errors.New("negative reward or reviewer fee")
	case p.Honest < 0 || p.Random < 0 || p.Constant < 0 || p.Copier < 0 || p.ColludingPairs < 0 || p.NonRevealer < 0 || p.Sybil < 0 ||
		p.Hedger < 0 || p.Squatter < 0:
		return errors.New("negative population count")
	case p.Honest < c.K:
		return fmt.Errorf("%d honest annotators, want at least k = %d", p.Honest, c.K)
	case c.HonestAccuracy[0] < 0 || c.HonestAccuracy[1] > 1000 || c.HonestAccuracy[0] > c.HonestAccuracy[1]:
		return fmt.Errorf("honest accuracy %d..%d per mille, want 0 <= lo <= hi <= 1000", c.HonestAccuracy[0], c.HonestAccuracy[1])
	case c.HonestSpeed < 100*time.Millisecond || c.HonestSpeed > time.Hour:
		return fmt.Errorf("honest speed %s, want 100ms..1h", c.HonestSpeed)
	case c.IPFS != IPFSKubo && c.IPFS != IPFSMemory:
		return fmt.Errorf("ipfs %q, want %q or %q", c.IPFS, IPFSKubo, IPFSMemory)
	}
	labels := corpus.Labels(items)
	if len(labels) < 2 || len(labels) > 16 {
		return fmt.Errorf("the corpus has %d distinct labels, want 2..16", len(labels))
	}
	return nil
}
