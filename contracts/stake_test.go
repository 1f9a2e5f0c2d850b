package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/contracts/bindings"
)

// burnAddress is KappaHub.BURN_ADDRESS: slashed stake ends there.
var burnAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// TestStake runs the stake rules the way a cheater would probe them: a seat
// without stake, a withdraw of locked stake, a lapse, hedging seats, and a
// slasher who hopes to profit from the slash. Balances are checked to the
// unit.
func TestStake(t *testing.T) {
	t.Run("no stake, no seat", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		e.noStake = true
		var re *revertError
		err := e.open(id, 0, e.actors[0], 0)
		if !asRevert(err, &re) || re.Name != "InsufficientStake" {
			t.Fatalf("open without stake: %v, want InsufficientStake", err)
		}
		e.deposit(e.actors[0], big.NewInt(advSeat-1)) // one unit short
		e.mustErr(e.open(id, 0, e.actors[0], 0), "InsufficientStake")
		e.deposit(e.actors[0], big.NewInt(1))
		if err := e.open(id, 0, e.actors[0], 0); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "opener's stake is locked", e.credited(e.actors[0].addr), new(big.Int))
		e.mustErr(e.claim(id, 0, e.actors[1], 1), "InsufficientStake")
		// the same stake cannot seat a wallet twice: the lock takes it
		e.deposit(e.actors[1], big.NewInt(advSeat))
		if err := e.claim(id, 0, e.actors[1], 1); err != nil {
			t.Fatal(err)
		}
		if err := e.open(id, 1, e.actors[1], 3); err == nil {
			t.Fatal("one seat's stake seated a second chunk")
		}
	})

	t.Run("deposit credits exactly what arrives", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		who := e.actors[0]
		e.mint(who, big.NewInt(1_000))
		// without an allowance nothing moves and nothing is credited
		if _, err := e.send("deposit", who, e.hub, hubABI.PackDeposit(big.NewInt(1_000))); err == nil {
			t.Fatal("deposit without allowance succeeded")
		}
		eqBig(t, "credited after a failed deposit", e.credited(who.addr), new(big.Int))
		eqBig(t, "wallet after a failed deposit", e.balance(who.addr), big.NewInt(1_000))
		e.must(e.send("approve", who, e.token, tokenABI.PackApprove(e.hubA, big.NewInt(1_000))))
		e.must(e.send("deposit", who, e.hub, hubABI.PackDeposit(big.NewInt(600))))
		eqBig(t, "credited", e.credited(who.addr), big.NewInt(600))
		eqBig(t, "wallet", e.balance(who.addr), big.NewInt(400))
		eqBig(t, "hub", e.balance(e.hubA), big.NewInt(600))
		if err := e.withdraw(who); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "unlocked deposit comes back whole", e.balance(who.addr), big.NewInt(1_000))
	})

	t.Run("withdraw cannot take locked stake", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		e.deposit(e.actors[0], big.NewInt(2*advSeat))
		seatThree(t, e, id, 0)
		before := e.balance(e.actors[0].addr)
		if err := e.withdraw(e.actors[0]); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "withdraw takes only the unlocked half", new(big.Int).Sub(e.balance(e.actors[0].addr), before), big.NewInt(advSeat))
		e.mustErr(e.withdraw(e.actors[0]), "NothingToWithdraw")
		commitAll(t, e, id, same3())
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[4], true); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "finalize returns the stake with the pay", e.credited(e.actors[0].addr), big.NewInt(4*advReward+advSeat))
		eqBig(t, "nothing slashed", e.unburned(), new(big.Int))
	})

	// An annotator who goes on working withdraws its pay and keeps its
	// stake deposited; keep is a floor, never a way to take more.
	t.Run("withdraw keeps what it is asked to keep", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		who, to := e.actors[0], e.actors[4]
		e.deposit(who, big.NewInt(3*advSeat))
		withdraw := func(keep int64) error {
			_, err := e.send("withdraw", who, e.hub, hubABI.PackWithdraw(to.addr, big.NewInt(keep)))
			return err
		}
		e.mustErr(withdraw(3*advSeat), "NothingToWithdraw") // nothing above the floor
		e.mustErr(withdraw(3*advSeat+1), "NothingToWithdraw")
		before := e.balance(to.addr)
		if err := withdraw(advSeat); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "paid to the address named", new(big.Int).Sub(e.balance(to.addr), before), big.NewInt(2*advSeat))
		eqBig(t, "kept credited", e.credited(who.addr), big.NewInt(advSeat))
		eqBig(t, "the recipient's credit untouched", e.credited(to.addr), new(big.Int))
		e.mustErr(withdraw(advSeat), "NothingToWithdraw")
		if err := withdraw(0); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "keep 0 takes the rest", new(big.Int).Sub(e.balance(to.addr), before), big.NewInt(3*advSeat))
		eqBig(t, "credited after all", e.credited(who.addr), new(big.Int))
	})

	t.Run("a lapse burns the seat's stake", func(t *testing.T) {
		e, id := advSetup(t)
		e.advance((commitWindow + 1) * time.Second)
		if err := e.claim(id, 0, e.actors[4], 2); err != nil {
			t.Fatal(err)
		}
		eqBig(t, "lapsed holder's stake is gone", e.credited(e.actors[2].addr), new(big.Int))
		eqBig(t, "slashed, waiting to be burned", e.unburned(), big.NewInt(advSeat))
		eqBig(t, "taker's stake locked", e.credited(e.actors[4].addr), new(big.Int))
		eqBig(t, "hub holds escrow, three seats' stake and the slash",
			e.balance(e.hubA), new(big.Int).Add(sumEscrow(e, id), big.NewInt(4*advSeat)))
	})

	// Attack 3 of the review: on a chunk with k=3, q=2, a cheater puts one
	// seat on each answer beside an honest annotator so one of them always
	// makes the quorum. Gold covers the classes, so every constant sheet
	// misses gold and its stake is slashed: the pair loses two stakes and
	// earns nothing.
	t.Run("hedging seats lose both stakes", func(t *testing.T) {
		e := newEnv(t, 5, rulesBogota)
		id := e.createCampaign(e.actors[3], advSpec(e.owner))
		seatThree(t, e, id, 2) // gold: task 0 = 3, task 1 = 1
		hedges := [][]uint32{{3, 1, 4, 2}, {3, 3, 3, 3}, {1, 1, 1, 1}}
		for i := 0; i < 3; i++ {
			if err := e.commit(id, 0, e.actors[i], i, hedges[i], 4, nil); err != nil {
				t.Fatal(err)
			}
		}
		revealAll(t, e, id)
		if _, _, err := e.finalize(id, 0, e.actors[3], true); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < 3; i++ {
			eqBig(t, "hedging seat credit", e.credited(e.actors[i].addr), new(big.Int))
		}
		eqBig(t, "both hedges' stakes slashed", e.unburned(), big.NewInt(2*advSeat))
		// the honest seat is paid for the two gold tasks it matched (the
		// other two lack a quorum and go to review) and gets its stake back
		eqBig(t, "honest annotator", e.credited(e.actors[0].addr), big.NewInt(2*advReward+advSeat))
	})

	// Slashed stake is burned, not paid to anyone: a slasher (or the
	// requester whose gold slashed) gains nothing from it. Anyone may burn.
	t.Run("burn sends slashed stake to 0xdEaD exactly once", func(t *testing.T) {
		e, id := advSetup(t)
		_, err := e.send("burn", e.actors[4], e.hub, hubABI.PackBurn())
		e.mustErr(err, "NothingToBurn")
		e.advance((commitWindow + 1) * time.Second)
		if err := e.claim(id, 0, e.actors[4], 2); err != nil { // actor 2 lapses
			t.Fatal(err)
		}
		hubBefore, burnerBefore := e.balance(e.hubA), e.balance(e.actors[3].addr)
		rcpt, err := e.send("burn", e.actors[3], e.hub, hubABI.PackBurn())
		if err != nil {
			t.Fatal(err)
		}
		var burned *bindings.KappaHubBurned
		for _, l := range rcpt.Logs {
			if ev, err := hubABI.UnpackBurnedEvent(l); err == nil {
				burned = ev
			}
		}
		if burned == nil {
			t.Fatal("no Burned event")
		}
		eqBig(t, "Burned amount", burned.Amount, big.NewInt(advSeat))
		eqBig(t, "burn address holds the slash", e.balance(burnAddress), big.NewInt(advSeat))
		eqBig(t, "hub gave exactly the slash", new(big.Int).Sub(hubBefore, e.balance(e.hubA)), big.NewInt(advSeat))
		eqBig(t, "burner gains nothing", e.balance(e.actors[3].addr), burnerBefore)
		eqBig(t, "unburned", e.unburned(), new(big.Int))
		_, err = e.send("burn", e.actors[4], e.hub, hubABI.PackBurn())
		e.mustErr(err, "NothingToBurn")
		eqBig(t, "burn address after a second try", e.balance(burnAddress), big.NewInt(advSeat))
	})
}

// sumEscrow is campaign id's unreserved plus reserved escrow.
func sumEscrow(e *env, id uint64) *big.Int {
	u, r := e.escrow(id)
	return new(big.Int).Add(u, r)
}
