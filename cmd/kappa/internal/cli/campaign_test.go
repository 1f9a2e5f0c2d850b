package cli

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kappa-dev/kappa/client/journal"
)

func TestDataDir(t *testing.T) {
	tests := []struct {
		name string
		env  []string
		want string // relative to the test's HOME-less root, "" for an error
	}{
		{"XDG_DATA_HOME", []string{"XDG_DATA_HOME=/xdg", "HOME=/home/me"}, "/xdg/kappa"},
		{"relative XDG_DATA_HOME is ignored", []string{"XDG_DATA_HOME=rel", "HOME=/home/me"}, "/home/me/.local/share/kappa"},
		{"KAPPA_DATA_DIR wins", []string{EnvDataDir + "=/override", "XDG_DATA_HOME=/xdg"}, "/override"},
		{"nothing set", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &App{Environ: tt.env}
			got, err := a.DataDir()
			if tt.want == "" {
				if err == nil || !strings.Contains(err.Error(), "no data directory") {
					t.Fatalf("DataDir() = %q, %v; want an error", got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("DataDir() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestJournalPath: one journal per chain and account, named so that a
// directory listing tells them apart.
func TestJournalPath(t *testing.T) {
	a := &App{Environ: []string{"XDG_DATA_HOME=/xdg"}}
	acct := common.HexToAddress("0x00000000000000000000000000000000000000Ab")
	got, err := a.JournalPath(big.NewInt(1337), acct)
	want := filepath.Join("/xdg", "kappa", "journal", "1337-0x00000000000000000000000000000000000000ab.db")
	if err != nil || got != want {
		t.Fatalf("JournalPath = %q, %v; want %q", got, err, want)
	}
}

// TestOpenCampaignErrors: what is missing is named before anything is
// dialed or unlocked.
func TestOpenCampaignErrors(t *testing.T) {
	tests := []struct {
		name  string
		env   []string
		flags Flags
		want  string
	}{
		{"no campaign", nil, Flags{}, "no campaign configured: pass --campaign, set KAPPA_CAMPAIGN, or set campaign in profile devnet"},
		{"bad campaign flag", nil, Flags{Campaign: "zero"}, `--campaign: "zero" is not a campaign id`},
		{"no hub", []string{"KAPPA_CAMPAIGN=3"}, Flags{}, `profile "devnet" has no kappa contract address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, _ := testApp(t, tt.env...)
			a.Flags = tt.flags
			defer a.Close()
			_, err := a.OpenCampaign(context.Background())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("OpenCampaign: %v, want %q", err, tt.want)
			}
		})
	}
}

// TestCloseReleasesJournal: the journal is opened once per session and
// Close releases its file lock, so the next kappa process can open it.
func TestCloseReleasesJournal(t *testing.T) {
	a, _, _ := testApp(t)
	acct := common.HexToAddress("0x00000000000000000000000000000000000000Ab")
	j, err := a.Journal(big.NewInt(1337), acct)
	if err != nil {
		t.Fatal(err)
	}
	again, err := a.Journal(big.NewInt(1337), acct)
	if err != nil || again != j {
		t.Fatalf("second Journal = %p, %v; want the same journal", again, err)
	}
	path, _ := a.JournalPath(big.NewInt(1337), acct)
	if _, err := journal.Open(path, journal.Options{LockTimeout: 50 * time.Millisecond}); !errors.Is(err, journal.ErrInUse) {
		t.Fatalf("open while the session holds it: %v, want ErrInUse", err)
	}
	a.Close()
	j2, err := journal.Open(path, journal.Options{LockTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("open after Close: %v", err)
	}
	j2.Close()
}
