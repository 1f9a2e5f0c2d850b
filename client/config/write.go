package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// FileMode is the configuration file's mode: it names accounts and
// endpoints, which are nobody else's business.
const FileMode = 0o600

// Encode renders f as TOML.
func (f *File) Encode() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# kappa configuration; see `kappa config --help`.\n\n")
	if err := toml.NewEncoder(&b).Encode(f); err != nil {
		return nil, fmt.Errorf("encode config: %w", err)
	}
	return b.Bytes(), nil
}

// WriteProfile sets profile name in the file at path to p, keeping the
// other profiles, and makes it the default profile when makeDefault is set.
// The file is replaced atomically (a temporary file in the same directory,
// synced, then renamed) with mode 0600. Comments in an existing file are not
// kept, since the file is re-encoded.
func WriteProfile(path, name string, p Profile, makeDefault bool) error {
	if !profileName.MatchString(name) {
		return fmt.Errorf("write profile %q: a profile name is letters, digits, '_' and '-'", name)
	}
	f, err := Load(path)
	if err != nil {
		return fmt.Errorf("write profile %q: %w", name, err)
	}
	if f.Profiles == nil {
		f.Profiles = map[string]Profile{}
	}
	f.Profiles[name] = p
	if makeDefault {
		f.DefaultProfile = name
	}
	if err := f.validate(); err != nil {
		return fmt.Errorf("write profile %q: %w", name, err)
	}
	data, err := f.Encode()
	if err != nil {
		return err
	}
	// What is written must read back: the decoder is the judge.
	if _, err := Parse(data, path); err != nil {
		return fmt.Errorf("write profile %q: the encoded file does not parse: %w", name, err)
	}
	return WriteFile(path, data)
}

// WriteFile writes data to path atomically with mode 0600, creating the
// directory (0700) if needed.
func WriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(FileMode); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	ok = true
	return nil
}

// Template is the file `kappa config init` writes: the devnet profile with
// its defaults spelled out and a commented example of a public network.
const Template = `# kappa configuration.
# Precedence for every setting: command-line flag > KAPPA_* environment
# variable > this file > built-in default.

default_profile = "devnet"

# The local chain and IPFS node of ` + "`kappa devnet`" + ` / ` + "`kappa demo`" + `.
[profiles.devnet]
rpc_url  = "http://127.0.0.1:8545"
chain_id = 1337
ipfs_api = "/ip4/127.0.0.1/tcp/5001"
# keystore = "~/.ethereum/keystore"   # use geth's keystore instead of kappa's
# account  = "0x..."                  # which key signs; needed when there are several

# [profiles.devnet.contracts]
# token    = "0x..."   # ERC-20 paying rewards
# kappa    = "0x..."   # campaign factory
# registry = "0x..."   # reputation registry

# [profiles.sepolia]
# rpc_url  = "https://sepolia.example.org"
# chain_id = 11155111
# ipfs_api = "/ip4/127.0.0.1/tcp/5001"
`

// ErrExists is returned by Init when the file is already there.
var ErrExists = errors.New("configuration file already exists")

// Init writes Template to path unless a file is there (then ErrExists,
// wrapped with the path) or force is set.
func Init(path string, force bool) error {
	if !force {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%s: %w (use --force to overwrite)", path, ErrExists)
		}
	}
	return WriteFile(path, []byte(Template))
}
