package contracts_test

import (
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/internal/lanes"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestInvariants drives the hub with random operation sequences (open,
// claim, commit, reveal, finalize with and without gold, resolve, withdraw,
// requester withdrawals and top-ups, time jumps) and checks after EVERY step:
//
//   - the hub's token balance == sum over campaigns of (unreserved +
//     reserved) + sum over accounts of credited-not-withdrawn;
//   - every lane's on-chain hash equals the Go model's record (harness);
//   - every failed transaction failed with one of the hub's named errors
//     (never a panic, an arithmetic fault or out of gas);
//   - every 250 steps, every busy lane's record rebuilt from the hub's events
//     alone (package lanes) hashes to what the lane holds;
//   - every settlement matches an independent Go tally (protocol.Tally):
//     credited == reward x tasks where the annotator's label equals the
//     accepted one, so nobody is credited for a task whose accepted label
//     differs from theirs; dispute resolutions likewise.
//
// KAPPA_INVARIANT_STEPS overrides the steps per seed (default 1000).
func TestInvariants(t *testing.T) {
	steps := 1000
	if s := os.Getenv("KAPPA_INVARIANT_STEPS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("KAPPA_INVARIANT_STEPS=%q: %v", s, err)
		}
		steps = n
	}
	if testing.Short() {
		steps = 100
	}
	for _, tc := range []struct {
		seed          int64
		k, q          int
		maxGoldMisses int
		bits          uint8 // label field width
		numLabels     int
	}{
		{1, 3, 2, 0, 4, 5},
		{2, 3, 2, 0, 4, 5},
		{3, 5, 3, 1, 4, 5}, // larger quorums use more of the tally's 3-bit counters
		{4, 7, 4, 0, 4, 5},
		{5, 1, 1, 0, 1, 2},  // k = 1, binary labels: 256 tasks per word, no invalid value
		{6, 8, 5, 1, 2, 3},  // the largest k; value 3 is invalid
		{7, 4, 3, 0, 8, 10}, // 32 tasks per word
	} {
		t.Run(fmt.Sprintf("seed=%d/k=%d/bits=%d", tc.seed, tc.k, tc.bits), func(t *testing.T) {
			t.Parallel()
			runInvariant(t, tc.seed, steps, tc.k, tc.q, tc.maxGoldMisses, tc.bits, tc.numLabels)
		})
	}
}

const invReward, invFee = 1_000_003, 4_999

type invState struct {
	e         *env
	rng       *rand.Rand
	id        uint64
	requester *actor
	annot     []*actor
	reviewer  *actor
	truth     map[uint64][]uint32
	nChunks   int
	nextChunk int
	counts    map[string]int
	k, q      int
	maxGold   int
	bits      uint8 // label field width
	numLabels int   // classes: values at or above are invalid
}

