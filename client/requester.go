package client

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TaskInput is one item of a requester's data set.
type TaskInput struct {
	ID   string            `json:"id"`
	Text string            `json:"text"`
	Meta map[string]string `json:"meta,omitempty"`
	// Tier indexes the schema's tiers (difficulty); default 0.
	Tier uint8 `json:"tier,omitempty"`
	// Gold, when set, makes the task a gold task with this known answer:
	// label ids (exactly one for single-label schemas). It never reaches
	// IPFS; only a commitment to it does.
	Gold []string `json:"gold,omitempty"`
}

// CampaignSpec is everything a requester decides when creating a campaign.
type CampaignSpec struct {
	Schema *document.Schema
	Tasks  []TaskInput
	// ChunkSize is the number of tasks per chunk (1..256, default 32).
	ChunkSize int
	// K annotators per chunk, Q agreeing for a task to be accepted (2Q > K).
	K, Q uint8
	// Lanes is the number of chunks in flight at once (storage slots
	// created once and recycled); default 8.
	Lanes uint16
	// MaxGoldMisses is how many gold tasks of a chunk an annotator may miss
	// before being excluded from its pay.
	MaxGoldMisses uint8
	// MaxGold caps the gold tasks of any chunk (the hub refuses revealed
	// gold above it; annotators see it before they work). Zero means the
	// most gold tasks any chunk of this campaign holds (at least 1).
	MaxGold uint8
	// GoldPerChunk, when set, spreads the tasks marked gold over the
	// chunks: every chunk of a tier gets exactly this many, of distinct
	// answers as far as the pool allows, at secret positions (the rest of
	// the pool is labeled as ordinary tasks). Zero keeps the gold where the
	// data puts it.
	GoldPerChunk int
	// Windows, judged by block time.
	ClaimWindow, CommitWindow, RevealWindow, GoldWindow, DisputeWindow time.Duration
	// ReviewWindow is how long after a chunk's finalize only senior
	// reviewers may rule on its disputes; the arbiter (unless senior
	// itself) may rule after it. Zero lets the arbiter rule at once. At
	// most DisputeWindow less the hub's minimum dispute window.
	ReviewWindow time.Duration
	// Duration after which no chunk opens any more.
	Duration time.Duration
	// SeniorReputation is the reputation a reviewer needs.
	SeniorReputation uint32
	// ReputationSource is the ledger the tier minimums and the senior
	// threshold read: zero for the requester's own (reputation earned in
	// its own campaigns), or the address of another requester whose
	// reputation the campaign trusts. Reputation earned in this campaign
	// is always recorded under the requester's own ledger.
	ReputationSource common.Address
	// Arbiter may resolve any dispute (an oracle or a multisig). Required,
	// and never the requester: the hub refuses a requester who judges its
	// own campaign.
	Arbiter common.Address
	// Deposit is the escrow pulled at creation; nil means the maximum payout
	// of every chunk (size x (k x reward + reviewer fee)).
	Deposit *big.Int
	// Stake is what an annotator puts up per task of a seat (a seat of a
	// chunk of n tasks locks n x Stake of its credited balance from claim to
	// finalize). It is slashed and burned for a lapse, a missing reveal or
	// failed gold, returned otherwise. Nil means RecommendedStake for the
	// campaign's gold (protocol.RecommendedStake); zero is refused.
	Stake *big.Int
	// AssignSeats makes the hub draw every seat (protocol v2 §2):
	// annotators ask for work (Client.Work) and nobody picks a chunk. The
	// campaign names its chunk count, so the manifest's chunk ids must run
	// from 0 without gaps.
	AssignSeats bool `json:",omitempty"`
	// ID, when non-empty, names the creation: asking again with the same ID
	// returns the campaign it created instead of creating another. Without
	// it, a creation interrupted by a crash is resumed when asked again
	// with the same spec, and a completed one is followed by a new campaign.
	ID string `json:"-"`
}

// Created is a campaign just created.
type Created struct {
	CampaignID  *big.Int
	ManifestCID string
	SchemaCID   string
	Root        common.Hash
	Chunks      int
	// GoldTasks is how many tasks the chunks' gold commitments hold.
	GoldTasks int
	Deposit   *big.Int
	// Stake is the per-task stake the campaign was created with.
	Stake  *big.Int
	TxHash common.Hash
}

