package protocol

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func TestPackLabels(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []uint32
		bits   uint8
		words  []string // hex of each word
		err    string
	}{
		// task t at bit offset t*bits, least significant first
		{"4-bit", []uint32{1, 2, 3}, 4, []string{"321"}, ""},
		{"1-bit", []uint32{1, 0, 1, 1}, 1, []string{"d"}, ""},
		{"8-bit spills to a second word", append(make([]uint32, 32), 5), 8, []string{"0", "5"}, ""},
		{"32-bit", []uint32{0xffffffff}, 32, []string{"ffffffff"}, ""},
		{"value too wide", []uint32{16}, 4, nil, "does not fit in 4 bits"},
		{"bad width", []uint32{1}, 3, nil, "not 1, 2, 4, 8, 16 or 32"},
		{"empty", nil, 4, nil, "0 labels"},
		{"too many", make([]uint32, 257), 1, nil, "257 labels"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words, err := PackLabels(tc.values, tc.bits)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(words) != len(tc.words) {
				t.Fatalf("%d words, want %d", len(words), len(tc.words))
			}
			for i, w := range words {
				if w.Text(16) != tc.words[i] {
					t.Fatalf("word %d = %s, want %s", i, w.Text(16), tc.words[i])
				}
			}
			back, err := UnpackLabels(words, len(tc.values), tc.bits)
			if err != nil {
				t.Fatal(err)
			}
			for i := range back {
				if back[i] != tc.values[i] {
					t.Fatalf("round trip task %d: %d, want %d", i, back[i], tc.values[i])
				}
			}
		})
	}
	if _, err := UnpackLabels([]*big.Int{big.NewInt(1)}, 65, 4); err == nil {
		t.Fatal("unpacking 65 tasks from one 4-bit word succeeded")
	}
}