func runInvariant(t *testing.T, seed int64, steps, k, q, maxGold int, bits uint8, numLabels int) {
	e := newEnv(t, k+5, rulesBogota)
	s := &invState{e: e, rng: rand.New(rand.NewSource(seed)), requester: e.actors[k+4],
		annot: e.actors[:k+3], reviewer: e.actors[k+3], truth: map[uint64][]uint32{}, counts: map[string]int{},
		k: k, q: q, maxGold: maxGold, bits: bits, numLabels: numLabels}
	specs := make([]chunkSpec, 120)
	for i := range specs {
		size := []int{1, 3, 8, 32, 100}[s.rng.Intn(5)] // 100 tasks of 4 or 8 bits span several words
		spec := chunkSpec{tier: uint8(s.rng.Intn(2)), size: size}
		truth := make([]uint32, size)
		for t := range truth {
			truth[t] = uint32(s.rng.Intn(numLabels))
		}
		s.truth[uint64(i)] = truth
		if s.rng.Intn(3) == 0 {
			spec.gold = map[int]uint32{0: truth[0]}
			if size > 2 {
				spec.gold[2] = truth[2]
			}
			if s.rng.Intn(3) == 0 {
				// the requester's false gold: seats that label the truth
				// miss it, and protocol.Tally must agree on who is excluded
				spec.gold[0] = (truth[0] + 1 + uint32(s.rng.Intn(numLabels-1))) % uint32(numLabels)
			}
		}
		specs[i] = spec
	}
	s.nChunks = len(specs)
	deposit := big.NewInt(int64(k) * 150_000_000)
	s.id = e.createCampaign(s.requester, campaignSpec{
		k: uint8(k), q: uint8(q), bits: bits, numLabels: uint16(numLabels), lanes: 3, maxGoldMisses: uint8(maxGold),
		rewards: []int64{invReward, 2 * invReward}, minRep: []uint32{60, 110},
		reviewerFee: invFee, seniorRep: 0, deposit: deposit, chunks: specs,
	})
	// the reviewer is senior: seniorRep is 0, anyone not seated may review
	for step := 0; step < steps; step++ {
		s.step(t)
		s.checkBalance(t)
		if step%250 == 249 {
			s.checkRebuild(t)
		}
	}
	t.Logf("seed %d: %v", seed, s.counts)
	s.checkRebuild(t)
	if !testing.Short() && (s.counts["finalize"] == 0 || s.counts["withdraw"] == 0) {
		t.Fatalf("the random walk never finalized or withdrew: %v", s.counts)
	}
}

func (s *invState) pick(xs []*actor) *actor { return xs[s.rng.Intn(len(xs))] }

// expectNamed fails the test unless err is nil or one of the hub's errors.
func (s *invState) expectNamed(t *testing.T, op string, err error) bool {
	t.Helper()
	if err == nil {
		s.counts[op]++
		return true
	}
	if revertName(err) == "" {
		t.Fatalf("%s failed without a named error: %v", op, err)
	}
	s.counts[op+" rejected "+revertName(err)]++
	return false
}

