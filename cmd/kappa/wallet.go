package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/contracts/protocol"
	"github.com/kappa-dev/kappa/wallet"
)

func init() { addCommandGroup(newWalletCmd) }

func newWalletCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Manage keys and sign with them",
		Long: `Keys live in a Web3 Secret Storage keystore, the format of geth, ethers and
MetaMask: by default $XDG_DATA_HOME/kappa/keystore, or geth's own with
--keystore ~/.ethereum/keystore. The directory is kept at mode 0700 and key
files at 0600.

The passphrase comes from --password-file (a file only its owner may read
and write, or a pipe), else KAPPA_PASSWORD (other programs of the same user
can read it while kappa runs: a warning says so outside CI), else a prompt
on the terminal. It is never printed or stored.`,
	}
	cmd.AddCommand(newWalletNewCmd(app), newWalletImportCmd(app), newWalletListCmd(app),
		newWalletAddressCmd(app), newWalletSignCmd(app), newWalletVerifyCmd(app))
	return cmd
}

// entryView is a key in JSON output, its address checksummed (EIP-55).
type entryView struct {
	Address string `json:"address"`
	Path    string `json:"path"`
}

func viewEntry(e wallet.Entry) entryView { return entryView{Address: e.Address.Hex(), Path: e.Path} }

func printEntry(app *cli.App, e wallet.Entry) error {
	return app.Print(viewEntry(e), func(w io.Writer) error {
		_, err := fmt.Fprintln(w, e.Address.Hex())
		return err
	})
}

func newWalletNewCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "new",
		Short: "Create a key and print its address",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			st, err := app.Keystore()
			if err != nil {
				return err
			}
			pass, err := app.Passphrases().GetNew("Passphrase for the new key: ")
			if err != nil {
				return err
			}
			e, err := st.New(pass)
			if err != nil {
				return err
			}
			app.Info("new key %s in %s", e.Address.Hex(), e.Path)
			return printEntry(app, e)
		},
	}
}

// looksLikeKey matches a raw private key typed as an argument.
var looksLikeKey = regexp.MustCompile(`^(0[xX])?[0-9a-fA-F]{64}$`)

func newWalletImportCmd(app *cli.App) *cobra.Command {
	var (
		reencrypt   bool
		newPassFile string
	)
	cmd := &cobra.Command{
		Use:   "import FILE|-",
		Short: "Import a keystore JSON file, or a raw hex key from a file or stdin",
		Long: `Import a key into the keystore.

A keystore JSON file (from geth, ethers, MetaMask, ...) is checked with its
passphrase and copied as it is: it keeps its passphrase and KDF parameters.
A file with weak key derivation (scrypt n below 262144, or pbkdf2 with
fewer than 262144 iterations) is named on standard error, and kappa offers
to re-encrypt it: asked on the terminal when standard input is one, else
with --reencrypt. Re-encrypting stores the key with the standard scrypt
parameters (n=262144, p=1) under the same passphrase, or under a new one
(--new-password-file, or typed at the prompt); the file given is not
changed.

A raw private key (64 hex digits) is read from a file or from standard input
("-"), never from the command line, where it would stay in the shell history
and be visible to other users in the process list. It is encrypted with a
new passphrase, asked twice.`,
		Example: `  kappa wallet import ~/Downloads/UTC--2024-01-01T00-00-00.0Z--0123abcd...
  kappa wallet import --reencrypt --password-file old.txt --new-password-file new.txt light.json
  kappa wallet import - < key.txt`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			src := args[0]
			var (
				data []byte
				err  error
			)
			if src == "-" {
				data, err = io.ReadAll(io.LimitReader(app.Stdin, 1<<20))
				src = "standard input"
			} else {
				if _, statErr := os.Stat(src); statErr != nil && looksLikeKey.MatchString(src) {
					return errors.New("refusing a private key given on the command line: it would stay in the shell history and the process list; put it in a file or pipe it: kappa wallet import - < key.txt")
				}
				data, err = os.ReadFile(src)
			}
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer clear(data)
			st, err := app.Keystore()
			if err != nil {
				return err
			}
			var e wallet.Entry
			if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
				if e, err = importKeystoreJSON(app, st, src, data, reencrypt || newPassFile != "", newPassFile); err != nil {
					return err
				}
			} else {
				if reencrypt || newPassFile != "" {
					return fmt.Errorf("import %s: --reencrypt and --new-password-file go with a keystore JSON file; a raw key is always encrypted with the standard parameters", src)
				}
				key, err := wallet.ParseRawKey(data)
				if err != nil {
					return fmt.Errorf("import %s: %w", src, err)
				}
				defer clear(key.D.Bits())
				pass, err := app.Passphrases().GetNew("Passphrase for the imported key: ")
				if err != nil {
					return err
				}
				if e, err = st.ImportKey(key, pass); err != nil {
					return fmt.Errorf("import %s: %w", src, err)
				}
			}
			app.Info("imported %s into %s", e.Address.Hex(), e.Path)
			return printEntry(app, e)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&reencrypt, "reencrypt", false, "store a keystore JSON re-encrypted with the standard scrypt parameters (n=262144) instead of as it is")
	f.StringVar(&newPassFile, "new-password-file", "", "re-encrypt (implies --reencrypt) with the passphrase on the first line of this file instead of the current one")
	return cmd
}

