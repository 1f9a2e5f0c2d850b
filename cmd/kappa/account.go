package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() {
	addCommandGroup(newRepCmd)
	addCommandGroup(newEarningsCmd)
	addCommandGroup(newWithdrawCmd)
}

// repView is what rep prints.
type repView struct {
	Address    string `json:"address"`
	Ledger     string `json:"ledger"`
	Reputation uint64 `json:"reputation"`
	// Credited is the account's credited balance on the hub (pay and
	// stake deposited, not locked); Campaign and Stake, with a configured
	// campaign, what a seat of it stakes per task (base units).
	Credited string `json:"credited"`
	Campaign uint64 `json:"campaign,omitempty"`
	Stake    string `json:"stake,omitempty"`
}

func newRepCmd(app *cli.App) *cobra.Command {
	var ledgerFlag string
	cmd := &cobra.Command{
		Use:   "rep [ADDRESS]",
		Short: "Print an account's reputation as a campaign reads it (default: yours)",
		Long: `rep reads an account's reputation under a ledger. Reputation is kept per
requester: it moves only in the campaigns that requester created (up with
matched gold and reviewers' rulings, down with missed gold, overturned
labels, missing reveals and lapsed claims), so reputation farmed in one's
own campaigns opens nothing elsewhere. A campaign reads it from its
reputation source, its requester unless it names another ledger.

The ledger is --ledger, or else the configured campaign's reputation
source. Everyone starts at 100 under every ledger. No passphrase is needed.
Reputation alone is free to throw away; what a seat risks is its stake:
--json also prints the account's credited balance and, with a campaign, the
stake a seat of it locks per task.`,
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
			if ledgerFlag != "" && !common.IsHexAddress(ledgerFlag) {
				return fmt.Errorf("--ledger %q is not a 20-byte hex address", ledgerFlag)
			}
			hubAddr, err := app.Hub()
			if err != nil {
				return err
			}
			backend, err := app.Dial(ctx)
			if err != nil {
				return err
			}
			hub := client.NewHub(backend, hubAddr)
			ledger := common.HexToAddress(ledgerFlag)
			if ledgerFlag == "" {
				id, err := app.CampaignID()
				if err != nil {
					return fmt.Errorf("reputation is kept per requester: name one with --ledger or a campaign with --campaign (%w)", err)
				}
				if ledger, err = hub.ReputationSource(ctx, id); err != nil {
					return err
				}
			}
			r, err := hub.Reputation(ctx, addr, ledger)
			if err != nil {
				return err
			}
			credited, err := hub.Credited(ctx, addr)
			if err != nil {
				return err
			}
			v := repView{Address: addr.Hex(), Ledger: ledger.Hex(), Reputation: r, Credited: token.BaseUnits(credited)}
			if id, err := app.CampaignID(); err == nil {
				stake, err := hub.CampaignStake(ctx, id)
				if err != nil {
					return err
				}
				v.Campaign, v.Stake = id.Uint64(), token.BaseUnits(stake)
			}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintln(w, v.Reputation)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&ledgerFlag, "ledger", "", "the requester whose ledger to read (default: the campaign's reputation source)")
	return cmd
}

