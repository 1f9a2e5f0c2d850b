package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// permitSig signs an EIP-2612 permit of the devnet token with the owner's key.
func permitSig(t *testing.T, e *env, owner *actor, spender common.Address, value *big.Int, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	t.Helper()
	nonce := call(e, e.token, tokenABI.PackNonces(owner.addr), tokenABI.UnpackNonces)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit":       {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      apitypes.TypedDataDomain{Name: "Kappa Devnet Token", Version: "1", ChainId: (*math.HexOrDecimal256)(e.chainID), VerifyingContract: e.tokenA.Hex()},
		Message: apitypes.TypedDataMessage{"owner": owner.addr.Hex(), "spender": spender.Hex(),
			"value": value.String(), "nonce": nonce.String(), "deadline": deadline.String()},
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, owner.key)
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

// TestPermitFunding: a requester funds with EIP-2612 permits instead of
// approvals, at creation and later; escrow is credited to the unit.
func TestPermitFunding(t *testing.T) {
	e := newEnv(t, 2, rulesPrague)
	req := e.actors[0]
	deposit, topUp := big.NewInt(7_000_001), big.NewInt(123_457)
	e.mint(req, new(big.Int).Add(deposit, topUp))
	m := newManifest(t, 4, []chunkSpec{{size: 4}})
	deadline := new(big.Int).SetUint64(e.now() + 3600)
	v, r, s := permitSig(t, e, req, e.hubA, deposit, deadline)
	p := bindings.KappaHubCampaignParams{
		MaxGold: 4, Arbiter: e.owner.addr, ManifestRoot: m.tree.Root(), ManifestCid: "bafkreimanifest",
		K: 3, Q: 2, LabelBits: 4, NumLabels: 5, Lanes: 1,
		ClaimWindow: claimWindow, CommitWindow: commitWindow, RevealWindow: revealWindow,
		GoldWindow: goldWindow, DisputeWindow: dispWindow,
		EndTime: e.now() + 86400, ReviewerFee: big.NewInt(0),
		Tiers: []bindings.KappaHubTier{{Reward: big.NewInt(10)}}, Deposit: deposit, Stake: big.NewInt(1),
	}
	e.must(e.send("create", req, e.hub, hubABI.PackCreateCampaignWithPermit(p, deadline, v, r, s)))
	unres, _ := e.escrow(1)
	eqBig(t, "escrow after permit creation", unres, deposit)

	v, r, s = permitSig(t, e, req, e.hubA, topUp, deadline)
	e.must(e.send("fund", req, e.hub, hubABI.PackFundWithPermit(big.NewInt(1), topUp, deadline, v, r, s)))
	unres, _ = e.escrow(1)
	eqBig(t, "escrow after permit top-up", unres, new(big.Int).Add(deposit, topUp))
	eqBig(t, "requester balance", e.balance(req.addr), new(big.Int))
	// a replayed permit is spent: without allowance the transfer fails
	_, err := e.send("fund", req, e.hub, hubABI.PackFundWithPermit(big.NewInt(1), topUp, deadline, v, r, s))
	if err == nil {
		t.Fatal("replayed permit funded the campaign")
	}
}

