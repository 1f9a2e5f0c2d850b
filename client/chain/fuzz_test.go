package chain

import (
	"math/big"
	"testing"
)

// FuzzDecodeRevert: revert data comes from the chain, i.e. from anyone;
// decoding it must never panic and always produce words.
func FuzzDecodeRevert(f *testing.F) {
	a := testABI(f)
	f.Add(packError(f, a, "RevealTooEarly", big.NewInt(7)))
	f.Add(packError(f, a, "NotAssigned", recipient, uint64(3), [32]byte{1}))
	f.Add(packBuiltin(f, "Error(string)", "string", "closed"))
	f.Add(packBuiltin(f, "Panic(uint256)", "uint256", big.NewInt(0x32)))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		e := DecodeRevert(a, data)
		if e.Error() == "" {
			t.Fatal("empty message")
		}
		if e.Name != "" && e.Name != "Error" && e.Name != "Panic" && a.Errors[e.Name].Name != e.Name {
			t.Fatalf("decoded as %q, which the ABI does not declare", e.Name)
		}
	})
}
