package contracts_test

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// The harness drives a real hub on go-ethereum's simulated backend. It keeps
// its own model of every lane's record (built with the protocol package's
// Apply* mirrors) and checks after every transaction that the lane's on-chain
// hash equals the model's: the Go encodings are cross-checked continuously.

var (
	hubABI   = bindings.NewKappaHub()
	tokenABI = bindings.NewKappaToken()
	reentABI = bindings.NewReentrantToken()
	ether    = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	// testLabelDoc is the label document digest every test commitment binds
	// and every test reveal names.
	testLabelDoc = protocol.LabelDocDigest([]byte("label document"))
)

// rules selects the chain configuration.
type rules string

const (
	rulesBogota rules = "bogota" // go-ethereum v1.17.10 dev config as it comes
	rulesPrague rules = "prague" // the same with OsakaTime and BogotaTime nil
)

func pragueOption(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.OsakaTime = nil
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

type actor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

type env struct {
	tb       testing.TB
	ctx      context.Context
	sim      *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	owner    *actor
	actors   []*actor
	tokenA   common.Address
	hubA     common.Address
	token    *bind.BoundContract
	hub      *bind.BoundContract
	fastGas  uint64 // when nonzero, send with this gas limit and no estimate
	gasByOp  map[string][]uint64
	lanes    map[laneKey]*protocol.Record    // model of every busy lane
	released *bindings.KappaHubChunkReleased // the last finalize's, when it found no eligible vote
	secrets  map[seatKey]seatSecret          // labels and salt each seat committed
	manifest map[uint64]*manifest            // per campaign
	kc       map[uint64]int                  // replication per campaign
	stakes   map[uint64]int64                // stake per task, per campaign
	noStake  bool                            // claims do not top up the claimer's stake first
}

type laneKey struct {
	campaign uint64
	lane     uint64
}

type seatKey struct {
	campaign uint64
	chunk    uint64
	who      common.Address
}

type seatSecret struct {
	labels []*big.Int
	values []uint32
	salt   [32]byte
}

// newEnv starts a chain with n funded actors (plus the owner/deployer) and
// deploys the devnet token and a hub paying in it. token may be set to deploy
// the hub over another ERC-20 (the re-entrant test token).
func newEnv(tb testing.TB, n int, r rules) *env {
	tb.Helper()
	e := &env{tb: tb, ctx: context.Background(), gasByOp: map[string][]uint64{},
		lanes: map[laneKey]*protocol.Record{}, secrets: map[seatKey]seatSecret{}, manifest: map[uint64]*manifest{}, kc: map[uint64]int{}, stakes: map[uint64]int64{}}
	alloc := types.GenesisAlloc{}
	mk := func(i int) *actor {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kappa test key %d", i))))
		if err != nil {
			tb.Fatal(err)
		}
		a := &actor{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
		return a
	}
	e.owner = mk(0)
	for i := 1; i <= n; i++ {
		e.actors = append(e.actors, mk(i))
	}
	var opts []func(*node.Config, *ethconfig.Config)
	if r == rulesPrague {
		opts = append(opts, pragueOption)
	}
	e.sim = simulated.NewBackend(alloc, opts...)
	tb.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	id, err := e.client.ChainID(e.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	e.chainID = id
	for _, a := range append([]*actor{e.owner}, e.actors...) {
		a.opts = bind.NewKeyedTransactor(a.key, id)
	}
	addrs, err := deploy.All(e.ctx, e.client, e.owner.opts, func() { e.sim.Commit() })
	if err != nil {
		tb.Fatal(err)
	}
	e.bindTo(addrs.Token, addrs.Hub)
	return e
}

func (e *env) bindTo(token, hub common.Address) {
	e.tokenA, e.hubA = token, hub
	e.token = tokenABI.Instance(e.client, token)
	e.hub = hubABI.Instance(e.client, hub)
}

// send executes one transaction, mines it and returns its receipt; a revert
// comes back as an error naming the custom error (see revertName).
func (e *env) send(op string, from *actor, to *bind.BoundContract, data []byte) (*types.Receipt, error) {
	o := *from.opts
	o.Context = e.ctx
	if e.fastGas != 0 {
		o.GasLimit = e.fastGas
	}
	tx, err := bind.Transact(to, &o, data)
	if err != nil {
		return nil, decodeErr(err)
	}
	e.sim.Commit()
	rcpt, err := bind.WaitMined(e.ctx, e.client, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("%s: reverted", op)
	}
	e.gasByOp[op] = append(e.gasByOp[op], rcpt.GasUsed)
	return rcpt, nil
}

// revertError is a decoded custom error of the hub.
type revertError struct {
	Name string
	Args []any
}

func (r *revertError) Error() string { return fmt.Sprintf("%s%v", r.Name, r.Args) }

func decodeErr(err error) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil || len(data) < 4 {
		return err
	}
	var id [4]byte
	copy(id[:], data[:4])
	for _, parsed := range []*bind.MetaData{&bindings.KappaHubMetaData, &bindings.KappaTokenMetaData} {
		ab, perr := parsed.ParseABI()
		if perr != nil {
			continue
		}
		if ae, aerr := ab.ErrorByID(id); aerr == nil {
			args, _ := ae.Inputs.Unpack(data[4:])
			return &revertError{Name: ae.Name, Args: args}
		}
	}
	return err
}

// revertName is the custom error's name, or "" when err is not one.
func revertName(err error) string {
	var re *revertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

func (e *env) mustErr(err error, want string) {
	e.tb.Helper()
	if err == nil {
		e.tb.Fatalf("expected revert %s, got success", want)
	}
	if got := revertName(err); got != want {
		e.tb.Fatalf("expected revert %s, got %v", want, err)
	}
}

func (e *env) must(_ *types.Receipt, err error) {
	e.tb.Helper()
	if err != nil {
		e.tb.Fatal(err)
	}
}

func (e *env) advance(d time.Duration) {
	e.tb.Helper()
	// The transaction pool forgets a mined transaction in a background reset
	// after the block; until then AdjustTime sees a "non-empty block". Wait
	// for the reset instead of failing (no transaction is really pending:
	// send mines every transaction before returning).
	var err error
	for try := 0; try < 200; try++ {
		if err = e.sim.AdjustTime(d); err == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		e.tb.Fatal(err)
	}
	e.sim.Commit()
}

func (e *env) now() uint64 {
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h.Time
}

func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.tb.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.tb.Fatal(err)
	}
	return v
}

// ------------------------------------------------------------ fixtures

// manifest is a campaign's chunks, with gold answers the requester keeps.
type manifest struct {
	leaves []protocol.Leaf
	tree   *protocol.Tree
	gold   map[uint64]goldSecret
}

type goldSecret struct {
	mask   *big.Int // task bitmask
	maskW  []*big.Int
	values []uint32
	labels []*big.Int
	salt   [32]byte
}

// chunkSpec describes one manifest chunk for a fixture.
type chunkSpec struct {
	tier             uint8
	size             int
	gold             map[int]uint32 // task -> gold answer
	noGoldCommitment bool           // a v1 leaf: gold commitment 0
}

func newManifest(tb testing.TB, bits uint8, specs []chunkSpec) *manifest {
	tb.Helper()
	m := &manifest{gold: map[uint64]goldSecret{}}
	for i, s := range specs {
		cids := make([]string, s.size)
		for t := range cids {
			cids[t] = fmt.Sprintf("bafkreitask%03dx%03d", i, t)
		}
		leaf := protocol.Leaf{ChunkID: uint64(i), Tier: s.tier, Size: uint16(s.size), TasksRoot: protocol.TasksRoot(cids)}
		// Every leaf commits to gold (protocol v2): a chunk without gold
		// tasks commits to an empty mask, so nobody can tell which chunks
		// hold gold. noGoldCommitment leaves it zero (the hub refuses it).
		if !s.noGoldCommitment {
			g := goldSecret{mask: new(big.Int), values: make([]uint32, s.size)}
			for t, v := range s.gold {
				g.mask.SetBit(g.mask, t, 1)
				g.values[t] = v
			}
			var err error
			if g.labels, err = protocol.PackLabels(g.values, bits); err != nil {
				tb.Fatal(err)
			}
			g.salt = crypto.Keccak256Hash([]byte(fmt.Sprintf("gold salt %d", i)))
			if g.maskW, err = protocol.GoldMaskWords(g.mask, s.size, bits); err != nil {
				tb.Fatal(err)
			}
			gc, err := protocol.GoldCommitment(g.maskW, g.labels, g.salt)
			if err != nil {
				tb.Fatal(err)
			}
			leaf.GoldCommitment = gc
			m.gold[uint64(i)] = g
		}
		m.leaves = append(m.leaves, leaf)
	}
	tree, err := protocol.NewManifestTree(m.leaves)
	if err != nil {
		tb.Fatal(err)
	}
	m.tree = tree
	return m
}

// campaignSpec is a test campaign.
type campaignSpec struct {
	k, q          uint8
	bits          uint8
	numLabels     uint16
	multi         bool
	maxGoldMisses uint8
	maxGold       uint8 // 0: 8
	lanes         uint16
	rewards       []int64 // per tier, token units
	minRep        []uint32
	reviewerFee   int64
	seniorRep     uint32
	deposit       *big.Int
	chunks        []chunkSpec
	arbiter       *actor
	repSource     *actor // nil: the requester's own ledger
	reviewWindow  uint32
	stake         int64 // per task; 0: defaultStake
	assigned      bool  // seats are assigned (requestSeat, assign): the campaign names its chunk count
}

// defaultStake is the stake per task of a campaignSpec that sets none.
const defaultStake = 3

const (
	claimWindow  = 14400
	commitWindow = 3600
	revealWindow = 3600
	goldWindow   = 1800
	dispWindow   = 86400
)

func (e *env) createCampaign(requester *actor, s campaignSpec) uint64 {
	e.tb.Helper()
	m := newManifest(e.tb, s.bits, s.chunks)
	var tiers []bindings.KappaHubTier
	for i, r := range s.rewards {
		tiers = append(tiers, bindings.KappaHubTier{Reward: big.NewInt(r), MinReputation: s.minRep[i]})
	}
	arb := s.arbiter
	if arb == nil {
		arb = e.owner
	}
	var source common.Address
	if s.repSource != nil {
		source = s.repSource.addr
	}
	p := bindings.KappaHubCampaignParams{
		Arbiter: arb.addr, ReputationSource: source, ManifestRoot: m.tree.Root(), ManifestCid: "bafkreimanifest",
		K: s.k, Q: s.q, LabelBits: s.bits, NumLabels: s.numLabels, MultiLabel: s.multi,
		MaxGoldMisses: s.maxGoldMisses, MaxGold: cmp.Or(s.maxGold, 8), Lanes: s.lanes,
		ClaimWindow: claimWindow, CommitWindow: commitWindow, RevealWindow: revealWindow,
		GoldWindow: goldWindow, DisputeWindow: dispWindow, ReviewWindow: s.reviewWindow,
		EndTime:          e.now() + 30*86400,
		SeniorReputation: s.seniorRep, ReviewerFee: big.NewInt(s.reviewerFee),
		Tiers: tiers, Deposit: s.deposit, Stake: big.NewInt(cmp.Or(s.stake, defaultStake)),
	}
	if s.assigned {
		p.Chunks = uint32(len(s.chunks))
	}
	e.mint(requester, s.deposit)
	e.must(e.send("approve", requester, e.token, tokenABI.PackApprove(e.hubA, s.deposit)))
	e.must(e.send("create", requester, e.hub, hubABI.PackCreateCampaign(p)))
	id := call(e, e.hub, hubABI.PackCampaignCount(), hubABI.UnpackCampaignCount).Uint64()
	e.manifest[id] = m
	e.stakes[id] = cmp.Or(s.stake, defaultStake)
	return id
}

// seatStake is what a seat of a chunk of size tasks locks in campaign id.
func (e *env) seatStake(id uint64, size int) int64 { return int64(size) * e.stakes[id] }

// topUp makes sure who's credited balance covers a seat of size tasks in
// campaign id, depositing the shortfall (minted to who first), as a client
// does before claiming. Tests of the stake itself set e.noStake.
func (e *env) topUp(id uint64, who *actor, size int) {
	e.tb.Helper()
	if e.noStake {
		return
	}
	need := big.NewInt(e.seatStake(id, size))
	have := e.credited(who.addr)
	if have.Cmp(need) >= 0 {
		return
	}
	e.deposit(who, new(big.Int).Sub(need, have))
}

// deposit mints amount to who and deposits it into who's credited balance.
func (e *env) deposit(who *actor, amount *big.Int) {
	e.tb.Helper()
	e.mint(who, amount)
	e.must(e.send("approve", who, e.token, tokenABI.PackApprove(e.hubA, amount)))
	e.must(e.send("deposit", who, e.hub, hubABI.PackDeposit(amount)))
}

// lockedStake is the stake the seats of campaign id's open chunks lock,
// from the lane model: a chunk's seats lock their stake from claim to
// finalize.
func (e *env) lockedStake(id uint64) *big.Int {
	sum := new(big.Int)
	for k, r := range e.lanes {
		if k.campaign != id || r.Status != protocol.ChunkActive {
			continue
		}
		for _, seat := range r.Seats {
			if seat.Status != protocol.SeatEmpty {
				sum.Add(sum, big.NewInt(e.seatStake(id, int(r.Size))))
			}
		}
	}
	return sum
}

// unburned is the slashed stake the hub holds for burn().
func (e *env) unburned() *big.Int {
	return call(e, e.hub, hubABI.PackUnburned(), hubABI.UnpackUnburned)
}

func (e *env) mint(to *actor, amount *big.Int) {
	e.tb.Helper()
	e.must(e.send("mint", e.owner, e.token, tokenABI.PackMint(to.addr, amount)))
}

// ------------------------------------------------------------ lane ops

func (e *env) checkLane(id, lane uint64) {
	e.tb.Helper()
	got := call(e, e.hub, hubABI.PackLaneHash(big.NewInt(int64(id)), big.NewInt(int64(lane))), hubABI.UnpackLaneHash)
	want := protocol.FreeLane
	if r, ok := e.lanes[laneKey{id, lane}]; ok {
		want = r.Hash()
	}
	if common.Hash(got) != want {
		e.tb.Fatalf("campaign %d lane %d: on-chain hash %x, model %x", id, lane, got, want)
	}
}

func (e *env) record(id, lane uint64) *protocol.Record {
	r, ok := e.lanes[laneKey{id, lane}]
	if !ok {
		e.tb.Fatalf("campaign %d lane %d: no chunk in the model", id, lane)
	}
	return r
}

func (e *env) k(id uint64) int {
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
	return int(info.K)
}

func (e *env) open(id, lane uint64, who *actor, chunk int) error {
	m := e.manifest[id]
	leaf := m.leaves[chunk]
	proof, err := m.tree.Proof(chunk)
	if err != nil {
		return err
	}
	bl := bindings.KappaHubChunkLeaf{ChunkId: leaf.ChunkID, Tier: leaf.Tier, Size: leaf.Size,
		TasksRoot: leaf.TasksRoot, GoldCommitment: leaf.GoldCommitment}
	e.topUp(id, who, int(leaf.Size))
	rcpt, err := e.send("claim", who, e.hub, hubABI.PackClaimOpen(big.NewInt(int64(id)), big.NewInt(int64(lane)), bl, proof))
	if err != nil {
		return err
	}
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
	r := protocol.NewRecord(leaf, info.Tiers[leaf.Tier].MinReputation, e.kOf(id), who.addr, e.blockTime(rcpt))
	e.lanes[laneKey{id, lane}] = &r
	e.checkLane(id, lane)
	return nil
}

func (e *env) kOf(id uint64) int {
	if k, ok := e.kc[id]; ok {
		return k
	}
	k := e.k(id)
	e.kc[id] = k
	return k
}

func (e *env) blockTime(rcpt *types.Receipt) uint64 {
	h, err := e.client.HeaderByNumber(e.ctx, rcpt.BlockNumber)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h.Time
}

func (e *env) claim(id, lane uint64, who *actor, seat int) error {
	r := e.record(id, lane)
	e.topUp(id, who, int(r.Size))
	rcpt, err := e.send("claim", who, e.hub, hubABI.PackClaim(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), big.NewInt(int64(seat))))
	if err != nil {
		return err
	}
	if err := r.ApplyClaim(seat, who.addr, e.blockTime(rcpt)); err != nil {
		e.tb.Fatal(err)
	}
	e.checkLane(id, lane)
	return nil
}