// goldSecret is what the requester keeps (in the journal) to reveal a
// chunk's gold answers at finalize.
type goldSecret struct {
	Values []uint32    `json:"values"` // per task: the gold label (0 where not gold)
	Tasks  []int       `json:"tasks"`  // which tasks are gold
	Salt   common.Hash `json:"salt"`
}

// checkChunkGold refuses a chunk whose gold the hub would refuse at
// finalize (docs/PROTOCOL.md, "Gold"): more gold tasks than max (when set),
// or, for a single-label schema, fewer distinct gold answers than
// min(gold tasks, labels), so that a fixed answer could pass it.
func checkChunkGold(s *document.Schema, sec goldSecret, chunk uint64, max uint8) error {
	n := len(sec.Tasks)
	if max != 0 && n > int(max) {
		return fmt.Errorf("chunk %d has %d gold tasks, more than --max-gold %d", chunk, n, max)
	}
	if n > 255 {
		return fmt.Errorf("chunk %d has %d gold tasks, the hub allows at most 255", chunk, n)
	}
	if s.Kind != document.KindSingle || n < 2 {
		return nil
	}
	distinct := map[uint32]bool{}
	for _, t := range sec.Tasks {
		distinct[sec.Values[t]%256] = true // the hub counts classes modulo 256
	}
	if need := min(n, len(s.Labels)); len(distinct) < need {
		return fmt.Errorf("chunk %d: its %d gold tasks have %d distinct answers, the hub needs %d (one fixed answer must not pass two gold tasks): give the chunk gold tasks of different labels, or fewer", chunk, n, len(distinct), need)
	}
	return nil
}

func goldKey(hub common.Address, campaign *big.Int, chunk uint64) string {
	return fmt.Sprintf("gold/%s/%s/%d", hub.Hex(), campaign, chunk)
}

// LabelBits is the narrowest packing width the hub accepts for a schema:
// enough bits for a class index (single label) or one bit per label (multi).
func LabelBits(s *document.Schema) uint8 {
	need := len(s.Labels)
	if s.Kind == document.KindSingle {
		need = big.NewInt(int64(len(s.Labels) - 1)).BitLen()
	}
	for _, b := range []uint8{1, 2, 4, 8, 16, 32} {
		if int(b) >= need {
			return b
		}
	}
	return 32
}

// LabelValue converts label ids to the packed value of a task.
func LabelValue(s *document.Schema, ids []string) (uint32, error) {
	if len(ids) == 0 {
		return 0, errors.New("no label given")
	}
	if s.Kind == document.KindSingle && len(ids) != 1 {
		return 0, fmt.Errorf("single-label schema: got %d labels", len(ids))
	}
	var v uint32
	for _, id := range ids {
		i, ok := s.Label(id)
		if !ok {
			return 0, fmt.Errorf("unknown label %q", id)
		}
		if s.Kind == document.KindSingle {
			return uint32(i), nil
		}
		v |= 1 << uint(i)
	}
	return v, nil
}

// LabelIDs converts a packed task value back to label ids.
func LabelIDs(s *document.Schema, v uint64) []string {
	if s.Kind == document.KindSingle {
		if v < uint64(len(s.Labels)) {
			return []string{s.Labels[v].ID}
		}
		return nil
	}
	var out []string
	for i, l := range s.Labels {
		if v&(1<<uint(i)) != 0 {
			out = append(out, l.ID)
		}
	}
	return out
}

