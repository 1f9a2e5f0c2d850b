package simulate

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/chain"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/devnet/ipfsnode"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// Campaign windows of a simulated campaign. Chain time is advanced past
// the reveal window when a seat never reveals.
const (
	claimWindow  = 2 * time.Hour
	commitWindow = time.Hour
	revealWindow = time.Hour
	goldWindow   = time.Hour
)

// simStart is the chain time (unix seconds, in 2096) a simulated campaign
// starts at; see setUp.
const simStart = 4_000_000_000

// agent is one simulated wallet.
type agent struct {
	name     string
	kind     Kind
	person   int
	key      *ecdsa.PrivateKey
	addr     common.Address
	deps     client.Deps
	c        *client.Client
	accuracy float64       // honest: chance of the true label
	speed    time.Duration // median time per item
	seats    int
	revealed int    // labels revealed
	hedge    uint32 // hedger: the class this wallet always answers
}

// person is who decides: one wallet, a colluding pair or a sybil's k
// wallets.
type person struct {
	kind    Kind
	wallets []*agent
}

// sim is one run in progress.
type sim struct {
	cfg      Config
	rng      *rand.Rand
	ctx      context.Context
	chain    *devchain.Chain
	store    ipfs.Store
	addrs    deploy.Addresses
	dir      string
	labels   []string // label ids, schema order
	tasks    []corpus.Item
	truth    []uint32 // per task, in campaign order
	gold     map[int]bool
	req, rev *client.Client
	reqAddr  common.Address
	revAddr  common.Address
	persons  []*person
	agents   []*agent
	byAddr   map[common.Address]*agent
	campaign *big.Int
	start    uint64 // first block of the campaign's transactions
	copy     CopyAttempts
	checks   int
	// released counts finalizes that found no eligible vote (ChunkReleased);
	// rounds counts the rounds each chunk was run (a reopened chunk runs
	// again, with new seats).
	released int
	rounds   map[uint64]int
	// answered holds each person's answers per chunk, so that its wallets
	// seated in one chunk at different times answer alike.
	answered map[answerKey]answerSheet
	// resolved counts the disputes the reviewer ruled on, per chunk.
	resolved map[uint64]int
	// waiting holds, while seats are assigned, the seats of chunks not yet
	// run to their end: their clients act on them whenever time moves.
	waiting map[uint64][]*agent
}

// advanceTime moves chain time on, and then, as every annotator's client
// does on its own, the seats waiting in other chunks act on what became
// due (a reveal phase that opened): a chunk that waits for its turn in the
// simulation must not lose its reveals to another chunk's windows.
func (s *sim) advanceTime(d time.Duration) error {
	if len(s.waiting) == 0 {
		return s.chain.AdvanceTime(d)
	}
	// in steps shorter than a reveal window, acting before and after each
	if err := s.actWaiting(); err != nil {
		return err
	}
	for d > 0 {
		step := min(d, revealWindow/2)
		if err := s.chain.AdvanceTime(step); err != nil {
			return err
		}
		d -= step
		if err := s.actWaiting(); err != nil {
			return err
		}
	}
	return nil
}

// actWaiting lets the seats waiting in other chunks, and the requester,
// act on what is due: a reveal phase that opened, a finalize with the gold
// (the requester's client would not let a chunk's gold window pass).
func (s *sim) actWaiting() error {
	for id, as := range s.waiting {
		for _, a := range as {
			switch a.kind {
			case Copier, Squatter, NonRevealer:
				continue
			}
			if _, err := a.c.Advance(s.ctx, id); err != nil {
				return fmt.Errorf("%s, waiting in chunk %d: %w", a.name, id, err)
			}
		}
		if _, err := s.req.Advance(s.ctx, id); err != nil {
			return fmt.Errorf("requester, chunk %d waiting: %w", id, err)
		}
		if err := s.resolveDisputes(id); err != nil {
			return fmt.Errorf("reviewer, chunk %d waiting: %w", id, err)
		}
	}
	return nil
}

func keyFor(seed int64, i int) *ecdsa.PrivateKey {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(seed))
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	for n := 0; ; n++ {
		h := crypto.Keccak256([]byte("kappa simulate"), b[:], []byte{byte(n)})
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
	}
}