func TestMultiLabel(t *testing.T) {
	m, err := MultiLabelMask(5, 0, 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	if m != 0b11001 {
		t.Fatalf("mask %b, want 11001", m)
	}
	if got := MaskIndices(m); len(got) != 3 || got[0] != 0 || got[1] != 3 || got[2] != 4 {
		t.Fatalf("indices %v", got)
	}
	if _, err := MultiLabelMask(5, 5); err == nil {
		t.Fatal("label index 5 of 5 accepted")
	}
	if LabelLimit(5, true) != 32 || LabelLimit(5, false) != 5 {
		t.Fatal("label limits wrong")
	}
}

func TestMerkleProofs(t *testing.T) {
	for n := 1; n <= 9; n++ {
		var leaves []Leaf
		for i := 0; i < n; i++ {
			leaves = append(leaves, Leaf{ChunkID: uint64(i), Tier: uint8(i % 2), Size: 32, TasksRoot: TasksRoot([]string{"a", "b"})})
		}
		tree, err := NewManifestTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range leaves {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyProof(proof, tree.Root(), l.Hash()) {
				t.Fatalf("n=%d leaf %d: proof does not verify", n, i)
			}
			forged := l
			forged.Size++
			if VerifyProof(proof, tree.Root(), forged.Hash()) {
				t.Fatalf("n=%d leaf %d: forged leaf verifies", n, i)
			}
		}
		if _, err := tree.Proof(n); err == nil {
			t.Fatalf("n=%d: proof of a missing leaf", n)
		}
	}
	if _, err := NewTree(nil); err == nil {
		t.Fatal("empty tree built")
	}
}

func TestSaltIsDeterministic(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("salt test")))
	sign := func(chain int64, hub string, campaign int64, chunk uint64) []byte {
		d, err := SaltDigest(big.NewInt(chain), common.HexToAddress(hub), big.NewInt(campaign), chunk)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := crypto.Sign(d[:], key)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	sig1, sig2 := sign(1337, "0x1", 7, 3), sign(1337, "0x1", 7, 3)
	if SaltFromSignature(sig1) != SaltFromSignature(sig2) {
		t.Fatal("same wallet, same chunk, different salts")
	}
	// a wallet returning v = 27/28 derives the same salt
	v27 := append([]byte(nil), sig1...)
	v27[64] += 27
	if SaltFromSignature(v27) != SaltFromSignature(sig1) {
		t.Fatal("v=27/28 signature gives another salt")
	}
	// every field the salt is bound to changes it
	for name, other := range map[string][]byte{
		"chunk":    sign(1337, "0x1", 7, 4),
		"campaign": sign(1337, "0x1", 8, 3),
		"hub":      sign(1337, "0x2", 7, 3),
		"chain":    sign(1, "0x1", 7, 3),
	} {
		if SaltFromSignature(other) == SaltFromSignature(sig1) {
			t.Errorf("two salts differing only in %s are equal", name)
		}
	}
	// the salt is not the personal-message signature of anything kappa v1
	// derived salts from, nor of a label document
	td := SaltTypedData(big.NewInt(1337), common.HexToAddress("0x1"), big.NewInt(7), 3)
	if !IsSaltRequest(&td, nil) {
		t.Error("the salt's own typed data is not recognised as a salt request")
	}
	// the gold seed is in the same domain, and bound to its slot and spec
	gold := func(slot string, spec string) common.Hash {
		td := GoldSeedTypedData(big.NewInt(1337), common.HexToAddress("0x1"), slot, crypto.Keccak256Hash([]byte(spec)))
		if !IsSaltRequest(&td, nil) {
			t.Error("the gold seed's typed data is not recognised as a salt request")
		}
		h, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		return common.BytesToHash(h)
	}
	if g := gold("#1", "pilot"); g == gold("#2", "pilot") || g == gold("#1", "full run") || g != gold("#1", "pilot") {
		t.Error("the gold seed digest is not a function of exactly the slot and the spec")
	}
	for _, bad := range [][]byte{nil, make([]byte, 64), append(make([]byte, 64), 5)} {
		if ValidateSaltSignature(bad) == nil {
			t.Fatalf("signature %x accepted", bad)
		}
	}
	if err := ValidateSaltSignature(sig1); err != nil {
		t.Fatal(err)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	leaf := Leaf{ChunkID: 42, Tier: 2, Size: 32, GoldCommitment: common.HexToHash("0xabc")}
	r := NewRecord(leaf, 250, 3, common.HexToAddress("0x1111"), 1_700_000_000)
	_ = r.ApplyClaim(1, common.HexToAddress("0x2222"), 1_700_000_100)
	_ = r.ApplyCommit(0, common.HexToHash("0xc0"), 1_700_000_200)
	back, err := DecodeRecord(r.Words(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != r.Hash() || back.ChunkID != 42 || back.Tier != 2 || back.Seats[1].ClaimedAt != 1_700_000_100 ||
		back.Seats[0].Status != SeatCommitted || back.GoldCommitment != leaf.GoldCommitment || back.MinReputation != 250 {
		t.Fatalf("round trip lost data: %+v", back)
	}
	r.ApplyFinalize(big.NewInt(5), []bool{false, false, false}, 1_700_000_900)
	back, err = DecodeRecord(r.Words(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if back.Status != ChunkDisputed || back.Disputes.Int64() != 5 || back.Seats[0].Status != SeatExcluded {
		t.Fatalf("disputed record: %+v", back)
	}
	if _, err := DecodeRecord(r.Words(), 4); err == nil {
		t.Fatal("decoded a k=3 record as k=4")
	}
}

func TestTally(t *testing.T) {
	for _, tc := range []struct {
		name     string
		k, q     int
		revealed [][]uint32
		gold     map[int]uint32
		accepted []uint32
		disputes int64
		matched  []int
		excluded []bool
	}{
		{"unanimous", 3, 2, [][]uint32{{1, 2}, {1, 2}, {1, 2}}, nil, []uint32{1, 2}, 0, []int{2, 2, 2}, nil},
		{"2 of 3", 3, 2, [][]uint32{{1, 2}, {1, 3}, {0, 2}}, nil, []uint32{1, 2}, 0, []int{2, 1, 1}, nil},
		{"no quorum is a dispute", 3, 2, [][]uint32{{1, 2}, {2, 2}, {3, 2}}, nil, []uint32{0, 2}, 1, []int{1, 1, 1}, nil},
		{"invalid value never accepted", 3, 2, [][]uint32{{7}, {7}, {1}}, nil, []uint32{0}, 1, []int{0, 0, 0}, nil},
		{"non-revealer", 3, 2, [][]uint32{{1}, nil, {1}}, nil, []uint32{1}, 0, []int{1, 0, 1}, nil},
		// seats 0 and 1 miss the gold and leave the vote: task 1 lacks a quorum
		{"gold decides and excludes", 3, 2, [][]uint32{{1, 2}, {1, 2}, {0, 2}}, map[int]uint32{0: 0}, []uint32{0, 2}, 2, []int{0, 0, 1}, []bool{true, true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := TallyInput{K: tc.k, Q: tc.q, Size: len(tc.accepted), NumLabels: 5, Revealed: tc.revealed}
			if tc.gold != nil {
				in.GoldMask, in.Gold = new(big.Int), make([]uint32, in.Size)
				for task, v := range tc.gold {
					in.GoldMask.SetBit(in.GoldMask, task, 1)
					in.Gold[task] = v
				}
			}
			res, err := Tally(in)
			if err != nil {
				t.Fatal(err)
			}
			if res.Disputes.Int64() != tc.disputes {
				t.Fatalf("disputes %b, want %b", res.Disputes, tc.disputes)
			}
			for task, v := range tc.accepted {
				if res.Disputes.Bit(task) == 0 && res.Accepted[task] != v {
					t.Fatalf("task %d accepted %d, want %d", task, res.Accepted[task], v)
				}
			}
			for i, m := range tc.matched {
				if res.Matched[i] != m {
					t.Fatalf("seat %d matched %d, want %d", i, res.Matched[i], m)
				}
				if tc.excluded != nil && res.Excluded[i] != tc.excluded[i] {
					t.Fatalf("seat %d excluded %v, want %v", i, res.Excluded[i], tc.excluded[i])
				}
			}
		})
	}
	if _, err := Tally(TallyInput{K: 4, Q: 2, Size: 1, NumLabels: 2, Revealed: make([][]uint32, 4)}); err == nil {
		t.Fatal("q=2 of k=4 accepted (two labels could both reach quorum)")
	}
}
