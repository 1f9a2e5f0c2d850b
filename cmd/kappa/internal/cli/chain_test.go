package cli

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/kappa-dev/kappa/wallet"
)

// TestTransactOptsChainID runs against go-ethereum's simulated chain (chain
// id 1337): the configured chain id must match it or nothing is signed.
func TestTransactOptsChainID(t *testing.T) {
	backend := simulated.NewBackend(types.GenesisAlloc{})
	defer backend.Close()
	ctx := context.Background()

	tests := []struct {
		name     string
		chainID  string
		mismatch bool
	}{
		{"devnet default 1337", "", false},
		{"configured mainnet", "1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, _ := testApp(t)
			a.Flags.ChainID = tt.chainID
			pw := filepath.Join(t.TempDir(), "pw")
			os.WriteFile(pw, []byte("secret\n"), 0o600)
			a.Flags.PasswordFile = pw
			st, err := a.Keystore()
			if err != nil {
				t.Fatal(err)
			}
			e, err := st.New([]byte("secret"))
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			opts, err := a.TransactOpts(ctx, backend.Client())
			var mm *wallet.ChainIDMismatchError
			if tt.mismatch {
				if !errors.As(err, &mm) || mm.RPC.Cmp(big.NewInt(1337)) != 0 {
					t.Fatalf("error = %v, want a chain id mismatch against 1337", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if opts.From != e.Address {
				t.Errorf("From = %s, want %s", opts.From.Hex(), e.Address.Hex())
			}
		})
	}
}

func TestDialNeedsRPCURL(t *testing.T) {
	a, _, _ := testApp(t, "KAPPA_PROFILE=x")
	a.Flags.Config = filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(a.Flags.Config, []byte("[profiles.x]\nchain_id = 5\n"), 0o600)
	if _, err := a.Dial(context.Background()); err == nil || !strings.Contains(err.Error(), `profile "x" has no rpc_url`) {
		t.Fatalf("Dial without rpc_url: %v", err)
	}
}