// Run simulates one campaign and reports on it.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	cfg = cfg.withDefaults()
	items := cfg.Corpus
	if items == nil {
		var err error
		if items, err = corpus.Fortunes(); err != nil {
			return nil, fmt.Errorf("simulate: %w", err)
		}
	}
	if err := cfg.validate(items); err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	dir, err := os.MkdirTemp("", "kappa-simulate-")
	if err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	defer os.RemoveAll(dir)
	s := &sim{
		cfg: cfg, ctx: ctx, dir: dir, gold: map[int]bool{}, rounds: map[uint64]int{}, byAddr: map[common.Address]*agent{},
		answered: map[answerKey]answerSheet{}, resolved: map[uint64]int{},
		rng: rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6b617070615f7369)),
	}
	s.labels = corpus.Labels(items)
	perm := s.rng.Perm(len(items))
	for _, i := range perm[:cfg.Tasks] {
		s.tasks = append(s.tasks, items[i])
	}
	for _, it := range s.tasks {
		s.truth = append(s.truth, uint32(indexOf(s.labels, it.Label)))
	}
	s.people()
	closeAll, err := s.setUp()
	defer closeAll()
	if err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	chunks := (cfg.Tasks + cfg.ChunkSize - 1) / cfg.ChunkSize
	if cfg.Assign {
		if err := s.runAssigned(chunks); err != nil {
			return nil, fmt.Errorf("simulate: %w", err)
		}
	}
	for ch := range chunks {
		if cfg.Assign {
			break
		}
		if err := s.runChunk(uint64(ch)); err != nil {
			return nil, fmt.Errorf("simulate: chunk %d: %w", ch, err)
		}
		if err := s.checkEscrow(); err != nil {
			return nil, fmt.Errorf("simulate: after chunk %d: %w", ch, err)
		}
	}
	if err := s.withdrawSome(); err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	if err := s.checkEscrow(); err != nil {
		return nil, fmt.Errorf("simulate: after withdrawals: %w", err)
	}
	if cfg.Pilot != nil {
		p, err := readmodel.Pilot(ctx, s.req, nil)
		if err != nil {
			return nil, fmt.Errorf("simulate: pilot input: %w", err)
		}
		if err := cfg.Pilot(p); err != nil {
			return nil, fmt.Errorf("simulate: %w", err)
		}
	}
	return s.report()
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// people creates the population: persons and their wallets, with honest
// accuracies and speeds drawn from the seed.
func (s *sim) people() {
	p := s.cfg.Population
	add := func(kind Kind, n, wallets int) {
		for range n {
			pr := &person{kind: kind}
			for w := range wallets {
				a := &agent{kind: kind, person: len(s.persons), speed: s.cfg.HonestSpeed, hedge: uint32(w % len(s.labels))}
				a.name = fmt.Sprintf("%s-%d", kind, len(s.agents)+1)
				switch kind {
				case Honest, NonRevealer:
					lo, hi := float64(s.cfg.HonestAccuracy[0])/1000, float64(s.cfg.HonestAccuracy[1])/1000
					a.accuracy = lo + (hi-lo)*s.rng.Float64()
					a.speed = time.Duration(float64(s.cfg.HonestSpeed) * (0.7 + 0.7*s.rng.Float64()))
				case Random, Sybil:
					a.speed = 1500 * time.Millisecond
				case Constant, Colluder, Copier, Hedger, Squatter:
					a.speed = 600 * time.Millisecond
				}
				pr.wallets = append(pr.wallets, a)
				s.agents = append(s.agents, a)
			}
			s.persons = append(s.persons, pr)
		}
	}
	add(Honest, p.Honest, 1)
	add(Random, p.Random, 1)
	add(Constant, p.Constant, 1)
	add(Copier, p.Copier, 1)
	add(Colluder, p.ColludingPairs, 2)
	add(NonRevealer, p.NonRevealer, 1)
	add(Sybil, p.Sybil, s.cfg.K)
	add(Hedger, p.Hedger, max(s.cfg.K-1, 1))
	add(Squatter, p.Squatter, 1)
}