// importKeystoreJSON imports a keystore JSON file, as it is or re-encrypted.
// A file with weak KDF parameters is named on standard error, and unless
// reencrypt is already chosen the user is asked when standard input is a
// terminal, or told about --reencrypt.
func importKeystoreJSON(app *cli.App, st *wallet.Store, src string, data []byte, reencrypt bool, newPassFile string) (wallet.Entry, error) {
	kf, err := wallet.ParseKeyFile(data)
	if err != nil {
		return wallet.Entry{}, fmt.Errorf("import %s: %w", src, err)
	}
	if kf.HasAddress {
		// Before any warning or question about a key already there.
		if e, err := st.Find(kf.Address); err == nil {
			return wallet.Entry{}, fmt.Errorf("import %s: %w", src, &wallet.DuplicateError{Address: e.Address, Path: e.Path})
		}
	}
	weak := kf.WeakKDF()
	ask := false
	if weak != "" {
		app.Warn("%s has weak key derivation (%s): whoever gets a copy of the file can guess its passphrase that much faster", src, weak)
		ask = !reencrypt && stdinIsTerminal(app) && app.Getenv(cli.EnvNoPrompt) != "1"
	}
	var newPass []byte
	defer func() { clear(newPass) }()
	if ask {
		yes, err := askYesNo(app, "Re-encrypt it with the standard scrypt parameters (n=262144)? [y/N] ")
		if err != nil {
			return wallet.Entry{}, err
		}
		reencrypt = yes
	}
	if reencrypt && newPassFile != "" {
		if newPass, err = wallet.ReadPasswordFile(newPassFile); err != nil {
			return wallet.Entry{}, fmt.Errorf("--new-password-file: %w", err)
		}
	}
	pass, err := app.Passphrases().Get("Passphrase of the keystore file: ")
	if err != nil {
		return wallet.Entry{}, err
	}
	if ask && reencrypt {
		if newPass, err = askNewPassphrase(app); err != nil {
			clear(pass)
			return wallet.Entry{}, err
		}
	}
	var e wallet.Entry
	if reencrypt {
		e, err = st.ImportReencrypted(data, pass, newPass) // zeroes both
	} else {
		e, err = st.Import(data, pass) // zeroes pass
	}
	if err != nil {
		return wallet.Entry{}, fmt.Errorf("import %s: %w", src, err)
	}
	switch {
	case reencrypt:
		app.Info("re-encrypted with scrypt n=%d p=%d", wallet.StandardScryptN, wallet.StandardScryptP)
	case weak != "":
		app.Warn("kept as it is; to store it with the standard parameters, remove %s and import the file again with --reencrypt", e.Path)
	}
	return e, nil
}

// stdinIsTerminal reports whether standard input is a terminal.
func stdinIsTerminal(app *cli.App) bool {
	return app.Stdin != nil && term.IsTerminal(int(app.Stdin.Fd()))
}