// salt derives the commit salt the way a client does: sign SaltTypedData.
func (e *env) salt(id uint64, chunk uint64, who *actor) [32]byte {
	digest, err := protocol.SaltDigest(e.chainID, e.hubA, big.NewInt(int64(id)), chunk)
	if err != nil {
		e.tb.Fatal(err)
	}
	sig, err := crypto.Sign(digest[:], who.key)
	if err != nil {
		e.tb.Fatal(err)
	}
	if err := protocol.ValidateSaltSignature(sig); err != nil {
		e.tb.Fatal(err)
	}
	return protocol.SaltFromSignature(sig)
}

func (e *env) bits(id uint64) uint8 {
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
	return info.LabelBits
}

// commit labels for who's seat; commitment overrides the honest hash when non-nil.
func (e *env) commit(id, lane uint64, who *actor, seat int, values []uint32, bits uint8, commitment *common.Hash) error {
	r := e.record(id, lane)
	words, err := protocol.PackLabels(values, bits)
	if err != nil {
		return err
	}
	salt := e.salt(id, r.ChunkID, who)
	h, err := protocol.CommitHash(e.chainID, e.hubA, big.NewInt(int64(id)), r.ChunkID, who.addr, words, testLabelDoc, salt)
	if err != nil {
		return err
	}
	if commitment != nil {
		h = *commitment
	}
	rcpt, err := e.send("commit", who, e.hub, hubABI.PackCommit(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), big.NewInt(int64(seat)), h))
	if err != nil {
		return err
	}
	e.secrets[seatKey{id, r.ChunkID, who.addr}] = seatSecret{labels: words, values: values, salt: salt}
	if err := r.ApplyCommit(seat, h, e.blockTime(rcpt)); err != nil {
		e.tb.Fatal(err)
	}
	e.checkLane(id, lane)
	return nil
}

