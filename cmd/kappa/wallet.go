package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/wallet"
	"github.com/spf13/cobra"
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

The passphrase comes from --password-file, else KAPPA_PASSWORD, else a
prompt on the terminal. It is never printed or stored.`,
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
	return &cobra.Command{
		Use:   "import FILE|-",
		Short: "Import a keystore JSON file, or a raw hex key from a file or stdin",
		Long: `Import a key into the keystore.

A keystore JSON file (from geth, ethers, MetaMask, ...) is checked with its
passphrase and copied as it is: it keeps its passphrase and KDF parameters.

A raw private key (64 hex digits) is read from a file or from standard input
("-"), never from the command line, where it would stay in the shell history
and be visible to other users in the process list. It is encrypted with a
new passphrase, asked twice.`,
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
				pass, err := app.Passphrases().Get("Passphrase of the keystore file: ")
				if err != nil {
					return err
				}
				if e, err = st.Import(data, pass); err != nil {
					return fmt.Errorf("import %s: %w", src, err)
				}
			} else {
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