// askYesNo shows prompt on standard error and reads one line from standard
// input (a terminal): true for y or yes, in any case.
func askYesNo(app *cli.App, prompt string) (bool, error) {
	fmt.Fprint(app.Stderr, prompt)
	var line []byte
	b := make([]byte, 1)
	for {
		n, err := app.Stdin.Read(b)
		if n == 1 {
			if b[0] == '\n' {
				break
			}
			line = append(line, b[0])
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return false, fmt.Errorf("read answer: %w", err)
		}
	}
	switch strings.ToLower(strings.TrimSpace(string(line))) {
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// askNewPassphrase asks for the passphrase of the re-encrypted key on the
// terminal: empty keeps the current one (nil), otherwise it is asked twice.
func askNewPassphrase(app *cli.App) ([]byte, error) {
	pr := wallet.TerminalPrompter(app.Stdin, app.Stderr)
	if pr == nil {
		return nil, nil
	}
	first, err := wallet.ReadConfirmed(pr, "New passphrase (Enter keeps the current one): ", "Repeat the new passphrase: ", "the new passphrases do not match")
	if err != nil || len(first) == 0 {
		return nil, err
	}
	return first, nil
}

func newWalletListCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the keys in the keystore",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			st, err := app.Keystore()
			if err != nil {
				return err
			}
			entries, listErr := st.List()
			if listErr != nil {
				app.Warn("skipped unreadable key files:\n%v", listErr)
			}
			views := make([]entryView, 0, len(entries))
			for _, e := range entries {
				views = append(views, viewEntry(e))
			}
			return app.Print(views, func(w io.Writer) error {
				for _, e := range entries {
					if _, err := fmt.Fprintf(w, "%s  %s\n", e.Address.Hex(), e.Path); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
}

func newWalletAddressCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "address",
		Short: "Print the address of the account in use",
		Long: `Print the account kappa signs with: --account, KAPPA_ACCOUNT or the
profile's account, else the keystore's only key.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			addr, err := app.AccountAddress()
			if err != nil {
				return err
			}
			st, _ := app.Keystore()
			e, err := st.Find(addr)
			if err != nil {
				return err
			}
			return printEntry(app, e)
		},
	}
}

// signInput is what sign and verify read: a personal message or typed data.
type signInput struct {
	file, typedData string
	hex             bool
}

func (in *signInput) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&in.file, "file", "", "read the message from this file (- for standard input)")
	cmd.Flags().StringVar(&in.typedData, "typed-data", "", "EIP-712 typed data JSON file in eth_signTypedData_v4 form (- for standard input)")
	cmd.Flags().BoolVar(&in.hex, "hex", false, "the message is 0x-prefixed hex bytes")
	cmd.MarkFlagsMutuallyExclusive("file", "typed-data")
	cmd.MarkFlagsMutuallyExclusive("hex", "typed-data")
}

// read returns either the message or the typed data; args holds at most
// the message itself. Without an argument or a file, the message is read
// from standard input.
func (in *signInput) read(app *cli.App, args []string) (msg []byte, td *apitypes.TypedData, err error) {
	readSrc := func(name string) ([]byte, error) {
		if name == "-" {
			return io.ReadAll(io.LimitReader(app.Stdin, 16<<20))
		}
		return os.ReadFile(name)
	}
	if in.typedData != "" {
		if len(args) > 0 {
			return nil, nil, errors.New("give either a message or --typed-data, not both")
		}
		data, err := readSrc(in.typedData)
		if err != nil {
			return nil, nil, fmt.Errorf("read typed data: %w", err)
		}
		t, err := wallet.ParseTypedData(data)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", in.typedData, err)
		}
		return nil, &t, nil
	}
	switch {
	case len(args) > 0 && in.file != "":
		return nil, nil, errors.New("give either a message argument or --file, not both")
	case len(args) > 0:
		msg = []byte(args[0])
	case in.file != "":
		if msg, err = readSrc(in.file); err != nil {
			return nil, nil, fmt.Errorf("read message: %w", err)
		}
	default:
		if msg, err = readSrc("-"); err != nil {
			return nil, nil, fmt.Errorf("read message from standard input: %w", err)
		}
	}
	if in.hex {
		b, err := hexutil.Decode(string(bytes.TrimSpace(msg)))
		if err != nil {
			return nil, nil, fmt.Errorf("--hex message: %w", err)
		}
		msg = b
	}
	return msg, nil, nil
}

// signature is what sign prints and verify reads.
type signature struct {
	Kind      string         `json:"kind"` // "personal" (EIP-191) or "typed-data" (EIP-712)
	Address   common.Address `json:"-"`
	Signer    string         `json:"address"`
	Hash      common.Hash    `json:"hash"`
	Signature hexutil.Bytes  `json:"signature"`
}

func newWalletSignCmd(app *cli.App) *cobra.Command {
	var in signInput
	cmd := &cobra.Command{
		Use:   "sign [MESSAGE]",
		Short: "Sign an EIP-191 message or EIP-712 typed data",
		Long: `Sign a personal message (EIP-191, as personal_sign) given as an argument,
with --file, or on standard input; or EIP-712 typed data with --typed-data
(the JSON of eth_signTypedData_v4). Prints the 65-byte signature in hex.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			msg, td, err := in.read(app, args)
			if err != nil {
				return err
			}
			// kappa derives commit salts from signatures in a domain of
			// their own; signing one here would hand out a salt (and with
			// the public commitment, the labels) before the reveal.
			if protocol.IsSaltRequest(td, msg) {
				return errors.New("refusing to sign: this is a kappa salt derivation, which only the kappa client itself signs (its signature is a secret)")
			}
			if td != nil {
				// Refuse before asking for the passphrase.
				if err := checkTypedDataChain(app, td); err != nil {
					return err
				}
			}
			acct, err := app.Unlock(cmd.Context())
			if err != nil {
				return err
			}
			out := signature{Address: acct.Address()}
			if td != nil {
				out.Kind = "typed-data"
				if out.Hash, err = wallet.TypedDataHash(*td); err != nil {
					return err
				}
				out.Signature, err = acct.SignTypedData(*td)
			} else {
				out.Kind = "personal"
				out.Hash = wallet.PersonalHash(msg)
				out.Signature, err = acct.SignPersonal(msg)
			}
			if err != nil {
				return err
			}
			out.Signer = out.Address.Hex()
			return app.Print(out, func(w io.Writer) error {
				_, err := fmt.Fprintln(w, out.Signature.String())
				return err
			})
		},
	}
	in.flags(cmd)
	return cmd
}

// checkTypedDataChain refuses typed data whose domain names another chain
// than the profile's, as wallets do: a signature for another chain's
// contract is a signature the user did not mean to give here.
func checkTypedDataChain(app *cli.App, td *apitypes.TypedData) error {
	if td.Domain.ChainId == nil {
		return nil
	}
	s, err := app.Settings()
	if err != nil {
		return err
	}
	want := (*big.Int)(td.Domain.ChainId)
	if s.ChainID != nil && s.ChainID.Cmp(want) != 0 {
		return fmt.Errorf("the typed data is for chain %s but profile %q uses chain %s; refusing to sign (pass --chain-id %s if that is intended)", want, s.Profile, s.ChainID, want)
	}
	return nil
}

// verification is what verify prints.
type verification struct {
	Valid   bool           `json:"valid"`
	Kind    string         `json:"kind"`
	Signer  common.Address `json:"-"`
	Address string         `json:"signer"`
	Hash    common.Hash    `json:"hash"`
}

func newWalletVerifyCmd(app *cli.App) *cobra.Command {
	var (
		in      signInput
		sigHex  string
		address string
	)
	cmd := &cobra.Command{
		Use:   "verify --signature SIG [--address ADDR] [MESSAGE]",
		Short: "Check an EIP-191 or EIP-712 signature",
		Long: `Recover the signer of a signature made by kappa wallet sign, a wallet's
personal_sign or eth_signTypedData_v4. With --address, fail unless that
address signed. Needs no key.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			sig, err := hexutil.Decode(sigHex)
			if err != nil {
				return fmt.Errorf("--signature: %w", err)
			}
			var want *common.Address
			if address != "" {
				if !common.IsHexAddress(address) {
					return fmt.Errorf("--address: %q is not a 20-byte hex address", address)
				}
				a := common.HexToAddress(address)
				want = &a
			}
			msg, td, err := in.read(app, args)
			if err != nil {
				return err
			}
			var out verification
			if td != nil {
				out.Kind = "typed-data"
				if out.Hash, err = wallet.TypedDataHash(*td); err != nil {
					return err
				}
			} else {
				out.Kind = "personal"
				out.Hash = wallet.PersonalHash(msg)
			}
			if out.Signer, err = wallet.RecoverHash(out.Hash[:], sig); err != nil {
				return fmt.Errorf("verify: %w", err)
			}
			if want != nil && out.Signer != *want {
				return &wallet.SignerMismatchError{Signer: out.Signer, Want: *want}
			}
			out.Valid = true
			out.Address = out.Signer.Hex()
			return app.Print(out, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "valid signature by %s\n", out.Signer.Hex())
				return err
			})
		},
	}
	in.flags(cmd)
	cmd.Flags().StringVar(&sigHex, "signature", "", "the 65-byte signature, 0x-prefixed hex")
	cmd.Flags().StringVar(&address, "address", "", "fail unless this address signed")
	_ = cmd.MarkFlagRequired("signature")
	return cmd
}
