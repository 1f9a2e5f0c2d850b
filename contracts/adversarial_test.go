package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/contracts/bindings"
)

const (
	advReward = 1_000
	advFee    = 300
	advStake  = 25           // per task
	advSeat   = 4 * advStake // what a seat of a 4-task chunk locks
)

// advSpec is a k=3, q=2 campaign with 4-bit labels, two tiers (tier 1 needs
// reputation 500) and chunks of 4 tasks; chunk 2 has gold answers on tasks 0
// and 1.
func advSpec(arbiter *actor) campaignSpec {
	return campaignSpec{
		k: 3, q: 2, bits: 4, numLabels: 5, lanes: 3, maxGoldMisses: 0,
		rewards: []int64{advReward, 5 * advReward}, minRep: []uint32{100, 500},
		reviewerFee: advFee, seniorRep: 300, deposit: big.NewInt(10_000_000), arbiter: arbiter, stake: advStake,
		chunks: []chunkSpec{
			{tier: 0, size: 4},
			{tier: 1, size: 4},
			{tier: 0, size: 4, gold: map[int]uint32{0: 3, 1: 1}},
			{tier: 0, size: 4},
		},
	}
}

var agreeing = []uint32{3, 1, 4, 2}

// advSetup: actors 0..2 annotate, 3 is the requester, 4 a bystander, the
// owner is the arbiter. Chunk 0 is opened in lane 0 and fully claimed.
func advSetup(t *testing.T) (*env, uint64) {
	e := newEnv(t, 5, rulesBogota)
	id := e.createCampaign(e.actors[3], advSpec(e.owner))
	seatThree(t, e, id, 0)
	return e, id
}

// seatThree opens chunk in lane 0 as actor 0 and seats actors 1 and 2.
func seatThree(t *testing.T, e *env, id uint64, chunk int) {
	t.Helper()
	if err := e.open(id, 0, e.actors[0], chunk); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 3; i++ {
		if err := e.claim(id, 0, e.actors[i], i); err != nil {
			t.Fatal(err)
		}
	}
}

