package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/client/ipfs"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/wallet"
	"github.com/muesli/termenv"
)

// Hidden environment switches, for tests.
const (
	// EnvLightKDF=1 encrypts new keys with geth's light scrypt parameters,
	// in a test binary only (testing.Testing): a kappa built with go build
	// or go install ignores it and always uses the standard parameters.
	EnvLightKDF = "KAPPA_LIGHT_KDF"
	// EnvNoPrompt=1 never opens the terminal to ask for a passphrase.
	EnvNoPrompt = "KAPPA_NO_PROMPT"
)

// Flags are kappa's global flags.
type Flags struct {
	Config       string // --config
	Profile      string // --profile
	JSON         bool   // --json
	Keystore     string // --keystore
	Account      string // --account
	PasswordFile string // --password-file
	RPCURL       string // --rpc-url
	ChainID      string // --chain-id
	IPFSAPI      string // --ipfs-api
	Campaign     string // --campaign
	NoColor      bool   // --no-color
}

// App is the state shared by the commands of one kappa invocation.
type App struct {
	Stdin  *os.File
	Stdout io.Writer
	Stderr io.Writer
	// Environ is the process environment, as os.Environ returns it.
	Environ []string
	// Flags are bound to the root command's persistent flags.
	Flags Flags

	once     sync.Once
	settings *config.Settings
	err      error

	store   *wallet.Store
	account *wallet.Account
	client  *ethclient.Client
	journal *journal.Journal
	ipfs    ipfs.Store
}

// New returns an App on the process's standard streams and environment.
func New() *App {
	return &App{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Environ: os.Environ()}
}

// Getenv returns the variable's value from App.Environ.
func (a *App) Getenv(key string) string {
	v, _ := a.LookupEnv(key)
	return v
}

// LookupEnv is os.LookupEnv over App.Environ.
func (a *App) LookupEnv(key string) (string, bool) {
	for i := len(a.Environ) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(a.Environ[i], "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// Setup applies flags that act before any command runs: colour.
func (a *App) Setup() {
	if !a.Color() {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
}

// Color reports whether output may use colour: not with --no-color, nor
// when NO_COLOR is set to anything (https://no-color.org).
func (a *App) Color() bool {
	return !a.Flags.NoColor && a.Getenv("NO_COLOR") == ""
}

// ConfigPath is --config, else KAPPA_CONFIG, else the XDG default.
func (a *App) ConfigPath() (string, error) {
	if a.Flags.Config != "" {
		return a.Flags.Config, nil
	}
	if p := a.Getenv(config.EnvConfig); p != "" {
		return p, nil
	}
	return config.DefaultPathEnv(a.Getenv)
}

// Settings loads the configuration file and resolves the settings once.
func (a *App) Settings() (*config.Settings, error) {
	a.once.Do(func() {
		path, err := a.ConfigPath()
		if err != nil {
			a.err = err
			return
		}
		f, err := config.Load(path)
		if err != nil {
			a.err = err
			return
		}
		a.settings, a.err = config.Resolve(path, f, config.Overrides{
			Profile:  a.Flags.Profile,
			Keystore: a.Flags.Keystore,
			Account:  a.Flags.Account,
			RPCURL:   a.Flags.RPCURL,
			ChainID:  a.Flags.ChainID,
			IPFSAPI:  a.Flags.IPFSAPI,
			Campaign: a.Flags.Campaign,
		}, a.Environ)
	})
	return a.settings, a.err
}

// Keystore opens the keystore of the settings (--keystore, KAPPA_KEYSTORE,
// the profile's keystore, or the XDG default).
func (a *App) Keystore() (*wallet.Store, error) {
	if a.store != nil {
		return a.store, nil
	}
	s, err := a.Settings()
	if err != nil {
		return nil, err
	}
	if s.Keystore == "" {
		return nil, fmt.Errorf("no keystore directory: use --keystore or set %s", config.EnvKeystore)
	}
	opts := wallet.Options{Warn: func(m string) { a.Warn("%s", m) }}
	if testing.Testing() && a.Getenv(EnvLightKDF) == "1" {
		opts.ScryptN, opts.ScryptP = wallet.LightScryptN, wallet.LightScryptP
	}
	st, err := wallet.Open(s.Keystore, opts)
	if err != nil {
		return nil, err
	}
	a.store = st
	return st, nil
}

// Passphrases are the passphrase sources the user gave: --password-file,
// KAPPA_PASSWORD, or the terminal.
func (a *App) Passphrases() wallet.Passphrases {
	// An empty KAPPA_PASSWORD counts as unset: no key has an empty passphrase.
	env := a.Getenv(wallet.PasswordEnv)
	set := env != ""
	p := wallet.Passphrases{
		File: a.Flags.PasswordFile, Env: env, EnvSet: set,
		Warn: func(m string) { a.Warn("%s", m) }, CI: a.Getenv("CI") != "",
	}
	if a.Flags.PasswordFile == "" && !set && a.Getenv(EnvNoPrompt) != "1" {
		if pr := wallet.TerminalPrompter(a.Stdin, a.Stderr); pr != nil {
			p.Prompt = pr
		}
	}
	return p
}

// AccountAddress is the account to act as: the configured one (--account,
// KAPPA_ACCOUNT, the profile's account), else the keystore's only key. It
// must have a key in the keystore.
func (a *App) AccountAddress() (common.Address, error) {
	s, err := a.Settings()
	if err != nil {
		return common.Address{}, err
	}
	st, err := a.Keystore()
	if err != nil {
		return common.Address{}, err
	}
	if s.Account != nil {
		e, err := st.Find(*s.Account)
		if err != nil {
			return common.Address{}, err
		}
		return e.Address, nil
	}
	e, err := st.Default()
	if err != nil {
		return common.Address{}, err
	}
	return e.Address, nil
}

// Unlock unlocks the session's account, asking for the passphrase only the
// first time; the key stays in memory until Close.
func (a *App) Unlock(ctx context.Context) (*wallet.Account, error) {
	if a.account != nil && !a.account.Locked() {
		return a.account, nil
	}
	addr, err := a.AccountAddress()
	if err != nil {
		return nil, err
	}
	st, _ := a.Keystore()
	pass, err := a.Passphrases().Get(fmt.Sprintf("Passphrase for %s: ", addr.Hex()))
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		clear(pass)
		return nil, err
	}
	acct, err := st.Unlock(addr, pass) // zeroes pass
	if err != nil {
		return nil, err
	}
	a.account = acct
	return acct, nil
}

// Close closes the journal, locks the unlocked account and closes the RPC
// connection, if any. Call it when the command ends.
func (a *App) Close() {
	if a.journal != nil {
		if err := a.journal.Close(); err != nil {
			a.Warn("close journal: %v", err)
		}
		a.journal = nil
	}
	if a.account != nil {
		a.account.Lock()
	}
	if a.client != nil {
		a.client.Close()
		a.client = nil
	}
}

// Print writes v as indented JSON with --json, else calls text. Commands
// print only data this way; messages for people go through Warn.
func (a *App) Print(v any, text func(w io.Writer) error) error {
	if a.Flags.JSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	return text(a.Stdout)
}

// Warn writes "kappa: warning: ..." to standard error.
func (a *App) Warn(format string, args ...any) {
	fmt.Fprintf(a.Stderr, "kappa: warning: "+format+"\n", args...)
}

// Info writes a message for people to standard error.
func (a *App) Info(format string, args ...any) {
	fmt.Fprintf(a.Stderr, format+"\n", args...)
}