// TestInvalidParameters: every bad campaign parameter is refused by name.
func TestInvalidParameters(t *testing.T) {
	e := newEnv(t, 1, rulesPrague)
	m := newManifest(t, 4, []chunkSpec{{size: 4}})
	base := func() bindings.KappaHubCampaignParams {
		return bindings.KappaHubCampaignParams{
			MaxGold: 4, Arbiter: e.owner.addr, ManifestRoot: m.tree.Root(), ManifestCid: "bafkreimanifest",
			K: 3, Q: 2, LabelBits: 4, NumLabels: 5, Lanes: 1,
			ClaimWindow: claimWindow, CommitWindow: commitWindow, RevealWindow: revealWindow,
			GoldWindow: goldWindow, DisputeWindow: dispWindow,
			EndTime: e.now() + 86400, ReviewerFee: big.NewInt(0),
			Tiers: []bindings.KappaHubTier{{Reward: big.NewInt(10)}}, Deposit: big.NewInt(0), Stake: big.NewInt(1),
		}
	}
	requester := e.actors[0]
	if _, err := e.send("create", requester, e.hub, hubABI.PackCreateCampaign(base())); err != nil {
		t.Fatalf("the base parameters are refused: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*bindings.KappaHubCampaignParams)
	}{
		{"k", func(p *bindings.KappaHubCampaignParams) { p.K = protocol.MaxK + 1 }}, // CampaignLib's MAX_K is the hub's
		{"q", func(p *bindings.KappaHubCampaignParams) { p.Q = 1 }},                 // 2q must exceed k
		{"labelBits", func(p *bindings.KappaHubCampaignParams) { p.LabelBits = 3 }},
		{"numLabels", func(p *bindings.KappaHubCampaignParams) { p.NumLabels = 17 }},
		{"numLabels", func(p *bindings.KappaHubCampaignParams) { p.MultiLabel = true; p.NumLabels = 5 }},
		{"lanes", func(p *bindings.KappaHubCampaignParams) { p.Lanes = 0 }},
		{"tiers", func(p *bindings.KappaHubCampaignParams) { p.Tiers = nil }},
		{"lanes", func(p *bindings.KappaHubCampaignParams) { p.Lanes = 1025 }},  // MAX_LANES fit one block
		{"maxGold", func(p *bindings.KappaHubCampaignParams) { p.MaxGold = 0 }}, // gold is capped per chunk
		// A free seat puts nothing at risk (protocol v2 §1).
		{"stake", func(p *bindings.KappaHubCampaignParams) { p.Stake = new(big.Int) }},
		// Reputation is only earned where someone paid for the work.
		{"reward", func(p *bindings.KappaHubCampaignParams) {
			p.Tiers = []bindings.KappaHubTier{{Reward: big.NewInt(1)}, {Reward: new(big.Int)}}
		}},
		{"claimWindow", func(p *bindings.KappaHubCampaignParams) { p.ClaimWindow = 0 }},
		// A claim window no longer than the commit window leaves a lapsed
		// seat blocked for good: nobody can take it over.
		{"claimWindow", func(p *bindings.KappaHubCampaignParams) { p.ClaimWindow = p.CommitWindow }},
		{"commitWindow", func(p *bindings.KappaHubCampaignParams) { p.CommitWindow = 59 }},
		{"revealWindow", func(p *bindings.KappaHubCampaignParams) { p.RevealWindow = 0 }},
		// No time to reveal gold, or to rule on disputes before the
		// requester reclaims their escrow.
		{"goldWindow", func(p *bindings.KappaHubCampaignParams) { p.GoldWindow = 0 }},
		{"disputeWindow", func(p *bindings.KappaHubCampaignParams) { p.DisputeWindow = 3599 }},
		// The arbiter keeps at least an hour after the reviewers' turn.
		{"reviewWindow", func(p *bindings.KappaHubCampaignParams) { p.ReviewWindow = p.DisputeWindow - 3599 }},
		{"endTime", func(p *bindings.KappaHubCampaignParams) { p.EndTime = 1 }},
		{"arbiter", func(p *bindings.KappaHubCampaignParams) { p.Arbiter = common.Address{} }},
		// The requester may not judge its own campaign.
		{"arbiter", func(p *bindings.KappaHubCampaignParams) { p.Arbiter = requester.addr }},
		{"manifestRoot", func(p *bindings.KappaHubCampaignParams) { p.ManifestRoot = [32]byte{} }},
		{"manifestCid", func(p *bindings.KappaHubCampaignParams) { p.ManifestCid = "" }},
	} {
		p := base()
		tc.edit(&p)
		_, err := e.send("create", requester, e.hub, hubABI.PackCreateCampaign(p))
		var re *revertError
		if !asRevert(err, &re) || re.Name != "InvalidParameter" || re.Args[0] != tc.name {
			t.Fatalf("%s: got %v, want InvalidParameter(%q)", tc.name, err, tc.name)
		}
	}
}