// reveal the seat's committed labels; saltOverride replaces the salt when non-nil.
func (e *env) reveal(id, lane uint64, from *actor, seat int, saltOverride *[32]byte) error {
	r := e.record(id, lane)
	annot := r.Seats[seat].Annotator
	sec := e.secrets[seatKey{id, r.ChunkID, annot}]
	salt := sec.salt
	if saltOverride != nil {
		salt = *saltOverride
	}
	labels := sec.labels
	if labels == nil {
		labels = make([]*big.Int, protocol.WordsFor(int(r.Size), e.bits(id)))
		for i := range labels {
			labels[i] = new(big.Int)
		}
	}
	_, err := e.send("reveal", from, e.hub, hubABI.PackReveal(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), big.NewInt(int64(seat)), labels, salt, testLabelDoc))
	if err != nil {
		return err
	}
	if err := r.ApplyReveal(seat, labels); err != nil {
		e.tb.Fatal(err)
	}
	e.checkLane(id, lane)
	return nil
}

// revealedLabels flattens the labels of every revealed seat, in seat order.
func (e *env) revealedLabels(id uint64, r *protocol.Record) []*big.Int {
	var out []*big.Int
	for _, s := range r.Seats {
		if s.Status == protocol.SeatRevealed {
			out = append(out, e.secrets[seatKey{id, r.ChunkID, s.Annotator}].labels...)
		}
	}
	if out == nil {
		out = []*big.Int{}
	}
	return out
}