// earningsView is what earnings prints; amounts in base units.
type earningsView struct {
	Address  string `json:"address"`
	Campaign uint64 `json:"campaign,omitempty"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	// Earned and Pending are this campaign's (absent without one);
	// Credited (withdrawable) and Balance (in the wallet) are the
	// account's on the hub and the token.
	Earned  string `json:"earned,omitempty"`
	Pending string `json:"pending,omitempty"`
	// Stake is the campaign's stake per task; Staked what the account's
	// seats lock now, Slashed what its seats lost (burned), in this
	// campaign.
	Stake    string `json:"stake,omitempty"`
	Staked   string `json:"staked,omitempty"`
	Slashed  string `json:"slashed,omitempty"`
	Credited string `json:"credited"`
	Balance  string `json:"balance"`

	token token.Info
}

func (v earningsView) text(w io.Writer) error {
	row := func(name, amount string) {
		if amount == "" {
			return
		}
		n, _ := new(big.Int).SetString(amount, 10)
		fmt.Fprintf(w, "%-9s %s (%s)\n", name, amount, token.Format(n, v.token))
	}
	row("earned", v.Earned)
	row("pending", v.Pending)
	row("stake", v.Stake)
	row("staked", v.Staked)
	row("slashed", v.Slashed)
	row("credited", v.Credited)
	row("balance", v.Balance)
	return nil
}

// hubEarnings is earnings without a campaign: what the hub credits the
// account and its wallet balance, read without unlocking the key.
func hubEarnings(app *cli.App, ctx context.Context) (earningsView, error) {
	addr, err := app.AccountAddress()
	if err != nil {
		return earningsView{}, err
	}
	hub, err := app.Hub()
	if err != nil {
		return earningsView{}, err
	}
	backend, err := app.Dial(ctx)
	if err != nil {
		return earningsView{}, err
	}
	h := client.NewHub(backend, hub)
	tokenAddr, err := h.Token(ctx)
	if err != nil {
		return earningsView{}, err
	}
	ti, err := h.TokenInfo(ctx, tokenAddr)
	if err != nil {
		return earningsView{}, err
	}
	credited, err := h.Credited(ctx, addr)
	if err != nil {
		return earningsView{}, err
	}
	bal, err := h.TokenBalance(ctx, tokenAddr, addr)
	if err != nil {
		return earningsView{}, err
	}
	return earningsView{
		Address: addr.Hex(), Token: tokenAddr.Hex(), Symbol: ti.Symbol, Decimals: ti.Decimals,
		Credited: token.BaseUnits(credited), Balance: token.BaseUnits(bal), token: ti,
	}, nil
}

func newEarningsCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "earnings",
		Short: "Print what you earned, may still earn, and can withdraw",
		Long: `earnings prints, in token base units: earned (credited to you in this
campaign by consensus, resolutions and review fees), pending (the most your
open chunks of this campaign can still pay), stake (what a seat stakes per
task), staked (what your seats of unfinalized chunks lock now), slashed (stake
your seats lost to lapses, missing reveals or failed gold, burned), credited
(withdrawable now, from every campaign of the hub, including stake deposited
and not locked; kappa withdraw) and balance (tokens in your wallet).
Without a configured campaign it prints credited and balance only, and needs
no passphrase.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := app.Settings()
			if err != nil {
				return err
			}
			if s.Campaign == 0 {
				v, err := hubEarnings(app, ctx)
				if err != nil {
					return err
				}
				return app.Print(v, v.text)
			}
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
			ti, err := c.TokenInfo(ctx)
			if err != nil {
				return err
			}
			v := earningsView{
				Address: c.Address().Hex(), Campaign: c.Campaign().Uint64(), Token: ti.Address.Hex(), Symbol: ti.Symbol, Decimals: ti.Decimals,
				Earned: token.BaseUnits(e.Earned), Pending: token.BaseUnits(e.Pending),
				Stake: token.BaseUnits(c.Stake()), Staked: token.BaseUnits(e.Staked), Slashed: token.BaseUnits(e.Slashed),
				Credited: token.BaseUnits(credited), Balance: token.BaseUnits(bal),
				token: ti,
			}
			return app.Print(v, v.text)
		},
	}
	return cmd
}

// withdrawView is what withdraw prints.
type withdrawView struct {
	Amount  string `json:"amount"`
	Tx      string `json:"tx"`
	Balance string `json:"balance"`
}

func newWithdrawCmd(app *cli.App) *cobra.Command {
	var keepStake bool
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Transfer your whole credited balance to your wallet",
		Long: `withdraw moves everything the hub credits you (pay from every chunk and
campaign of the hub, and stake you deposited that no seat locks) to your
wallet in one transfer, and prints the amount in base units and in tokens.
With --keep-stake it leaves the campaign's stake for four seats credited, so
that your next claims need no new deposit (an approve and a deposit fewer).
A withdraw interrupted by a crash is finished, not repeated, by the next
kappa command.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			withdraw := c.Withdraw
			if keepStake {
				withdraw = c.WithdrawKeepingStake
			}
			amount, tx, err := withdraw(ctx)
			if err != nil {
				return err
			}
			bal, err := c.TokenBalance(ctx)
			if err != nil {
				return err
			}
			v := withdrawView{Amount: token.BaseUnits(amount), Tx: tx.Hex(), Balance: token.BaseUnits(bal)}
			ti, _ := c.TokenInfo(ctx) // text only: base units suffice without it
			unit := func(n *big.Int) string {
				if ti.Symbol == "" {
					return ""
				}
				return " (" + token.Format(n, ti) + ")"
			}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "withdrew %s%s\ntx %s\nbalance %s%s\n", v.Amount, unit(amount), v.Tx, v.Balance, unit(bal))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&keepStake, "keep-stake", false, "leave the campaign's stake for four seats credited, for the claims to come")
	return cmd
}