// CreateCampaign publishes the schema, every task and the manifest to IPFS,
// approves the deposit and creates the campaign on the hub. The gold answers
// and their salts stay in the requester's journal (see RevealGold).
func CreateCampaign(ctx context.Context, d Deps, token common.Address, spec CampaignSpec) (*Created, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	if err := checkChainID(ctx, d); err != nil {
		return nil, err
	}
	s := spec.Schema
	if s == nil {
		return nil, errors.New("create campaign: no schema")
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("create campaign: schema: %w", err)
	}
	if len(spec.Tasks) == 0 {
		return nil, errors.New("create campaign: no tasks")
	}
	size := spec.ChunkSize
	if size == 0 {
		size = 32
	}
	if size < 1 || size > protocol.MaxChunkSize {
		return nil, fmt.Errorf("create campaign: chunk size %d outside 1..%d", size, protocol.MaxChunkSize)
	}
	if spec.Lanes == 0 {
		spec.Lanes = 8
	}
	if spec.Lanes > protocol.MaxLanes {
		return nil, fmt.Errorf("create campaign: %d lanes: the hub allows at most %d", spec.Lanes, protocol.MaxLanes)
	}
	switch spec.Arbiter {
	case common.Address{}:
		return nil, errors.New("create campaign: no arbiter: name who rules on disputes (not the requester)")
	case d.Account.Address():
		return nil, fmt.Errorf("create campaign: the arbiter %s is the requester: the hub lets nobody judge their own campaign", spec.Arbiter.Hex())
	}
	w := protocol.Windows{Claim: spec.ClaimWindow, Commit: spec.CommitWindow, Reveal: spec.RevealWindow, Gold: spec.GoldWindow, Dispute: spec.DisputeWindow, Review: spec.ReviewWindow}
	if err := w.Check(); err != nil {
		return nil, fmt.Errorf("create campaign: %w", err)
	}
	if spec.Stake != nil {
		if err := protocol.CheckStake(spec.Stake); err != nil {
			return nil, fmt.Errorf("create campaign: %w", err)
		}
	}
	bits := LabelBits(s)

	// Publish the schema, then every task, grouped into chunks by tier.
	rawSchema, err := s.Encode()
	if err != nil {
		return nil, fmt.Errorf("create campaign: encode schema: %w", err)
	}
	schemaCID, err := d.IPFS.Add(ctx, rawSchema)
	if err != nil {
		return nil, fmt.Errorf("create campaign: publish schema: %w", err)
	}
	type pending struct {
		cids  []string
		golds []goldOf
	}
	byTier := map[uint8]*pending{}
	var tiers []uint8
	seen := map[string]bool{}
	// Validate every task and encode it first, then publish them with a few
	// uploads at a time: one round trip per document dominates creation.
	raws := make([][]byte, len(spec.Tasks))
	golds := make([]goldOf, len(spec.Tasks))
	for i, in := range spec.Tasks {
		if seen[in.ID] {
			return nil, fmt.Errorf("create campaign: task %d: id %q used twice", i, in.ID)
		}
		seen[in.ID] = true
		if int(in.Tier) >= len(s.Tiers) {
			return nil, fmt.Errorf("create campaign: task %q: tier %d, the schema has %d", in.ID, in.Tier, len(s.Tiers))
		}
		t := &document.Task{Version: document.VersionTask, ID: in.ID, Text: in.Text, Meta: in.Meta}
		raw, err := t.Encode()
		if err != nil {
			return nil, fmt.Errorf("create campaign: task %q: %w", in.ID, err)
		}
		raws[i] = raw
		if len(in.Gold) > 0 {
			v, err := LabelValue(s, in.Gold)
			if err != nil {
				return nil, fmt.Errorf("create campaign: task %q: gold: %w", in.ID, err)
			}
			golds[i] = goldOf{gold: true, value: v}
		}
	}
	cids, err := publishAll(ctx, d.IPFS, raws)
	if err != nil {
		return nil, fmt.Errorf("create campaign: publish tasks: %w", err)
	}
	for i, in := range spec.Tasks {
		p := byTier[in.Tier]
		if p == nil {
			p = &pending{}
			byTier[in.Tier] = p
			tiers = append(tiers, in.Tier)
		}
		p.cids = append(p.cids, cids[i])
		p.golds = append(p.golds, golds[i])
	}

	// The creation is an operation slot (ops.go): a retry after a crash
	// resumes it with the same seed, hence the same gold salts, manifest and
	// transactions; another campaign gets another seed.
	specJSON, err := json.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("create campaign: encode spec: %w", err)
	}
	digest := opDigest(specJSON)
	slot, err := beginOp(d.Journal, opFamily("campaign", d.Hub.Hex(), d.Account.Address().Hex()), spec.ID, digest, "approve", "create")
	if err != nil {
		return nil, fmt.Errorf("create campaign: %w", err)
	}
	seed, err := goldSeed(d, slot.name(), digest)
	if err != nil {
		return nil, fmt.Errorf("create campaign: %w", err)
	}

	// Cut chunks: ids in order of tier first appearance, then data order.
	m := &document.Manifest{Version: document.VersionManifest, Title: s.Title, Schema: schemaCID}
	secrets := map[uint64]goldSecret{}
	deposit := new(big.Int)
	var nextID uint64
	maxGold := 1
	minGold := -1 // the fewest gold tasks of any chunk: what a guess must pass
	for _, tier := range tiers {
		p := byTier[tier]
		if spec.GoldPerChunk > 0 {
			p.cids, p.golds, err = spreadGold(p.cids, p.golds, size, spec.GoldPerChunk, s.Kind == document.KindSingle, nextID, seed)
			if err != nil {
				return nil, fmt.Errorf("create campaign: tier %q: %w", s.Tiers[tier].Name, err)
			}
		}
		for start := 0; start < len(p.cids); start += size {
			end := min(start+size, len(p.cids))
			ch := document.Chunk{ID: nextID, Tier: tier, Tasks: p.cids[start:end]}
			sec := goldSecret{Values: make([]uint32, end-start)}
			for i, g := range p.golds[start:end] {
				if g.gold {
					sec.Tasks = append(sec.Tasks, i)
					sec.Values[i] = g.value
				}
			}
			if err := checkChunkGold(s, sec, nextID, spec.MaxGold); err != nil {
				return nil, fmt.Errorf("create campaign: %w", err)
			}
			maxGold = max(maxGold, len(sec.Tasks))
			if minGold < 0 || len(sec.Tasks) < minGold {
				minGold = len(sec.Tasks)
			}
			// Every chunk commits to its gold, an empty mask when it has
			// none, so annotators cannot tell which chunks hold gold (the
			// hub refuses a leaf without a commitment).
			sec.Salt = goldSalt(seed, nextID)
			gc, err := goldCommitment(sec, bits)
			if err != nil {
				return nil, fmt.Errorf("create campaign: chunk %d: %w", nextID, err)
			}
			ch.Gold = &gc
			secrets[nextID] = sec
			m.Chunks = append(m.Chunks, ch)
			reward := s.Tiers[tier].Reward
			per := new(big.Int).Mul(big.NewInt(int64(spec.K)), reward)
			per.Add(per, s.ReviewerFee)
			deposit.Add(deposit, per.Mul(per, big.NewInt(int64(end-start))))
			nextID++
		}
	}
	if spec.MaxGold != 0 {
		maxGold = int(spec.MaxGold)
	}
	stake := RecommendedStake(s, max(minGold, 0), spec.MaxGoldMisses)
	if spec.Stake != nil {
		stake = new(big.Int).Set(spec.Stake)
	}
	if err := protocol.CheckStake(stake); err != nil {
		return nil, fmt.Errorf("create campaign: %w", err)
	}
	rawManifest, err := m.Encode()
	if err != nil {
		return nil, fmt.Errorf("create campaign: encode manifest: %w", err)
	}
	manifestCID, err := d.IPFS.Add(ctx, rawManifest)
	if err != nil {
		return nil, fmt.Errorf("create campaign: publish manifest: %w", err)
	}
	tree, err := protocol.NewManifestTree(LeavesOf(m))
	if err != nil {
		return nil, fmt.Errorf("create campaign: manifest tree: %w", err)
	}
	if spec.Deposit != nil {
		deposit = new(big.Int).Set(spec.Deposit)
	}

	// Windows and the end time are judged by block time, which a devnet
	// can move ahead of the wall clock.
	head, err := d.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("create campaign: read chain head: %w", err)
	}
	now := time.Unix(int64(head.Time), 0)
	arbiter := spec.Arbiter
	params := bindings.KappaHubCampaignParams{
		Arbiter: arbiter, ReputationSource: spec.ReputationSource, Stake: stake, ManifestRoot: tree.Root(), ManifestCid: manifestCID,
		K: spec.K, Q: spec.Q, LabelBits: bits, NumLabels: uint16(len(s.Labels)),
		MultiLabel: s.Kind == document.KindMulti, MaxGoldMisses: spec.MaxGoldMisses, MaxGold: uint8(maxGold), Lanes: spec.Lanes,
		ClaimWindow: secs(spec.ClaimWindow), CommitWindow: secs(spec.CommitWindow),
		RevealWindow: secs(spec.RevealWindow), GoldWindow: secs(spec.GoldWindow),
		DisputeWindow: secs(spec.DisputeWindow), ReviewWindow: secs(spec.ReviewWindow), EndTime: uint64(now.Add(spec.Duration).Unix()),
		SeniorReputation: spec.SeniorReputation, ReviewerFee: s.ReviewerFee, Deposit: deposit,
	}
	for _, t := range s.Tiers {
		params.Tiers = append(params.Tiers, bindings.KappaHubTier{Reward: t.Reward, MinReputation: uint32(t.MinReputation)})
	}
	if spec.AssignSeats {
		for i, l := range LeavesOf(m) {
			if l.ChunkID != uint64(i) {
				return nil, fmt.Errorf("create campaign: seats are assigned in chunk order, so chunk ids must run from 0 without gaps: chunk %d is at position %d", l.ChunkID, i)
			}
		}
		params.Chunks = uint32(len(m.Chunks))
	}

	sender, err := newSender(d)
	if err != nil {
		return nil, err
	}
	hub := bindings.NewKappaHub()
	tok := bindings.NewKappaToken()
	key := slot.family + "/" + slot.name()
	if deposit.Sign() > 0 {
		if _, err := sendOK(ctx, sender, "approve", key, token, tok.PackApprove(d.Hub, deposit)); err != nil {
			return nil, fmt.Errorf("create campaign: approve deposit: %w", err)
		}
	}
	res, err := sendOK(ctx, sender, "create", key, d.Hub, hub.PackCreateCampaign(params))
	if err != nil {
		return nil, fmt.Errorf("create campaign: %w", err)
	}
	var id *big.Int
	for _, l := range res.Receipt.Logs {
		if ev, err := hub.UnpackCampaignCreatedEvent(l); err == nil {
			id = ev.CampaignId
		}
	}
	if id == nil {
		return nil, fmt.Errorf("create campaign: no CampaignCreated event in %s", res.Receipt.TxHash.Hex())
	}
	for chunk, sec := range secrets {
		raw, err := json.Marshal(sec)
		if err != nil {
			return nil, err
		}
		if err := d.Journal.PutState(goldKey(d.Hub, id, chunk), raw); err != nil {
			return nil, fmt.Errorf("create campaign: keep gold of chunk %d: %w", chunk, err)
		}
	}
	goldTasks := 0
	for _, sec := range secrets {
		goldTasks += len(sec.Tasks)
	}
	return &Created{
		CampaignID: id, ManifestCID: manifestCID, SchemaCID: schemaCID, Root: tree.Root(),
		Chunks: len(m.Chunks), GoldTasks: goldTasks, Deposit: deposit, Stake: stake, TxHash: res.Receipt.TxHash,
	}, nil
}