func commitAll(t *testing.T, e *env, id uint64, labels [][]uint32) {
	t.Helper()
	for i := 0; i < 3; i++ {
		if err := e.commit(id, 0, e.actors[i], i, labels[i], 4, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func revealAll(t *testing.T, e *env, id uint64) {
	t.Helper()
	for i := 0; i < 3; i++ {
		if err := e.reveal(id, 0, e.actors[i], i, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func same3() [][]uint32 { return [][]uint32{agreeing, agreeing, agreeing} }

func TestAdversarial(t *testing.T) {
	t.Run("double claim", func(t *testing.T) {
		e := newEnv(t, 4, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		if err := e.open(id, 0, e.actors[0], 0); err != nil {
			t.Fatal(err)
		}
		e.mustErr(e.claim(id, 0, e.actors[0], 1), "AlreadyClaimed")
		if err := e.claim(id, 0, e.actors[1], 1); err != nil {
			t.Fatal(err)
		}
		e.mustErr(e.claim(id, 0, e.actors[2], 1), "SeatTaken") // held, not lapsed
		// the same chunk cannot be opened twice, in any lane
		e.mustErr(e.open(id, 1, e.actors[2], 0), "ChunkTaken")
		e.mustErr(e.open(id, 0, e.actors[2], 3), "LaneBusy")
	})

	t.Run("claim below the tier's reputation", func(t *testing.T) {
		e := newEnv(t, 4, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		e.mustErr(e.open(id, 1, e.actors[0], 1), "ReputationTooLow") // tier 1 needs 500, new annotators have 100
		// the failed claim left nothing behind: the chunk is still open
		if taken := call(e, e.hub, hubABI.PackChunkTaken(big.NewInt(int64(id)), big.NewInt(1)), hubABI.UnpackChunkTaken); taken {
			t.Fatal("chunk 1 marked taken after a rejected claim")
		}
	})

	t.Run("forged Merkle proof", func(t *testing.T) {
		e := newEnv(t, 4, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		m := e.manifest[id]
		proof, _ := m.tree.Proof(0)
		for name, leaf := range map[string]bindings.KappaHubChunkLeaf{
			"bigger chunk":   {ChunkId: 0, Tier: 0, Size: 5, TasksRoot: m.leaves[0].TasksRoot},
			"cheaper tier":   {ChunkId: 1, Tier: 0, Size: 4, TasksRoot: m.leaves[1].TasksRoot},
			"gold stripped":  {ChunkId: 2, Tier: 0, Size: 4, TasksRoot: m.leaves[2].TasksRoot},
			"invented chunk": {ChunkId: 9, Tier: 0, Size: 4},
		} {
			_, err := e.send("claim", e.actors[0], e.hub, hubABI.PackClaimOpen(big.NewInt(int64(id)), big.NewInt(0), leaf, proof))
			if revertName(err) != "InvalidChunkProof" {
				t.Fatalf("%s: got %v, want InvalidChunkProof", name, err)
			}
		}
	})

	t.Run("commit after the window", func(t *testing.T) {
		e, id := advSetup(t)
		e.advance(commitWindow*time.Second + time.Second)
		e.mustErr(e.commit(id, 0, e.actors[0], 0, agreeing, 4, nil), "CommitWindowClosed")
	})

	t.Run("reveal before all commits", func(t *testing.T) {
		e, id := advSetup(t)
		for i := 0; i < 2; i++ {
			if err := e.commit(id, 0, e.actors[i], i, agreeing, 4, nil); err != nil {
				t.Fatal(err)
			}
		}
		e.mustErr(e.reveal(id, 0, e.actors[0], 0, nil), "RevealTooEarly")
		// after the whole commit phase (claim + commit windows) reveals open
		// even though seat 2 never committed
		e.advance((claimWindow + commitWindow + 1) * time.Second)
		if err := e.reveal(id, 0, e.actors[0], 0, nil); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("last committer reveals at once, nobody earlier", func(t *testing.T) {
		e, id := advSetup(t)
		if err := e.commit(id, 0, e.actors[0], 0, agreeing, 4, nil); err != nil {
			t.Fatal(err)
		}
		// seat 1 is not the last committer: revealing now would leak its labels
		e.mustErr(e.commitAndReveal(id, 0, e.actors[1], 1, agreeing), "RevealTooEarly")
		if err := e.commit(id, 0, e.actors[1], 1, agreeing, 4, nil); err != nil {
			t.Fatal(err)
		}
		if err := e.commitAndReveal(id, 0, e.actors[2], 2, agreeing); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 2; i++ {
			if err := e.reveal(id, 0, e.actors[i], i, nil); err != nil {
				t.Fatal(err)
			}
		}
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			eqBig(t, "credit", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
	})

	t.Run("reveal with a wrong salt", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		wrong := crypto.Keccak256Hash([]byte("guess"))
		e.mustErr(e.reveal(id, 0, e.actors[0], 0, (*[32]byte)(&wrong)), "CommitmentMismatch")
	})

	t.Run("replay of another annotator's commit hash", func(t *testing.T) {
		e, id := advSetup(t)
		if err := e.commit(id, 0, e.actors[0], 0, agreeing, 4, nil); err != nil {
			t.Fatal(err)
		}
		copied := e.record(id, 0).Seats[0].Data
		if err := e.commit(id, 0, e.actors[1], 1, agreeing, 4, &copied); err != nil {
			t.Fatal(err) // committing a copied hash is possible...
		}
		if err := e.commit(id, 0, e.actors[2], 2, agreeing, 4, nil); err != nil {
			t.Fatal(err)
		}
		// ...but the copier can never open it: the hash binds the victim's address
		e.mustErr(e.reveal(id, 0, e.actors[1], 1, nil), "CommitmentMismatch")
		victim := e.secrets[seatKey{id, 0, e.actors[0].addr}]
		_, err := e.send("reveal", e.actors[1], e.hub, hubABI.PackReveal(big.NewInt(int64(id)), big.NewInt(0), e.record(id, 0).Words(), big.NewInt(1), victim.labels, victim.salt, [32]byte{}))
		e.mustErr(err, "CommitmentMismatch")
		for _, i := range []int{0, 2} {
			if err := e.reveal(id, 0, e.actors[i], i, nil); err != nil {
				t.Fatal(err)
			}
		}
		e.advance((revealWindow + 1) * time.Second)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "copier credit: its stake slashed", e.credited(e.actors[1].addr), new(big.Int))
		eqBig(t, "copier's stake waits to be burned", e.unburned(), big.NewInt(advSeat))
		if got := e.reputation(id, e.actors[1].addr); got != 100-3*4 {
			t.Fatalf("copier reputation %d, want %d (no-reveal loss)", got, 100-3*4)
		}
		eqBig(t, "victim credit", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
	})

	t.Run("relayed claims", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		if err := e.open(id, 0, e.actors[0], 0); err != nil {
			t.Fatal(err)
		}
		deadline := e.now() + 600
		// a signature over another seat, or an expired one, claims nothing
		e.mustErr(e.claimBatch(id, 0, e.actors[4], []int{1}, []*actor{e.actors[1]}, nil, e.now()-1), "SignatureExpired")
		// the signer of a claim is the claimer: the seat holder can't be double-seated by a relayer
		e.mustErr(e.claimBatch(id, 0, e.actors[4], []int{1}, []*actor{e.actors[0]}, nil, deadline), "AlreadyClaimed")
		if err := e.claimBatch(id, 0, e.actors[4], []int{1, 2}, []*actor{e.actors[1], e.actors[2]}, nil, deadline); err != nil {
			t.Fatal(err)
		}
		if got := e.record(id, 0).Seats[2].Annotator; got != e.actors[2].addr {
			t.Fatalf("seat 2 held by %s, want the signer %s", got, e.actors[2].addr)
		}
	})

	t.Run("relayed commits and reveals", func(t *testing.T) {
		e, id := advSetup(t)
		holders := []*actor{e.actors[0], e.actors[1], e.actors[2]}
		// a relayer cannot commit for a seat with someone else's signature
		err := e.commitBatch(id, 0, e.actors[4], []int{0}, holders[:1], [][]uint32{agreeing}, e.actors[1])
		e.mustErr(err, "BadSignature")
		// properly signed, one transaction commits all three seats
		if err := e.commitBatch(id, 0, e.actors[4], []int{0, 1, 2}, holders, same3(), nil); err != nil {
			t.Fatal(err)
		}
		if e.record(id, 0).RevealAt == 0 {
			t.Fatal("three relayed commits did not open the reveal phase")
		}
		// the relayer reveals for everyone with the annotators' salts
		if err := e.revealBatch(id, 0, e.actors[4], []int{0, 1, 2}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			eqBig(t, "credit after relayed lifecycle", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
		eqBig(t, "relayer credit", e.credited(e.actors[4].addr), new(big.Int))
	})

	t.Run("reviewer who annotated the chunk, and non-arbiter resolving", func(t *testing.T) {
		e, id := advSetup(t)
		// every task disputed: three different answers everywhere
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {1, 1, 1, 1}, {2, 2, 2, 2}})
		revealAll(t, e, id)
		_, fin, err := e.finalize(id, 0, e.actors[4], true)
		if err != nil {
			t.Fatal(err)
		}
		eqBig(t, "dispute mask", fin.DisputeMask, big.NewInt(0xf))
		final, _ := packed(t, []uint32{1, 1, 1, 1})
		_, err = e.resolve(id, 0, e.actors[0], big.NewInt(1), final)
		e.mustErr(err, "ReviewerIsAnnotator")
		_, err = e.resolve(id, 0, e.actors[4], big.NewInt(1), final) // reputation 100 < 300
		e.mustErr(err, "NotReviewer")
		// the arbiter resolves task 0 and 1; seat 1 matched both
		if _, err := e.resolve(id, 0, e.owner, big.NewInt(3), final); err != nil {
			t.Fatal(err)
		}
		_, err = e.resolve(id, 0, e.owner, big.NewInt(1), final) // already resolved
		e.mustErr(err, "NotDisputed")
		eqBig(t, "matcher credit", e.credited(e.actors[1].addr), big.NewInt(2*advReward+advSeat))
		eqBig(t, "arbiter fee", e.credited(e.owner.addr), big.NewInt(2*advFee))
		if _, err := e.resolve(id, 0, e.owner, big.NewInt(0xc), final); err != nil {
			t.Fatal(err)
		}
		e.checkLane(id, 0) // free again
		unres, res := e.escrow(id)
		eqBig(t, "reserved after all disputes", res, new(big.Int))
		paid := int64(4*advReward + 4*advFee)
		eqBig(t, "unreserved after all disputes", unres, big.NewInt(10_000_000-paid))
	})

	// The requester rules against the annotators to keep their pay: refused
	// even where any reputation may review, while anyone else may rule.
	t.Run("requester ruling on its own campaign", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		spec := advSpec(e.owner)
		spec.seniorRep = 0
		id := e.createCampaign(e.actors[3], spec)
		if err := e.open(id, 0, e.actors[0], 0); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < 3; i++ {
			if err := e.claim(id, 0, e.actors[i], i); err != nil {
				t.Fatal(err)
			}
		}
		commitAll(t, e, id, [][]uint32{{0, 0, 0, 0}, {1, 1, 1, 1}, {2, 2, 2, 2}})
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		final, _ := packed(t, []uint32{3, 3, 3, 3}) // nobody's answer: nobody paid
		_, err := e.resolve(id, 0, e.actors[3], big.NewInt(0xf), final)
		e.mustErr(err, "NotReviewer")
		eqBig(t, "requester's fee", e.credited(e.actors[3].addr), new(big.Int))
		if _, err := e.resolve(id, 0, e.actors[4], big.NewInt(0xf), final); err != nil {
			t.Fatalf("a reviewer who is not the requester: %v", err)
		}
	})

	// Squatters claim every seat of a chunk and never commit. v1 turned every
	// task into a dispute that held the lane and the reservation for good;
	// now the chunk is released (its reservation back in the escrow, its
	// lane free) and reopened, and the squatters pay in reputation.
	t.Run("nobody reveals: the chunk is released and reopens", func(t *testing.T) {
		e, id := advSetup(t)
		// Finalized with its gold the chunk could not reopen (the gold would
		// be public), so it is finalized without, after the gold window.
		e.advance((claimWindow + commitWindow + revealWindow + goldWindow + 1) * time.Second)
		_, fin, err := e.finalize(id, 0, e.actors[4], false)
		if err != nil {
			t.Fatal(err)
		}
		if fin != nil || e.released == nil {
			t.Fatalf("a chunk without a vote was finalized as decided: %+v", fin)
		}
		perChunk := int64(4 * (3*advReward + advFee))
		eqBig(t, "released", e.released.Released, big.NewInt(perChunk))
		unres, res := e.escrow(id)
		eqBig(t, "reserved", res, new(big.Int))
		eqBig(t, "unreserved", unres, big.NewInt(10_000_000))
		for i := 0; i < 3; i++ {
			if got := e.reputation(id, e.actors[i].addr); got != 100-3*4 { // NO_REVEAL_LOSS (3) per task
				t.Errorf("squatter %d reputation %d, want %d", i, got, 100-3*4)
			}
		}
		e.checkLane(id, 0) // free
		if err := e.open(id, 0, e.actors[4], 0); err != nil {
			t.Fatalf("the released chunk cannot be opened again: %v", err)
		}
	})

	// The same chunk with gold, finalized by the requester with its gold:
	// the gold is public now, so the chunk cannot be reopened. Its other
	// tasks go to the reviewers as disputes (the lane and their reservation
	// stay until they are resolved); the gold task is decided by its gold.
	t.Run("nobody reveals a gold chunk finalized with gold: disputes, not a release", func(t *testing.T) {
		e, id := advSetup(t)
		if err := e.open(id, 1, e.actors[0], 2); err != nil {
			t.Fatal(err)
		}
		e.advance((claimWindow + commitWindow + revealWindow + 1) * time.Second)
		_, fin, err := e.finalize(id, 1, e.actors[3], true)
		if err != nil {
			t.Fatal(err)
		}
		if fin == nil || e.released != nil {
			t.Fatalf("gold chunk finalized with gold: released %+v", e.released)
		}
		eqBig(t, "disputes: the tasks without gold", fin.DisputeMask, big.NewInt(0xc))
		e.mustErr(e.open(id, 2, e.actors[4], 2), "ChunkTaken")
	})

	t.Run("double finalize", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		stale := e.record(id, 0).Clone()
		labels := e.revealedLabels(id, &stale)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		gold := bindings.KappaHubGold{Mask: []*big.Int{}, Labels: []*big.Int{}}
		_, err := e.send("finalize", e.actors[4], e.hub, hubABI.PackFinalize(big.NewInt(int64(id)), big.NewInt(0), stale.Words(), labels, gold))
		e.mustErr(err, "StaleRecord")
		for i := 0; i < 3; i++ {
			eqBig(t, "credit after double finalize", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
	})

	t.Run("finalize of a disputed chunk again", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, [][]uint32{{0, 1, 4, 2}, {1, 1, 4, 2}, {2, 1, 4, 2}})
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		r := e.record(id, 0)
		gold := bindings.KappaHubGold{Mask: []*big.Int{}, Labels: []*big.Int{}}
		_, err := e.send("finalize", e.actors[4], e.hub, hubABI.PackFinalize(big.NewInt(int64(id)), big.NewInt(0), r.Words(), e.revealedLabels(id, r), gold))
		e.mustErr(err, "AlreadyFinalized")
	})

	t.Run("requester withdrawing reserved escrow", func(t *testing.T) {
		e, id := advSetup(t)
		unres, res := e.escrow(id)
		eqBig(t, "reserved", res, big.NewInt(4*(3*advReward+advFee)))
		_, err := e.send("withdrawUnreserved", e.actors[3], e.hub, hubABI.PackWithdrawUnreserved(big.NewInt(int64(id)), new(big.Int).Add(unres, big.NewInt(1)), e.actors[3].addr))
		e.mustErr(err, "InsufficientUnreserved")
		_, err = e.send("withdrawUnreserved", e.actors[4], e.hub, hubABI.PackWithdrawUnreserved(big.NewInt(int64(id)), big.NewInt(1), e.actors[4].addr))
		e.mustErr(err, "NotRequester")
		_, err = e.send("reclaim", e.actors[3], e.hub, hubABI.PackReclaim(big.NewInt(int64(id)), e.actors[3].addr))
		e.mustErr(err, "CampaignNotOver")
		before := e.balance(e.actors[3].addr)
		e.must(e.send("withdrawUnreserved", e.actors[3], e.hub, hubABI.PackWithdrawUnreserved(big.NewInt(int64(id)), unres, e.actors[3].addr)))
		eqBig(t, "requester got", new(big.Int).Sub(e.balance(e.actors[3].addr), before), unres)
		eqBig(t, "hub keeps the reservation and the seats' stake", e.balance(e.hubA), new(big.Int).Add(res, big.NewInt(3*advSeat)))
		// the annotators are still paid in full from the reservation
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			eqBig(t, "credit: pay plus the stake back", e.credited(e.actors[i].addr), big.NewInt(4*advReward+advSeat))
		}
		// no new chunk can open without escrow
		e.mustErr(e.open(id, 1, e.actors[0], 3), "InsufficientEscrow")
	})

	t.Run("double withdraw", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		before := e.balance(e.actors[0].addr)
		if err := e.withdraw(e.actors[0]); err != nil {
			t.Fatal(err)
		}
		e.mustErr(e.withdraw(e.actors[0]), "NothingToWithdraw")
		eqBig(t, "paid once", new(big.Int).Sub(e.balance(e.actors[0].addr), before), big.NewInt(4*advReward+advSeat))
	})

	t.Run("lapsed claim taken over", func(t *testing.T) {
		e, id := advSetup(t)
		e.advance((commitWindow + 1) * time.Second)
		// seat 2 lapsed; actor 4 takes it, actor 2 loses LAPSE_LOSS
		if err := e.claim(id, 0, e.actors[4], 2); err != nil {
			t.Fatal(err)
		}
		if got := e.reputation(id, e.actors[2].addr); got != 90 {
			t.Fatalf("lapsed annotator reputation %d, want 90", got)
		}
		e.mustErr(e.commit(id, 0, e.actors[2], 2, agreeing, 4, nil), "NotSeatHolder")
	})

	t.Run("gold missed and gold withheld", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		run := func(lane uint64, labels [][]uint32) {
			if err := e.open(id, lane, e.actors[0], 2); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < 3; i++ {
				if err := e.claim(id, lane, e.actors[i], i); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < 3; i++ {
				if err := e.commit(id, lane, e.actors[i], i, labels[i], 4, nil); err != nil {
					t.Fatal(err)
				}
			}
			for i := 0; i < 3; i++ {
				if err := e.reveal(id, lane, e.actors[i], i, nil); err != nil {
					t.Fatal(err)
				}
			}
		}
		// gold: task0=3, task1=1. Seat 2 misses task 0's gold and fails.
		run(0, [][]uint32{{3, 1, 4, 2}, {3, 1, 4, 2}, {0, 1, 4, 2}})
		_, _, err := e.finalize(id, 0, e.actors[4], false)
		e.mustErr(err, "GoldRequired")
		if _, _, err := e.finalize(id, 0, e.actors[3], true); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "gold passer credit", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
		eqBig(t, "gold failer credit: its stake slashed", e.credited(e.actors[2].addr), new(big.Int))
		eqBig(t, "gold failer's stake waits to be burned", e.unburned(), big.NewInt(advSeat))
		if got := e.reputation(id, e.actors[2].addr); got != 100-5 {
			t.Fatalf("gold failer reputation %d, want 95", got)
		}
	})

	t.Run("gold never revealed cannot block payment", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		if err := e.open(id, 0, e.actors[0], 2); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < 3; i++ {
			if err := e.claim(id, 0, e.actors[i], i); err != nil {
				t.Fatal(err)
			}
		}
		commitAll(t, e, id, [][]uint32{{0, 0, 4, 2}, {0, 0, 4, 2}, {0, 0, 4, 2}})
		revealAll(t, e, id)
		_, _, err := e.finalize(id, 0, e.actors[0], false)
		e.mustErr(err, "GoldRequired")
		e.advance((revealWindow + goldWindow + 1) * time.Second)
		if _, _, err := e.finalize(id, 0, e.actors[0], false); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "paid by quorum", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
	})

	t.Run("reclaim after close", func(t *testing.T) {
		e, id := advSetup(t)
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		info := call(e, e.hub, hubABI.PackCampaignInfo(big.NewInt(int64(id))), hubABI.UnpackCampaignInfo)
		e.advance(time.Duration(info.CloseTime.Uint64()-e.now()+1) * time.Second)
		unres, _ := e.escrow(id)
		before := e.balance(e.actors[3].addr)
		e.must(e.send("reclaim", e.actors[3], e.hub, hubABI.PackReclaim(big.NewInt(int64(id)), e.actors[3].addr)))
		eqBig(t, "reclaimed", new(big.Int).Sub(e.balance(e.actors[3].addr), before), unres)
		eqBig(t, "hub keeps credits", e.balance(e.hubA), big.NewInt(3*(4*advReward+advSeat)))
		_, err := e.send("fund", e.actors[3], e.hub, hubABI.PackFund(big.NewInt(int64(id)), big.NewInt(1)))
		e.mustErr(err, "CampaignClosed")
		if err := e.withdraw(e.actors[1]); err != nil {
			t.Fatal(err) // credits survive the close
		}
	})
}

func packed(t *testing.T, v []uint32) ([]*big.Int, common.Hash) {
	t.Helper()
	w, err := packLabels(v)
	if err != nil {
		t.Fatal(err)
	}
	return w, common.Hash{}
}
