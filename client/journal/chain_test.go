package journal

import (
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestBindChain: the first bind records the chain, later binds to the same
// chain pass (also after a reopen), and a bind to the same chain id with
// another genesis, or to another id, is refused with a *ChainMismatchError
// that names the file, both chains and how to start fresh.
func TestBindChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "1337-0xabc.db")
	j, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := j.Chain(); ok || err != nil {
		t.Fatalf("new journal: bound %v, %v", ok, err)
	}
	a := Chain{ID: big.NewInt(1337), Genesis: common.HexToHash("0xaaaa")}
	if err := j.BindChain(a, "http://127.0.0.1:8545"); err != nil {
		t.Fatal(err)
	}
	if err := j.BindChain(a, "http://127.0.0.1:8545"); err != nil {
		t.Fatalf("second bind to the same chain: %v", err)
	}
	j.Close()

	if j, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if got, ok, err := j.Chain(); !ok || err != nil || !got.equal(a) {
		t.Fatalf("after reopen: %v %v %v, want %v", got, ok, err, a)
	}
	reset := Chain{ID: big.NewInt(1337), Genesis: common.HexToHash("0xbbbb")}
	err = j.BindChain(reset, "http://127.0.0.1:8545")
	var mm *ChainMismatchError
	if !errors.As(err, &mm) || !errors.Is(err, ErrOtherChain) {
		t.Fatalf("bind to a reset chain: %v, want a *ChainMismatchError", err)
	}
	for _, want := range []string{
		"journal " + path + " belongs to chain 1337 with genesis " + a.Genesis.Hex(),
		"but the node at http://127.0.0.1:8545 serves chain 1337 with genesis " + reset.Genesis.Hex(),
		"(a reset or different chain): move the journal aside to start fresh (mv " + path + " " + path + ".chain-1337-00000000)",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if err := j.BindChain(Chain{ID: big.NewInt(1), Genesis: a.Genesis}, ""); !errors.As(err, &mm) || !strings.Contains(err.Error(), "the node serves chain 1") {
		t.Errorf("bind to another chain id: %v", err)
	}
	// A refused bind changes nothing.
	if got, _, _ := j.Chain(); !got.equal(a) {
		t.Errorf("chain after refused binds = %v, want %v", got, a)
	}
}
