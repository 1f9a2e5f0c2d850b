package document

import (
	"bytes"
	"crypto/ecdsa"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// testKey is go-ethereum's well-known test key; never a real account.
var testKey, _ = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")

// rawCID is the CID `ipfs add --cid-version 1 --raw-leaves` gives a
// document under the block size.
func rawCID(t testing.TB, b []byte) string {
	t.Helper()
	h, err := multihash.Sum(b, multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, h).String()
}

func sampleSchema(t testing.TB) *Schema {
	t.Helper()
	data, err := os.ReadFile("testdata/schema.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSchemaTOML("schema.toml", data)
	if err != nil {
		t.Fatalf("example schema: %v", err)
	}
	return s
}

func sampleTasks(t testing.TB) []*Task {
	return []*Task{
		{Version: VersionTask, ID: "r1", Text: "A quiet, devastating film. <b>Go.</b> & see it."},
		{Version: VersionTask, ID: "r2", Text: "Zwei Stunden meines Lebens, die ich nie zurückbekomme.\n\t— 星一つ", Meta: map[string]string{"lang": "de", "source": "imdb"}},
	}
}

func taskCIDs(t testing.TB) []string {
	var out []string
	for _, task := range sampleTasks(t) {
		b, err := task.Encode()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rawCID(t, b))
	}
	return out
}

func sampleManifest(t testing.TB) *Manifest {
	schema, err := sampleSchema(t).Encode()
	if err != nil {
		t.Fatal(err)
	}
	tasks := taskCIDs(t)
	gold := common.HexToHash("0x5ca1ab1e00000000000000000000000000000000000000000000000000000001")
	empty := common.HexToHash("0x5ca1ab1e00000000000000000000000000000000000000000000000000000000") // no gold tasks
	return &Manifest{
		Version: VersionManifest,
		Title:   "Sentiment of short movie reviews",
		Schema:  rawCID(t, schema),
		Chunks: []Chunk{
			{ID: 0, Tier: 0, Tasks: tasks[:1], Gold: &empty},
			{ID: 1, Tier: 1, Tasks: tasks[1:], Gold: &gold},
		},
	}
}

func unsignedLabels(t testing.TB) *LabelDocument {
	tasks := taskCIDs(t)
	return &LabelDocument{
		Version:   VersionLabels,
		ChainID:   1337,
		Hub:       common.HexToAddress("0x00000000000000000000000000000000c0ffee01"),
		Campaign:  3,
		Chunk:     7,
		Annotator: crypto.PubkeyToAddress(testKey.PublicKey),
		Labels: []TaskLabel{
			{Task: tasks[0], Label: 2, TimeMs: 4210},
			{Task: tasks[1], Label: 0, TimeMs: 9875},
		},
		Client: "kappa/0.1.0",
	}
}

// sign signs the document the way the wallet will: crypto.Sign over the
// EIP-712 digest of the typed data.
func sign(t testing.TB, d *LabelDocument, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	h, err := d.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func sampleLabels(t testing.TB) *LabelDocument {
	d := unsignedLabels(t)
	if err := d.SetSignature(sign(t, d, testKey)); err != nil {
		t.Fatal(err)
	}
	return d
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n got %s\nwant %s", name, got, want)
	}
}
