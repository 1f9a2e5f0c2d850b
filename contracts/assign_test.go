package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// requestSeat sends who's seat request, depositing its bond (one task's
// stake) first when its credited balance falls short, and mines the block
// whose hash will draw it and one more: assign may follow at once (a
// client waits for the same: gas estimation runs against the latest block).
func (e *env) requestSeat(id uint64, who *actor) error {
	e.tb.Helper()
	e.topUp(id, who, 1)
	if _, err := e.send("request", who, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id)))); err != nil {
		return err
	}
	e.sim.Commit()
	e.sim.Commit()
	return nil
}

// requestBatch relays the signed seat requests of whos (each its next
// request number, or count when nonzero) from relayer, valid until
// deadline; signer overrides every signature's key when non-nil. It mines
// the draws' blocks like requestSeat.
func (e *env) requestBatch(id uint64, relayer *actor, whos []*actor, signer *actor, count, deadline uint64) error {
	e.tb.Helper()
	var batch []bindings.KappaHubSignedRequest
	for _, who := range whos {
		e.topUp(id, who, 1)
		n := count
		if n == 0 {
			_, made := e.request(id, who)
			n = made + 1
		}
		digest, err := protocol.RequestDigest(e.chainID, e.hubA, big.NewInt(int64(id)), n, deadline)
		if err != nil {
			return err
		}
		key := who.key
		if signer != nil {
			key = signer.key
		}
		r, vs, err := signCompact(digest, key)
		if err != nil {
			return err
		}
		batch = append(batch, bindings.KappaHubSignedRequest{Count: new(big.Int).SetUint64(n), Deadline: new(big.Int).SetUint64(deadline), R: r, Vs: vs})
	}
	if _, err := e.send("request", relayer, e.hub, hubABI.PackRequestSeatBatch(big.NewInt(int64(id)), batch)); err != nil {
		return err
	}
	e.sim.Commit()
	e.sim.Commit()
	return nil
}

// request is who's pending seat request: its block (0: none) and number.
func (e *env) request(id uint64, who *actor) (uint64, uint64) {
	out := call(e, e.hub, hubABI.PackRequestOf(big.NewInt(int64(id)), who.addr), hubABI.UnpackRequestOf)
	return out.AtBlock.Uint64(), out.Count.Uint64()
}

// draw is what assign will do with who's pending request, computed from
// the lane model the way a client computes it: the lane it starts from, the
// records of the lanes it probes, and where it stops (lane -1: nowhere; a
// free lane opens chunk open).
type draw struct {
	start, lane, seat int
	open              int // chunk a free lane opens, -1 when the seat is in a busy lane
	next              int // the lowest chunk not taken, -1 when none: its leaf goes with an assign that probes a free lane (the hub reads its tier)
	sawFree           bool
	recs              [][]*big.Int
}

func (e *env) draw(id uint64, who *actor) draw {
	e.tb.Helper()
	at, count := e.request(id, who)
	if at == 0 {
		e.tb.Fatalf("campaign %d: %s has no pending request", id, who.addr)
	}
	h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(at+1))
	if err != nil {
		e.tb.Fatal(err)
	}
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
	lanes := int(info.Lanes)
	d := draw{start: protocol.AssignStart(h.Hash(), id, who.addr, count, lanes), lane: -1, seat: -1, open: -1, next: -1}
	rep := func(min uint32) bool {
		return min == 0 || e.reputationUnder(who.addr, info.ReputationSource) >= int64(min)
	}
	next := int(info.NextChunk)
	for next < int(info.Chunks) && e.taken(id, uint64(next)) {
		next++
	}
	if next < int(info.Chunks) {
		d.next = next
	}
	now := e.now() + 1 // the block assign lands in
	for i := 0; i < lanes; i++ {
		lane := (d.start + i) % lanes
		r, busy := e.lanes[laneKey{id, uint64(lane)}]
		if !busy {
			d.sawFree = true
			d.recs = append(d.recs, []*big.Int{})
			if next < int(info.Chunks) && rep(info.Tiers[e.manifest[id].leaves[next].Tier].MinReputation) {
				d.lane, d.seat, d.open = lane, 0, next
				return d
			}
			continue
		}
		d.recs = append(d.recs, r.Words())
		if s := protocol.FreeSeat(*r, who.addr, now, uint64(info.ClaimWindow), uint64(info.CommitWindow)); s >= 0 && rep(r.MinReputation) {
			d.lane, d.seat = lane, s
			return d
		}
	}
	return d
}