// setUp starts the chain and IPFS, deploys, creates the campaign and opens
// every actor's client.
func (s *sim) setUp() (func(), error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	ctx := s.ctx
	reqKey, revKey := keyFor(s.cfg.Seed, 0), keyFor(s.cfg.Seed, 1)
	s.reqAddr, s.revAddr = crypto.PubkeyToAddress(reqKey.PublicKey), crypto.PubkeyToAddress(revKey.PublicKey)
	funded := []common.Address{s.reqAddr, s.revAddr}
	for i, a := range s.agents {
		a.key = keyFor(s.cfg.Seed, i+2)
		a.addr = crypto.PubkeyToAddress(a.key.PublicKey)
		s.byAddr[a.addr] = a
		funded = append(funded, a.addr)
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	ch, err := devchain.Start(ctx, devchain.Options{Alloc: devchain.Fund(eth, funded...), EmptyBlocksAfter: protocol.BlocksAfterSeatRequest})
	if err != nil {
		return closeAll, fmt.Errorf("start chain: %w", err)
	}
	closers = append(closers, func() { ch.Close() })
	s.chain = ch
	switch s.cfg.IPFS {
	case IPFSMemory:
		s.store = NewMemStore()
	default:
		node, err := ipfsnode.Start(ctx, filepath.Join(s.dir, "ipfs"))
		if err != nil {
			return closeAll, fmt.Errorf("start kubo: %w", err)
		}
		closers = append(closers, func() { node.Close() })
		s.store = ipfs.NewShell(node.APIAddr())
	}

	opts, err := wallet.NewAccount(crypto.ToECDSAUnsafe(crypto.FromECDSA(reqKey))).TransactOpts(ctx, ch.Client(), ch.ChainID())
	if err != nil {
		return closeAll, err
	}
	if s.addrs, err = deploy.All(ctx, ch.Client(), opts, nil); err != nil {
		return closeAll, fmt.Errorf("deploy: %w", err)
	}
	per := new(big.Int).Mul(big.NewInt(int64(s.cfg.K)), s.cfg.Reward)
	per.Add(per, s.cfg.ReviewerFee)
	deposit := per.Mul(per, big.NewInt(int64(s.cfg.Tasks)))
	tok := bindings.NewKappaToken()
	tx, err := bind.Transact(tok.Instance(ch.Client(), s.addrs.Token), opts, tok.PackMint(s.reqAddr, deposit))
	if err != nil {
		return closeAll, fmt.Errorf("mint: %w", err)
	}
	rc, err := bind.WaitMined(ctx, ch.Client(), tx.Hash())
	if err != nil {
		return closeAll, fmt.Errorf("mint: %w", err)
	}
	// Every annotator's wallet holds tokens for its seats' stake: far more
	// than any run locks at once, so the stake never limits who works.
	budget := new(big.Int).Mul(maxBig(s.cfg.Reward, tokens(1, 1)), big.NewInt(int64(100*max(s.cfg.Tasks, 1))))
	for _, a := range s.agents {
		tx, err := bind.Transact(tok.Instance(ch.Client(), s.addrs.Token), opts, tok.PackMint(a.addr, budget))
		if err != nil {
			return closeAll, fmt.Errorf("mint: %w", err)
		}
		if rc, err = bind.WaitMined(ctx, ch.Client(), tx.Hash()); err != nil {
			return closeAll, fmt.Errorf("mint: %w", err)
		}
	}
	s.start = rc.BlockNumber.Uint64() + 1
	// Move chain time to a fixed instant far ahead of the wall clock: every
	// later block is then stamped one second after its parent, so block
	// times, the chunk records that carry them in calldata, and gas are the
	// same on every run.
	head, err := ch.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return closeAll, err
	}
	if head.Time >= simStart {
		return closeAll, fmt.Errorf("chain time %d is past the simulator's fixed start %d", head.Time, simStart)
	}
	if err := ch.AdvanceTime(time.Duration(simStart-head.Time) * time.Second); err != nil {
		return closeAll, err
	}

	reqDeps, err := s.deps("requester", reqKey, &closers)
	if err != nil {
		return closeAll, err
	}
	created, err := client.CreateCampaign(ctx, reqDeps, s.addrs.Token, s.spec())
	if err != nil {
		return closeAll, err
	}
	s.campaign = created.CampaignID
	if s.req, err = client.Open(ctx, reqDeps, s.campaign); err != nil {
		return closeAll, err
	}
	revDeps, err := s.deps("reviewer", revKey, &closers)
	if err != nil {
		return closeAll, err
	}
	if s.rev, err = client.Open(ctx, revDeps, s.campaign); err != nil {
		return closeAll, err
	}
	for _, a := range s.agents {
		if a.deps, err = s.deps(a.name, a.key, &closers); err != nil {
			return closeAll, err
		}
		if a.c, err = client.Open(ctx, a.deps, s.campaign); err != nil {
			return closeAll, fmt.Errorf("%s: %w", a.name, err)
		}
	}
	return closeAll, nil
}

func (s *sim) deps(name string, key *ecdsa.PrivateKey, closers *[]func()) (client.Deps, error) {
	j, err := journal.Open(filepath.Join(s.dir, name+".db"), journal.Options{})
	if err != nil {
		return client.Deps{}, fmt.Errorf("%s: %w", name, err)
	}
	*closers = append(*closers, func() { j.Close() })
	return client.Deps{
		Backend: s.chain.Client(), ChainID: s.chain.ChainID(), Hub: s.addrs.Hub,
		Account: wallet.NewAccount(crypto.ToECDSAUnsafe(crypto.FromECDSA(key))), Journal: j, IPFS: s.store,
	}, nil
}

