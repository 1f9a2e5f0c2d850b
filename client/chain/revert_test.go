package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/client/journal"
)

func testABI(t testing.TB) *abi.ABI {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "errors.abi.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := abi.JSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// packError encodes a custom error's revert data.
func packError(t testing.TB, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e := a.Errors[name]
	data, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID.Bytes()[:4], data...)
}

func packBuiltin(t testing.TB, sig, typ string, v any) []byte {
	t.Helper()
	data, err := abi.Arguments{{Type: mustType(typ)}}.Pack(v)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, sigID(sig)...), data...)
}

func sigID(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

func TestDecodeRevert(t *testing.T) {
	a := testABI(t)
	annot := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	tests := []struct {
		name     string
		data     []byte
		contract *abi.ABI
		wantName string
		want     string
	}{
		// A custom error with one argument, named.
		{"custom", packError(t, a, "RevealTooEarly", big.NewInt(7)), a, "RevealTooEarly", "RevealTooEarly(chunk=7)"},
		// Addresses checksummed, fixed bytes in hex, every argument named.
		{"custom many args", packError(t, a, "NotAssigned", annot, uint64(3), [32]byte{0xab}), a, "NotAssigned",
			"NotAssigned(annotator=" + annot.Hex() + ", chunk=3, root=0xab" + strings.Repeat("00", 31) + ")"},
		// An unnamed argument gets a positional name.
		{"unnamed arg", packError(t, a, "Unnamed", true), a, "Unnamed", "Unnamed(arg0=true)"},
		// require(cond, "msg")
		{"Error(string)", packBuiltin(t, "Error(string)", "string", "campaign closed"), nil, "Error", `reverted: "campaign closed"`},
		// Checked arithmetic.
		{"Panic overflow", packBuiltin(t, "Panic(uint256)", "uint256", big.NewInt(0x11)), nil, "Panic", "panic 0x11: arithmetic overflow or underflow"},
		{"Panic unknown code", packBuiltin(t, "Panic(uint256)", "uint256", big.NewInt(0x99)), nil, "Panic", "panic 0x99: unknown panic code"},
		// A custom error but no ABI to read it with.
		{"custom without ABI", packError(t, a, "RevealTooEarly", big.NewInt(7)), nil, "", "reverted with unknown error 0x"},
		// A selector the ABI does not declare.
		{"unknown selector", []byte{1, 2, 3, 4, 5}, a, "", "reverted with unknown error 0x01020304 (5 bytes of data)"},
		// A declared selector with truncated arguments.
		{"truncated args", packError(t, a, "RevealTooEarly", big.NewInt(7))[:20], a, "", "reverted with unknown error"},
		{"empty", nil, a, "", "reverted without a reason"},
		{"short", []byte{0xde, 0xad}, a, "", "reverted with malformed data 0xdead"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := DecodeRevert(tc.contract, tc.data)
			if e.Name != tc.wantName {
				t.Errorf("Name = %q, want %q", e.Name, tc.wantName)
			}
			if got := e.Error(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("Error() = %q, want prefix %q", got, tc.want)
			}
		})
	}
}

