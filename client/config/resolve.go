package config

import (
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kappa-dev/kappa/wallet"
)

// DefaultProfileName is the profile used when none is chosen anywhere; it
// needs no file, since its defaults point at a local devnet.
const DefaultProfileName = "devnet"

// Defaults of the devnet profile: go-ethereum's dev chain (chain id 1337)
// and kubo's API on their usual loopback ports.
const (
	DevnetRPCURL  = "http://127.0.0.1:8545"
	DevnetChainID = 1337
	DevnetIPFSAPI = "/ip4/127.0.0.1/tcp/5001"
)

// Environment variables read by Resolve. KAPPA_CONTRACT_<NAME> sets the
// contract <name> (lower-cased), e.g. KAPPA_CONTRACT_TOKEN.
const (
	EnvConfig         = "KAPPA_CONFIG"
	EnvProfile        = "KAPPA_PROFILE"
	EnvRPCURL         = "KAPPA_RPC_URL"
	EnvChainID        = "KAPPA_CHAIN_ID"
	EnvIPFSAPI        = "KAPPA_IPFS_API"
	EnvKeystore       = "KAPPA_KEYSTORE"
	EnvAccount        = "KAPPA_ACCOUNT"
	EnvCampaign       = "KAPPA_CAMPAIGN"
	EnvContractPrefix = "KAPPA_CONTRACT_"
)

// Where a setting came from, as Settings.Sources reports it.
const (
	SourceFlag    = "flag"
	SourceEnv     = "env"
	SourceFile    = "file"
	SourceDefault = "default"
)

// Overrides are values given on the command line (--profile, --rpc-url,
// --chain-id, --ipfs-api, --keystore, --account, --campaign); empty means
// not given.
type Overrides struct {
	Profile  string
	RPCURL   string
	ChainID  string
	IPFSAPI  string
	Keystore string
	Account  string
	Campaign string
}

// Settings are the resolved values a command runs with.
type Settings struct {
	// Profile is the profile's name; ConfigPath the file consulted.
	Profile    string `json:"profile"`
	ConfigPath string `json:"config"`
	// InFile is whether the profile exists in the file.
	InFile bool `json:"in_file"`
	// ProfileSource says how the profile was chosen: SourceFlag,
	// SourceEnv, SourceFile (default_profile) or SourceDefault.
	ProfileSource string `json:"profile_source"`

	// RPCURL, ChainID (nil when unset), IPFSAPI and Keystore as in Profile.
	RPCURL   string   `json:"rpc_url"`
	ChainID  *big.Int `json:"chain_id"`
	IPFSAPI  string   `json:"ipfs_api"`
	Keystore string   `json:"keystore"`
	// Account is the configured account, nil when none is.
	Account *common.Address `json:"account"`
	// Campaign is the campaign id on the hub (ContractKappa), 0 when unset.
	Campaign uint64 `json:"campaign,omitempty"`
	// Contracts maps contract names (ContractToken, ...) to addresses.
	Contracts map[string]common.Address `json:"contracts"`
	// Sources maps each set field's JSON name ("rpc_url", "contracts.token")
	// to SourceFlag, SourceEnv, SourceFile or SourceDefault.
	Sources map[string]string `json:"sources"`
}

// DefaultPathEnv is $XDG_CONFIG_HOME/kappa/config.toml, or
// ~/.config/kappa/config.toml when XDG_CONFIG_HOME is unset or relative,
// reading the environment through getenv (the CLI's own, so that tests and
// an in-process CLI carry theirs).
func DefaultPathEnv(getenv func(string) string) (string, error) {
	if d := getenv("XDG_CONFIG_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "kappa", FileName), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("no configuration directory: neither XDG_CONFIG_HOME nor HOME is set; use --config")
	}
	return filepath.Join(home, ".config", "kappa", FileName), nil
}

