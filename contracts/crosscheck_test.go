package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestEncodingsMatchContract checks each protocol-package encoding against
// KappaRules, the code the hub runs, through the test-only RulesMirror on
// the simulated chain (the record hash is checked after every transaction by
// the harness).
func TestEncodingsMatchContract(t *testing.T) {
	e := newEnv(t, 1, rulesPrague)
	mirrorA, tx, err := bind.DeployContract(e.owner.opts, common.FromHex(bindings.RulesMirrorMetaData.Bin), e.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	if _, err := bind.WaitMined(e.ctx, e.client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	rules := bindings.NewRulesMirror()
	mirror := rules.Instance(e.client, mirrorA)
	for _, tc := range []struct {
		name   string
		values []uint32
		bits   uint8
	}{
		{"single label, 4 bits, 3 tasks", []uint32{0, 4, 2}, 4},
		{"multi label, 8 bits, 40 tasks", func() []uint32 {
			v := make([]uint32, 40)
			for i := range v {
				v[i] = uint32(i*37) & 0xff
			}
			return v
		}(), 8},
		{"1 bit, 256 tasks", make([]uint32, 256), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words, err := protocol.PackLabels(tc.values, tc.bits)
			if err != nil {
				t.Fatal(err)
			}
			salt := crypto.Keccak256Hash([]byte(tc.name))
			annot := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
			doc := protocol.LabelDocDigest([]byte(tc.name))
			want, err := protocol.CommitHash(e.chainID, e.hubA, big.NewInt(9), 77, annot, words, doc, salt)
			if err != nil {
				t.Fatal(err)
			}
			got := call(e, mirror, rules.PackCommitment(e.chainID, e.hubA, big.NewInt(9), big.NewInt(77), annot, words, doc, salt), rules.UnpackCommitment)
			if common.Hash(got) != want {
				t.Fatalf("commit hash: contract %x, Go %x", got, want)
			}
			mask := new(big.Int).SetBit(new(big.Int), len(tc.values)-1, 1)
			maskW, err := protocol.GoldMaskWords(mask, len(tc.values), tc.bits)
			if err != nil {
				t.Fatal(err)
			}
			wantG, err := protocol.GoldCommitment(maskW, words, salt)
			if err != nil {
				t.Fatal(err)
			}
			gotG := call(e, mirror, rules.PackGoldCommitment(maskW, words, salt), rules.UnpackGoldCommitment)
			if common.Hash(gotG) != wantG {
				t.Fatalf("gold commitment: contract %x, Go %x", gotG, wantG)
			}
			leaf := protocol.Leaf{ChunkID: 1<<40 + 3, Tier: 7, Size: uint16(len(tc.values)), TasksRoot: protocol.TasksRoot([]string{"bafy1", "bafy2"}), GoldCommitment: wantG}
			gotL := call(e, mirror, rules.PackLeafHash(leaf.ChunkID, leaf.Tier, leaf.Size, leaf.TasksRoot, leaf.GoldCommitment), rules.UnpackLeafHash)
			if common.Hash(gotL) != leaf.Hash() {
				t.Fatalf("leaf hash: contract %x, Go %x", gotL, leaf.Hash())
			}
		})
	}
}

// TestLimitsMatchContract reads the hub's public limits and compares them
// with the Go mirror the clients check parameters with.
func TestLimitsMatchContract(t *testing.T) {
	e := newEnv(t, 1, rulesPrague)
	for _, tc := range []struct {
		name string
		got  *big.Int
		want int
	}{
		{"MAX_K", call(e, e.hub, hubABI.PackMAXK(), hubABI.UnpackMAXK), protocol.MaxK},
		{"MAX_LANES", call(e, e.hub, hubABI.PackMAXLANES(), hubABI.UnpackMAXLANES), protocol.MaxLanes},
		{"MIN_WINDOW", call(e, e.hub, hubABI.PackMINWINDOW(), hubABI.UnpackMINWINDOW), protocol.MinWindow},
		{"MIN_DISPUTE_WINDOW", call(e, e.hub, hubABI.PackMINDISPUTEWINDOW(), hubABI.UnpackMINDISPUTEWINDOW), protocol.MinDisputeWindow},
		{"AGREE_GAIN", call(e, e.hub, hubABI.PackAGREEGAIN(), hubABI.UnpackAGREEGAIN), protocol.AgreeGain},
		{"DISAGREE_LOSS", call(e, e.hub, hubABI.PackDISAGREELOSS(), hubABI.UnpackDISAGREELOSS), protocol.DisagreeLoss},
	} {
		if tc.got.Cmp(big.NewInt(int64(tc.want))) != 0 {
			t.Errorf("%s: contract %s, protocol package %d", tc.name, tc.got, tc.want)
		}
	}
}