func (s *invState) step(t *testing.T) {
	e, id := s.e, s.id
	lane := uint64(s.rng.Intn(3))
	r, busy := e.lanes[laneKey{id, lane}]
	op := s.rng.Intn(100)
	if s.rng.Intn(3) != 0 {
		// two steps in three follow the honest protocol on some lane, so
		// chunks complete; the rest are random and often adversarial
		op = s.progress(lane, r, busy)
	}
	switch {
	case op < 12: // open a chunk (mostly one never opened)
		chunk := s.rng.Intn(s.nChunks)
		if s.rng.Intn(5) != 0 {
			chunk = s.nextChunk % s.nChunks
			s.nextChunk++
		}
		s.expectNamed(t, "open", e.open(id, lane, s.pick(s.annot), chunk))
	case op < 28 && busy: // claim a seat (mostly an empty one, else a lapsed one)
		seat := s.seatIn(r, protocol.SeatEmpty)
		if r.Seats[seat].Status != protocol.SeatEmpty && s.rng.Intn(2) == 0 {
			seat = s.seatIn(r, protocol.SeatClaimed)
		}
		if s.rng.Intn(4) == 0 {
			// relayed: a signed claim sent by someone else
			s.expectNamed(t, "claimBatch", e.claimBatch(id, lane, s.pick(e.actors), []int{seat}, []*actor{s.pick(s.annot)}, nil, e.now()+600))
			return
		}
		s.expectNamed(t, "claim", e.claim(id, lane, s.pick(s.annot), seat))
	case op < 45 && busy: // commit noisy labels (mostly a claimed seat)
		seat := s.seatIn(r, protocol.SeatClaimed)
		who := s.seatActor(r, seat)
		truth := s.truth[r.ChunkID]
		values := make([]uint32, len(truth))
		for i := range values {
			values[i] = truth[i]
			switch s.rng.Intn(10) {
			case 0:
				values[i] = uint32(s.rng.Intn(s.numLabels))
			case 1:
				if invalid := uint32(1)<<s.bits - 1; int(invalid) >= s.numLabels {
					values[i] = invalid // out of range: never accepted
				}
			}
		}
		if s.rng.Intn(6) == 0 {
			// the last committer may reveal at once (rejected if not last)
			s.expectNamed(t, "commitAndReveal", e.commitAndReveal(id, lane, who, seat, values))
			return
		}
		if s.rng.Intn(4) == 0 {
			// relayed: the holder signs, a bystander sends it
			s.expectNamed(t, "commitBatch", e.commitBatch(id, lane, s.pick(e.actors), []int{seat}, []*actor{who}, [][]uint32{values}, nil))
			return
		}
		s.expectNamed(t, "commit", e.commit(id, lane, who, seat, values, s.bits, nil))
	case op < 60 && busy: // reveal (anyone may send it)
		seat := s.seatIn(r, protocol.SeatCommitted)
		if r.Seats[seat].Status != protocol.SeatCommitted {
			return
		}
		if s.rng.Intn(4) == 0 {
			// relayed: every committed seat in one transaction
			var seats []int
			for i, st := range r.Seats {
				if st.Status == protocol.SeatCommitted {
					seats = append(seats, i)
				}
			}
			s.expectNamed(t, "revealBatch", e.revealBatch(id, lane, s.pick(e.actors), seats))
			return
		}
		s.expectNamed(t, "reveal", e.reveal(id, lane, s.pick(s.annot), seat, nil))
	case op < 72 && busy: // finalize
		pre := r.Clone()
		withGold := s.rng.Intn(5) != 0
		rcpt, fin, err := e.finalize(id, lane, s.pick(e.actors), withGold)
		if s.expectNamed(t, "finalize", err) {
			s.checkFinalize(t, &pre, withGold, rcpt, fin)
		}
	case op < 78 && busy && r.Status == protocol.ChunkDisputed: // resolve
		pre := r.Clone()
		mask := new(big.Int)
		for i := 0; i < int(pre.Size); i++ {
			if pre.Disputes.Bit(i) == 1 && s.rng.Intn(2) == 0 {
				mask.SetBit(mask, i, 1)
			}
		}
		final := s.truth[pre.ChunkID]
		words, _ := protocol.PackLabels(final, s.bits)
		who := s.reviewer
		if s.rng.Intn(3) == 0 {
			who = e.owner // the arbiter
		}
		rcpt, err := e.resolve(id, lane, who, mask, words)
		if s.expectNamed(t, "resolve", err) {
			s.checkResolve(t, &pre, mask, final, rcpt)
		}
	case op >= 78 && op < 80 && busy && r.Status == protocol.ChunkDisputed: // settle expired disputes
		pre := r.Clone()
		ev, err := e.settleExpired(id, lane, s.pick(e.actors))
		if s.expectNamed(t, "settleExpired", err) {
			s.checkExpiry(t, &pre, ev)
		}
	case op < 82: // withdraw (mostly someone with a credit)
		who := s.pick(append(append([]*actor{}, e.actors...), e.owner))
		for try := 0; try < 4 && e.credited(who.addr).Sign() == 0; try++ {
			who = s.pick(append(append([]*actor{}, e.actors...), e.owner))
		}
		before, credit := e.balance(who.addr), e.credited(who.addr)
		if s.expectNamed(t, "withdraw", e.withdraw(who)) {
			eqBig(t, "withdrawn", new(big.Int).Sub(e.balance(who.addr), before), credit)
		}
	case op < 86: // requester takes some unreserved escrow (sometimes too much)
		unres, _ := e.escrow(id)
		amount := new(big.Int).Div(unres, big.NewInt(int64(2+s.rng.Intn(20))))
		if s.rng.Intn(4) == 0 {
			amount.Add(unres, big.NewInt(1))
		}
		_, err := e.send("withdrawUnreserved", s.requester, e.hub, hubABI.PackWithdrawUnreserved(big.NewInt(int64(id)), amount, s.requester.addr))
		s.expectNamed(t, "withdrawUnreserved", err)
	case op < 89: // top up
		amount := big.NewInt(int64(1 + s.rng.Intn(50_000_000)))
		e.mint(s.requester, amount)
		e.must(e.send("approve", s.requester, e.token, tokenABI.PackApprove(e.hubA, amount)))
		_, err := e.send("fund", s.requester, e.hub, hubABI.PackFund(big.NewInt(int64(id)), amount))
		s.expectNamed(t, "fund", err)
	default: // time passes, now and then a lot
		d := s.rng.Intn(commitWindow / 10)
		if s.rng.Intn(8) == 0 {
			d = s.rng.Intn(claimWindow + commitWindow + revealWindow + goldWindow)
		}
		if op == 99 || s.rng.Intn(40) == 0 {
			d = dispWindow / 4 // dispute windows pass
		}
		e.advance(time.Duration(d) * time.Second)
		s.counts["advance"]++
	}
}

