package cli

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/wallet"
)

// EnvDataDir overrides kappa's data directory (journals and the IPFS
// cache), which is otherwise $XDG_DATA_HOME/kappa or ~/.local/share/kappa.
const EnvDataDir = "KAPPA_DATA_DIR"

// DataDir is where kappa keeps its journals and IPFS cache: KAPPA_DATA_DIR,
// else $XDG_DATA_HOME/kappa when that is absolute, else ~/.local/share/kappa
// (the XDG base directory rules).
func (a *App) DataDir() (string, error) {
	if d := a.Getenv(EnvDataDir); d != "" {
		return filepath.Abs(d)
	}
	if d := a.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "kappa"), nil
	}
	home := a.Getenv("HOME")
	if home == "" {
		return "", fmt.Errorf("no data directory: neither %s, XDG_DATA_HOME nor HOME is set", EnvDataDir)
	}
	return filepath.Join(home, ".local", "share", "kappa"), nil
}

// JournalPath is the journal of account on chain chainID:
// <data dir>/journal/<chain id>-<account>.db. One file per chain and
// account, so switching --account or --profile never mixes two people's
// labels or nonces.
func (a *App) JournalPath(chainID *big.Int, account common.Address) (string, error) {
	dir, err := a.DataDir()
	if err != nil {
		return "", err
	}
	name := fmt.Sprintf("%s-%s.db", chainID, strings.ToLower(account.Hex()))
	return filepath.Join(dir, "journal", name), nil
}

// Hub is the KappaHub of the profile (contracts.kappa).
func (a *App) Hub() (common.Address, error) {
	s, err := a.Settings()
	if err != nil {
		return common.Address{}, err
	}
	return s.Contract(config.ContractKappa)
}

// CampaignID is the configured campaign (--campaign, KAPPA_CAMPAIGN, the
// profile's campaign), or an error saying how to set it.
func (a *App) CampaignID() (*big.Int, error) {
	s, err := a.Settings()
	if err != nil {
		return nil, err
	}
	id, err := s.CampaignID()
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetUint64(id), nil
}

// ClientDeps assembles what a campaign client is built from, for commands
// that have no campaign yet (campaign create): the RPC connection (checked
// to serve the configured chain before anything is unlocked or written),
// the unlocked account, its journal and the IPFS store behind a disk cache.
// The journal stays open until Close.
func (a *App) ClientDeps(ctx context.Context) (client.Deps, error) {
	s, err := a.Settings()
	if err != nil {
		return client.Deps{}, err
	}
	if s.ChainID == nil {
		return client.Deps{}, errors.New("no chain id configured: set chain_id in the profile, " + config.EnvChainID + " or --chain-id")
	}
	hub, err := s.Contract(config.ContractKappa)
	if err != nil {
		return client.Deps{}, err
	}
	if s.IPFSAPI == "" {
		return client.Deps{}, fmt.Errorf("profile %q has no ipfs_api: set it in %s, %s or --ipfs-api", s.Profile, s.ConfigPath, config.EnvIPFSAPI)
	}
	backend, err := a.Dial(ctx)
	if err != nil {
		return client.Deps{}, err
	}
	// Before the journal is named after the chain id, make sure it is the
	// chain the endpoint serves: a journal of the wrong chain is worse than
	// none.
	got, err := backend.ChainID(ctx)
	if err != nil {
		return client.Deps{}, fmt.Errorf("read chain id from %s: %w", s.RPCURL, err)
	}
	if got.Cmp(s.ChainID) != 0 {
		return client.Deps{}, &wallet.ChainIDMismatchError{Configured: new(big.Int).Set(s.ChainID), RPC: got}
	}
	acct, err := a.Unlock(ctx)
	if err != nil {
		return client.Deps{}, err
	}
	j, err := a.Journal(s.ChainID, acct.Address())
	if err != nil {
		return client.Deps{}, err
	}
	store, err := a.IPFS()
	if err != nil {
		return client.Deps{}, err
	}
	return client.Deps{
		Backend: backend, ChainID: new(big.Int).Set(s.ChainID), Hub: hub,
		Account: acct, Journal: j, IPFS: store, Endpoint: s.RPCURL,
	}, nil
}

// Journal opens the journal of account on chainID once per session (see
// JournalPath); Close closes it.
func (a *App) Journal(chainID *big.Int, account common.Address) (*journal.Journal, error) {
	if a.journal != nil {
		return a.journal, nil
	}
	path, err := a.JournalPath(chainID, account)
	if err != nil {
		return nil, err
	}
	j, err := journal.Open(path, journal.Options{})
	if err != nil {
		return nil, fmt.Errorf("open journal: %w", err)
	}
	a.journal = j
	return j, nil
}

// IPFS is the profile's IPFS node (ipfs_api, a multiaddr or host:port)
// behind the disk cache <data dir>/ipfs-cache, so documents read once stay
// readable when the node is down.
func (a *App) IPFS() (ipfs.Store, error) {
	if a.ipfs != nil {
		return a.ipfs, nil
	}
	s, err := a.Settings()
	if err != nil {
		return nil, err
	}
	dir, err := a.DataDir()
	if err != nil {
		return nil, err
	}
	c, err := ipfs.NewCache(filepath.Join(dir, "ipfs-cache"), ipfs.NewShell(s.IPFSAPI))
	if err != nil {
		return nil, fmt.Errorf("open IPFS cache: %w", err)
	}
	a.ipfs = c
	return c, nil
}

// OpenCampaign binds a client to the configured campaign as the session's
// account (ClientDeps), first settling any transaction a previous run left
// open in the journal, so a command never signs twice what a crash
// interrupted.
func (a *App) OpenCampaign(ctx context.Context) (*client.Client, error) {
	id, err := a.CampaignID()
	if err != nil {
		return nil, err
	}
	d, err := a.ClientDeps(ctx)
	if err != nil {
		return nil, err
	}
	// A campaign id the hub never handed out reverts deep inside Open;
	// say what is wrong instead.
	count, err := client.NewHub(d.Backend, d.Hub).CampaignCount(ctx)
	if err != nil {
		return nil, err
	}
	if id.Cmp(count) > 0 {
		return nil, fmt.Errorf("campaign %s does not exist on hub %s (it has campaigns 1..%s)", id, d.Hub.Hex(), count)
	}
	c, err := client.Open(ctx, d, id)
	if err != nil {
		return nil, fmt.Errorf("open campaign %s: %w", id, err)
	}
	rep, err := c.Reconcile(ctx)
	if err != nil {
		return nil, fmt.Errorf("reconcile journal: %w", err)
	}
	if n := len(rep.Mined) + len(rep.Reverted) + len(rep.Sent) + len(rep.Dropped) + len(rep.Replaced); n > 0 {
		a.Info("journal: settled %d transaction(s) left open by an earlier run (%d mined, %d reverted, %d resent, %d dropped, %d replaced)",
			n, len(rep.Mined), len(rep.Reverted), len(rep.Sent), len(rep.Dropped), len(rep.Replaced))
	}
	for id, err := range rep.Errors {
		a.Warn("journal: transaction intent %d is still open: %v", id, err)
	}
	// Label documents revealed while the IPFS node was down wait in the
	// journal; every command that opens the campaign offers them again.
	if left, err := c.FlushUploads(ctx); err != nil {
		a.Warn("ipfs: %d label document(s) still queued for upload: %v", left, err)
	}
	return c, nil
}