// finalize the lane's chunk, revealing gold when withGold; returns the
// receipt and the Finalized event, or a nil event when the finalize found
// no eligible vote (ChunkReleased, kept in e.released).
func (e *env) finalize(id, lane uint64, from *actor, withGold bool) (*types.Receipt, *bindings.KappaHubFinalized, error) {
	r := e.record(id, lane)
	gold := bindings.KappaHubGold{Mask: []*big.Int{}, Labels: []*big.Int{}}
	if g, ok := e.manifest[id].gold[r.ChunkID]; ok && withGold {
		gold = bindings.KappaHubGold{Present: true, Mask: g.maskW, Labels: g.labels, Salt: g.salt}
	}
	rcpt, err := e.send("finalize", from, e.hub, hubABI.PackFinalize(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), e.revealedLabels(id, r), gold))
	if err != nil {
		return nil, nil, err
	}
	e.checkSettled(id, rcpt)
	var fin *bindings.KappaHubFinalized
	e.released = nil
	excluded := make([]bool, len(r.Seats))
	for _, l := range rcpt.Logs {
		if ev, err := hubABI.UnpackFinalizedEvent(l); err == nil {
			fin = ev
		}
		if ev, err := hubABI.UnpackChunkReleasedEvent(l); err == nil {
			e.released = ev
		}
		if ev, err := hubABI.UnpackSettledEvent(l); err == nil && (ev.Reason == 1 || ev.Reason == 2) {
			if i := r.SeatOf(ev.Account); i >= 0 {
				excluded[i] = true
			}
		}
	}
	if e.released != nil {
		if fin != nil {
			e.tb.Fatal("finalize: both Finalized and ChunkReleased")
		}
		delete(e.lanes, laneKey{id, lane})
		e.checkLane(id, lane)
		return rcpt, nil, nil
	}
	if fin == nil {
		e.tb.Fatal("finalize: no Finalized event")
	}
	if fin.DisputeMask.Sign() == 0 {
		delete(e.lanes, laneKey{id, lane})
	} else {
		r.ApplyFinalize(fin.DisputeMask, excluded, e.blockTime(rcpt))
	}
	e.checkLane(id, lane)
	return rcpt, fin, nil
}