func (e *env) taken(id, chunk uint64) bool {
	return call(e, e.hub, hubABI.PackChunkTaken(big.NewInt(int64(id)), new(big.Int).SetUint64(chunk)), hubABI.UnpackChunkTaken)
}

// sendAssign sends assign for who's request from sender with d's records
// and, when d opens a chunk, that chunk's leaf and proof.
func (e *env) sendAssign(id uint64, who, sender *actor, d draw) error {
	leaf := bindings.KappaHubChunkLeaf{}
	var proof [][32]byte
	open := d.open
	if open < 0 && d.sawFree {
		open = d.next
	}
	if open >= 0 {
		m := e.manifest[id]
		l := m.leaves[open]
		leaf = bindings.KappaHubChunkLeaf{ChunkId: l.ChunkID, Tier: l.Tier, Size: l.Size, TasksRoot: l.TasksRoot, GoldCommitment: l.GoldCommitment}
		var err error
		if proof, err = m.tree.Proof(open); err != nil {
			return err
		}
	}
	rcpt, err := e.send("assign", sender, e.hub, hubABI.PackAssign(big.NewInt(int64(id)), who.addr, leaf, proof, d.recs))
	if err != nil {
		return err
	}
	if d.lane < 0 {
		return nil
	}
	t := e.blockTime(rcpt)
	if d.open >= 0 {
		info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
		l := e.manifest[id].leaves[d.open]
		r := protocol.NewRecord(l, info.Tiers[l.Tier].MinReputation, e.kOf(id), who.addr, t)
		e.lanes[laneKey{id, uint64(d.lane)}] = &r
	} else if err := e.lanes[laneKey{id, uint64(d.lane)}].ApplyClaim(d.seat, who.addr, t); err != nil {
		e.tb.Fatal(err)
	}
	e.checkLane(id, uint64(d.lane))
	return nil
}

// assign draws who's pending request and sends assign for it (from sender,
// who when nil), depositing the seat's stake first as a client does; it
// returns the lane and seat who got (-1, -1 when none). The lane hash check
// proves the hub drew exactly what the model drew.
func (e *env) assign(id uint64, who, sender *actor) (int, int, error) {
	e.tb.Helper()
	d := e.draw(id, who)
	if d.lane >= 0 {
		size := e.manifest[id].leaves[e.chunkAt(id, d)].Size
		// the bond comes back at assign: the seat needs size-1 tasks' stake more
		e.topUp(id, who, int(size)-1)
	}
	if sender == nil {
		sender = who
	}
	if err := e.sendAssign(id, who, sender, d); err != nil {
		return -1, -1, err
	}
	return d.lane, d.seat, nil
}

func (e *env) chunkAt(id uint64, d draw) int {
	if d.open >= 0 {
		return d.open
	}
	return int(e.lanes[laneKey{id, uint64(d.lane)}].ChunkID)
}

// assignedCampaign is a campaign whose seats are assigned: k = 3, q = 2,
// `lanes` lanes and `chunks` chunks of 4 tasks, binary labels.
func assignedCampaign(lanes uint16, chunks int) campaignSpec {
	s := campaignSpec{k: 3, q: 2, bits: 1, numLabels: 2, lanes: lanes, rewards: []int64{10}, minRep: []uint32{0},
		reviewerFee: 2, seniorRep: 150, deposit: big.NewInt(1_000_000), assigned: true}
	for range chunks {
		s.chunks = append(s.chunks, chunkSpec{size: 4})
	}
	return s
}

