package main

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/spf13/cobra"
)

func init() {
	addCommandGroup(newRepCmd)
	addCommandGroup(newEarningsCmd)
	addCommandGroup(newWithdrawCmd)
}

// repView is what rep prints.
type repView struct {
	Address    string `json:"address"`
	Reputation uint64 `json:"reputation"`
}

func newRepCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "rep [ADDRESS]",
		Short: "Print an account's reputation on the hub (default: yours)",
		Long: `rep reads the reputation the hub keeps for an account, shared by every
campaign of the hub: everyone starts at 100, gains with agreed labels and
loses with missed gold, disagreement and missing reveals. No passphrase is
needed.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var addr common.Address
			if len(args) == 1 {
				if !common.IsHexAddress(args[0]) {
					return fmt.Errorf("%q is not a 20-byte hex address", args[0])
				}
				addr = common.HexToAddress(args[0])
			} else {
				a, err := app.AccountAddress()
				if err != nil {
					return err
				}
				addr = a
			}
			hub, err := app.Hub()
			if err != nil {
				return err
			}
			backend, err := app.Dial(ctx)
			if err != nil {
				return err
			}
			h := bindings.NewKappaHub()
			inst := bind.NewBoundContract(hub, abi.ABI{}, backend, backend, backend)
			r, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, h.PackReputationOf(addr), h.UnpackReputationOf)
			if err != nil {
				return fmt.Errorf("read reputation of %s: %w", addr.Hex(), err)
			}
			v := repView{Address: addr.Hex(), Reputation: r.Uint64()}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintln(w, v.Reputation)
				return err
			})
		},
	}
}

// earningsView is what earnings prints; amounts in base units.
type earningsView struct {
	Address  string `json:"address"`
	Campaign uint64 `json:"campaign"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	// Earned and Pending are this campaign's; Credited (withdrawable) and
	// Balance (in the wallet) are the account's on the hub and the token.
	Earned   string `json:"earned"`
	Pending  string `json:"pending"`
	Credited string `json:"credited"`
	Balance  string `json:"balance"`
}

func newEarningsCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "earnings",
		Short: "Print what you earned, may still earn, and can withdraw",
		Long: `earnings prints, in token base units: earned (credited to you in this
campaign by consensus, resolutions and review fees), pending (the most your
open chunks of this campaign can still pay), credited (withdrawable now, from
every campaign of the hub; kappa withdraw) and balance (tokens in your wallet).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			e, err := c.Earnings(ctx)
			if err != nil {
				return err
			}
			credited, err := c.Credited(ctx)
			if err != nil {
				return err
			}
			bal, err := c.TokenBalance(ctx)
			if err != nil {
				return err
			}
			backend, _ := app.Dial(ctx)
			ti, err := readToken(ctx, backend, c.Token())
			if err != nil {
				return err
			}
			v := earningsView{
				Address: c.Address().Hex(), Campaign: c.Campaign().Uint64(), Token: ti.Address.Hex(), Symbol: ti.Symbol, Decimals: ti.Decimals,
				Earned: amountString(e.Earned), Pending: amountString(e.Pending), Credited: amountString(credited), Balance: amountString(bal),
			}
			return app.Print(v, func(w io.Writer) error {
				fmt.Fprintf(w, "earned    %s (%s)\n", v.Earned, formatAmount(e.Earned, ti))
				fmt.Fprintf(w, "pending   %s (%s)\n", v.Pending, formatAmount(e.Pending, ti))
				fmt.Fprintf(w, "credited  %s (%s)\n", v.Credited, formatAmount(credited, ti))
				_, err := fmt.Fprintf(w, "balance   %s (%s)\n", v.Balance, formatAmount(bal, ti))
				return err
			})
		},
	}
	return withCampaignFlag(app, cmd)
}

// withdrawView is what withdraw prints.
type withdrawView struct {
	Amount  string `json:"amount"`
	Tx      string `json:"tx"`
	Balance string `json:"balance"`
}

func newWithdrawCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Transfer your whole credited balance to your wallet",
		Long: `withdraw moves everything the hub credits you (from every chunk and campaign
of the hub) to your wallet in one transfer, and prints the amount in base
units. A withdraw interrupted by a crash is finished, not repeated, by the
next kappa command.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			amount, tx, err := c.Withdraw(ctx)
			if err != nil {
				return err
			}
			bal, err := c.TokenBalance(ctx)
			if err != nil {
				return err
			}
			v := withdrawView{Amount: amountString(amount), Tx: tx.Hex(), Balance: amountString(bal)}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "withdrew %s\ntx %s\nbalance %s\n", v.Amount, v.Tx, v.Balance)
				return err
			})
		},
	}
	return withCampaignFlag(app, cmd)
}