// spec is the campaign: the corpus slice in chunks with GoldPerChunk gold
// tasks at seeded positions of each chunk, stratified by class: the
// positions are taken in seeded order, skipping a task whose label an
// earlier gold task of the chunk already has, so that no fixed answer passes
// two gold tasks (the hub refuses gold that would let it). A chunk with
// fewer distinct labels than GoldPerChunk gets one gold task per label.
func (s *sim) spec() client.CampaignSpec {
	schema := &document.Schema{
		Version: document.VersionSchema, Title: "Simulated campaign",
		Instructions: "# Pick the label\n\nA simulated campaign over a labeled corpus.",
		Kind:         document.KindSingle,
		Tiers:        []document.Tier{{Name: "standard", Reward: new(big.Int).Set(s.cfg.Reward)}},
		ReviewerFee:  new(big.Int).Set(s.cfg.ReviewerFee),
	}
	const keys = "123456789abcdefg"
	for i, l := range s.labels {
		schema.Labels = append(schema.Labels, document.Label{ID: l, Name: strings.ToUpper(l[:1]) + l[1:], Hotkey: keys[i : i+1]})
	}
	var tasks []client.TaskInput
	for start := 0; start < len(s.tasks); start += s.cfg.ChunkSize {
		end := min(start+s.cfg.ChunkSize, len(s.tasks))
		g := min(s.cfg.GoldPerChunk, end-start-1)
		picked := map[string]bool{}
		for _, p := range s.rng.Perm(end - start) {
			if len(picked) >= g {
				break
			}
			if l := s.tasks[start+p].Label; !picked[l] {
				picked[l] = true
				s.gold[start+p] = true
			}
		}
		for i := start; i < end; i++ {
			in := client.TaskInput{ID: s.tasks[i].ID, Text: s.tasks[i].Text}
			if s.gold[i] {
				in.Gold = []string{s.tasks[i].Label}
			}
			tasks = append(tasks, in)
		}
	}
	return client.CampaignSpec{
		Schema: schema, Tasks: tasks, ChunkSize: s.cfg.ChunkSize, K: uint8(s.cfg.K), Q: uint8(s.cfg.Q), Lanes: s.lanes(),
		AssignSeats:   s.cfg.Assign,
		MaxGoldMisses: uint8(s.cfg.MaxGoldMisses),
		ClaimWindow:   claimWindow, CommitWindow: commitWindow, RevealWindow: revealWindow, GoldWindow: goldWindow,
		DisputeWindow: time.Hour, Duration: 30 * 24 * time.Hour, Arbiter: s.revAddr, Stake: s.cfg.Stake,
	}
}

// lanes is the campaign's lanes: two when persons take chunks in turn (one
// chunk runs at a time), one per k wallets when the hub draws the seats, so
// that a round of requests fills about every lane.
func (s *sim) lanes() uint16 {
	if !s.cfg.Assign {
		return 2
	}
	return uint16(max(1, len(s.agents)/s.cfg.K))
}

// maxBig is the larger of a and b.
func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// seatsFor picks who labels a chunk: persons in seeded order, each taking
// as many seats as it has wallets, until k seats are filled.
func (s *sim) seatsFor() []*agent {
	var seated []*agent
	for _, pi := range s.rng.Perm(len(s.persons)) {
		if len(seated) == s.cfg.K {
			break
		}
		p := s.persons[pi]
		n := min(len(p.wallets), s.cfg.K-len(seated))
		seated = append(seated, p.wallets[:n]...)
	}
	return seated
}

// answers draws a person's labels for a chunk's tasks (one vector shared by
// a sybil's or a colluding pair's wallets) and the time spent on each.
func (s *sim) answers(a *agent, first, size int) ([]uint32, []time.Duration) {
	v := uint32(len(s.labels))
	out := make([]uint32, size)
	spent := make([]time.Duration, size)
	for t := range size {
		truth := s.truth[first+t]
		switch a.kind {
		case Honest, NonRevealer:
			if s.rng.Float64() < a.accuracy {
				out[t] = truth
			} else {
				w := uint32(s.rng.IntN(int(v) - 1))
				if w >= truth {
					w++
				}
				out[t] = w
			}
		case Random, Sybil, Copier:
			out[t] = uint32(s.rng.IntN(int(v)))
		case Constant:
			out[t] = 0
		case Colluder:
			out[t] = v - 1
		case Hedger:
			out[t] = a.hedge
		}
		// Log-normal time around the agent's median, 0.1s..10min.
		d := float64(a.speed) * math.Exp(0.45*s.rng.NormFloat64())
		spent[t] = time.Duration(min(max(d, float64(100*time.Millisecond)), float64(10*time.Minute))).Round(time.Millisecond)
	}
	return out, spent
}