func (e *env) resolve(id, lane uint64, who *actor, mask *big.Int, final []*big.Int) (*types.Receipt, error) {
	r := e.record(id, lane)
	rcpt, err := e.send("resolve", who, e.hub, hubABI.PackResolve(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), e.revealedLabels(id, r), mask, final))
	if err != nil {
		return nil, err
	}
	e.checkSettled(id, rcpt)
	if !r.ApplyResolve(mask) {
		delete(e.lanes, laneKey{id, lane})
	}
	e.checkLane(id, lane)
	return rcpt, nil
}

func (e *env) withdraw(who *actor) error {
	return e.withdrawKeeping(who, new(big.Int))
}

// withdrawKeeping withdraws who's credited balance above keep to who.
func (e *env) withdrawKeeping(who *actor, keep *big.Int) error {
	_, err := e.send("withdraw", who, e.hub, hubABI.PackWithdraw(who.addr, keep))
	return err
}

// ------------------------------------------------------------ views

func (e *env) credited(a common.Address) *big.Int {
	return call(e, e.hub, hubABI.PackCreditedOf(a), hubABI.UnpackCreditedOf)
}

// reputation is a's reputation as campaign id reads it (under its
// reputation source).
func (e *env) reputation(id uint64, a common.Address) int64 {
	info := call(e, e.hub, hubABI.PackCampaignInfo(new(big.Int).SetUint64(id)), hubABI.UnpackCampaignInfo)
	return e.reputationUnder(a, info.ReputationSource)
}

