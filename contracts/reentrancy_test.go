package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/deploy"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestReentrancyThroughToken runs a hub over a malicious ERC-20 that calls
// back into the hub from inside every transfer the hub makes. The token
// contract itself is the requester and the (k=1) annotator, so each callback
// is made by the very account being paid. Every re-entry must fail with
// ReentrancyGuardReentrantCall and every payment happen exactly once.
func TestReentrancyThroughToken(t *testing.T) {
	e := newEnv(t, 2, rulesBogota)
	tokA, tx, err := bind.DeployContract(e.owner.opts, common.FromHex(bindings.ReentrantTokenMetaData.Bin), e.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	if _, err := bind.WaitMined(e.ctx, e.client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	hubA, err := deploy.Hub(e.ctx, e.client, e.owner.opts, func() { e.sim.Commit() }, tokA)
	if err != nil {
		t.Fatal(err)
	}
	e.hubA = hubA
	e.hub = hubABI.Instance(e.client, hubA)
	tok := reentABI.Instance(e.client, tokA)
	exec := func(data []byte) error {
		_, err := e.send("exec", e.owner, tok, reentABI.PackExec(hubA, data))
		return err
	}
	balance := func(a common.Address) *big.Int {
		return call(e, tok, reentABI.PackBalanceOf(a), reentABI.UnpackBalanceOf)
	}

	// the token contract creates and funds a k=1 campaign over one chunk of 2 tasks
	const reward, stake = 500, 7
	deposit := big.NewInt(100_000)
	e.must(e.send("mint", e.owner, tok, reentABI.PackMint(tokA, deposit)))
	e.must(e.send("approve", e.owner, tok, reentABI.PackSelfApprove(hubA, deposit)))
	m := newManifest(t, 4, []chunkSpec{{tier: 0, size: 2}})
	p := bindings.KappaHubCampaignParams{
		MaxGold: 4, Arbiter: e.owner.addr, ManifestRoot: m.tree.Root(), ManifestCid: "bafkreimanifest",
		K: 1, Q: 1, LabelBits: 4, NumLabels: 3, Lanes: 1,
		ClaimWindow: claimWindow, CommitWindow: commitWindow, RevealWindow: revealWindow,
		GoldWindow: goldWindow, DisputeWindow: dispWindow, EndTime: e.now() + 86400,
		ReviewerFee: big.NewInt(0), Tiers: []bindings.KappaHubTier{{Reward: big.NewInt(reward)}}, Deposit: deposit,
		Stake: big.NewInt(stake),
	}
	if err := exec(hubABI.PackCreateCampaign(p)); err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(1)

	// it deposits its seat's stake and labels the chunk as the only annotator
	e.must(e.send("mint", e.owner, tok, reentABI.PackMint(tokA, big.NewInt(2*stake))))
	e.must(e.send("approve", e.owner, tok, reentABI.PackSelfApprove(hubA, big.NewInt(2*stake))))
	if err := exec(hubABI.PackDeposit(big.NewInt(2 * stake))); err != nil {
		t.Fatal(err)
	}
	leaf := m.leaves[0]
	proof, _ := m.tree.Proof(0)
	if err := exec(hubABI.PackClaimOpen(id, big.NewInt(0), bindings.KappaHubChunkLeaf{ChunkId: 0, Tier: 0, Size: 2, TasksRoot: leaf.TasksRoot, GoldCommitment: leaf.GoldCommitment}, proof)); err != nil {
		t.Fatal(err)
	}
	rcpt, _ := e.client.HeaderByNumber(e.ctx, nil)
	rec := protocol.NewRecord(leaf, 0, 1, tokA, rcpt.Time)
	labels, _ := protocol.PackLabels([]uint32{1, 2}, 4)
	salt := crypto.Keccak256Hash([]byte("salt"))
	h, _ := protocol.CommitHash(e.chainID, hubA, id, 0, tokA, labels, [32]byte{1}, salt)
	if err := exec(hubABI.PackCommit(id, big.NewInt(0), rec.Words(), big.NewInt(0), h)); err != nil {
		t.Fatal(err)
	}
	hdr, _ := e.client.HeaderByNumber(e.ctx, nil)
	if err := rec.ApplyCommit(0, h, hdr.Time); err != nil {
		t.Fatal(err)
	}
	if err := exec(hubABI.PackReveal(id, big.NewInt(0), rec.Words(), big.NewInt(0), labels, salt, [32]byte{1})); err != nil {
		t.Fatal(err)
	}
	_ = rec.ApplyReveal(0, labels)
	g := m.gold[0] // no gold tasks: the empty mask the leaf commits to
	gold := bindings.KappaHubGold{Present: true, Mask: g.maskW, Labels: g.labels, Salt: g.salt}
	e.must(e.send("finalize", e.actors[0], e.hub, hubABI.PackFinalize(id, big.NewInt(0), rec.Words(), labels, gold)))
	eqBig(t, "credited: pay and the stake back", e.credited(tokA), big.NewInt(2*reward+2*stake))

	reentryErr := hubABI.GetABI().Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]
	for _, tc := range []struct {
		name    string
		outer   []byte
		reenter []byte
		want    *big.Int // tokens the outer call moves to the token contract
		escrow  *big.Int // how much unreserved escrow the outer call spends
	}{
		{"withdraw re-entering withdraw", hubABI.PackWithdraw(tokA, new(big.Int)), hubABI.PackWithdraw(tokA, new(big.Int)), big.NewInt(2*reward + 2*stake), big.NewInt(0)},
		{"withdrawUnreserved re-entering withdrawUnreserved",
			hubABI.PackWithdrawUnreserved(id, big.NewInt(1_234), tokA),
			hubABI.PackWithdrawUnreserved(id, big.NewInt(1_234), tokA), big.NewInt(1_234), big.NewInt(1_234)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hubBefore, tokBefore := balance(hubA), balance(tokA)
			unresBefore, _ := e.escrow(1)
			e.must(e.send("arm", e.owner, tok, reentABI.PackArm(hubA, tc.reenter)))
			if err := exec(tc.outer); err != nil {
				t.Fatal(err)
			}
			if ok := call(e, tok, reentABI.PackLastCallbackSucceeded(), reentABI.UnpackLastCallbackSucceeded); ok {
				t.Fatal("re-entrant call succeeded")
			}
			ret := call(e, tok, reentABI.PackLastCallbackError(), reentABI.UnpackLastCallbackError)
			if !bytes.HasPrefix(ret, reentryErr) {
				t.Fatalf("re-entrant call failed with %x, want ReentrancyGuardReentrantCall", ret)
			}
			eqBig(t, "hub paid exactly once", new(big.Int).Sub(hubBefore, balance(hubA)), tc.want)
			eqBig(t, "token contract received", new(big.Int).Sub(balance(tokA), tokBefore), tc.want)
			unres, res := e.escrow(1)
			// the hub still holds exactly escrow + credits
			sum := new(big.Int).Add(unres, res)
			sum.Add(sum, e.credited(tokA))
			eqBig(t, "hub balance = escrow + credits", balance(hubA), sum)
			eqBig(t, "unreserved", unres, new(big.Int).Sub(unresBefore, tc.escrow))
		})
	}
	if n := call(e, tok, reentABI.PackCallbacks(), reentABI.UnpackCallbacks); n.Int64() != 2 {
		t.Fatalf("%d callbacks, want 2", n)
	}
}