func (s *sim) progress(format string, args ...any) {
	if s.cfg.Progress != nil {
		s.cfg.Progress(fmt.Sprintf(format, args...))
	}
}

// maxRounds bounds how often a released chunk is run again.
const maxRounds = 3

func (s *sim) runChunk(id uint64) error {
	ctx := s.ctx
	seated := s.seatsFor()
	for _, a := range seated {
		if err := a.c.Claim(ctx, id); err != nil {
			return fmt.Errorf("%s claim: %w", a.name, err)
		}
		a.seats++
	}
	released, err := s.runSeated(id, seated, false)
	if err != nil || !released {
		return err
	}
	// Nobody revealed: the chunk decided nothing and was reopened. It runs
	// again with new seats (a few rounds at most; after that it stays
	// unlabeled).
	if s.rounds[id] < maxRounds {
		return s.runChunk(id)
	}
	return nil
}

// runAssigned runs a campaign whose seats the hub draws (Config.Assign):
// in each round every wallet without a seat asks for work, in seeded
// order, and sits wherever the draw puts it (nobody picks, so a sybil's or
// a colluding pair's wallets are together only when the draws say so);
// then every chunk whose k seats are filled runs to its end. A round that
// fills none runs the fullest chunk with the seats it has (past its
// commit deadline, like a chunk with a squatter). A released chunk goes
// back to the pool and is drawn again, a few rounds at most.
func (s *sim) runAssigned(chunks int) error {
	ctx := s.ctx
	seated := map[uint64][]*agent{}
	s.waiting = seated
	defer func() { s.waiting = nil }()
	busy := map[*agent]bool{}
	done := 0
	for round := 0; done < chunks; round++ {
		if round > 20*chunks {
			return fmt.Errorf("assignment: %d of %d chunks done after %d rounds", done, chunks, round)
		}
		for _, i := range s.rng.Perm(len(s.agents)) {
			a := s.agents[i]
			if busy[a] {
				continue
			}
			id, err := a.c.Work(ctx)
			if errors.Is(err, client.ErrNoSeat) {
				continue
			}
			if err != nil {
				return fmt.Errorf("%s asks for work: %w", a.name, err)
			}
			busy[a] = true
			seated[id] = append(seated[id], a)
			a.seats++
			// work starts at once: a seat that waited for its chunk to fill
			// would lapse when another chunk's windows move the clock
			if err := s.labelAndCommit(id, a); err != nil {
				return err
			}
		}
		var run []uint64
		fullest, most := uint64(0), 0
		for id, as := range seated {
			if len(as) == s.cfg.K {
				run = append(run, id)
			}
			if len(as) > most || (len(as) == most && id < fullest) {
				fullest, most = id, len(as)
			}
		}
		if len(run) == 0 {
			if most == 0 {
				return fmt.Errorf("assignment: round %d seated nobody with %d of %d chunks done", round, done, chunks)
			}
			run = []uint64{fullest}
		}
		slices.Sort(run)
		for _, id := range run {
			// the chunk stays among the waiting ones while it runs: its
			// own seats reveal as time moves through its windows
			as := seated[id]
			released, err := s.runSeated(id, as, true)
			if err != nil {
				return fmt.Errorf("chunk %d: %w", id, err)
			}
			delete(seated, id)
			for _, a := range as {
				busy[a] = false
			}
			if err := s.checkEscrow(); err != nil {
				return fmt.Errorf("after chunk %d: %w", id, err)
			}
			if !released || s.rounds[id] >= maxRounds {
				done++
			}
		}
	}
	return nil
}

// labelAndCommit is one seat's work on a chunk up to its commit: its
// labels (one answer vector per person and chunk, so that a sybil's or a
// colluding pair's wallets answer alike; a hedger's wallets apart) and its
// commit, through client.Advance for the seats that follow the protocol
// (which also reveals at once when theirs is the last commit), Commit
// alone for a non-revealer, nothing for a copier (it copies later) or a
// squatter.
func (s *sim) labelAndCommit(id uint64, a *agent) error {
	ctx := s.ctx
	if a.kind == Copier || a.kind == Squatter {
		return nil
	}
	first := int(id) * s.cfg.ChunkSize
	size := min(s.cfg.ChunkSize, len(s.tasks)-first)
	key := answerKey{person: a.person, chunk: id}
	if a.kind == Hedger {
		key.wallet = a.name
	}
	ans, ok := s.answered[key]
	if !ok {
		ans.vals, ans.spent = s.answers(a, first, size)
		s.answered[key] = ans
	}
	for t := range size {
		if err := a.c.PutLabel(id, t, ans.vals[t], ans.spent[t]); err != nil {
			return fmt.Errorf("%s label: %w", a.name, err)
		}
	}
	if a.kind == NonRevealer {
		if err := a.c.Commit(ctx, id); err != nil {
			return fmt.Errorf("%s commit: %w", a.name, err)
		}
		return nil
	}
	if err := a.c.Submit(id); err != nil {
		return fmt.Errorf("%s commit: %w", a.name, err)
	}
	if _, err := a.c.Advance(ctx, id); err != nil {
		return fmt.Errorf("%s commit: %w", a.name, err)
	}
	return nil
}