type goldOf struct {
	gold  bool
	value uint32
}

func secs(d time.Duration) uint32 { return uint32(d / time.Second) }

func goldWords(sec goldSecret, bits uint8) (mask, labels []*big.Int, err error) {
	set := new(big.Int)
	for _, t := range sec.Tasks {
		set.SetBit(set, t, 1)
	}
	if mask, err = protocol.GoldMaskWords(set, len(sec.Values), bits); err != nil {
		return nil, nil, err
	}
	if labels, err = protocol.PackLabels(sec.Values, bits); err != nil {
		return nil, nil, err
	}
	return mask, labels, nil
}

// goldSeed is the secret a campaign creation derives its gold salts from:
// the requester's wallet signs (protocol.GoldSeedTypedData) the creation's
// slot and the digest of its spec. Signatures are deterministic, so a retry
// after a crash (the same slot and spec) builds the same manifest and
// resumes the journaled approve and create, and the same inputs always make
// the same campaign (the simulator's reports repeat); another slot or spec,
// such as a pilot and then its full run on the same data, gets an unrelated
// seed. Only the wallet can sign it, and kappa's signing commands refuse the
// salt domain (protocol.IsSaltRequest).
func goldSeed(d Deps, slot string, spec common.Hash) (common.Hash, error) {
	sig, err := d.Account.SignTypedData(protocol.GoldSeedTypedData(d.ChainID, d.Hub, slot, spec))
	if err != nil {
		return common.Hash{}, fmt.Errorf("gold seed signature: %w", err)
	}
	if err := protocol.ValidateSaltSignature(sig); err != nil {
		return common.Hash{}, err
	}
	return protocol.SaltFromSignature(sig), nil
}

