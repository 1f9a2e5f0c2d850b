package devnet

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/config"
)

// Entries of a devnet directory. Fresh deletes exactly these.
const (
	chainDir       = "chain"
	ipfsDir        = "ipfs"
	keystoreDir    = "keystore"
	journalDir     = "journal"    // named as the kappa command's data directory names it
	ipfsCacheDir   = "ipfs-cache" // the kappa command's, with KAPPA_DATA_DIR=<dir>
	passphraseFile = "passphrase"
	stateFile      = "devnet.json"
	// lockFile is held while a devnet runs; it is never wiped.
	lockFile = "devnet.lock"
)

var managedEntries = []string{stateFile, chainDir, ipfsDir, keystoreDir, journalDir, ipfsCacheDir, passphraseFile}

// stateVersion is the layout of devnet.json; another version is not
// resumed.
const stateVersion = 1

// maxStateSize bounds what is read of devnet.json.
const maxStateSize = 1 << 20

// State is devnet.json: what a later Start needs to resume, and what other
// programs need to find the devnet.
type State struct {
	Version int `json:"version"`
	// Complete is false while the first Start is still setting up; a
	// directory left in that state is set up again from scratch.
	Complete bool      `json:"complete"`
	Created  time.Time `json:"created"`
	ChainID  *big.Int  `json:"chain_id"`
	Wallets  []Wallet  `json:"wallets"`

	Token common.Address `json:"token,omitzero"`
	Hub   common.Address `json:"hub,omitzero"`

	Campaign *CampaignState `json:"campaign,omitempty"`

	// Endpoints of the last Start; they change when ports are chosen freely.
	RPCURL  string `json:"rpc_url,omitempty"`
	IPFSAPI string `json:"ipfs_api,omitempty"`
}

// CampaignState describes the sample campaign.
type CampaignState struct {
	ID          *big.Int    `json:"id"`
	ManifestCID string      `json:"manifest_cid"`
	SchemaCID   string      `json:"schema_cid"`
	Root        common.Hash `json:"manifest_root"`
	Chunks      int         `json:"chunks"`
	Tasks       int         `json:"tasks"`
	Deposit     *big.Int    `json:"deposit"`
	TxHash      common.Hash `json:"tx"`
}

// readState reads dir's devnet.json; a missing file is (nil, nil).
func readState(dir string) (*State, error) {
	path := filepath.Join(dir, stateFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read devnet state: %w", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxStateSize+1)); err != nil {
		return nil, fmt.Errorf("read devnet state %s: %w", path, err)
	}
	if buf.Len() > maxStateSize {
		return nil, fmt.Errorf("read devnet state %s: larger than %d bytes", path, maxStateSize)
	}
	var s State
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("read devnet state %s: %w (start with --fresh to set the devnet up again)", path, err)
	}
	return &s, nil
}

// check tells whether a complete state can be resumed.
func (s *State) check(path string) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("devnet state %s: %s (start with --fresh to set the devnet up again)", path, fmt.Sprintf(format, args...))
	}
	switch {
	case s.Version != stateVersion:
		return bad("version %d, this kappa reads version %d", s.Version, stateVersion)
	case s.ChainID == nil || s.ChainID.Sign() <= 0:
		return bad("no chain id")
	case len(s.Wallets) != len(walletRoles):
		return bad("%d wallets, want %d", len(s.Wallets), len(walletRoles))
	case s.Token == (common.Address{}) || s.Hub == (common.Address{}):
		return bad("no contract addresses")
	case s.Campaign == nil || s.Campaign.ID == nil || s.Campaign.ManifestCID == "":
		return bad("no campaign")
	}
	for i, w := range s.Wallets {
		if w.Name != walletRoles[i].name || w.Role != walletRoles[i].role || w.Address == (common.Address{}) {
			return bad("wallet %d is %q (%s) at %s, want %q (%s)", i, w.Name, w.Role, w.Address.Hex(), walletRoles[i].name, walletRoles[i].role)
		}
	}
	return nil
}

// writeState replaces dir's devnet.json atomically (mode 0600).
func writeState(dir string, s *State) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("write devnet state: %w", err)
	}
	if err := config.WriteFile(filepath.Join(dir, stateFile), append(raw, '\n')); err != nil {
		return fmt.Errorf("write devnet state: %w", err)
	}
	return nil
}

// occupied lists the entries a devnet would create that already hold
// something in dir (files, or directories with content).
func occupied(dir string) []string {
	var out []string
	for _, name := range managedEntries {
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path)
		if err != nil {
			continue
		}
		if fi.IsDir() {
			if entries, err := os.ReadDir(path); err == nil && len(entries) == 0 {
				continue
			}
		}
		out = append(out, name)
	}
	return out
}

// wipe deletes what a devnet keeps in dir, and nothing else: the directory
// may be one the user also uses for other files.
func wipe(dir string) error {
	for _, name := range managedEntries {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("start over in %s: %w", dir, err)
		}
	}
	return nil
}