// answerKey names one answer vector: a person's for a chunk (a hedger's
// wallets each have their own).
type answerKey struct {
	person int
	chunk  uint64
	wallet string
}

type answerSheet struct {
	vals  []uint32
	spent []time.Duration
}

// runSeated runs a chunk whose seats are taken from labels (unless
// committed: every seat labeled and committed as it was seated) to
// finalize and the reviewer's rulings; released says nobody revealed and
// the chunk went back to the pool.
func (s *sim) runSeated(id uint64, seated []*agent, committed bool) (released bool, err error) {
	ctx := s.ctx
	first := int(id) * s.cfg.ChunkSize
	size := min(s.cfg.ChunkSize, len(s.tasks)-first)
	var copiers []*agent
	squatted := false
	for _, a := range seated {
		switch a.kind {
		case Copier:
			copiers = append(copiers, a)
		case Squatter:
			squatted = true
		}
		if !committed {
			if err := s.labelAndCommit(id, a); err != nil {
				return false, err
			}
		}
	}
	victims := map[*agent]int{}
	for _, a := range copiers {
		seat, err := s.copyCommit(a, id)
		var rev *chain.RevertError
		if errors.As(err, &rev) && rev.Name == "CommitWindowClosed" {
			// seated while the chunk filled, the copier waited for a
			// commitment to copy until its own seat lapsed
			s.copy.Lapsed++
			squatted = true // its seat never commits: reveals wait for the deadline
			continue
		}
		if err != nil {
			return false, err
		}
		victims[a] = seat
	}
	if squatted || len(seated) < s.cfg.K {
		// A seat that never commits holds the chunk until the commit
		// deadline (openedAt + claim window + commit window); the reveal
		// phase opens then.
		if err := s.advanceTime(claimWindow + commitWindow + time.Second); err != nil {
			return false, err
		}
	}
	all := len(copiers) == 0
	for _, a := range seated {
		if a.kind == Copier || a.kind == NonRevealer || a.kind == Squatter {
			all = false
			continue
		}
		adv, err := a.c.Advance(ctx, id)
		if err != nil {
			return false, fmt.Errorf("%s reveal: %w", a.name, err)
		}
		// Revealed, or already finalized by this seat's own Advance (a
		// chunk without gold, everyone revealed): done, or disputed and
		// waiting for the reviewer below.
		if adv.Phase != client.PhaseRevealed && adv.Phase != client.PhaseDisputed && !adv.Done {
			return false, fmt.Errorf("%s reveal: chunk %d is %s: %s", a.name, id, adv.Phase, adv.Wait)
		}
		a.revealed += size
	}
	for _, a := range copiers {
		if err := s.copyReveal(a, id, victims[a]); err != nil {
			return false, err
		}
	}
	if !all {
		if err := s.advanceTime(revealWindow + time.Second); err != nil {
			return false, err
		}
	}
	// The requester finalizes with the gold answers (every chunk commits to
	// gold, an empty mask included). A chunk nobody revealed it finalizes
	// after the gold window, without gold, so that the chunk reopens.
	adv, err := s.req.Advance(ctx, id)
	if err != nil {
		return false, err
	}
	if !adv.Done && adv.NextAt > 0 {
		if err := s.advanceTime(goldWindow + time.Second); err != nil {
			return false, err
		}
		if adv, err = s.req.Advance(ctx, id); err != nil {
			return false, err
		}
	}
	// A disputed chunk is not done for the requester (it settles disputes
	// left unresolved past the window), but it is finalized.
	if st, ok := s.req.ChunkState(id); !adv.Done && (!ok || (st.Outcome == nil && st.Release == nil)) {
		return false, fmt.Errorf("finalize chunk %d: not yet: %s", id, adv.Wait)
	}
	if st, ok := s.req.ChunkState(id); ok && st.Release != nil {
		// Nobody revealed: the chunk decided nothing and was reopened; the
		// caller runs it again with new seats.
		s.released++
		s.rounds[id]++
		s.progress("chunk %d: nobody revealed; released and reopened", id)
		return true, nil
	}
	if err := s.resolveDisputes(id); err != nil {
		return false, err
	}
	names := make([]string, len(seated))
	for i, a := range seated {
		names[i] = a.name
	}
	s.progress("chunk %d: %s; %d disputes", id, strings.Join(names, ", "), s.resolved[id])
	return false, nil
}