// goldSalt is the salt of a chunk's gold commitment: keccak256 of a domain
// tag, the creation's seed and the chunk id, so no two campaigns share a
// salt and revealing one's gold says nothing of another's.
func goldSalt(seed common.Hash, chunk uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("kappa gold salt v2"), seed.Bytes(), binary.BigEndian.AppendUint64(nil, chunk))
}

func goldCommitment(sec goldSecret, bits uint8) (common.Hash, error) {
	mask, labels, err := goldWords(sec, bits)
	if err != nil {
		return common.Hash{}, err
	}
	return protocol.GoldCommitment(mask, labels, sec.Salt)
}

// OpResult is the outcome of a repeatable money action.
type OpResult struct {
	// Op names the action within its kind, campaign and account: "#2" for
	// the second one asked without an id, "id:NAME" for an id the caller
	// chose.
	Op string
	// Tx is the transaction that did it.
	Tx common.Hash
	// Already says the action was done before this call (an id asked for
	// again): nothing was sent.
	Already bool
}

// Fund adds amount to the campaign's escrow (approve, then fund). Re-running
// it after a crash finishes the journaled fund instead of funding twice; once
// a fund is mined, the next call funds again. id, when non-empty, names the
// fund so that asking again with the same id never funds a second time (see
// ops.go).
func (c *Client) Fund(ctx context.Context, amount *big.Int, id string) (OpResult, error) {
	if amount == nil || amount.Sign() <= 0 {
		return OpResult{}, fmt.Errorf("fund campaign %s: amount must be positive", c.campaign)
	}
	tok := bindings.NewKappaToken()
	family := opFamily("fund", c.deps.Hub.Hex(), c.campaign.String(), c.Address().Hex())
	slot, err := beginOp(c.deps.Journal, family, id, opDigest(common.BigToHash(amount).Bytes()), "approve", "fund")
	if err != nil {
		return OpResult{}, fmt.Errorf("fund campaign %s: %w", c.campaign, err)
	}
	if slot.done != nil {
		return OpResult{Op: slot.name(), Tx: slot.done.Hash, Already: true}, nil
	}
	opKey := slot.family + "/" + slot.name()
	if _, err := sendOK(ctx, c.sender, "approve", opKey, c.token, tok.PackApprove(c.deps.Hub, amount)); err != nil {
		return OpResult{}, fmt.Errorf("fund campaign %s: approve: %w", c.campaign, err)
	}
	res, err := sendOK(ctx, c.sender, "fund", opKey, c.deps.Hub, c.hub.PackFund(c.campaign, amount))
	if err != nil {
		return OpResult{}, fmt.Errorf("fund campaign %s: %w", c.campaign, err)
	}
	return OpResult{Op: slot.name(), Tx: res.Receipt.TxHash}, c.Sync(ctx)
}

