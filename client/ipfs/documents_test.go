package ipfs

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kappa-dev/kappa/client/document"
)

// TestDocumentsThroughNode publishes a small campaign's documents on the
// real node and reads them back the way the client does: Get with the
// document's cap, then decode naming the CID.
func TestDocumentsThroughNode(t *testing.T) {
	ctx := testCtx(t)
	cache, err := NewCache(t.TempDir(), NewShell(node.APIAddr()))
	if err != nil {
		t.Fatal(err)
	}
	publish := func(b []byte, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		id, err := cache.Add(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if id != CIDOf(b) {
			t.Fatalf("node CID %s, local CID %s", id, CIDOf(b))
		}
		return id
	}

	schema := &document.Schema{
		Version: document.VersionSchema, Title: "Spam", Instructions: "Is it spam?", Kind: document.KindSingle,
		Labels: []document.Label{{ID: "ham", Name: "Ham", Hotkey: "h"}, {ID: "spam", Name: "Spam", Hotkey: "s"}},
		Tiers:  []document.Tier{{Name: "easy", Reward: big.NewInt(1e15)}}, ReviewerFee: big.NewInt(0),
	}
	schemaCID := publish(schema.Encode())
	var tasks []string
	for i := range 3 {
		task := &document.Task{Version: document.VersionTask, ID: fmt.Sprint(i), Text: fmt.Sprintf("message %d", i)}
		tasks = append(tasks, publish(task.Encode()))
	}
	gold := common.HexToHash("0x60") // the requester's commitment (no gold tasks)
	manifest := &document.Manifest{
		Version: document.VersionManifest, Title: "Spam", Schema: schemaCID,
		Chunks: []document.Chunk{{ID: 0, Tier: 0, Tasks: tasks, Gold: &gold}},
	}
	manifestCID := publish(manifest.Encode())

	key, _ := crypto.GenerateKey()
	labels := &document.LabelDocument{
		Version: document.VersionLabels, ChainID: 1337, Hub: common.HexToAddress("0x1"), Campaign: 1, Chunk: 0,
		Annotator: crypto.PubkeyToAddress(key.PublicKey), Client: "kappa/test",
		Labels: []document.TaskLabel{{Task: tasks[0], Label: 1}, {Task: tasks[1]}, {Task: tasks[2], Label: 1}},
	}
	h, err := labels.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		t.Fatal(err)
	}
	if err := labels.SetSignature(sig); err != nil {
		t.Fatal(err)
	}
	labelsCID := publish(labels.Encode())

	// Read back through a fresh cache, as another annotator would.
	reader, err := NewCache(t.TempDir(), NewShell(node.APIAddr()))
	if err != nil {
		t.Fatal(err)
	}
	b, err := reader.Get(ctx, manifestCID, document.MaxManifestSize)
	if err != nil {
		t.Fatal(err)
	}
	m, err := document.DecodeManifest(manifestCID, b)
	if err != nil {
		t.Fatal(err)
	}
	b, err = reader.Get(ctx, m.Schema, document.MaxSchemaSize)
	if err != nil {
		t.Fatal(err)
	}
	s, err := document.DecodeSchema(m.Schema, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckSchema(s); err != nil {
		t.Fatal(err)
	}
	for _, id := range m.Chunks[0].Tasks {
		b, err := reader.Get(ctx, id, document.MaxTaskSize)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := document.DecodeTask(id, b); err != nil {
			t.Fatal(err)
		}
	}
	b, err = reader.Get(ctx, labelsCID, document.MaxLabelsSize)
	if err != nil {
		t.Fatal(err)
	}
	got, err := document.DecodeLabels(labelsCID, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.CheckChunk(s, &m.Chunks[0]); err != nil {
		t.Fatal(err)
	}

	// A document read under the wrong type's cap or decoder is refused
	// with the CID in the message.
	if _, err := reader.Get(ctx, manifestCID, 16); !errors.Is(err, ErrTooLarge) {
		t.Errorf("manifest under a 16-byte cap: err = %v", err)
	}
	b, _ = reader.Get(ctx, schemaCID, document.MaxSchemaSize)
	_, err = document.DecodeTask(schemaCID, b)
	var de *document.Error
	if !errors.As(err, &de) || de.CID != schemaCID || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("schema decoded as a task: err = %v", err)
	}
}