// checkSettled checks the reputation each Settled event of rcpt reports:
// with a nonzero repDelta, the account's reputation under the campaign
// requester's ledger after the transaction (each account settles once per
// finalize or resolve); with repDelta 0, 0 (the hub did not read it).
func (e *env) checkSettled(id uint64, rcpt *types.Receipt) {
	e.tb.Helper()
	info := call(e, e.hub, hubABI.PackCampaignInfo(new(big.Int).SetUint64(id)), hubABI.UnpackCampaignInfo)
	for _, l := range rcpt.Logs {
		ev, err := hubABI.UnpackSettledEvent(l)
		if err != nil {
			continue
		}
		want := int64(0)
		if ev.RepDelta.Sign() != 0 {
			want = e.reputationUnder(ev.Account, info.Requester)
		}
		if ev.Reputation.Cmp(big.NewInt(want)) != 0 {
			e.tb.Fatalf("Settled(%s, reason %d, repDelta %v) reports reputation %v, want %d", ev.Account.Hex(), ev.Reason, ev.RepDelta, ev.Reputation, want)
		}
	}
}

// reputationUnder is a's reputation under ledger.
func (e *env) reputationUnder(a, ledger common.Address) int64 {
	return call(e, e.hub, hubABI.PackReputationOf(a, ledger), hubABI.UnpackReputationOf).Int64()
}