// WithdrawUnreserved takes amount of the campaign's unreserved escrow back
// to the requester, once per call like Fund (id as for Fund).
func (c *Client) WithdrawUnreserved(ctx context.Context, amount *big.Int, id string) (OpResult, error) {
	if amount == nil || amount.Sign() <= 0 {
		return OpResult{}, fmt.Errorf("withdraw escrow of campaign %s: amount must be positive", c.campaign)
	}
	family := opFamily("withdraw-escrow", c.deps.Hub.Hex(), c.campaign.String(), c.Address().Hex())
	slot, err := beginOp(c.deps.Journal, family, id, opDigest(common.BigToHash(amount).Bytes()), "withdraw-escrow")
	if err != nil {
		return OpResult{}, fmt.Errorf("withdraw escrow of campaign %s: %w", c.campaign, err)
	}
	if slot.done != nil {
		return OpResult{Op: slot.name(), Tx: slot.done.Hash, Already: true}, nil
	}
	res, err := sendOK(ctx, c.sender, "withdraw-escrow", slot.family+"/"+slot.name(), c.deps.Hub, c.hub.PackWithdrawUnreserved(c.campaign, amount, c.Address()))
	if err != nil {
		return OpResult{}, fmt.Errorf("withdraw escrow of campaign %s: %w", c.campaign, err)
	}
	return OpResult{Op: slot.name(), Tx: res.Receipt.TxHash}, c.Sync(ctx)
}