// resolveDisputes has the reviewer rule on the chunk's open disputes, with
// the truth (the simulated arbiter is always right).
func (s *sim) resolveDisputes(id uint64) error {
	ds, err := s.rev.Disputes(s.ctx)
	if err != nil {
		return err
	}
	first := int(id) * s.cfg.ChunkSize
	final := map[int]uint32{}
	for _, d := range ds {
		if d.Chunk == id {
			final[d.Task] = s.truth[first+d.Task]
		}
	}
	if len(final) == 0 {
		return nil
	}
	if err := s.rev.Resolve(s.ctx, id, final); err != nil {
		return err
	}
	s.resolved[id] += len(final)
	return nil
}

func contains(xs []*agent, a *agent) bool {
	for _, x := range xs {
		if x == a {
			return true
		}
	}
	return false
}

// CopyAttempts counts what copiers tried and what the hub did with it.
type CopyAttempts struct {
	// CommitsReplayed: another seat's commitment committed as the copier's
	// own (the hub cannot tell a copied hash from a fresh one).
	CommitsReplayed int `json:"commits_replayed"`
	// RevealsTried: attempts to open a replayed commitment with the victim's
	// revealed labels and salt; RevealsRejected those the hub refused, by
	// error name in Rejections.
	RevealsTried    int            `json:"reveals_tried"`
	RevealsRejected int            `json:"reveals_rejected"`
	Rejections      map[string]int `json:"rejections"`
	// NoVictim: chunks where no other seat had committed or revealed.
	NoVictim int `json:"no_victim"`
	// Lapsed: copiers whose seat lapsed while they waited for a commitment
	// to copy (seats are assigned and work starts at once).
	Lapsed int `json:"lapsed,omitempty"`
}

// rawSender is a transaction sender for a copier's hand-made transactions,
// the client's own (journaled, nonce-managed, reverts decoded).
func (s *sim) rawSender(a *agent) (*chain.Sender, error) {
	hubABI, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	acct := a.deps.Account
	chainID := s.chain.ChainID()
	return chain.New(a.deps.Backend, chain.Config{
		ChainID: chainID, From: acct.Address(), Journal: a.deps.Journal, ABI: chain.MergeErrors(hubABI),
		Sign: func(tx *types.Transaction) (*types.Transaction, error) { return acct.SignTx(tx, chainID) },
	})
}

// copyCommit commits, as the copier, the commitment of the first other seat
// that committed. It returns that seat (-1 if none).
func (s *sim) copyCommit(a *agent, id uint64) (int, error) {
	if err := a.c.Sync(s.ctx); err != nil {
		return -1, err
	}
	ch, _ := a.c.ChunkState(id)
	mine := ch.Record.SeatOf(a.addr)
	victim := -1
	for i, seat := range ch.Record.Seats {
		if i != mine && seat.Status == protocol.SeatCommitted {
			victim = i
			break
		}
	}
	if victim < 0 {
		s.copy.NoVictim++
		return -1, nil
	}
	snd, err := s.rawSender(a)
	if err != nil {
		return -1, err
	}
	hub := bindings.NewKappaHub()
	data := hub.PackCommit(s.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), big.NewInt(int64(mine)), ch.Record.Seats[victim].Data)
	if _, err := snd.Send(s.ctx, chain.Request{Kind: journal.KindCommit, Key: fmt.Sprintf("copy-commit/%d/%s", id, a.addr.Hex()), To: s.addrs.Hub, Data: data}); err != nil {
		return -1, fmt.Errorf("%s replayed commit: %w", a.name, err)
	}
	s.copy.CommitsReplayed++
	return victim, nil
}