// progress returns the op code that moves the lane's chunk forward.
func (s *invState) progress(lane uint64, r *protocol.Record, busy bool) int {
	switch {
	case !busy:
		return 0 // open
	case r.Status == protocol.ChunkDisputed && s.e.now() > r.FinalizedAt+dispWindow:
		return 79 // the dispute window closed: settle
	case r.Status == protocol.ChunkDisputed && r.ChunkID%4 == 0:
		return 99 // reviewers ignore one chunk in four: its window passes
	case r.Status == protocol.ChunkDisputed:
		return 75 // resolve
	}
	revealed := 0
	for _, seat := range r.Seats {
		switch seat.Status {
		case protocol.SeatEmpty:
			return 15 // claim
		case protocol.SeatClaimed:
			if seat.ClaimedAt+commitWindow < s.e.now() {
				return 15 // lapsed: take it over
			}
			return 30 // commit
		case protocol.SeatRevealed:
			revealed++
		}
	}
	if revealed == len(r.Seats) {
		return 65 // finalize
	}
	return 50 // reveal
}

// seatIn picks a seat in the given status, or any seat when none is.
func (s *invState) seatIn(r *protocol.Record, st protocol.SeatStatus) int {
	var in []int
	for i, seat := range r.Seats {
		if seat.Status == st {
			in = append(in, i)
		}
	}
	if len(in) == 0 || s.rng.Intn(8) == 0 {
		return s.rng.Intn(len(r.Seats))
	}
	return in[s.rng.Intn(len(in))]
}

// seatActor is the seat's holder, or a random annotator for an empty seat.
func (s *invState) seatActor(r *protocol.Record, seat int) *actor {
	for _, a := range s.e.actors {
		if a.addr == r.Seats[seat].Annotator && r.Seats[seat].Status != protocol.SeatEmpty {
			return a
		}
	}
	return s.pick(s.annot)
}

// checkBalance: token balance of the hub == escrow + credits + the stake
// locked by open seats + slashed stake not yet burned, to the unit.
func (s *invState) checkBalance(t *testing.T) {
	e := s.e
	unres, res := e.escrow(s.id)
	sum := new(big.Int).Add(unres, res)
	sum.Add(sum, e.lockedStake(s.id))
	sum.Add(sum, e.unburned())
	for _, a := range append(append([]*actor{}, e.actors...), e.owner) {
		sum.Add(sum, e.credited(a.addr))
	}
	eqBig(t, "hub balance vs escrow + credits", e.balance(e.hubA), sum)
}