func (e *env) escrow(id uint64) (*big.Int, *big.Int) {
	out := call(e, e.hub, hubABI.PackEscrowOf(big.NewInt(int64(id))), hubABI.UnpackEscrowOf)
	return out.Unreserved, out.Reserved
}

func (e *env) balance(a common.Address) *big.Int {
	return call(e, e.token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
}

func eqBig(tb testing.TB, what string, got *big.Int, want *big.Int) {
	tb.Helper()
	if got.Cmp(want) != 0 {
		tb.Fatalf("%s = %s, want %s", what, got, want)
	}
}

func packLabels(v []uint32) ([]*big.Int, error) { return protocol.PackLabels(v, 4) }

// commitBatch relays the commits of several seats, each signed (EIP-712) by
// its holder; signer overrides the holder's key for every seat when non-nil.
func (e *env) commitBatch(id, lane uint64, relayer *actor, seats []int, holders []*actor, values [][]uint32, signer *actor) error {
	r := e.record(id, lane)
	var batch []bindings.KappaHubSignedCommit
	secrets := map[seatKey]seatSecret{}
	for n, seat := range seats {
		who := holders[n]
		words, err := protocol.PackLabels(values[n], e.bits(id))
		if err != nil {
			return err
		}
		salt := e.salt(id, r.ChunkID, who)
		h, err := protocol.CommitHash(e.chainID, e.hubA, big.NewInt(int64(id)), r.ChunkID, who.addr, words, testLabelDoc, salt)
		if err != nil {
			return err
		}
		digest, err := protocol.CommitDigest(e.chainID, e.hubA, big.NewInt(int64(id)), r.ChunkID, seat, r.Seats[seat].ClaimedAt, h)
		if err != nil {
			return err
		}
		key := who.key
		if signer != nil {
			key = signer.key
		}
		rr, vs, err := signCompact(digest, key)
		if err != nil {
			return err
		}
		batch = append(batch, bindings.KappaHubSignedCommit{Seat: big.NewInt(int64(seat)), Commitment: h, R: rr, Vs: vs})
		secrets[seatKey{id, r.ChunkID, who.addr}] = seatSecret{labels: words, values: values[n], salt: salt}
	}
	rcpt, err := e.send("commit", relayer, e.hub, hubABI.PackCommitBatch(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), batch))
	if err != nil {
		return err
	}
	now := e.blockTime(rcpt)
	for n, seat := range seats {
		for k, v := range secrets {
			e.secrets[k] = v
		}
		if err := r.ApplyCommit(seat, batch[n].Commitment, now); err != nil {
			e.tb.Fatal(err)
		}
	}
	e.checkLane(id, lane)
	return nil
}

