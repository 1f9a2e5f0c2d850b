package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Selectors of Solidity's built-in errors.
var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// panicReasons says in words what Solidity's panic codes mean.
var panicReasons = map[uint64]string{
	0x00: "generic compiler panic",
	0x01: "assertion failed",
	0x11: "arithmetic overflow or underflow",
	0x12: "division or modulo by zero",
	0x21: "invalid enum value",
	0x22: "corrupt storage byte array",
	0x31: "pop from an empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory",
	0x51: "call to an uninitialised function",
}

// Arg is one decoded argument of a custom error.
type Arg struct {
	// Name is the parameter name in the ABI, or argN when unnamed.
	Name string
	// Value is the decoded value as go-ethereum's abi package returns it
	// (*big.Int, common.Address, [32]byte, string, ...).
	Value any
}

// RevertError is a decoded revert. Use errors.As to reach it through the
// wrapping that names the action.
type RevertError struct {
	// Name is the custom error's name, "Error" for Error(string), "Panic"
	// for Panic(uint256), or "" when the data could not be decoded.
	Name string
	// Args are a custom error's decoded arguments, in order.
	Args []Arg
	// Reason is Error(string)'s message or a panic code in words.
	Reason string
	// Data is the raw revert data.
	Data []byte
	// TxHash is the reverted transaction, zero when the revert was found
	// by gas estimation before anything was signed.
	TxHash common.Hash
}

// Error renders the revert in words: RevealTooEarly(chunk=7),
// reverted: "not open", panic 0x11: arithmetic overflow or underflow.
func (e *RevertError) Error() string {
	switch {
	case e.Name == "Error":
		return fmt.Sprintf("reverted: %q", e.Reason)
	case e.Name == "Panic":
		return "panic " + e.Reason
	case e.Name != "":
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = fmt.Sprintf("%s=%s", a.Name, formatArg(a.Value))
		}
		return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
	case len(e.Data) == 0:
		return "reverted without a reason"
	case len(e.Data) < 4:
		return fmt.Sprintf("reverted with malformed data %s", hexutil.Encode(e.Data))
	default:
		return fmt.Sprintf("reverted with unknown error %s (%d bytes of data)", hexutil.Encode(e.Data[:4]), len(e.Data))
	}
}

// Selector returns the first four bytes of the revert data, or zero.
func (e *RevertError) Selector() [4]byte {
	var s [4]byte
	if len(e.Data) >= 4 {
		copy(s[:], e.Data)
	}
	return s
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256), or a
// custom error declared in contract (which may be nil). It never fails: data
// it cannot decode is kept raw and described as unknown.
func DecodeRevert(contract *abi.ABI, data []byte) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	if len(data) < 4 {
		return e
	}
	sel := data[:4]
	switch {
	case bytes.Equal(sel, errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Reason = "Error", msg
		}
		return e
	case bytes.Equal(sel, panicSelector):
		args, err := abi.Arguments{{Type: mustType("uint256")}}.Unpack(data[4:])
		if err != nil {
			return e
		}
		code := args[0].(*big.Int)
		reason := "unknown panic code"
		if code.IsUint64() {
			if r, ok := panicReasons[code.Uint64()]; ok {
				reason = r
			}
		}
		e.Name, e.Reason = "Panic", fmt.Sprintf("%#x: %s", code, reason)
		return e
	}
	if contract == nil {
		return e
	}
	aerr, err := contract.ErrorByID([4]byte(sel))
	if err != nil {
		return e
	}
	vals, err := aerr.Inputs.Unpack(data[4:])
	if err != nil {
		return e
	}
	e.Name = aerr.Name
	for i, in := range aerr.Inputs {
		name := in.Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		e.Args = append(e.Args, Arg{Name: name, Value: vals[i]})
	}
	return e
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err) // only called with constant, valid type names
	}
	return typ
}

// formatArg prints an argument the way a person reads it: numbers in
// decimal, addresses checksummed, bytes in hex.
func formatArg(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	}
	return fmt.Sprint(v)
}

// revertData extracts revert data from an RPC error, as returned by
// eth_estimateGas and eth_call for a reverting call. ok is false when err is
// not a revert (for example a network error).
func revertData(err error) (data []byte, ok bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	if !strings.Contains(err.Error(), "revert") {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		if derr != nil {
			return nil, true
		}
		return b, true
	case nil:
		return nil, true
	}
	return nil, true
}

// replayRevert finds why a mined transaction reverted by running it again
// with eth_call on the state before its block, then on the state after it
// (the revert may depend on something earlier in the same block).
func (s *Sender) replayRevert(ctx context.Context, tx *types.Transaction, from common.Address, block *big.Int) *RevertError {
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	candidates := []*big.Int{block}
	if block != nil && block.Sign() > 0 {
		candidates = []*big.Int{new(big.Int).Sub(block, common.Big1), block}
	}
	for _, at := range candidates {
		var callErr error
		_ = s.retry(ctx, "replay reverted transaction", func(ctx context.Context) error {
			_, callErr = s.backend.CallContract(ctx, msg, at)
			return callErr
		})
		if data, ok := revertData(callErr); ok {
			e := DecodeRevert(s.cfg.ABI, data)
			e.TxHash = tx.Hash()
			return e
		}
	}
	return &RevertError{TxHash: tx.Hash()}
}

// MergeErrors returns an ABI declaring the custom errors of all the given
// ABIs (nil ones are skipped), for a Sender whose transactions reach more
// than one contract, e.g. a campaign that calls a token:
//
//	hub, _ := bindings.KappaHubMetaData.ParseABI()
//	token, _ := bindings.KappaTokenMetaData.ParseABI()
//	cfg.ABI = chain.MergeErrors(hub, token)
func MergeErrors(abis ...*abi.ABI) *abi.ABI {
	out := &abi.ABI{Errors: map[string]abi.Error{}}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			out.Errors[e.Sig] = e // by signature: two contracts may reuse a name
		}
	}
	return out
}
