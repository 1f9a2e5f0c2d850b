package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// settleExpired settles a disputed chunk whose dispute window closed; on
// success the lane is free in the model too.
func (e *env) settleExpired(id, lane uint64, who *actor) (*bindings.KappaHubDisputesExpired, error) {
	r := e.record(id, lane)
	rcpt, err := e.send("settleExpired", who, e.hub, hubABI.PackSettleExpired(big.NewInt(int64(id)), big.NewInt(int64(lane)), r.Words()))
	if err != nil {
		return nil, err
	}
	var ev *bindings.KappaHubDisputesExpired
	for _, l := range rcpt.Logs {
		if got, err := hubABI.UnpackDisputesExpiredEvent(l); err == nil {
			ev = got
		}
	}
	if ev == nil {
		e.tb.Fatal("settleExpired emitted no DisputesExpired")
	}
	delete(e.lanes, laneKey{id, lane})
	e.checkLane(id, lane)
	return ev, nil
}

func (e *env) reclaim(id uint64, who *actor) error {
	_, err := e.send("reclaim", who, e.hub, hubABI.PackReclaim(big.NewInt(int64(id)), who.addr))
	return err
}

// claimedBy counts the campaign's Claimed events per annotator.
func claimedBy(t *testing.T, e *env, id uint64) map[common.Address]int {
	t.Helper()
	logs, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{Addresses: []common.Address{e.hubA},
		Topics: [][]common.Hash{{hubABI.GetABI().Events["Claimed"].ID}, {common.BigToHash(big.NewInt(int64(id)))}}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[common.Address]int{}
	for i := range logs {
		ev, err := hubABI.UnpackClaimedEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		out[ev.Annotator]++
	}
	return out
}

// toClose advances chain time past the campaign's close time.
func (e *env) toClose(id uint64) {
	info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
	if now := e.now(); info.CloseTime.Uint64() >= now {
		e.advance(time.Duration(info.CloseTime.Uint64()-now+1) * time.Second)
	}
}

// TestV2Attacks are attacks of the v2 review (issue "Protocol v2") written
// as the attacker would run them: each worked against v1 and fails now.
func TestV2Attacks(t *testing.T) {
	const deposit = 10_000_000

	// The requester reclaims while chunks still owe their annotators: v1
	// paid it the reservations of revealed-but-unfinalized chunks and of
	// open disputes. Now reclaim takes only the unreserved escrow; what is
	// owed stays, is paid when the chunk settles, and the remainder comes
	// back to a later reclaim.
	t.Run("reclaim never takes what is owed", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		e.toClose(id)
		unres, res := e.escrow(id)
		reservedChunk := big.NewInt(4 * (3*advReward + advFee))
		eqBig(t, "reserved before reclaim", res, reservedChunk)
		before := e.balance(e.actors[3].addr)
		if err := e.reclaim(id, e.actors[3]); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "first reclaim", new(big.Int).Sub(e.balance(e.actors[3].addr), before), unres)
		eqBig(t, "hub keeps the reservation and the seats' stake", e.balance(e.hubA), new(big.Int).Add(reservedChunk, big.NewInt(3*advSeat)))
		e.mustErr(e.reclaim(id, e.actors[3]), "NothingToReclaim")
		// the chunk finalizes after the close and pays in full
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			eqBig(t, "annotator paid after reclaim, stake back", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
		// the unused reviewer fees are back in the escrow: a second
		// reclaim takes exactly them
		before = e.balance(e.actors[3].addr)
		if err := e.reclaim(id, e.actors[3]); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "second reclaim", new(big.Int).Sub(e.balance(e.actors[3].addr), before), big.NewInt(4*advFee))
		eqBig(t, "hub holds exactly the credits", e.balance(e.hubA), big.NewInt(3*(4*advReward+advSeat)))
		e.mustErr(e.reclaim(id, e.actors[3]), "NothingToReclaim")
		e.mustErr(e.reclaim(id, e.actors[4]), "NotRequester")
	})

	// q = k and nobody rules: v1 let the disputes sit until reclaim took
	// their reservation, so the requester kept the labels and paid nobody.
	// Now the dispute window ends them: every revealed seat is paid the tier
	// reward for each task left unresolved, the fees return to the escrow.
	t.Run("disputes left to expire pay the annotators", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {1, 1, 1, 1}, {2, 2, 2, 2}})
		revealAll(t, e, id)
		_, fin, err := e.finalize(id, 0, e.actors[4], true)
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "dispute mask", fin.DisputeMask, big.NewInt(0xf))
		// the arbiter rules on task 0 only; seat 1 gave its label
		final, _ := packed(t, []uint32{1, 0, 0, 0})
		if _, err := e.resolve(id, 0, e.owner, big.NewInt(1), final); err != nil {
			t.Fatal(err)
		}
		_, err = e.settleExpired(id, 0, e.actors[4])
		e.mustErr(err, "DisputeWindowOpen")
		e.advance((dispWindow + 1) * time.Second)
		// the requester colluding with a late reviewer cannot rule now
		_, err = e.resolve(id, 0, e.owner, big.NewInt(2), final)
		e.mustErr(err, "DisputeExpired")
		// anyone settles: a bystander here
		ev, err := e.settleExpired(id, 0, e.actors[4])
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "expired tasks", ev.TaskMask, big.NewInt(0xe))
		eqBig(t, "paid at expiry", ev.Paid, big.NewInt(3*3*advReward))
		// each seat's stake came back at finalize
		eqBig(t, "seat 0", e.credited(e.actors[0].addr), big.NewInt(3*advReward+advSeat))
		eqBig(t, "seat 1", e.credited(e.actors[1].addr), big.NewInt(4*advReward+advSeat))
		eqBig(t, "seat 2", e.credited(e.actors[2].addr), big.NewInt(3*advReward+advSeat))
		eqBig(t, "settler", e.credited(e.actors[4].addr), new(big.Int))
		eqBig(t, "arbiter: one fee", e.credited(e.owner.addr), big.NewInt(advFee))
		unres, res := e.escrow(id)
		eqBig(t, "reserved after expiry", res, new(big.Int))
		eqBig(t, "unreserved after expiry", unres, big.NewInt(deposit-(1*advReward+advFee)-9*advReward))
		for i := 0; i < 3; i++ {
			if got := e.reputation(id, e.actors[i].addr); got > 100+1 {
				t.Fatalf("actor %d reputation %d: an expired dispute must not grow reputation", i, got)
			}
		}
		// settled once: the lane is free, a replay finds no record
		_, err = e.send("settleExpired", e.actors[4], e.hub, hubABI.PackSettleExpired(big.NewInt(int64(id)), big.NewInt(0), []*big.Int{}))
		if err == nil {
			t.Fatal("second settleExpired succeeded")
		}
		// the lane opens again
		if err := e.open(id, 0, e.actors[4], 3); err != nil {
			t.Fatal(err)
		}
	})

	// A seat excluded at finalize (failed gold) is not paid when the
	// disputes expire: expiry pays only seats whose votes counted.
	t.Run("expiry pays no excluded seat", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		seatThree(t, e, id, 2)
		// gold: task0=3, task1=1; seat 2 fails it; seats 0 and 1 split on 2, 3
		commitAll(t, e, id, [][]uint32{{3, 1, 0, 0}, {3, 1, 1, 1}, {0, 0, 2, 2}})
		revealAll(t, e, id)
		_, fin, err := e.finalize(id, 0, e.actors[3], true)
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "dispute mask", fin.DisputeMask, big.NewInt(0xc))
		before := []*big.Int{e.credited(e.actors[0].addr), e.credited(e.actors[1].addr), e.credited(e.actors[2].addr)}
		e.advance((dispWindow + 1) * time.Second)
		ev, err := e.settleExpired(id, 0, e.actors[1])
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "paid at expiry", ev.Paid, big.NewInt(2*2*advReward))
		for i, want := range []int64{2 * advReward, 2 * advReward, 0} {
			eqBig(t, "expiry credit", new(big.Int).Sub(e.credited(e.actors[i].addr), before[i]), big.NewInt(want))
		}
		_, res := e.escrow(id)
		eqBig(t, "reserved after expiry", res, new(big.Int))
	})

	// A relayer kept an annotator's claim signature and, after the seat
	// lapsed and was taken over, replays it to seat the annotator again (in
	// v1 the digest named only campaign, chunk, seat and deadline), so the
	// seat lapses once more in their name and costs them reputation. The
	// v2 digest binds the chunk's opening time and the seat word it
	// replaces, so the replay recovers some other address, never the
	// victim's.
	t.Run("replayed claim signature", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		if err := e.open(id, 0, e.actors[0], 0); err != nil {
			t.Fatal(err)
		}
		victim, relayer := e.actors[1], e.actors[4]
		// The victim keeps two seats' stake credited: a replay that
		// seated it again would also lock (and, lapsing, burn) the second.
		e.deposit(victim, big.NewInt(2*advSeat))
		deadline := e.now() + claimWindow // valid for the whole claim window
		r := e.record(id, 0)
		digest, err := protocol.ClaimDigest(e.chainID, e.hubA, big.NewInt(int64(id)), *r, 1, deadline)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := crypto.Sign(digest[:], victim.key)
		if err != nil {
			t.Fatal(err)
		}
		rr, vs, err := protocol.CompactSignature(sig)
		if err != nil {
			t.Fatal(err)
		}
		signed := []bindings.KappaHubSignedClaim{{Seat: big.NewInt(1), Deadline: new(big.Int).SetUint64(deadline), R: rr, Vs: vs}}
		replay := func() (*types.Receipt, error) {
			r := e.record(id, 0)
			return e.send("claim", relayer, e.hub, hubABI.PackClaimBatch(big.NewInt(int64(id)), big.NewInt(0), r.Words(), signed))
		}
		rcpt, err := replay()
		if err != nil {
			t.Fatal(err)
		}
		if err := r.ApplyClaim(1, victim.addr, e.blockTime(rcpt)); err != nil {
			t.Fatal(err)
		}
		e.checkLane(id, 0)
		// the victim does not commit; the seat lapses and actor 2 takes it
		e.advance((commitWindow + 1) * time.Second)
		if err := e.claim(id, 0, e.actors[2], 1); err != nil {
			t.Fatal(err)
		}
		repAfterLapse := e.reputation(id, victim.addr)
		// actor 2 lapses too; the relayer replays the victim's signature
		e.advance((commitWindow + 1) * time.Second)
		// Whatever the hub does with it (it may seat the address the
		// signature recovers to under the new digest, a key nobody holds),
		// the victim is not seated and loses nothing more.
		_, _ = replay()
		if got := e.reputation(id, victim.addr); got != repAfterLapse {
			t.Fatalf("victim reputation %d after the replay, want %d", got, repAfterLapse)
		}
		// the hub's Claimed events seated the victim once: its own claim
		if n := claimedBy(t, e, id)[victim.addr]; n != 1 {
			t.Fatalf("victim seated %d times, want once (its own claim)", n)
		}
		// its lapse burned one stake; the other is still its own
		eqBig(t, "victim's credit after the replay", e.credited(victim.addr), big.NewInt(advSeat))
	})

	// Colluders seated together form the quorum and "agree" with each
	// other: in v1 each matched label was +1 reputation (attack 7: colluders
	// climbed to 132 against 104 for honest annotators), and reputation
	// opens tiers and review. Now a quorum pays but moves no reputation;
	// only gold (and rulings) do.
	t.Run("self-agreement builds no reputation", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.maxGoldMisses = 1
		id := e.createCampaign(e.actors[3], spec)
		seat := func(lane uint64, chunk int) {
			if err := e.open(id, lane, e.actors[0], chunk); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < 3; i++ {
				if err := e.claim(id, lane, e.actors[i], i); err != nil {
					t.Fatal(err)
				}
			}
		}
		// chunk 0, no gold: seats 0 and 1 collude on constant answers and
		// outvote seat 2, who labels the truth
		seat(0, 0)
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {0, 0, 0, 0}, agreeing})
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "colluder paid by its own quorum", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
		for i := 0; i < 3; i++ {
			if got := e.reputation(id, e.actors[i].addr); got != 100 {
				t.Fatalf("actor %d reputation %d after a chunk without gold, want 100", i, got)
			}
		}
		// chunk 2, gold on tasks 0 (3) and 1 (1): the colluders miss both,
		// more than maxGoldMisses 1, fail gold and lose 5 per miss; seat 2
		// matches both and gains 1 per gold task
		seat(1, 2)
		for i, v := range [][]uint32{{0, 0, 0, 0}, {0, 0, 0, 0}, {3, 1, 4, 2}} {
			if err := e.commit(id, 1, e.actors[i], i, v, 4, nil); err != nil {
				t.Fatal(err)
			}
		}
		for i := 0; i < 3; i++ {
			if err := e.reveal(id, 1, e.actors[i], i, nil); err != nil {
				t.Fatal(err)
			}
		}
		if _, _, err := e.finalize(id, 1, e.actors[3], true); err != nil {
			t.Fatal(err)
		}
		for i, want := range []int64{100 - 2*5, 100 - 2*5, 100 + 2} {
			if got := e.reputation(id, e.actors[i].addr); got != want {
				t.Fatalf("actor %d reputation %d after a gold chunk, want %d", i, got, want)
			}
		}
	})

	// Attack 1: a wallet farms reputation in its owner's own campaign (v1:
	// k=1, reward 0, one large chunk after another) and uses it in a victim
	// campaign to pass a tier minimum and to rule on disputes. Reputation
	// is now kept per requester: the farm raises it under the farmer's own
	// ledger only, and the victim reads its own. A requester who trusts
	// another ledger names it as the campaign's source, explicitly.
	t.Run("reputation farmed in one's own campaign opens nothing elsewhere", func(t *testing.T) {
		e := newEnv(t, 7, rulesBogota)
		farmer, victimReq := e.actors[4], e.actors[3]
		// the farm: the farmer's campaign, its wallets (actors 0..2) match
		// the two gold tasks of chunk 2
		farm := e.createCampaign(farmer, advSpec(e.owner))
		seatThree(t, e, farm, 2)
		commitAll(t, e, farm, [][]uint32{agreeing, agreeing, agreeing})
		revealAll(t, e, farm)
		if _, _, err := e.finalize(farm, 0, farmer, true); err != nil {
			t.Fatal(err)
		}
		if got := e.reputationUnder(e.actors[0].addr, farmer.addr); got != 102 {
			t.Fatalf("farmed reputation %d under the farmer's ledger, want 102", got)
		}

		// the victim: tier 1 needs 101, reviewers need 101
		vspec := advSpec(e.owner)
		vspec.minRep = []uint32{100, 101}
		vspec.seniorRep = 101
		victim := e.createCampaign(victimReq, vspec)
		if got := e.reputation(victim, e.actors[0].addr); got != 100 {
			t.Fatalf("farmed wallet reads %d in the victim's campaign, want the start 100", got)
		}
		e.mustErr(e.open(victim, 1, e.actors[0], 1), "ReputationTooLow")
		// a dispute among honest annotators (actors 5, 6 and 1): the farmed
		// wallet may not rule on it
		if err := e.open(victim, 0, e.actors[5], 0); err != nil {
			t.Fatal(err)
		}
		for i, a := range []*actor{e.actors[6], e.actors[1]} {
			if err := e.claim(victim, 0, a, i+1); err != nil {
				t.Fatal(err)
			}
		}
		for i, a := range []*actor{e.actors[5], e.actors[6], e.actors[1]} {
			if err := e.commit(victim, 0, a, i, []uint32{uint32(i), uint32(i), uint32(i), uint32(i)}, 4, nil); err != nil {
				t.Fatal(err)
			}
		}
		for i, a := range []*actor{e.actors[5], e.actors[6], e.actors[1]} {
			if err := e.reveal(victim, 0, a, i, nil); err != nil {
				t.Fatal(err)
			}
		}
		_, fin, err := e.finalize(victim, 0, victimReq, true)
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "dispute mask", fin.DisputeMask, big.NewInt(0xf))
		final, _ := packed(t, []uint32{0, 0, 0, 0})
		_, err = e.resolve(victim, 0, e.actors[0], big.NewInt(0xf), final)
		e.mustErr(err, "NotReviewer")
		eqBig(t, "farmed wallet's credit in the victim campaign", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))

		// a campaign that names the farmer's ledger as its source takes
		// that reputation, by its requester's choice
		tspec := vspec
		tspec.repSource = farmer
		trusting := e.createCampaign(victimReq, tspec)
		if err := e.open(trusting, 0, e.actors[0], 1); err != nil {
			t.Fatalf("tier 1 of a campaign trusting the farmer's ledger: %v", err)
		}
	})

	// Attack 3: chunks without gold were visible (gold commitment 0 on
	// chain), so one person with k wallets answered them without labeling.
	// Now every leaf commits to gold, an empty mask when the chunk has none:
	// a leaf without a commitment cannot be opened, and a chunk without gold
	// tasks behaves like one with them until finalize (no finalize without
	// gold during the gold window), when the requester reveals the empty mask.
	t.Run("chunks without gold look like chunks with gold", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.chunks = []chunkSpec{
			{tier: 0, size: 4, gold: map[int]uint32{0: 3, 1: 1}},
			{tier: 0, size: 4},
			{tier: 0, size: 4, noGoldCommitment: true}, // a v1 leaf
		}
		id := e.createCampaign(e.actors[3], spec)
		m := e.manifest[id]
		if m.leaves[0].GoldCommitment == (common.Hash{}) || m.leaves[1].GoldCommitment == (common.Hash{}) {
			t.Fatal("a chunk's leaf has no gold commitment")
		}
		e.mustErr(e.open(id, 1, e.actors[0], 2), "InvalidChunk")

		seatThree(t, e, id, 1)
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {0, 0, 0, 0}, agreeing})
		revealAll(t, e, id)
		_, _, err := e.finalize(id, 0, e.actors[4], false)
		e.mustErr(err, "GoldRequired") // as for a chunk with gold
		_, fin, err := e.finalize(id, 0, e.actors[3], true)
		if err != nil {
			t.Fatal(err)
		}
		if !fin.GoldRevealed {
			t.Fatal("the empty gold was not revealed")
		}
		eqBig(t, "quorum pay", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
		for i := 0; i < 3; i++ {
			if got := e.reputation(id, e.actors[i].addr); got != 100 {
				t.Fatalf("actor %d reputation %d after a chunk without gold tasks, want 100", i, got)
			}
		}
	})

	// §4, reviewers first: during the review window after a finalize only
	// senior reviewers may rule; the arbiter (the requester's pick, unless
	// it is senior itself) only after it, and before the dispute window
	// closes.
	// disputedUnderReviewWindow: a campaign with a two-hour review window
	// and the given senior threshold, whose chunk 0 is finalized with every
	// task disputed (three different answers); returns the final labels a
	// ruling gives.
	disputedUnderReviewWindow := func(t *testing.T, seniorRep uint32) (*env, uint64, []*big.Int) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.seniorRep = seniorRep
		spec.reviewWindow = 7200
		id := e.createCampaign(e.actors[3], spec)
		seatThree(t, e, id, 0)
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {1, 1, 1, 1}, {2, 2, 2, 2}})
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[3], true); err != nil {
			t.Fatal(err)
		}
		final, _ := packed(t, []uint32{1, 1, 1, 1})
		return e, id, final
	}
	t.Run("senior reviewers rule before the arbiter", func(t *testing.T) {
		e, id, final := disputedUnderReviewWindow(t, 101) // nobody here has earned it: the arbiter is not senior
		_, err := e.resolve(id, 0, e.owner, big.NewInt(1), final)
		e.mustErr(err, "ReviewersFirst")
		e.advance((7200 + 1) * time.Second)
		if _, err := e.resolve(id, 0, e.owner, big.NewInt(1), final); err != nil {
			t.Fatalf("the arbiter after the review window: %v", err)
		}
	})
	t.Run("a senior arbiter is a reviewer", func(t *testing.T) {
		e, id, final := disputedUnderReviewWindow(t, 100) // everyone starts there: the arbiter and the bystander are senior
		if _, err := e.resolve(id, 0, e.actors[4], big.NewInt(1), final); err != nil {
			t.Fatalf("a senior reviewer in the review window: %v", err)
		}
		if _, err := e.resolve(id, 0, e.owner, big.NewInt(2), final); err != nil {
			t.Fatalf("a senior arbiter in the review window: %v", err)
		}
	})

	// The requester commits "gold" for every task of a chunk, contradicting
	// the annotators, to keep the labels without paying (v1 accepted any
	// number of gold tasks: every seat failed gold, nobody was paid). Now
	// revealed gold above the campaign's maxGold is refused; once the gold
	// window passes the chunk finalizes by quorum and pays in full.
	t.Run("false gold on every task", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.maxGold = 1
		spec.chunks[0].gold = map[int]uint32{0: 0, 1: 0, 2: 1, 3: 0} // none of it true
		id := e.createCampaign(e.actors[3], spec)
		seatThree(t, e, id, 0)
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		_, _, err := e.finalize(id, 0, e.actors[3], true)
		e.mustErr(err, "TooMuchGold")
		_, _, err = e.finalize(id, 0, e.actors[4], false)
		e.mustErr(err, "GoldRequired") // the gold window still protects honest gold
		e.advance((revealWindow + goldWindow + 1) * time.Second)
		if _, _, err := e.finalize(id, 0, e.actors[4], false); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			eqBig(t, "paid by quorum", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
	})

	// Gold all of one class: a constant answer passes it, and a requester
	// can fail everyone who labels the truth. Revealed single-label gold
	// must give min(gold tasks, labels) distinct answers.
	t.Run("gold of one class", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.chunks[2].gold = map[int]uint32{0: 3, 1: 3}
		id := e.createCampaign(e.actors[3], spec)
		seatThree(t, e, id, 2)
		commitAll(t, e, id, [][]uint32{{3, 3, 4, 2}, {3, 3, 4, 2}, agreeing})
		revealAll(t, e, id)
		_, _, err := e.finalize(id, 0, e.actors[3], true)
		e.mustErr(err, "GoldNotStratified")
		// advSpec's own gold chunk (answers 3 and 1) is stratified and passes
		e2 := newEnv(t, 5, rulesBogota)
		id2 := e2.createCampaign(e2.actors[3], advSpec(e2.owner))
		if err := e2.open(id2, 0, e2.actors[0], 2); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < 3; i++ {
			if err := e2.claim(id2, 0, e2.actors[i], i); err != nil {
				t.Fatal(err)
			}
		}
		commitAll(t, e2, id2, same3())
		revealAll(t, e2, id2)
		if _, _, err := e2.finalize(id2, 0, e2.actors[3], true); err != nil {
			t.Fatal(err)
		}
	})

	// A relayer reveals a seat's labels and salt with a label document of
	// its choosing (say, one that names other labels than those revealed):
	// the v2 commitment binds the document's digest, so the swap reverts.
	t.Run("relayer swaps the label document", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		r := e.record(id, 0)
		sec := e.secrets[seatKey{id, r.ChunkID, e.actors[0].addr}]
		forged := protocol.LabelDocDigest([]byte("forged label document"))
		_, err := e.send("reveal", e.actors[4], e.hub, hubABI.PackReveal(big.NewInt(int64(id)), big.NewInt(0), r.Words(), big.NewInt(0), sec.labels, sec.salt, forged))
		e.mustErr(err, "CommitmentMismatch")
		batch := []bindings.KappaHubSeatReveal{{Seat: big.NewInt(0), Labels: sec.labels, Salt: sec.salt, LabelDoc: forged}}
		_, err = e.send("reveal", e.actors[4], e.hub, hubABI.PackRevealBatch(big.NewInt(int64(id)), big.NewInt(0), r.Words(), batch))
		e.mustErr(err, "CommitmentMismatch")
		if err := e.reveal(id, 0, e.actors[4], 0, nil); err != nil {
			t.Fatalf("the committed document reveals: %v", err)
		}
	})
}
