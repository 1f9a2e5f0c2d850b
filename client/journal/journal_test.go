package journal

import (
	"bufio"
	"encoding/binary"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	bolt "go.etcd.io/bbolt"
)

var campaign = common.HexToAddress("0x00000000000000000000000000000000000c0ffe")

func openTemp(t *testing.T) *Journal {
	t.Helper()
	j, err := Open(filepath.Join(t.TempDir(), "journal.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("journal mode = %o, want 600", got)
	}
}

func TestOpenTightensLoosePermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	j.Close()
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if j, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	j.Close()
	fi, _ := os.Stat(path)
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("journal mode after reopen = %o, want 600", got)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	{
		j, err := Open(newer, Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = j.db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keyVersion, binary.BigEndian.AppendUint32(nil, SchemaVersion+1))
		})
		if err != nil {
			t.Fatal(err)
		}
		j.Close()
	}
	foreign := filepath.Join(dir, "foreign.db")
	{
		db, err := bolt.Open(foreign, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err }); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a bbolt file ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	// A valid journal whose meta page checksums no longer match.
	flipped := filepath.Join(dir, "flipped.db")
	{
		j, err := Open(flipped, Options{})
		if err != nil {
			t.Fatal(err)
		}
		j.Close()
		b, err := os.ReadFile(flipped)
		if err != nil {
			t.Fatal(err)
		}
		ps := os.Getpagesize()
		for _, off := range []int{32, ps + 32} { // inside both meta pages
			b[off] ^= 0xff
		}
		if err := os.WriteFile(flipped, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name    string
		path    string
		wantIs  error
		wantSub string
	}{
		// A journal written by a newer kappa is refused, not misread.
		{"newer version", newer, ErrNewerVersion, "schema version 2"},
		// Some other program's bbolt file is not taken over.
		{"foreign bbolt file", foreign, ErrCorrupt, `no "meta" bucket`},
		// Random bytes.
		{"garbage", garbage, ErrCorrupt, "invalid"},
		// Both meta pages damaged.
		{"checksum", flipped, ErrCorrupt, ""},
		// A directory where the file should be.
		{"directory", dir, nil, "is a directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j, err := Open(tc.path, Options{})
			if err == nil {
				j.Close()
				t.Fatal("Open succeeded")
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("error %q is not %v", err, tc.wantIs)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name the path", err)
			}
			if !strings.Contains(err.Error(), tc.wantSub) {
				t.Errorf("error %q does not contain %q", err, tc.wantSub)
			}
		})
	}
}

func TestOpenInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	start := time.Now()
	j2, err := Open(path, Options{LockTimeout: 100 * time.Millisecond})
	if err == nil {
		j2.Close()
		t.Fatal("second Open succeeded while the first holds the lock")
	}
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), path) {
		t.Errorf("error = %q, want ErrInUse naming %s", err, path)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second Open took %s: it hung instead of timing out", d)
	}
}

func TestLabels(t *testing.T) {
	j := openTemp(t)
	other := common.HexToAddress("0x1")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(j.PutLabel(campaign, 7, 0, 2, 3*time.Second))
	must(j.PutLabel(campaign, 7, 2, 1, time.Second))
	must(j.PutLabel(campaign, 7, 1, 0, 2*time.Second))
	must(j.PutLabel(campaign, 8, 0, 5, time.Second))   // another chunk
	must(j.PutLabel(other, 7, 0, 9, time.Second))      // another campaign
	must(j.PutLabel(campaign, 7, 0, 3, 4*time.Second)) // relabel task 0

	ls, err := j.Labels(campaign, 7)
	must(err)
	var got []string
	for _, l := range ls {
		got = append(got, strings.Join([]string{itoa(l.Task), itoa(uint32(l.Value)), l.TimeSpent.String()}, ":"))
	}
	if want := "0:3:4s 1:0:2s 2:1:1s"; strings.Join(got, " ") != want {
		t.Errorf("labels = %v, want %s", got, want)
	}

	// Undo takes back the most recently given label: the relabel of task 0.
	l, err := j.UndoLabel(campaign, 7)
	must(err)
	if l.Task != 0 || l.Value != 3 {
		t.Errorf("undo removed task %d value %d, want task 0 value 3", l.Task, l.Value)
	}
	if l, err = j.UndoLabel(campaign, 7); err != nil || l.Task != 1 {
		t.Errorf("second undo = task %d, %v; want task 1", l.Task, err)
	}
	if _, err := j.UndoLabel(campaign, 99); !errors.Is(err, ErrNoLabel) {
		t.Errorf("undo on empty chunk: %v, want ErrNoLabel", err)
	}

	// Completing needs every task.
	err = j.MarkChunkComplete(campaign, 7, 3)
	if err == nil || !strings.Contains(err.Error(), "task 0 is not labeled") {
		t.Errorf("complete with gaps: %v", err)
	}
	must(j.PutLabel(campaign, 7, 0, 1, time.Second))
	must(j.PutLabel(campaign, 7, 1, 1, time.Second))
	if err := j.MarkChunkComplete(campaign, 7, 2); err == nil || !strings.Contains(err.Error(), "task 2 is labeled but the chunk has 2 tasks") {
		t.Errorf("complete with a label beyond size: %v", err)
	}
	must(j.MarkChunkComplete(campaign, 7, 3))
	must(j.MarkChunkComplete(campaign, 7, 3)) // idempotent
	st, err := j.ChunkStatus(campaign, 7)
	must(err)
	if !st.Complete || st.Size != 3 {
		t.Errorf("status = %+v", st)
	}
	// Frozen: no change after completion.
	if err := j.PutLabel(campaign, 7, 0, 0, time.Second); !errors.Is(err, ErrChunkComplete) {
		t.Errorf("put after complete: %v", err)
	}
	if _, err := j.UndoLabel(campaign, 7); !errors.Is(err, ErrChunkComplete) {
		t.Errorf("undo after complete: %v", err)
	}
	if err := j.PutLabel(campaign, 9, 0, 0, -time.Second); err == nil {
		t.Error("negative time spent accepted")
	}
}

