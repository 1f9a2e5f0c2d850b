package document

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestSignAndRecover signs the typed data the way a wallet does and checks
// that the signature binds every part of the document.
func TestSignAndRecover(t *testing.T) {
	d := unsignedLabels(t)
	td, err := d.TypedData()
	if err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := d.SigningHash()
	if err != nil || !bytes.Equal(sh[:], hash) {
		t.Fatalf("SigningHash = %x, %v; TypedDataAndHash = %x", sh, err, hash)
	}
	sig, err := crypto.Sign(hash, testKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.SetSignature(sig); err != nil { // V is 0/1 here
		t.Fatalf("SetSignature: %v", err)
	}
	if v := d.Signature[64]; v != 27 && v != 28 {
		t.Errorf("stored V = %d, want 27 or 28", v)
	}
	if signer, err := d.Signer(); err != nil || signer != d.Annotator {
		t.Fatalf("Signer = %s, %v; want %s", signer.Hex(), err, d.Annotator.Hex())
	}

	// Every field is bound: changing any one changes the digest.
	changes := map[string]func(*LabelDocument){
		"chain":     func(d *LabelDocument) { d.ChainID++ },
		"hub":       func(d *LabelDocument) { d.Hub[19] ^= 1 },
		"campaign":  func(d *LabelDocument) { d.Campaign++ },
		"chunk":     func(d *LabelDocument) { d.Chunk++ },
		"annotator": func(d *LabelDocument) { d.Annotator[0] ^= 1 },
		"label":     func(d *LabelDocument) { d.Labels[1].Label = 1 },
		"time":      func(d *LabelDocument) { d.Labels[0].TimeMs++ },
		"task":      func(d *LabelDocument) { d.Labels[0].Task, d.Labels[1].Task = d.Labels[1].Task, d.Labels[0].Task },
		"client":    func(d *LabelDocument) { d.Client = "kappa/0.1.1" },
	}
	for name, change := range changes {
		c := unsignedLabels(t)
		change(c)
		h, err := c.SigningHash()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if h == sh {
			t.Errorf("changing the %s does not change the signing hash", name)
		}
	}
}

// TestSetSignatureRefuses checks signatures that must not be stored.
func TestSetSignatureRefuses(t *testing.T) {
	other, _ := crypto.GenerateKey()
	d := unsignedLabels(t)
	good := sign(t, d, testKey)

	if err := d.SetSignature(sign(t, d, other)); err == nil || !strings.Contains(err.Error(), "not by the annotator") {
		t.Errorf("signature by another key: err = %v", err)
	}
	if err := d.SetSignature(good[:64]); err == nil || !strings.Contains(err.Error(), "64 bytes") {
		t.Errorf("short signature: err = %v", err)
	}
	// The malleable twin (N - S, flipped V) recovers the same key but
	// would give the same content a second CID.
	twin := common.CopyBytes(good)
	s := new(big.Int).SetBytes(twin[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(twin[32:64])
	twin[64] ^= 1
	if err := d.SetSignature(twin); err == nil || !strings.Contains(err.Error(), "lower half") {
		t.Errorf("high-S signature: err = %v", err)
	}
	if len(d.Signature) != 0 {
		t.Errorf("a refused signature was kept")
	}
	// An unsigned document can be hashed but not encoded.
	if _, err := d.Encode(); err == nil || !strings.Contains(err.Error(), `field "signature": missing`) {
		t.Errorf("encoding an unsigned document: err = %v", err)
	}
	// Nothing malformed is ever handed to the wallet.
	d.Labels = nil
	if _, err := d.TypedData(); err == nil || !strings.Contains(err.Error(), `field "labels": empty`) {
		t.Errorf("typed data of a document without labels: err = %v", err)
	}
}

// TestCheckChunk checks a label document against the schema and manifest.
func TestCheckChunk(t *testing.T) {
	s := sampleSchema(t)
	m := sampleManifest(t)
	chunk := Chunk{ID: 7, Tier: 0, Tasks: append(append([]string{}, m.Chunks[0].Tasks...), m.Chunks[1].Tasks...)}
	if err := m.CheckSchema(s); err != nil {
		t.Fatalf("manifest against its schema: %v", err)
	}
	cases := []struct {
		name   string
		change func(*LabelDocument, *Chunk, *Schema)
		want   string // "" means accepted
	}{
		{"matches", func(*LabelDocument, *Chunk, *Schema) {}, ""},
		{"other chunk", func(d *LabelDocument, _ *Chunk, _ *Schema) { d.Chunk = 8 }, `field "chunk": 8, but the manifest chunk is 7`},
		{"missing task", func(d *LabelDocument, _ *Chunk, _ *Schema) { d.Labels = d.Labels[:1] }, "1 entries for a chunk of 2 tasks"},
		{"tasks swapped", func(d *LabelDocument, _ *Chunk, _ *Schema) {
			d.Labels[0], d.Labels[1] = d.Labels[1], d.Labels[0]
		}, `field "labels[0].task"`},
		{"class out of range", func(d *LabelDocument, _ *Chunk, _ *Schema) { d.Labels[1].Label = 3 }, "class 3 out of range: the schema has 3 labels"},
		{"multi bitmask in range", func(d *LabelDocument, _ *Chunk, s *Schema) { s.Kind = KindMulti; d.Labels[1].Label = 0b101 }, ""},
		{"multi bitmask too wide", func(d *LabelDocument, _ *Chunk, s *Schema) { s.Kind = KindMulti; d.Labels[1].Label = 0b1000 }, "beyond the schema's 3 labels"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, ch, sc := unsignedLabels(t), chunk, *s
			ch.Tasks = append([]string{}, chunk.Tasks...)
			tc.change(d, &ch, &sc)
			err := d.CheckChunk(&sc, &ch)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	bad := *m
	bad.Chunks = append([]Chunk{}, m.Chunks...)
	bad.Chunks[1].Tier = 2
	if err := bad.CheckSchema(s); err == nil || !strings.Contains(err.Error(), `"chunks[1].tier": 2 out of range`) {
		t.Errorf("tier beyond the schema: err = %v", err)
	}
}