func TestAssignment(t *testing.T) {
	t.Run("nobody picks a chunk or a seat", func(t *testing.T) {
		e := newEnv(t, 4, rulesPrague)
		req, a, b := e.actors[0], e.actors[1], e.actors[2]
		id := e.createCampaign(req, assignedCampaign(4, 8))

		// the entry points that pick are closed to an assigned campaign
		err := e.open(id, 0, a, 3)
		e.mustErr(err, "SeatsAssigned")
		// and the ones that assign to a campaign whose seats are picked
		picked := e.createCampaign(req, campaignSpec{k: 1, q: 1, bits: 1, numLabels: 2, lanes: 1, rewards: []int64{1},
			minRep: []uint32{0}, deposit: big.NewInt(100), chunks: []chunkSpec{{size: 1}}})
		e.topUp(picked, a, 1)
		_, err = e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(picked))))
		e.mustErr(err, "SeatsPicked")

		// a request is drawn from the hash of the block after it: not before
		e.topUp(id, a, 1)
		e.must(e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id)))))
		_, err = e.send("assign", a, e.hub, hubABI.PackAssign(big.NewInt(int64(id)), a.addr, bindings.KappaHubChunkLeaf{}, nil, nil))
		e.mustErr(err, "AssignTooEarly")
		// one request at a time
		_, err = e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id))))
		e.mustErr(err, "RequestPending")
		e.sim.Commit() // the draw's block
		e.sim.Commit()

		d := e.draw(id, a)
		if d.open != 0 || d.lane != d.start {
			t.Fatalf("first draw %+v: want chunk 0 opened in the drawn lane", d)
		}
		// a chunk of the attacker's choosing instead of the lowest free one
		cheat := d
		cheat.open = 5
		e.mustErr(e.sendAssign(id, a, a, cheat), "WrongChunk")
		// records that skip the drawn lane
		skip := d
		skip.recs = [][]*big.Int{{}, {}}
		if len(e.lanes) == 0 { // every lane is free: the probe stops at the drawn lane, whatever follows
			skip.recs = nil
		}
		e.mustErr(e.sendAssign(id, a, a, skip), "ProbeIncomplete")
		lane, seat, err := e.assign(id, a, b) // anyone may send it
		if err != nil {
			t.Fatal(err)
		}
		if lane != d.start || seat != 0 {
			t.Fatalf("a got lane %d seat %d, drawn %d", lane, seat, d.start)
		}
		if at, count := e.request(id, a); at != 0 || count != 1 {
			t.Fatalf("request after assign: block %d, count %d", at, count)
		}
	})

	t.Run("the stake moves exactly: the bond comes back as the seat locks its stake", func(t *testing.T) {
		e := newEnv(t, 2, rulesPrague)
		e.noStake = true
		req, a := e.actors[0], e.actors[1]
		id := e.createCampaign(req, assignedCampaign(2, 2))
		stake := e.stakes[id]
		_, err := e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id))))
		e.mustErr(err, "InsufficientStake") // no bond, no request
		e.deposit(a, big.NewInt(4*stake))
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		if got := e.credited(a.addr); got.Int64() != 3*stake {
			t.Fatalf("credited after request %d, want %d (bond %d locked)", got, 3*stake, stake)
		}
		if _, _, err := e.assign(id, a, nil); err != nil {
			t.Fatal(err)
		}
		if got := e.credited(a.addr); got.Sign() != 0 {
			t.Fatalf("credited after assign %d, want 0: a chunk of 4 locks 4 tasks' stake", got)
		}
	})

	t.Run("a draw thrown away costs its bond", func(t *testing.T) {
		e := newEnv(t, 3, rulesPrague)
		req, a, b := e.actors[0], e.actors[1], e.actors[2]
		id := e.createCampaign(req, assignedCampaign(4, 8))
		stake := e.stakes[id]
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		before := e.credited(a.addr)
		burned := e.unburned()
		// the attacker dislikes its draw and never assigns it; nor can it
		// ask again while the request is pending
		for range protocol.AssignBlocks {
			e.sim.Commit()
		}
		_, err := e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id))))
		e.mustErr(err, "RequestPending")
		// anyone closes the expired request: the bond is slashed to nobody
		rcpt, err := e.send("assign", b, e.hub, hubABI.PackAssign(big.NewInt(int64(id)), a.addr, bindings.KappaHubChunkLeaf{}, nil, nil))
		if err != nil {
			t.Fatal(err)
		}
		if got := e.credited(a.addr); got.Cmp(before) != 0 {
			t.Fatalf("credited %d, want %d: the bond was locked already", got, before)
		}
		if got := new(big.Int).Sub(e.unburned(), burned); got.Int64() != stake {
			t.Fatalf("slashed %d, want the bond %d", got, stake)
		}
		closed := false
		for _, l := range rcpt.Logs {
			if ev, err := hubABI.UnpackRequestClosedEvent(l); err == nil && ev.Annotator == a.addr && ev.Slashed.Int64() == stake {
				closed = true
			}
			if ev, err := hubABI.UnpackSettledEvent(l); err == nil && ev.Account == a.addr && ev.Reason != 8 {
				t.Fatalf("settled reason %d, want RequestExpired (8)", ev.Reason)
			}
		}
		if !closed {
			t.Fatal("no RequestClosed event with the bond slashed")
		}
		// and a new request is drawn afresh
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		if _, count := e.request(id, a); count != 2 {
			t.Fatalf("request count %d, want 2", count)
		}
		if _, _, err := e.assign(id, a, nil); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("a sybil's wallets go where the draws put them", func(t *testing.T) {
		// Six wallets of one person ask for seats in a campaign of 8 lanes.
		// Each lands where its own draw says (the model predicts every one,
		// and the lane hashes prove the hub agreed), chunks open in manifest
		// order, and no wallet can choose to join a sibling's chunk.
		e := newEnv(t, 7, rulesPrague)
		req := e.actors[0]
		sybil := e.actors[1:]
		id := e.createCampaign(req, assignedCampaign(8, 16))
		for _, w := range sybil {
			if err := e.requestSeat(id, w); err != nil {
				t.Fatal(err)
			}
		}
		chunks := map[uint64]int{}
		firstLane := -1
		for _, w := range sybil {
			lane, _, err := e.assign(id, w, nil)
			if err != nil {
				t.Fatal(err)
			}
			if firstLane < 0 {
				firstLane = lane
			}
			chunks[e.record(id, uint64(lane)).ChunkID]++
		}
		opened := 0
		for c := range chunks {
			if !e.taken(id, c) {
				t.Fatalf("chunk %d not taken", c)
			}
			opened++
		}
		for c := 0; c < opened; c++ { // the lowest chunks, in order
			if _, ok := chunks[uint64(c)]; !ok {
				t.Fatalf("chunks %v: chunk %d skipped", chunks, c)
			}
		}
		// a sibling tries to join the first wallet's chunk directly: the
		// picking entry point is closed
		e.mustErr(e.claim(id, uint64(firstLane), sybil[5], 2), "SeatsAssigned")
	})

	t.Run("a lapsed seat goes to the next request drawn there", func(t *testing.T) {
		e := newEnv(t, 3, rulesPrague)
		req, a, b := e.actors[0], e.actors[1], e.actors[2]
		id := e.createCampaign(req, assignedCampaign(1, 2))
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.assign(id, a, nil); err != nil {
			t.Fatal(err)
		}
		lockedA := e.credited(a.addr)
		burned := e.unburned()
		e.advance(time.Duration(commitWindow+1) * time.Second)
		if err := e.requestSeat(id, b); err != nil {
			t.Fatal(err)
		}
		// one lane: b's draw is the lane with a's lapsed seat 0; seats 1
		// and 2 are empty, and the first free seat is a's
		_, seat, err := e.assign(id, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if seat != 0 {
			t.Fatalf("b took seat %d, want a's lapsed seat 0", seat)
		}
		if got := new(big.Int).Sub(e.unburned(), burned); got.Int64() != e.seatStake(id, 4) {
			t.Fatalf("slashed %d, want a's seat stake %d", got, e.seatStake(id, 4))
		}
		if got := e.credited(a.addr); got.Cmp(lockedA) != 0 {
			t.Fatalf("a credited %d, want %d", got, lockedA)
		}
	})

	t.Run("relayed requests are single-use and bound to their signer", func(t *testing.T) {
		e := newEnv(t, 5, rulesPrague)
		req, relayer, a, b, c := e.actors[0], e.actors[1], e.actors[2], e.actors[3], e.actors[4]
		id := e.createCampaign(req, assignedCampaign(1, 2))
		if got := call(e, e.hub, hubABI.PackREQUESTTYPEHASH(), hubABI.UnpackREQUESTTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte(protocol.RequestType)) {
			t.Fatalf("REQUEST_TYPEHASH %x is not keccak256(%q)", got, protocol.RequestType)
		}
		deadline := e.now() + 3600
		// a signature over a request number already used, or not yet
		// reached, does not recover to an account whose next number it is
		e.topUp(id, a, 1)
		e.mustErr(e.requestBatch(id, relayer, []*actor{a}, nil, 2, deadline), "BadRequestSignature")
		// the relayer's own key signing for a: a's request is not made
		e.mustErr(e.requestBatch(id, relayer, []*actor{a}, c, 1, deadline), "InsufficientStake")
		e.mustErr(e.requestBatch(id, relayer, []*actor{a}, nil, 0, e.now()-1), "SignatureExpired")
		before := map[*actor]*big.Int{}
		for _, w := range []*actor{a, b, c} {
			e.topUp(id, w, 4)
			before[w] = e.credited(w.addr)
		}
		relayerCredit := e.credited(relayer.addr)
		if err := e.requestBatch(id, relayer, []*actor{a, b, c}, nil, 0, deadline); err != nil {
			t.Fatal(err)
		}
		for _, w := range []*actor{a, b, c} {
			if at, count := e.request(id, w); at == 0 || count != 1 {
				t.Fatalf("%s: request at %d count %d, want one pending", w.addr, at, count)
			}
			if got, want := e.credited(w.addr), new(big.Int).Sub(before[w], big.NewInt(e.stakes[id])); got.Cmp(want) != 0 {
				t.Fatalf("credited %d, want %d (the bond from the signer's balance)", got, want)
			}
		}
		if got := e.credited(relayer.addr); got.Cmp(relayerCredit) != 0 {
			t.Fatalf("the relayer's credit moved: %d -> %d", relayerCredit, got)
		}
		// the same signatures again: every number is used
		e.mustErr(e.requestBatch(id, relayer, []*actor{a}, nil, 1, deadline), "BadRequestSignature")
		// the relayer assigns them all; one lane: seats 0, 1, 2 of chunk 0
		for i, w := range []*actor{a, b, c} {
			lane, seat, err := e.assign(id, w, relayer)
			if err != nil || lane != 0 || seat != i {
				t.Fatalf("assign %d: lane %d seat %d, %v", i, lane, seat, err)
			}
		}
	})

	t.Run("a tier above the annotator is never drawn for it", func(t *testing.T) {
		// Chunk 0 is of a tier needing reputation 150 (everyone starts at
		// 100): the free lane cannot open it for a fresh wallet, whose
		// request closes with its bond back; the cursor does not move, so
		// the chunk waits for someone qualified.
		e := newEnv(t, 2, rulesPrague)
		req, a := e.actors[0], e.actors[1]
		s := assignedCampaign(1, 2)
		s.rewards, s.minRep = []int64{10, 20}, []uint32{0, 150}
		s.chunks[0].tier = 1
		id := e.createCampaign(req, s)
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		before := e.credited(a.addr)
		lane, _, err := e.assign(id, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if lane != -1 || e.taken(id, 0) || e.taken(id, 1) {
			t.Fatalf("a fresh wallet was seated (lane %d) or a chunk opened past the tier", lane)
		}
		if got, want := e.credited(a.addr), new(big.Int).Add(before, big.NewInt(e.stakes[id])); got.Cmp(want) != 0 {
			t.Fatalf("credited %d, want %d (bond back)", got, want)
		}
	})

	t.Run("a campaign that ended meanwhile closes the request with its bond back", func(t *testing.T) {
		e := newEnv(t, 2, rulesPrague)
		req, a := e.actors[0], e.actors[1]
		id := e.createCampaign(req, assignedCampaign(2, 2))
		if err := e.requestSeat(id, a); err != nil {
			t.Fatal(err)
		}
		before := e.credited(a.addr)
		e.advance(31 * 24 * time.Hour) // past endTime, within the 256 blocks
		rcpt, err := e.send("assign", a, e.hub, hubABI.PackAssign(big.NewInt(int64(id)), a.addr, bindings.KappaHubChunkLeaf{}, nil, nil))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := e.credited(a.addr), new(big.Int).Add(before, big.NewInt(e.stakes[id])); got.Cmp(want) != 0 {
			t.Fatalf("credited %d, want %d (bond back)", got, want)
		}
		closed := false
		for _, l := range rcpt.Logs {
			if ev, err := hubABI.UnpackRequestClosedEvent(l); err == nil && ev.Annotator == a.addr && ev.Slashed.Sign() == 0 {
				closed = true
			}
		}
		if !closed || e.taken(id, 0) {
			t.Fatal("want the request closed without a seat and no chunk opened")
		}
		_, err = e.send("request", a, e.hub, hubABI.PackRequestSeat(big.NewInt(int64(id))))
		e.mustErr(err, "CampaignEnded")
	})

	t.Run("no seat anywhere: the request closes with its bond back", func(t *testing.T) {
		e := newEnv(t, 3, rulesPrague)
		req, a, b := e.actors[0], e.actors[1], e.actors[2]
		s := assignedCampaign(1, 1)
		s.k, s.q = 1, 1
		id := e.createCampaign(req, s)
		for _, w := range []*actor{a, b} {
			if err := e.requestSeat(id, w); err != nil {
				t.Fatal(err)
			}
		}
		if _, _, err := e.assign(id, a, nil); err != nil {
			t.Fatal(err)
		}
		before := e.credited(b.addr)
		lane, _, err := e.assign(id, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if lane != -1 {
			t.Fatalf("b got lane %d of a campaign with no seat left", lane)
		}
		want := new(big.Int).Add(before, big.NewInt(e.stakes[id]))
		if got := e.credited(b.addr); got.Cmp(want) != 0 {
			t.Fatalf("b credited %d, want %d (bond back)", got, want)
		}
	})
}
