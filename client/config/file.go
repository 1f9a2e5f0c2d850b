package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
	ma "github.com/multiformats/go-multiaddr"
)

// FileName is the configuration file's name inside its directory.
const FileName = "config.toml"

// maxFileSize bounds what is read: a configuration is a few hundred bytes.
const maxFileSize = 1 << 20

// Names of the contracts kappa knows in a profile's [contracts] table. The
// table accepts other names too, so later contracts need no new field.
const (
	ContractToken    = "token"    // the ERC-20 that pays rewards
	ContractKappa    = "kappa"    // the campaign factory
	ContractRegistry = "registry" // the shared reputation registry
)

// File is the content of a configuration file.
type File struct {
	// DefaultProfile names the profile used when none is chosen.
	DefaultProfile string `toml:"default_profile,omitempty"`
	// Profiles are the named network profiles.
	Profiles map[string]Profile `toml:"profiles,omitempty"`
}

// Profile is one network: where its chain and IPFS node are, which
// contracts and which key to use there. Empty fields are unset.
type Profile struct {
	// RPCURL is the JSON-RPC endpoint: http(s), ws(s) or an IPC path.
	RPCURL string `toml:"rpc_url,omitempty"`
	// ChainID is the chain the endpoint must serve; 0 means unset.
	ChainID int64 `toml:"chain_id,omitzero"`
	// IPFSAPI is kubo's RPC API: a multiaddr, host:port or http(s) URL.
	IPFSAPI string `toml:"ipfs_api,omitempty"`
	// Keystore is a keystore directory; a leading ~/ is the home directory.
	Keystore string `toml:"keystore,omitempty"`
	// Account is the hex address of the key to sign with.
	Account string `toml:"account,omitempty"`
	// Campaign is the id of the campaign on the hub (contracts.kappa) that
	// campaign commands work on; 0 means unset (hub ids start at 1). It is
	// signed because TOML integers are: a uint64 would wrap -3 silently.
	Campaign int64 `toml:"campaign,omitzero"`
	// Contracts maps names (ContractToken, ContractKappa, ...) to hex addresses.
	Contracts map[string]string `toml:"contracts,omitempty"`
}

// Error is a problem in a configuration file, located by line and key.
type Error struct {
	Path string // the file
	Line int    // 1-based; 0 when unknown
	Key  string // dotted TOML key, e.g. profiles.devnet.chain_id; may be empty
	Msg  string

	keyPath []string // Key split, to locate it
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": key %s", e.Key)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