// Resolve picks the profile and merges flags over environ (KEY=value pairs,
// as os.Environ returns) over the file f (read from path) over defaults.
// The profile is chosen the same way: flag, KAPPA_PROFILE, the file's
// default_profile, then "devnet". A profile chosen explicitly must exist in
// the file; only "devnet" may exist by its defaults alone.
func Resolve(path string, f *File, flags Overrides, environ []string) (*Settings, error) {
	env := envMap(environ)
	if f == nil {
		f = &File{}
	}
	s := &Settings{ConfigPath: path, Contracts: map[string]common.Address{}, Sources: map[string]string{}}

	name, how, src := DefaultProfileName, SourceDefault, SourceDefault
	switch {
	case flags.Profile != "":
		name, how, src = flags.Profile, "--profile", SourceFlag
	case env[EnvProfile] != "":
		name, how, src = env[EnvProfile], EnvProfile, SourceEnv
	case f.DefaultProfile != "":
		name, how, src = f.DefaultProfile, "default_profile in "+path, SourceFile
	}
	p, ok := f.Profiles[name]
	if !ok && (how != SourceDefault || name != DefaultProfileName) {
		have := "none"
		if names := f.Names(); len(names) > 0 {
			have = strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("profile %q (from %s) is not in %s (profiles: %s)", name, how, path, have)
	}
	s.Profile, s.InFile, s.ProfileSource = name, ok, src

	var def Profile
	if name == DefaultProfileName {
		def = Profile{RPCURL: DevnetRPCURL, ChainID: DevnetChainID, IPFSAPI: DevnetIPFSAPI}
	}
	if dir, err := wallet.DefaultDirEnv(func(k string) string { return env[k] }); err == nil {
		def.Keystore = dir
	}

	type field struct {
		name, flag, env, file, def string
		check                      func(string) error
		set                        func(string) error
	}
	chainStr := func(n int64) string {
		if n == 0 {
			return ""
		}
		return fmt.Sprint(n)
	}
	fields := []field{
		{"rpc_url", flags.RPCURL, env[EnvRPCURL], p.RPCURL, def.RPCURL, checkRPCURL, func(v string) error { s.RPCURL = v; return nil }},
		{"chain_id", flags.ChainID, env[EnvChainID], chainStr(p.ChainID), chainStr(def.ChainID), checkChainID, func(v string) error {
			s.ChainID, _ = new(big.Int).SetString(v, 10)
			return nil
		}},
		{"ipfs_api", flags.IPFSAPI, env[EnvIPFSAPI], p.IPFSAPI, def.IPFSAPI, checkIPFSAPI, func(v string) error { s.IPFSAPI = v; return nil }},
		{"keystore", flags.Keystore, env[EnvKeystore], p.Keystore, def.Keystore, nil, func(v string) error { s.Keystore = v; return nil }},
		{"account", flags.Account, env[EnvAccount], p.Account, "", checkAddress, func(v string) error {
			a := common.HexToAddress(v)
			s.Account = &a
			return nil
		}},
		{"campaign", flags.Campaign, env[EnvCampaign], campaignStr(p.Campaign), "", checkCampaign, func(v string) error {
			s.Campaign, _ = strconv.ParseUint(v, 10, 64)
			return nil
		}},
	}
	for _, fl := range fields {
		v, src, label := fl.def, SourceDefault, "default"
		if fl.name == "keystore" {
			fl.file = expandHome(fl.file, env["HOME"])
		}
		switch {
		case fl.flag != "":
			v, src, label = fl.flag, SourceFlag, "--"+strings.ReplaceAll(fl.name, "_", "-")
		case fl.env != "":
			v, src, label = fl.env, SourceEnv, envName(fl.name)
		case fl.file != "":
			v, src, label = fl.file, SourceFile, "profiles."+name+"."+fl.name
		}
		if v == "" {
			continue
		}
		if fl.check != nil {
			if err := fl.check(v); err != nil {
				return nil, fmt.Errorf("%s: %w", label, err)
			}
		}
		fl.set(v)
		s.Sources[fl.name] = src
	}

	for c, a := range p.Contracts {
		s.Contracts[c] = common.HexToAddress(a)
		s.Sources["contracts."+c] = SourceFile
	}
	for k, v := range env {
		if !strings.HasPrefix(k, EnvContractPrefix) || v == "" {
			continue
		}
		c := strings.ToLower(strings.TrimPrefix(k, EnvContractPrefix))
		if err := checkAddress(v); err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		s.Contracts[c] = common.HexToAddress(v)
		s.Sources["contracts."+c] = SourceEnv
	}
	return s, nil
}

func envName(field string) string {
	return map[string]string{"rpc_url": EnvRPCURL, "chain_id": EnvChainID, "ipfs_api": EnvIPFSAPI, "keystore": EnvKeystore, "account": EnvAccount, "campaign": EnvCampaign}[field]
}

func envMap(environ []string) map[string]string {
	m := make(map[string]string, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return m
}

func checkChainID(v string) error {
	n, ok := new(big.Int).SetString(v, 10)
	if !ok || n.Sign() <= 0 || n.BitLen() > 64 {
		return fmt.Errorf("%q is not a chain id (a positive whole number)", v)
	}
	return nil
}

func campaignStr(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

func checkCampaign(v string) error {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return fmt.Errorf("%q is not a campaign id (a whole number from 1)", v)
	}
	return nil
}

// CampaignID returns the configured campaign id, or an error saying how to
// set it.
func (s *Settings) CampaignID() (uint64, error) {
	if s.Campaign == 0 {
		return 0, fmt.Errorf("no campaign configured: pass --campaign, set %s, or set campaign in profile %s", EnvCampaign, s.Profile)
	}
	return s.Campaign, nil
}

func checkAddress(v string) error {
	if !common.IsHexAddress(v) {
		return fmt.Errorf("%q is not a 20-byte hex address", v)
	}
	return nil
}

// expandHome turns a leading ~/ into the home directory, so a profile can
// say keystore = "~/.ethereum/keystore".
func expandHome(p, home string) string {
	if home != "" && (p == "~" || strings.HasPrefix(p, "~/")) {
		return filepath.Join(home, p[1:])
	}
	return p
}

// Contract returns the address of the named contract, or an error saying
// how to set it.
func (s *Settings) Contract(name string) (common.Address, error) {
	if a, ok := s.Contracts[name]; ok {
		return a, nil
	}
	return common.Address{}, fmt.Errorf("profile %q has no %s contract address: set contracts.%s in %s or %s%s",
		s.Profile, name, name, s.ConfigPath, EnvContractPrefix, strings.ToUpper(name))
}

// SourceKeys returns the keys of Sources, sorted, for stable output.
func (s *Settings) SourceKeys() []string {
	keys := make([]string, 0, len(s.Sources))
	for k := range s.Sources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