// TestRevertFoundByEstimation: a call that would revert is refused before
// anything is signed, with the contract's error in words.
func TestRevertFoundByEstimation(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	cfg := fastConfig(acct, simChainID, j)
	cfg.ABI = testABI(t)
	s := newSender(t, c, cfg)
	// Deploy through the sender itself.
	dep, err := s.Send(ctxT(t), Request{Kind: "deploy", Deploy: true, Data: reverterCode(t)})
	if err != nil {
		t.Fatal(err)
	}
	contract := dep.Receipt.ContractAddress
	if code, _ := c.CodeAt(ctxT(t), contract, nil); len(code) != 13 {
		t.Fatalf("deployed code is %d bytes, want the 13-byte runtime", len(code))
	}
	before := nonce(t, c, acct.addr)

	_, err = s.Send(ctxT(t), Request{Kind: journal.KindReveal, Campaign: contract, Chunk: 7, To: contract,
		Data: packError(t, cfg.ABI, "RevealTooEarly", big.NewInt(7))})
	if err == nil || err.Error() != "reveal chunk 7: RevealTooEarly(chunk=7)" {
		t.Fatalf("error = %v, want %q", err, "reveal chunk 7: RevealTooEarly(chunk=7)")
	}
	var rerr *RevertError
	if !errors.As(err, &rerr) || rerr.Name != "RevealTooEarly" || rerr.Args[0].Value.(*big.Int).Int64() != 7 {
		t.Fatalf("errors.As RevertError: %#v", rerr)
	}
	if rerr.TxHash != (common.Hash{}) {
		t.Error("estimation revert carries a tx hash")
	}
	if all, _ := j.Intents(nil); len(all) != 1 {
		t.Errorf("%d intents journaled, want only the deployment: a call that reverts in estimation is not journaled", len(all))
	}
	if after := nonce(t, c, acct.addr); after != before {
		t.Errorf("nonce moved %d -> %d: a reverting call was sent", before, after)
	}
	// The same contract succeeds with empty calldata, through the sender.
	if _, err := s.Send(ctxT(t), Request{Kind: journal.KindClaim, Campaign: contract, Chunk: 7, To: contract}); err != nil {
		t.Errorf("successful call: %v", err)
	}
}

// TestRevertOfMinedTransaction: with a fixed gas limit the reverting call is
// mined; the reason is recovered by replaying it with eth_call.
func TestRevertOfMinedTransaction(t *testing.T) {
	acct := newAccount(t)
	sim := newSim(t, acct.alloc())
	c := sim.Client()
	contract := deployReverter(t, c, acct, simChainID)
	j := openJournal(t, filepath.Join(t.TempDir(), "j.db"))
	cfg := fastConfig(acct, simChainID, j)
	cfg.ABI = testABI(t)
	s := newSender(t, c, cfg)

	data := packBuiltin(t, "Error(string)", "string", "not your chunk")
	res, err := s.Send(ctxT(t), Request{Kind: journal.KindCommit, Campaign: contract, Chunk: 2, To: contract, Data: data, GasLimit: 100_000})
	var rerr *RevertError
	if !errors.As(err, &rerr) {
		t.Fatalf("error = %v, want a RevertError", err)
	}
	if want := `commit chunk 2: reverted: "not your chunk"`; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if res == nil || res.Receipt.Status != 0 || rerr.TxHash != res.Receipt.TxHash {
		t.Fatalf("result = %+v, revert tx %s", res, rerr.TxHash)
	}
	in, _, _ := j.IntentByKey(res.Intent.Key)
	if in.State != journal.StateReverted || in.Note != `reverted: "not your chunk"` {
		t.Errorf("journaled %s with note %q", in.State, in.Note)
	}
	// A reverted action may be tried again: that is a new transaction.
	if _, err := s.Send(ctxT(t), Request{Kind: journal.KindCommit, Campaign: contract, Chunk: 2, To: contract}); err != nil {
		t.Errorf("retry after revert: %v", err)
	}
}

func TestMergeErrors(t *testing.T) {
	a := testABI(t)
	other, err := abi.JSON(strings.NewReader(`[{"type":"error","name":"RevealTooEarly","inputs":[{"name":"at","type":"uint64"},{"name":"now","type":"uint64"}]},
		{"type":"error","name":"ERC20InsufficientBalance","inputs":[{"name":"sender","type":"address"},{"name":"balance","type":"uint256"},{"name":"needed","type":"uint256"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	m := MergeErrors(a, nil, &other)
	tests := []struct {
		data []byte
		want string
	}{
		{packError(t, a, "RevealTooEarly", big.NewInt(7)), "RevealTooEarly(chunk=7)"},
		// Same name, other signature, from the other contract.
		{packError(t, &other, "RevealTooEarly", uint64(5), uint64(3)), "RevealTooEarly(at=5, now=3)"},
		{packError(t, &other, "ERC20InsufficientBalance", recipient, big.NewInt(1), big.NewInt(2)),
			"ERC20InsufficientBalance(sender=" + recipient.Hex() + ", balance=1, needed=2)"},
	}
	for _, tc := range tests {
		if got := DecodeRevert(m, tc.data).Error(); got != tc.want {
			t.Errorf("DecodeRevert = %q, want %q", got, tc.want)
		}
	}
}