var profileName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`)
var contractName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)

// Load reads the file at path. A missing file is an empty File, not an
// error: every setting then comes from flags, environment or defaults.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &File{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(data, path)
}

// Parse decodes and checks configuration data; path is only used in errors.
// Unknown keys, values of the wrong type and invalid values are errors that
// name the key and its line.
func Parse(data []byte, path string) (*File, error) {
	if len(data) > maxFileSize {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("%d bytes is too large for a configuration file", len(data))}
	}
	var f File
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&f)
	if err != nil {
		return nil, decodeError(path, data, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		msg := "unknown key"
		if s := suggest(k); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", s)
		}
		return nil, &Error{Path: path, Line: locate(data, k), Key: k.String(), Msg: msg}
	}
	// Zero means "unset" in a Profile, so an explicit 0 is caught here.
	for name, p := range f.Profiles {
		if p.ChainID == 0 && md.IsDefined("profiles", name, "chain_id") {
			p.ChainID = -1
			f.Profiles[name] = p
		}
		if p.Campaign == 0 && md.IsDefined("profiles", name, "campaign") {
			p.Campaign = -1
			f.Profiles[name] = p
		}
	}
	if err := f.validate(); err != nil {
		var ve *Error
		if errors.As(err, &ve) {
			ve.Path = path
			ve.Line = locate(data, ve.keyPath)
		}
		return nil, err
	}
	return &f, nil
}

// decodeError turns the toml package's errors into an *Error.
var lastKeyRE = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

func decodeError(path string, data []byte, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &Error{Path: path, Line: pe.Position.Line, Key: pe.LastKey, Msg: strings.TrimPrefix(pe.Message, "toml: ")}
	}
	if m := lastKeyRE.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		if line == 0 {
			line = locate(data, strings.Split(m[2], "."))
		}
		return &Error{Path: path, Line: line, Key: m[2], Msg: m[3]}
	}
	return &Error{Path: path, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

// knownKeys are the keys a profile may have, for "did you mean" hints.
var knownKeys = []string{"rpc_url", "chain_id", "ipfs_api", "keystore", "account", "campaign", "contracts", "default_profile", "profiles"}

func suggest(k toml.Key) string {
	last := k[len(k)-1]
	norm := func(s string) string { return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(s)) }
	for _, known := range knownKeys {
		if norm(known) == norm(last) {
			return known
		}
	}
	return ""
}

// validate checks values the TOML types cannot: addresses, URLs, names.
func (f *File) validate() error {
	if f.DefaultProfile != "" {
		if _, ok := f.Profiles[f.DefaultProfile]; !ok {
			return &Error{Key: "default_profile", keyPath: []string{"default_profile"}, Msg: fmt.Sprintf("names profile %q, which is not in the file (have: %s)", f.DefaultProfile, strings.Join(f.Names(), ", "))}
		}
	}
	for _, name := range f.Names() {
		p := f.Profiles[name]
		bad := func(msg string, k ...string) error {
			path := append([]string{"profiles", name}, k...)
			return &Error{Key: toml.Key(path).String(), Msg: msg, keyPath: path}
		}
		if !profileName.MatchString(name) {
			return bad("a profile name is letters, digits, '_' and '-'")
		}
		if p.ChainID < 0 {
			return bad("a chain id is a positive whole number", "chain_id")
		}
		if p.Campaign < 0 {
			return bad("a campaign id is a positive whole number (hub ids start at 1)", "campaign")
		}
		if err := checkRPCURL(p.RPCURL); err != nil {
			return bad(err.Error(), "rpc_url")
		}
		if err := checkIPFSAPI(p.IPFSAPI); err != nil {
			return bad(err.Error(), "ipfs_api")
		}
		if p.Account != "" && !common.IsHexAddress(p.Account) {
			return bad(fmt.Sprintf("%q is not a 20-byte hex address", p.Account), "account")
		}
		for _, c := range sortedKeys(p.Contracts) {
			if !contractName.MatchString(c) {
				return bad("a contract name is lower-case letters, digits and '_'", "contracts", c)
			}
			if !common.IsHexAddress(p.Contracts[c]) {
				return bad(fmt.Sprintf("%q is not a 20-byte hex address", p.Contracts[c]), "contracts", c)
			}
		}
	}
	return nil
}

// checkRPCURL accepts http(s) and ws(s) URLs and IPC socket paths.
func checkRPCURL(s string) error {
	if s == "" {
		return nil
	}
	if filepath.IsAbs(s) {
		return nil // an IPC endpoint such as /home/me/.ethereum/geth.ipc
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %v", s, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("%q: want an http, https, ws or wss URL or an IPC socket path", s)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", s)
	}
	return nil
}

// checkIPFSAPI accepts what go-ipfs-api's NewShell accepts: a multiaddr
// (/ip4/127.0.0.1/tcp/5001), host:port, or an http(s) URL.
func checkIPFSAPI(s string) error {
	switch {
	case s == "":
		return nil
	case strings.HasPrefix(s, "/"):
		if _, err := ma.NewMultiaddr(s); err != nil {
			return fmt.Errorf("%q is not a multiaddr: %v", s, err)
		}
		return nil
	case strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return fmt.Errorf("%q is not a URL with a host", s)
		}
		return nil
	default:
		host, port, err := net.SplitHostPort(s)
		if err != nil || host == "" {
			return fmt.Errorf("%q: want a multiaddr like /ip4/127.0.0.1/tcp/5001 or host:port", s)
		}
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("%q: port %q is not 1..65535", s, port)
		}
		return nil
	}
}

// Names returns the profile names, sorted.
func (f *File) Names() []string { return sortedKeys(f.Profiles) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