func settledEvents(rcpt *types.Receipt) []*bindings.KappaHubSettled {
	var out []*bindings.KappaHubSettled
	for _, l := range rcpt.Logs {
		if ev, err := hubABI.UnpackSettledEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// checkFinalize recomputes the tally in Go and compares every credit.
func (s *invState) checkFinalize(t *testing.T, pre *protocol.Record, withGold bool, rcpt *types.Receipt, fin *bindings.KappaHubFinalized) {
	e := s.e
	in := protocol.TallyInput{K: s.k, Q: s.q, Size: int(pre.Size), NumLabels: s.numLabels, MaxGoldMisses: s.maxGold,
		Revealed: make([][]uint32, s.k)}
	for i, seat := range pre.Seats {
		if seat.Status == protocol.SeatRevealed {
			in.Revealed[i] = e.secrets[seatKey{s.id, pre.ChunkID, seat.Annotator}].values
		}
	}
	g, hasGold := e.manifest[s.id].gold[pre.ChunkID]
	goldRevealed := hasGold && withGold // a finalize sent with gold reveals it, or reverts
	if fin != nil && fin.GoldRevealed != goldRevealed {
		t.Fatalf("chunk %d: gold revealed %v, sent %v", pre.ChunkID, fin.GoldRevealed, withGold)
	}
	if goldRevealed {
		in.GoldMask, in.Gold = g.mask, g.values
	}
	want, err := protocol.Tally(in)
	if err != nil {
		t.Fatal(err)
	}
	eligible := 0
	for i, seat := range pre.Seats {
		if seat.Status == protocol.SeatRevealed && !want.Excluded[i] {
			eligible++
		}
	}
	if fin == nil { // released: the hub found no eligible vote
		rel := e.released
		if eligible != 0 {
			t.Fatalf("chunk %d released with %d eligible seats", pre.ChunkID, eligible)
		}
		perTask := int64(s.k)*int64(invReward)*int64(1+pre.Tier) + int64(invFee)
		eqBig(t, "released reservation", rel.Released, big.NewInt(perTask*int64(pre.Size)))
		if goldRevealed {
			t.Fatalf("chunk %d released by a finalize that revealed its gold", pre.ChunkID)
		}
		if call(e, e.hub, hubABI.PackChunkTaken(big.NewInt(int64(s.id)), big.NewInt(int64(pre.ChunkID))), hubABI.UnpackChunkTaken) {
			t.Fatalf("chunk %d still taken after its release", pre.ChunkID)
		}
		for _, ev := range settledEvents(rcpt) {
			if ev.Credited.Sign() != 0 || (ev.Reason != 1 && ev.Reason != 2) {
				t.Fatalf("chunk %d released: settled %+v", pre.ChunkID, ev)
			}
		}
		s.counts["finalize released"]++
		return
	}
	if eligible == 0 && !goldRevealed {
		t.Fatalf("chunk %d finalized without an eligible vote or gold: it should have been released", pre.ChunkID)
	}
	if fin.DisputeMask.Cmp(want.Disputes) != 0 {
		t.Fatalf("chunk %d: disputes %x, Go tally %x", pre.ChunkID, fin.DisputeMask, want.Disputes)
	}
	acc, err := protocol.UnpackLabels(fin.Accepted, int(pre.Size), s.bits)
	if err != nil {
		t.Fatal(err)
	}
	for task := range acc {
		if want.Disputes.Bit(task) == 0 && acc[task] != want.Accepted[task] {
			t.Fatalf("chunk %d task %d: accepted %d, Go tally %d", pre.ChunkID, task, acc[task], want.Accepted[task])
		}
	}
	reward := int64(invReward) * int64(1+pre.Tier)
	for _, ev := range settledEvents(rcpt) {
		i := pre.SeatOf(ev.Account)
		if i < 0 {
			t.Fatalf("chunk %d: settled %s who holds no seat", pre.ChunkID, ev.Account)
		}
		switch ev.Reason {
		case 0: // Consensus
			if ev.Matched.Int64() != int64(want.Matched[i]) || ev.Missed.Int64() != int64(want.Missed[i]) {
				t.Fatalf("chunk %d seat %d: matched/missed %d/%d, Go tally %d/%d", pre.ChunkID, i, ev.Matched, ev.Missed, want.Matched[i], want.Missed[i])
			}
			eqBig(t, "consensus credit", ev.Credited, big.NewInt(reward*int64(want.Matched[i])))
			if ev.RepDelta.Int64() != want.RepDelta[i] {
				t.Fatalf("chunk %d seat %d: reputation %+d, Go tally %+d (ground truth only)", pre.ChunkID, i, ev.RepDelta, want.RepDelta[i])
			}
		case 1: // GoldFailed
			if !want.Excluded[i] {
				t.Fatalf("chunk %d seat %d: excluded for gold, Go tally disagrees", pre.ChunkID, i)
			}
			eqBig(t, "gold failer credit", ev.Credited, new(big.Int))
		case 2: // NoReveal
			if pre.Seats[i].Status == protocol.SeatRevealed {
				t.Fatalf("chunk %d seat %d: penalized as non-revealer after revealing", pre.ChunkID, i)
			}
			eqBig(t, "non-revealer credit", ev.Credited, new(big.Int))
		default:
			t.Fatalf("finalize settled with reason %d", ev.Reason)
		}
	}
}

// checkResolve: matchers of the final label are paid, nobody else.
func (s *invState) checkResolve(t *testing.T, pre *protocol.Record, mask *big.Int, final []uint32, rcpt *types.Receipt) {
	e := s.e
	reward := int64(invReward) * int64(1+pre.Tier)
	for _, ev := range settledEvents(rcpt) {
		if ev.Reason == 5 { // ReviewFee
			eqBig(t, "review fee", ev.Credited, big.NewInt(int64(invFee)*int64(popcount(mask))))
			continue
		}
		i := pre.SeatOf(ev.Account)
		if i < 0 || pre.Seats[i].Status != protocol.SeatRevealed {
			t.Fatalf("resolve paid %s, not an eligible seat", ev.Account)
		}
		labels := e.secrets[seatKey{s.id, pre.ChunkID, ev.Account}].values
		matched := 0
		for task := range labels {
			if mask.Bit(task) == 1 && labels[task] == final[task] {
				matched++
			}
		}
		eqBig(t, "resolve credit", ev.Credited, big.NewInt(reward*int64(matched)))
	}
}

// checkExpiry: settling expired disputes pays every revealed seat the tier
// reward per unresolved task, nobody else, and frees the lane.
func (s *invState) checkExpiry(t *testing.T, pre *protocol.Record, ev *bindings.KappaHubDisputesExpired) {
	if pre.Disputes.Cmp(ev.TaskMask) != 0 {
		t.Fatalf("chunk %d: expired mask %x, open disputes %x", pre.ChunkID, ev.TaskMask, pre.Disputes)
	}
	if s.e.now() <= pre.FinalizedAt+dispWindow {
		t.Fatalf("chunk %d settled before its dispute window closed", pre.ChunkID)
	}
	reward := int64(invReward) * int64(1+pre.Tier)
	revealed := 0
	for _, seat := range pre.Seats {
		if seat.Status == protocol.SeatRevealed {
			revealed++
		}
	}
	eqBig(t, "paid at expiry", ev.Paid, big.NewInt(reward*int64(popcount(ev.TaskMask))*int64(revealed)))
	s.counts["settleExpired paid"] += revealed
}

func popcount(x *big.Int) int {
	n := 0
	for i := 0; i < x.BitLen(); i++ {
		n += int(x.Bit(i))
	}
	return n
}

// checkRebuild: a client that knows nothing but the chain rebuilds every
// busy lane's record from the hub's events (package lanes), and each one
// hashes to what the lane holds.
func (s *invState) checkRebuild(t *testing.T) {
	e := s.e
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(s.id))), hubABI.UnpackCampaignInfo)
	var minRep []uint32
	for _, tier := range info.Tiers {
		minRep = append(minRep, tier.MinReputation)
	}
	got, err := lanes.Rebuild(e.ctx, e.client, e.hubA, lanes.Campaign{ID: big.NewInt(int64(s.id)), K: int(info.K), MinRep: minRep}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for lane := uint64(0); lane < uint64(info.Lanes); lane++ {
		onChain := call(e, e.hub, hubABI.PackLaneHash(big.NewInt(int64(s.id)), new(big.Int).SetUint64(lane)), hubABI.UnpackLaneHash)
		want := protocol.FreeLane
		if r, ok := got[lane]; ok {
			want = r.Hash()
		}
		if common.Hash(onChain) != want {
			t.Fatalf("lane %d rebuilt from events hashes to %x, the hub holds %x", lane, want, onChain)
		}
	}
	t.Logf("rebuilt %d busy lanes from events", len(got))
}