// revealBatch relays the reveals of several committed seats.
func (e *env) revealBatch(id, lane uint64, relayer *actor, seats []int) error {
	r := e.record(id, lane)
	var batch []bindings.KappaHubSeatReveal
	for _, seat := range seats {
		sec := e.secrets[seatKey{id, r.ChunkID, r.Seats[seat].Annotator}]
		batch = append(batch, bindings.KappaHubSeatReveal{Seat: big.NewInt(int64(seat)), Labels: sec.labels, Salt: sec.salt,
			LabelDoc: testLabelDoc})
	}
	if _, err := e.send("reveal", relayer, e.hub, hubABI.PackRevealBatch(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), batch)); err != nil {
		return err
	}
	for n, seat := range seats {
		if err := r.ApplyReveal(seat, batch[n].Labels); err != nil {
			e.tb.Fatal(err)
		}
	}
	e.checkLane(id, lane)
	return nil
}

// signCompact signs an EIP-712 digest with key as the hub's batch entry
// points take it: an EIP-2098 compact signature (r, vs).
func signCompact(digest common.Hash, key *ecdsa.PrivateKey) (r, vs [32]byte, err error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return r, vs, err
	}
	return protocol.CompactSignature(sig)
}

// claimBatch relays signed claims of several seats; signer overrides every
// claimer's key when non-nil.
func (e *env) claimBatch(id, lane uint64, relayer *actor, seats []int, claimers []*actor, signer *actor, deadline uint64) error {
	r := e.record(id, lane)
	var batch []bindings.KappaHubSignedClaim
	for n, seat := range seats {
		digest, err := protocol.ClaimDigest(e.chainID, e.hubA, big.NewInt(int64(id)), *r, seat, deadline)
		if err != nil {
			return err
		}
		key := claimers[n].key
		if signer != nil {
			key = signer.key
		}
		rr, vs, err := signCompact(digest, key)
		if err != nil {
			return err
		}
		if signer != nil {
			e.topUp(id, signer, int(r.Size))
		} else {
			e.topUp(id, claimers[n], int(r.Size))
		}
		batch = append(batch, bindings.KappaHubSignedClaim{Seat: big.NewInt(int64(seat)), Deadline: new(big.Int).SetUint64(deadline), R: rr, Vs: vs})
	}
	rcpt, err := e.send("claim", relayer, e.hub, hubABI.PackClaimBatch(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), batch))
	if err != nil {
		return err
	}
	now := e.blockTime(rcpt)
	for n, seat := range seats {
		who := claimers[n]
		if signer != nil {
			who = signer
		}
		if err := r.ApplyClaim(seat, who.addr, now); err != nil {
			e.tb.Fatal(err)
		}
	}
	e.checkLane(id, lane)
	return nil
}

func asRevert(err error, re **revertError) bool { return errors.As(err, re) }

// commitAndReveal: the last committer commits and reveals in one transaction.
func (e *env) commitAndReveal(id, lane uint64, who *actor, seat int, values []uint32) error {
	r := e.record(id, lane)
	words, err := protocol.PackLabels(values, e.bits(id))
	if err != nil {
		return err
	}
	salt := e.salt(id, r.ChunkID, who)
	h, err := protocol.CommitHash(e.chainID, e.hubA, big.NewInt(int64(id)), r.ChunkID, who.addr, words, testLabelDoc, salt)
	if err != nil {
		return err
	}
	rcpt, err := e.send("commit+reveal", who, e.hub, hubABI.PackCommitAndReveal(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words(), big.NewInt(int64(seat)), words, salt, testLabelDoc))
	if err != nil {
		return err
	}
	e.secrets[seatKey{id, r.ChunkID, who.addr}] = seatSecret{labels: words, values: values, salt: salt}
	if err := r.ApplyCommit(seat, h, e.blockTime(rcpt)); err != nil {
		e.tb.Fatal(err)
	}
	if err := r.ApplyReveal(seat, words); err != nil {
		e.tb.Fatal(err)
	}
	e.checkLane(id, lane)
	return nil
}