// copyReveal tries to open the copier's replayed commitment with what the
// victim revealed: its labels and, read from its reveal transaction, its
// salt and label document.
func (s *sim) copyReveal(a *agent, id uint64, victim int) error {
	if victim < 0 {
		return nil
	}
	if err := a.c.Sync(s.ctx); err != nil {
		return err
	}
	ch, _ := a.c.ChunkState(id)
	if victim >= len(ch.Reveals) || ch.Reveals[victim] == nil {
		s.copy.NoVictim++
		return nil
	}
	tx, _, err := s.chain.Client().TransactionByHash(s.ctx, ch.Reveals[victim].TxHash)
	if err != nil {
		return fmt.Errorf("%s: read the victim's reveal: %w", a.name, err)
	}
	hubABI, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		return err
	}
	salt, doc, err := revealSecrets(hubABI, tx.Data())
	if err != nil {
		return fmt.Errorf("%s: decode the victim's reveal: %w", a.name, err)
	}
	snd, err := s.rawSender(a)
	if err != nil {
		return err
	}
	hub := bindings.NewKappaHub()
	mine := ch.Record.SeatOf(a.addr)
	data := hub.PackReveal(s.campaign, new(big.Int).SetUint64(ch.Lane), ch.Record.Words(), big.NewInt(int64(mine)), ch.Reveals[victim].Labels, salt, doc)
	s.copy.RevealsTried++
	_, err = snd.Send(s.ctx, chain.Request{Kind: journal.KindReveal, Key: fmt.Sprintf("copy-reveal/%d/%s", id, a.addr.Hex()), To: s.addrs.Hub, Data: data})
	var rev *chain.RevertError
	switch {
	case err == nil:
		return fmt.Errorf("%s: the hub accepted a copied reveal", a.name)
	case errors.As(err, &rev):
		s.copy.RevealsRejected++
		if s.copy.Rejections == nil {
			s.copy.Rejections = map[string]int{}
		}
		s.copy.Rejections[rev.Name]++
		return nil
	default:
		return fmt.Errorf("%s copied reveal: %w", a.name, err)
	}
}

// revealSecrets decodes the salt and label document digest from a reveal
// transaction's calldata.
func revealSecrets(hubABI *abi.ABI, data []byte) (salt, doc [32]byte, err error) {
	if len(data) < 4 {
		return salt, doc, errors.New("short calldata")
	}
	m, err := hubABI.MethodById(data[:4])
	if err != nil {
		return salt, doc, err
	}
	if m.Name != "reveal" {
		return salt, doc, fmt.Errorf("transaction calls %s, not reveal", m.Name)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return salt, doc, err
	}
	if len(args) != 7 {
		return salt, doc, fmt.Errorf("reveal has %d arguments, want 7", len(args))
	}
	salt, ok1 := args[5].([32]byte)
	doc, ok2 := args[6].([32]byte)
	if !ok1 || !ok2 {
		return salt, doc, errors.New("unexpected argument types")
	}
	return salt, doc, nil
}

// checkEscrow checks the hub's conservation invariant to the unit: its
// token balance equals the campaign's reserved + unreserved escrow plus
// every credited balance not withdrawn, the stake seats lock and the
// slashed stake not yet burned (one campaign per simulated hub).
func (s *sim) checkEscrow() error {
	ctx := s.ctx
	if err := s.req.Sync(ctx); err != nil {
		return err
	}
	info := s.req.Info()
	held := new(big.Int).Add(info.Unreserved, info.Reserved)
	held.Add(held, s.req.LockedStake())
	hub := bindings.NewKappaHub()
	inst := hub.Instance(s.chain.Client(), s.addrs.Hub)
	opts := &bind.CallOpts{Context: ctx}
	unburned, err := bind.Call(inst, opts, hub.PackUnburned(), hub.UnpackUnburned)
	if err != nil {
		return err
	}
	held.Add(held, unburned)
	accounts := []common.Address{s.reqAddr, s.revAddr}
	for _, a := range s.agents {
		accounts = append(accounts, a.addr)
	}
	for _, a := range accounts {
		c, err := bind.Call(inst, opts, hub.PackCreditedOf(a), hub.UnpackCreditedOf)
		if err != nil {
			return err
		}
		held.Add(held, c)
	}
	tok := bindings.NewKappaToken()
	bal, err := bind.Call(tok.Instance(s.chain.Client(), s.addrs.Token), opts, tok.PackBalanceOf(s.addrs.Hub), tok.UnpackBalanceOf)
	if err != nil {
		return err
	}
	if bal.Cmp(held) != 0 {
		return fmt.Errorf("escrow not conserved: hub holds %s, reserved + unreserved + credited = %s", bal, held)
	}
	s.checks++
	return nil
}

// withdrawSome has every other wallet with a credit withdraw it, so the
// final check covers credits both withdrawn and not.
func (s *sim) withdrawSome() error {
	for i, a := range s.agents {
		if i%2 == 1 {
			continue
		}
		c, err := a.c.Credited(s.ctx)
		if err != nil {
			return err
		}
		if c.Sign() == 0 {
			continue
		}
		if _, _, err := a.c.Withdraw(s.ctx); err != nil {
			return fmt.Errorf("%s withdraw: %w", a.name, err)
		}
	}
	return nil
}