func itoa(n uint32) string { return big.NewInt(int64(n)).String() }

// TestLabelDurableWhenPutReturns kills a child process with SIGKILL the moment
// PutLabel returns and reads the label back.
func TestLabelDurableWhenPutReturns(t *testing.T) {
	if os.Getenv("JOURNAL_HELPER") == "put" {
		return
	}
	path := filepath.Join(t.TempDir(), "journal.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperPutLabel$")
	cmd.Env = append(os.Environ(), "JOURNAL_HELPER=put", "JOURNAL_PATH="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "PUT-RETURNED" {
	}
	cmd.Process.Kill() // SIGKILL: no deferred Close, no flush
	cmd.Wait()
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	ls, err := j.Labels(campaign, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 1 || ls[0].Task != 4 || ls[0].Value != 2 {
		t.Fatalf("after SIGKILL labels = %+v, want task 4 value 2", ls)
	}
}

// TestHelperPutLabel is the child of TestLabelDurableWhenPutReturns.
func TestHelperPutLabel(t *testing.T) {
	if os.Getenv("JOURNAL_HELPER") != "put" {
		t.Skip("helper process")
	}
	j, err := Open(os.Getenv("JOURNAL_PATH"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := j.PutLabel(campaign, 1, 4, 2, time.Second); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("PUT-RETURNED\n")
	time.Sleep(time.Minute)
}

const testKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

func signedTxBy(t testing.TB, hexKey string, nonce uint64) (*types.Transaction, common.Address) {
	t.Helper()
	key, _ := crypto.HexToECDSA(hexKey)
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, Gas: 21000,
		GasFeeCap: big.NewInt(2e9), GasTipCap: big.NewInt(1e9),
		To: &campaign, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx, crypto.PubkeyToAddress(key.PublicKey)
}

func intentFor(t testing.TB, kind Kind, chunk, nonce uint64) Intent {
	return intentBy(t, testKey, kind, chunk, nonce)
}

func intentBy(t testing.TB, hexKey string, kind Kind, chunk, nonce uint64) Intent {
	tx, from := signedTxBy(t, hexKey, nonce)
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return Intent{Kind: kind, Campaign: campaign, Chunk: chunk, From: from, To: campaign,
		Value: big.NewInt(1), Nonce: nonce, RawTx: raw, Hash: tx.Hash()}
}

func TestIntentLifecycle(t *testing.T) {
	j := openTemp(t)
	in, err := j.AddIntent(intentFor(t, KindReveal, 7, 0))
	if err != nil {
		t.Fatal(err)
	}
	if in.ID == 0 || in.State != StatePending || in.Key != "reveal/"+campaign.Hex()+"/7/"+in.From.Hex() {
		t.Fatalf("added intent = %+v", in)
	}
	// A second intent for the same action is refused while the first is open.
	if _, err := j.AddIntent(intentFor(t, KindReveal, 7, 1)); !errors.Is(err, ErrIntentExists) {
		t.Errorf("duplicate open intent: %v, want ErrIntentExists", err)
	}
	if _, err := j.UpdateIntent(in.ID, Update{State: StateSent}); err != nil {
		t.Fatal(err)
	}
	if next, ok, err := j.NextNonce(in.From); err != nil || !ok || next != 1 {
		t.Errorf("NextNonce = %d %v %v, want 1", next, ok, err)
	}
	if open, _ := j.OpenIntents(); len(open) != 1 || open[0].ID != in.ID {
		t.Errorf("open intents = %+v", open)
	}
	if _, err := j.UpdateIntent(in.ID, Update{State: StateMined, Block: 12, GasUsed: 21000}); err != nil {
		t.Fatal(err)
	}
	// Mined is final and still blocks a second send of the action.
	if _, err := j.UpdateIntent(in.ID, Update{State: StateDropped}); err == nil {
		t.Error("mined -> dropped allowed")
	}
	if _, err := j.AddIntent(intentFor(t, KindReveal, 7, 1)); !errors.Is(err, ErrIntentExists) {
		t.Errorf("intent after mined: %v, want ErrIntentExists", err)
	}
	got, ok, err := j.IntentByKey(in.Key)
	if err != nil || !ok || got.State != StateMined || got.Block != 12 || got.GasUsed != 21000 || got.Value.Cmp(big.NewInt(1)) != 0 {
		t.Errorf("IntentByKey = %+v %v %v", got, ok, err)
	}
	if open, _ := j.OpenIntents(); len(open) != 0 {
		t.Errorf("open intents after mined = %d", len(open))
	}
}

func TestIntentRetryAfterFinalFailure(t *testing.T) {
	j := openTemp(t)
	first, err := j.AddIntent(intentFor(t, KindCommit, 3, 5))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.UpdateIntent(first.ID, Update{State: StateFailed, Note: "insufficient funds"}); err != nil {
		t.Fatal(err)
	}
	// Failed never used its nonce: the next nonce does not count it.
	if _, ok, _ := j.NextNonce(first.From); ok {
		t.Error("NextNonce counts a failed intent")
	}
	second, err := j.AddIntent(intentFor(t, KindCommit, 3, 5))
	if err != nil {
		t.Fatalf("new attempt after failure: %v", err)
	}
	if got, _, _ := j.IntentByKey(second.Key); got.ID != second.ID {
		t.Errorf("key points at %d, want the new attempt %d", got.ID, second.ID)
	}
}

func TestIntentTransitions(t *testing.T) {
	tests := []struct {
		from, to State
		ok       bool
	}{
		{StatePending, StateSent, true},
		{StatePending, StateMined, true},
		{StatePending, StateFailed, true},
		{StatePending, StateDropped, true},
		{StateSent, StateSent, true}, // no-op
		{StateSent, StateReverted, true},
		{StateSent, StateReplaced, true},
		{StateSent, StatePending, false},
		{StateSent, StateFailed, false}, // a node had it: it may still land
		{StateMined, StateMined, true},  // no-op
		{StateMined, StateReverted, false},
		{StateDropped, StateSent, false},
		{StateReverted, StateMined, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.from)+"->"+string(tc.to), func(t *testing.T) {
			j := openTemp(t)
			in, err := j.AddIntent(intentFor(t, KindClaim, 1, 0))
			if err != nil {
				t.Fatal(err)
			}
			if tc.from != StatePending {
				if _, err := j.UpdateIntent(in.ID, Update{State: tc.from}); err != nil {
					t.Fatal(err)
				}
			}
			_, err = j.UpdateIntent(in.ID, Update{State: tc.to})
			if (err == nil) != tc.ok {
				t.Errorf("%s -> %s: err = %v, want ok=%v", tc.from, tc.to, err, tc.ok)
			}
		})
	}
}

func TestAddIntentValidates(t *testing.T) {
	good := intentFor(t, KindFinalize, 2, 4)
	tests := []struct {
		name   string
		edit   func(*Intent)
		errSub string
	}{
		{"bad kind", func(in *Intent) { in.Kind = "Claim!" }, `kind "Claim!"`},
		{"no sender", func(in *Intent) { in.From = common.Address{} }, "from address is zero"},
		{"no raw tx", func(in *Intent) { in.RawTx = nil }, "raw transaction is empty"},
		{"garbage raw tx", func(in *Intent) { in.RawTx = []byte{0x02, 1, 2} }, "decode raw transaction"},
		{"hash mismatch", func(in *Intent) { in.Hash = common.Hash{1} }, "does not match the raw transaction"},
		{"nonce mismatch", func(in *Intent) { in.Nonce = 5 }, "nonce 5 does not match"},
		{"replaces unknown", func(in *Intent) { in.Replaces = 42 }, "intent 42: not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := openTemp(t)
			in := good
			tc.edit(&in)
			_, err := j.AddIntent(in)
			if err == nil || !strings.Contains(err.Error(), tc.errSub) {
				t.Errorf("AddIntent error = %v, want it to contain %q", err, tc.errSub)
			}
		})
	}
}

func TestIntentReplacement(t *testing.T) {
	j := openTemp(t)
	first, err := j.AddIntent(intentFor(t, KindClaim, 1, 3))
	if err != nil {
		t.Fatal(err)
	}
	bump := intentFor(t, KindClaim, 1, 3)
	bump.Replaces = first.ID
	if _, err := j.AddIntent(bump); err != nil {
		t.Fatalf("fee bump of an open intent: %v", err)
	}
	wrong := intentFor(t, KindClaim, 2, 4)
	wrong.Replaces = first.ID
	if _, err := j.AddIntent(wrong); err == nil || !strings.Contains(err.Error(), "nonce 3") {
		t.Errorf("replacement with another nonce: %v", err)
	}
}

func TestStateAndQueues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := j.PutState(KeyLastBlock, u64(42)); err != nil {
		t.Fatal(err)
	}
	if err := j.PutState("cid/label/1", []byte("bafy1")); err != nil {
		t.Fatal(err)
	}
	if err := j.PutState("cid/label/2", []byte("bafy2")); err != nil {
		t.Fatal(err)
	}
	if err := j.PutState("", nil); err == nil {
		t.Error("empty state key accepted")
	}
	for _, d := range []string{"doc-a", "doc-b", "doc-c"} {
		if _, err := j.Enqueue("ipfs-uploads", []byte(d)); err != nil {
			t.Fatal(err)
		}
	}
	q, _ := j.Queue("ipfs-uploads")
	if err := j.Dequeue("ipfs-uploads", q[1].Seq); err != nil {
		t.Fatal(err)
	}
	if err := j.Dequeue("ipfs-uploads", q[1].Seq); err != nil {
		t.Errorf("second dequeue of the same entry: %v", err)
	}
	j.Close()

	// Everything survives a reopen.
	if j, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	v, ok, err := j.State(KeyLastBlock)
	if err != nil || !ok || beU64(v) != 42 {
		t.Errorf("last block = %x %v %v", v, ok, err)
	}
	if _, ok, _ := j.State("missing"); ok {
		t.Error("missing key reported present")
	}
	keys, _ := j.StateKeys("cid/label/")
	if strings.Join(keys, ",") != "cid/label/1,cid/label/2" {
		t.Errorf("keys = %v", keys)
	}
	if err := j.DeleteState("cid/label/1"); err != nil {
		t.Fatal(err)
	}
	if keys, _ = j.StateKeys("cid/"); len(keys) != 1 {
		t.Errorf("keys after delete = %v", keys)
	}
	q, _ = j.Queue("ipfs-uploads")
	var got []string
	for _, it := range q {
		got = append(got, string(it.Data))
	}
	if strings.Join(got, ",") != "doc-a,doc-c" {
		t.Errorf("queue after reopen = %v", got)
	}
	if q, _ := j.Queue("never-used"); len(q) != 0 {
		t.Errorf("unused queue = %v", q)
	}
}

func TestNextNonceAcrossAccounts(t *testing.T) {
	j := openTemp(t)
	const keyB = "8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a"
	add := func(key string, chunk, nonce uint64) Intent {
		t.Helper()
		in, err := j.AddIntent(intentBy(t, key, KindClaim, chunk, nonce))
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	a := add(testKey, 1, 4)
	add(testKey, 2, 9)
	b := add(keyB, 1, 2)
	failed := add(keyB, 2, 3)
	if _, err := j.UpdateIntent(failed.ID, Update{State: StateFailed}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		from   common.Address
		want   uint64
		wantOK bool
	}{
		// Highest nonce of A is 9, whichever order they were added in.
		{"A", a.From, 10, true},
		// B's nonce 3 failed, so it does not count.
		{"B, failed ignored", b.From, 3, true},
		// Addresses sorting before, after and between the two have none.
		{"lowest address", common.Address{}, 0, false},
		{"highest address", common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), 0, false},
		{"between", common.BigToAddress(new(big.Int).Add(a.From.Big(), big.NewInt(1))), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok, err := j.NextNonce(tc.from)
			if err != nil || got != tc.want || ok != tc.wantOK {
				t.Errorf("NextNonce(%s) = %d, %v, %v; want %d, %v", tc.from.Hex(), got, ok, err, tc.want, tc.wantOK)
			}
		})
	}
}
