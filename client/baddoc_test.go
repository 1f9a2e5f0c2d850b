package client_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	files "github.com/ipfs/boxo/files"
	shell "github.com/ipfs/go-ipfs-api"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

// add publishes raw bytes as a kappa document.
func (w *rig) add(data []byte) string {
	w.t.Helper()
	c, err := ipfs.NewShell(w.node.APIAddr()).Add(w.ctx, data)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// addBig publishes one raw block over the size of any kappa document,
// which only kubo's --allow-big-block lets in.
func (w *rig) addBig(data []byte) string {
	w.t.Helper()
	dir := files.NewSliceDirectory([]files.DirEntry{files.FileEntry("", files.NewBytesFile(data))})
	var out struct{ Key string }
	err := shell.NewShell(w.node.APIAddr()).Request("block/put").
		Option("cid-codec", "raw").Option("mhtype", "sha2-256").Option("allow-big-block", true).
		Body(files.NewMultiFileReader(dir, true, false)).Exec(w.ctx, &out)
	if err != nil {
		w.t.Fatal(err)
	}
	if out.Key != ipfs.CIDOf(data) {
		w.t.Fatalf("block put gave %s, want %s", out.Key, ipfs.CIDOf(data))
	}
	return out.Key
}

// createRaw creates a campaign straight on the hub, with whatever manifest
// CID and root the test gives, and no deposit.
func (w *rig) createRaw(manifestCID string, root common.Hash) *big.Int {
	w.t.Helper()
	s := testSchema()
	params := bindings.KappaHubCampaignParams{
		MaxGold: 4, Arbiter: outsideArbiter, Stake: big.NewInt(1), ManifestRoot: root, ManifestCid: manifestCID,
		K: 1, Q: 1, LabelBits: client.LabelBits(s), NumLabels: uint16(len(s.Labels)), Lanes: 2,
		ClaimWindow: 7200, CommitWindow: 3600, RevealWindow: 3600, GoldWindow: 3600, DisputeWindow: 3600,
		EndTime: uint64(time.Now().Add(24 * time.Hour).Unix()), SeniorReputation: 100,
		ReviewerFee: s.ReviewerFee, Deposit: new(big.Int),
		Tiers: []bindings.KappaHubTier{{Reward: s.Tiers[0].Reward}},
	}
	opts, err := w.account("requester").TransactOpts(w.ctx, w.chain.Client(), w.chainID)
	if err != nil {
		w.t.Fatal(err)
	}
	tx, err := bind.Transact(w.hub.Instance(w.chain.Client(), w.addrs.Hub), opts, w.hub.PackCreateCampaign(params))
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := bind.WaitMined(w.ctx, w.chain.Client(), tx.Hash())
	if err != nil {
		w.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if ev, err := w.hub.UnpackCampaignCreatedEvent(l); err == nil {
			return ev.CampaignId
		}
	}
	w.t.Fatal("no CampaignCreated event")
	return nil
}

// TestBadDocuments creates campaigns whose documents are wrong in every way
// the client must refuse, and checks each error names the document's CID
// and what is wrong with it.
func TestBadDocuments(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann", "other"}, devchain.Options{})
	ctx := w.ctx
	rawSchema, err := testSchema().Encode()
	if err != nil {
		t.Fatal(err)
	}
	schemaCID := w.add(rawSchema)
	task := func(id, text string) string {
		raw, err := (&document.Task{Version: document.VersionTask, ID: id, Text: text}).Encode()
		if err != nil {
			t.Fatal(err)
		}
		return w.add(raw)
	}
	goodTasks := []string{task("a", "one"), task("b", "two")}
	// A task document that is valid JSON but not a valid task: empty id.
	badTask := w.add([]byte(`{"version":"kappa/task@1","id":"","text":"no id"}`))
	goldCommitment := common.HexToHash("0x60") // any nonzero commitment: no finalize here
	manifest := func(tasks []string) *document.Manifest {
		return &document.Manifest{Version: document.VersionManifest, Title: "Topics", Schema: schemaCID,
			Chunks: []document.Chunk{{ID: 0, Tier: 0, Tasks: tasks, Gold: &goldCommitment}}}
	}
	rootOf := func(m *document.Manifest) common.Hash {
		tree, err := protocol.NewManifestTree(client.LeavesOf(m))
		if err != nil {
			t.Fatal(err)
		}
		return tree.Root()
	}
	encode := func(m *document.Manifest) []byte {
		raw, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	good := manifest(goodTasks)
	goodRoot := rootOf(good)
	goodRaw := encode(good)

	cases := []struct {
		name string
		cid  string      // the manifest's CID on the hub
		root common.Hash // the root on the hub
		want []string    // in the error, besides the CID
	}{{
		// Not JSON at all.
		name: "syntax", cid: w.add([]byte(`{"version":"kappa/manifest@1","chunks":[`)), root: goodRoot,
		want: []string{"manifest"},
	}, {
		// A task CID that is not a CID.
		name: "bad task cid", cid: w.add(bytes.Replace(goodRaw, []byte(goodTasks[1]), []byte("not-a-cid"), 1)), root: goodRoot,
		want: []string{`field "chunks[0].tasks[1]"`},
	}, {
		// A field this version does not have.
		name: "unknown field", cid: w.add(bytes.Replace(goodRaw, []byte(`"title"`), []byte(`"extra":1,"title"`), 1)), root: goodRoot,
		want: []string{"extra"},
	}, {
		name: "wrong version", cid: w.add(bytes.Replace(goodRaw, []byte(document.VersionManifest), []byte("kappa/manifest@2"), 1)), root: goodRoot,
		want: []string{`field "version"`, "kappa/manifest@2"},
	}, {
		// One raw block over MaxManifestSize: refused while reading.
		name: "oversize", cid: w.addBig(append(append([]byte{}, goodRaw...), make([]byte, document.MaxManifestSize)...)), root: goodRoot,
		want: []string{"too large", "1048576"},
	}, {
		// A well-formed manifest the hub did not commit to.
		name: "root mismatch", cid: w.add(goodRaw), root: common.HexToHash("0x1234"),
		want: []string{"root", goodRoot.Hex()},
	}}
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			id := w.createRaw(tc.cid, tc.root)
			octx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			_, err := client.Open(octx, w.deps("ann"), id)
			if err == nil {
				t.Fatal("client.Open accepted the campaign")
			}
			t.Logf("%v", err)
			for _, s := range append([]string{tc.cid}, tc.want...) {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}

	t.Run("bad_task", func(t *testing.T) {
		m := manifest([]string{goodTasks[0], badTask})
		id := w.createRaw(w.add(encode(m)), rootOf(m))
		c, err := client.Open(ctx, w.deps("other"), id)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Tasks(ctx, 0)
		if err == nil {
			t.Fatal("Tasks accepted a malformed task document")
		}
		t.Logf("%v", err)
		for _, s := range []string{badTask, `field "id"`, "task 1"} {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("error %q does not mention %q", err, s)
			}
		}
	})

	t.Run("label_doc_signed_by_another", func(t *testing.T) {
		doc := &document.LabelDocument{
			Version: document.VersionLabels, ChainID: w.chainID.Uint64(), Hub: w.addrs.Hub, Campaign: 1, Chunk: 0,
			Annotator: w.address("ann"), Client: client.Version,
			Labels: []document.TaskLabel{{Task: goodTasks[0], Label: 1, TimeMs: 900}, {Task: goodTasks[1], Label: 2, TimeMs: 1200}},
		}
		td, err := doc.TypedData()
		if err != nil {
			t.Fatal(err)
		}
		sign := func(k *ecdsa.PrivateKey) []byte {
			sig, err := wallet.NewAccount(k).SignTypedData(td)
			if err != nil {
				t.Fatal(err)
			}
			return sig
		}
		good := sign(w.keys["ann"])
		if err := doc.SetSignature(good); err != nil {
			t.Fatal(err)
		}
		raw, err := doc.Encode()
		if err != nil {
			t.Fatal(err)
		}
		// Signed by its annotator: accepted.
		if _, err := document.DecodeLabels(ipfs.CIDOf(raw), raw); err != nil {
			t.Fatalf("a label document signed by its annotator: %v", err)
		}
		// The same document with a label changed after signing.
		tampered := bytes.Replace(raw, []byte(`"label":2`), []byte(`"label":0`), 1)
		if bytes.Equal(tampered, raw) {
			t.Fatal("test did not tamper")
		}
		if _, err := document.DecodeLabels(ipfs.CIDOf(tampered), tampered); err == nil {
			t.Error("a label document changed after signing was accepted")
		}
		// Signed by someone else in the annotator's name (neither
		// SetSignature nor the encoder take such a signature, so the bytes
		// are spliced).
		forgedSig := sign(w.keys["other"])
		if err := doc.SetSignature(forgedSig); err == nil {
			t.Error("SetSignature took a signature by someone else")
		}
		doc.Signature = forgedSig
		if _, err := doc.Encode(); err == nil {
			t.Error("the encoder wrote a label document signed by someone else")
		}
		forged := bytes.Replace(raw, []byte(hexutil.Encode(good)), []byte(hexutil.Encode(doc.Signature)), 1)
		if bytes.Equal(forged, raw) {
			t.Fatal("test did not forge")
		}
		_, err = document.DecodeLabels(ipfs.CIDOf(forged), forged)
		if err == nil {
			t.Fatal("a label document signed by someone else was accepted")
		}
		t.Logf("%v", err)
		if !strings.Contains(err.Error(), ipfs.CIDOf(forged)) || !strings.Contains(err.Error(), "signature") {
			t.Errorf("error %q does not name the CID and the signature", err)
		}
	})
}

// TestWrongChainID points a client configured for the rig's chain at a node
// serving another chain id: Open and CreateCampaign refuse before signing
// or publishing anything.
func TestWrongChainID(t *testing.T) {
	w := startRig(t, time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(4, 4))
	other, err := devchain.Start(w.ctx, devchain.Options{ChainID: big.NewInt(4242),
		Alloc: devchain.Fund(new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil), w.address("requester"), w.address("ann"))})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	for _, name := range []string{"requester", "ann"} {
		d := w.depsAt(name, other.Client(), w.node.APIAddr(), t.TempDir())
		store := &countingStore{Store: d.IPFS}
		d.IPFS = store
		var err error
		if name == "requester" {
			_, err = client.CreateCampaign(w.ctx, d, w.addrs.Token, soloSpec(4, 4))
		} else {
			_, err = client.Open(w.ctx, d, created.CampaignID)
		}
		if err == nil {
			t.Fatalf("%s: accepted a node of chain 4242 when configured for %s", name, w.chainID)
		}
		t.Logf("%s: %v", name, err)
		if !strings.Contains(err.Error(), "4242") || !strings.Contains(err.Error(), w.chainID.String()) {
			t.Errorf("%s: error %q does not name both chain ids", name, err)
		}
		if n := store.adds.Load(); n != 0 {
			t.Errorf("%s: published %d documents before refusing", name, n)
		}
		if all, _ := d.Journal.Intents(nil); len(all) != 0 {
			t.Errorf("%s: journaled %d intents before refusing", name, len(all))
		}
		if n, err := other.Client().NonceAt(w.ctx, crypto.PubkeyToAddress(w.keys[name].PublicKey), nil); err != nil || n != 0 {
			t.Errorf("%s: nonce %d on the other chain (%v)", name, n, err)
		}
	}
}
