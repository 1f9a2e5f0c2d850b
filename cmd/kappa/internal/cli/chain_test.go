package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDialNeedsRPCURL(t *testing.T) {
	a, _, _ := testApp(t, "KAPPA_PROFILE=x")
	a.Flags.Config = filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(a.Flags.Config, []byte("[profiles.x]\nchain_id = 5\n"), 0o600)
	if _, err := a.Dial(context.Background()); err == nil || !strings.Contains(err.Error(), `profile "x" has no rpc_url`) {
		t.Fatalf("Dial without rpc_url: %v", err)
	}
}