// Reclaim closes the campaign once it is over (end time, then every window,
// passed) and takes its unreserved escrow back. What is still reserved for
// chunks in progress or open disputes stays owed to their annotators and
// reviewers; as those settle, it returns to the unreserved escrow and a
// later Reclaim takes it. Each call is its own operation (id as for Fund):
// a crash after broadcast resumes the same transaction, a second call after
// the first was mined reclaims again.
func (c *Client) Reclaim(ctx context.Context, id string) (OpResult, error) {
	family := opFamily("reclaim", c.deps.Hub.Hex(), c.campaign.String(), c.Address().Hex())
	slot, err := beginOp(c.deps.Journal, family, id, opDigest(c.Address().Bytes()), "reclaim")
	if err != nil {
		return OpResult{}, fmt.Errorf("reclaim campaign %s: %w", c.campaign, err)
	}
	if slot.done != nil {
		return OpResult{Op: slot.name(), Tx: slot.done.Hash, Already: true}, nil
	}
	res, err := sendOK(ctx, c.sender, "reclaim", slot.family+"/"+slot.name(), c.deps.Hub, c.hub.PackReclaim(c.campaign, c.Address()))
	if err != nil {
		return OpResult{}, fmt.Errorf("reclaim campaign %s: %w", c.campaign, err)
	}
	return OpResult{Op: slot.name(), Tx: res.Receipt.TxHash}, c.Sync(ctx)
}

// goldFor returns the gold preimage for finalize: the requester's secret if
// this journal holds it, otherwise "not present".
func (c *Client) goldFor(chunk uint64) (bindings.KappaHubGold, error) {
	none := bindings.KappaHubGold{Mask: []*big.Int{}, Labels: []*big.Int{}}
	raw, ok, err := c.deps.Journal.State(goldKey(c.deps.Hub, c.campaign, chunk))
	if err != nil || !ok {
		return none, err
	}
	var sec goldSecret
	if err := json.Unmarshal(raw, &sec); err != nil {
		return none, fmt.Errorf("gold of chunk %d: journal entry: %w", chunk, err)
	}
	mask, labels, err := goldWords(sec, c.index.Info().LabelBits)
	if err != nil {
		return none, fmt.Errorf("gold of chunk %d: %w", chunk, err)
	}
	return bindings.KappaHubGold{Present: true, Mask: mask, Labels: labels, Salt: sec.Salt}, nil
}

// GoldAnswers returns the gold tasks of a chunk and their answers, if this
// journal is the requester's.
func (c *Client) GoldAnswers(chunk uint64) (map[int]uint32, bool, error) {
	raw, ok, err := c.deps.Journal.State(goldKey(c.deps.Hub, c.campaign, chunk))
	if err != nil || !ok {
		return nil, false, err
	}
	var sec goldSecret
	if err := json.Unmarshal(raw, &sec); err != nil {
		return nil, false, err
	}
	out := map[int]uint32{}
	for _, t := range sec.Tasks {
		out[t] = sec.Values[t]
	}
	return out, true, nil
}

// sendOK sends a transaction and fails unless it was mined successfully.
func sendOK(ctx context.Context, s *chain.Sender, kind, key string, to common.Address, data []byte) (*chain.Result, error) {
	res, err := s.Send(ctx, chain.Request{Kind: journal.Kind(kind), Key: kind + "/" + key, To: to, Data: data})
	if err != nil {
		return res, err
	}
	if res.Receipt == nil || res.Receipt.Status != 1 {
		return res, fmt.Errorf("%s: transaction reverted", kind)
	}
	return res, nil
}

// publishConcurrency bounds parallel uploads to the IPFS node.
const publishConcurrency = 8

// publishAll adds every document to the store, a few at a time, and returns
// their CIDs in order. The first error stops the rest.
func publishAll(ctx context.Context, store ipfs.Store, docs [][]byte) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cids := make([]string, len(docs))
	errs := make(chan error, len(docs))
	sem := make(chan struct{}, publishConcurrency)
	var wg sync.WaitGroup
	for i, doc := range docs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			cid, err := store.Add(ctx, doc)
			if err != nil {
				errs <- fmt.Errorf("document %d: %w", i, err)
				cancel()
				return
			}
			cids[i] = cid
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, err
	}
	return cids, nil
}
