package protocol

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

// vectors are test vectors for third-party implementations of the formats in
// docs/PROTOCOL.md; the golden file is testdata/vectors.json. The contract
// side of each encoding is cross-checked in contracts/crosscheck_test.go.
type vectors struct {
	ChainID        string   `json:"chainId"`
	Hub            string   `json:"hub"`
	CampaignID     string   `json:"campaignId"`
	ChunkID        uint64   `json:"chunkId"`
	Annotator      string   `json:"annotator"`
	LabelBits      uint8    `json:"labelBits"`
	Labels         []uint32 `json:"labels"`
	PackedLabels   []string `json:"packedLabels"`
	Salt           string   `json:"salt"`
	CommitHash     string   `json:"commitHash"`
	LabelsHash     string   `json:"labelsHash"`
	GoldTasks      []int    `json:"goldTasks"`
	GoldMaskWords  []string `json:"goldMaskWords"`
	GoldSalt       string   `json:"goldSalt"`
	GoldCommitment string   `json:"goldCommitment"`
	TaskCIDs       []string `json:"taskCids"`
	TasksRoot      string   `json:"tasksRoot"`
	LeafHash       string   `json:"leafHash"`
	ManifestRoot   string   `json:"manifestRoot"`
	ProofOfLeaf2   []string `json:"proofOfLeaf2"`
	SaltDigest     string   `json:"saltDigest"`
	SaltKey        string   `json:"saltPrivateKeyForTestsOnly"`
	SaltSignature  string   `json:"saltSignature"`
	DerivedSalt    string   `json:"derivedSalt"`
	RecordWords    []string `json:"recordWords"`
	RecordHash     string   `json:"recordHash"`
	CommitDigest   string   `json:"commitDigest"`
	ClaimDigest    string   `json:"claimDigest"`
	LabelDocCID    string   `json:"labelDocCid"`
}

func hexWords(ws []*big.Int) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = hexutil.EncodeBig(w)
	}
	return out
}

func buildVectors(t *testing.T) vectors {
	chainID, campaign := big.NewInt(1337), big.NewInt(7)
	hub := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	annot := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	v := vectors{ChainID: "1337", Hub: hub.Hex(), CampaignID: "7", ChunkID: 3, Annotator: annot.Hex(), LabelBits: 4,
		Labels: []uint32{0, 1, 2, 3, 4, 15, 7, 9, 1}}
	words, err := PackLabels(v.Labels, v.LabelBits)
	if err != nil {
		t.Fatal(err)
	}
	v.PackedLabels = hexWords(words)
	salt := crypto.Keccak256Hash([]byte("vector salt"))
	v.Salt = salt.Hex()
	h, err := CommitHash(chainID, hub, campaign, v.ChunkID, annot, words, LabelDocDigest([]byte(`{"kind":"kappa/labels@1"}`)), salt)
	if err != nil {
		t.Fatal(err)
	}
	v.CommitHash = h.Hex()
	v.LabelsHash = LabelsHash(words).Hex()
	v.GoldTasks = []int{0, 5}
	mask := new(big.Int).SetBit(new(big.Int).SetBit(new(big.Int), 0, 1), 5, 1)
	mw, err := GoldMaskWords(mask, len(v.Labels), v.LabelBits)
	if err != nil {
		t.Fatal(err)
	}
	v.GoldMaskWords = hexWords(mw)
	gs := crypto.Keccak256Hash([]byte("vector gold salt"))
	v.GoldSalt = gs.Hex()
	gc, err := GoldCommitment(mw, words, gs)
	if err != nil {
		t.Fatal(err)
	}
	v.GoldCommitment = gc.Hex()
	v.TaskCIDs = []string{"bafkreiaaaa", "bafkreibbbb"}
	v.TasksRoot = TasksRoot(v.TaskCIDs).Hex()
	var leaves []Leaf
	for i := 0; i < 5; i++ {
		leaves = append(leaves, Leaf{ChunkID: uint64(i), Tier: uint8(i % 2), Size: 9, TasksRoot: TasksRoot(v.TaskCIDs), GoldCommitment: gc})
	}
	v.LeafHash = leaves[3].Hash().Hex()
	tree, err := NewManifestTree(leaves)
	if err != nil {
		t.Fatal(err)
	}
	v.ManifestRoot = tree.Root().Hex()
	proof, _ := tree.Proof(2)
	for _, p := range proof {
		v.ProofOfLeaf2 = append(v.ProofOfLeaf2, common.Hash(p).Hex())
	}
	sd, err := SaltDigest(chainID, hub, campaign, v.ChunkID)
	if err != nil {
		t.Fatal(err)
	}
	v.SaltDigest = sd.Hex()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("kappa vector key")))
	v.SaltKey = hexutil.Encode(crypto.FromECDSA(key))
	sig, err := crypto.Sign(sd[:], key)
	if err != nil {
		t.Fatal(err)
	}
	v.SaltSignature = hexutil.Encode(sig)
	ds := SaltFromSignature(sig)
	v.DerivedSalt = common.Hash(ds).Hex()
	r := NewRecord(leaves[3], 100, 3, annot, 1_700_000_000)
	_ = r.ApplyCommit(0, h, 1_700_000_050)
	v.RecordWords = hexWords(r.Words())
	v.RecordHash = r.Hash().Hex()
	cd, err := CommitDigest(chainID, hub, campaign, v.ChunkID, 0, 1_700_000_000, h)
	if err != nil {
		t.Fatal(err)
	}
	v.CommitDigest = cd.Hex()
	clD, err := ClaimDigest(chainID, hub, campaign, r, 1, 1_800_000_000)
	if err != nil {
		t.Fatal(err)
	}
	v.ClaimDigest = clD.Hex()
	cid, err := LabelDocCID(LabelDocDigest([]byte(`{"kind":"kappa/labels@1"}`)))
	if err != nil {
		t.Fatal(err)
	}
	v.LabelDocCID = cid
	return v
}

// TestVectors pins every encoding to testdata/vectors.json (refresh with
// `go test ./contracts/protocol -run TestVectors -update` after a deliberate
// format change, and say so in docs/PROTOCOL.md).
func TestVectors(t *testing.T) {
	got, err := json.MarshalIndent(buildVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "vectors.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Fatalf("encodings differ from %s: a wire format changed", path)
	}
}
