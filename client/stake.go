package client

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// The steps of a stake deposit, as journal kinds.
const (
	stepApprove journal.Kind = "approve"
	stepDeposit journal.Kind = "deposit"
)

// maxGuessClasses caps the answers counted per task for a multi-label
// schema (2^labels): beyond it the recommended stake is 1 unit anyway.
const maxGuessClasses = 1 << 16

// GuessClasses is how many answers a task of schema s has for a guesser:
// its labels for a single-label schema, every subset of them (2^labels,
// capped) for a multi-label one.
func GuessClasses(s *document.Schema) int {
	n := len(s.Labels)
	if s.Kind != document.KindMulti {
		return n
	}
	if n >= 16 {
		return maxGuessClasses
	}
	return 1 << n
}

// RecommendedStake is the per-task stake kappa proposes for a campaign of
// schema s whose chunks hold at least gold gold tasks, of which an
// annotator may miss maxMisses: twice the stake at which guessing breaks
// even against the highest tier's reward (protocol.RecommendedStake).
func RecommendedStake(s *document.Schema, gold int, maxMisses uint8) *big.Int {
	maxReward := new(big.Int)
	for _, t := range s.Tiers {
		if t.Reward != nil && t.Reward.Cmp(maxReward) > 0 {
			maxReward.Set(t.Reward)
		}
	}
	return protocol.RecommendedStake(maxReward, GuessClasses(s), gold, int(maxMisses))
}

// Stake is the campaign's per-task stake.
func (c *Client) Stake() *big.Int {
	if st := c.index.Info().Stake; st != nil {
		return new(big.Int).Set(st)
	}
	return new(big.Int)
}

// SeatStake is what a seat of the chunk locks from the account's credited
// balance while it is held.
func (c *Client) SeatStake(chunk uint64) *big.Int {
	leaf, ok := c.leaves[chunk]
	if !ok {
		return new(big.Int)
	}
	return protocol.SeatStake(c.Stake(), int(leaf.Size))
}

// stakeTopUpSeats is how many seats of the campaign's largest chunk one
// stake deposit covers when the wallet allows: finalize returns a seat's
// stake, so an annotator who holds at most this many seats at once deposits
// once, not before every claim.
const stakeTopUpSeats = 4

// stakeTopUp is what a stake deposit adds when the credited balance falls
// short of need by shortfall: stakeTopUpSeats seats of the largest chunk,
// or the wallet's balance if that is less, but never less than the
// shortfall (the caller refuses a wallet below it).
func (c *Client) stakeTopUp(shortfall, wallet *big.Int) *big.Int {
	amount := c.StakeReserve()
	if wallet.Cmp(amount) < 0 {
		amount.Set(wallet)
	}
	if amount.Cmp(shortfall) < 0 {
		amount.Set(shortfall)
	}
	return amount
}

// StakeReserve is stakeTopUpSeats seats of the campaign's largest chunk:
// what a deposit adds, and what WithdrawKeepingStake leaves credited.
func (c *Client) StakeReserve() *big.Int {
	largest := 0
	for _, l := range c.leaves {
		largest = max(largest, int(l.Size))
	}
	return protocol.SeatStake(c.Stake(), largest*stakeTopUpSeats)
}

// ensureStake makes sure the account's credited balance covers a seat of
// chunk before it claims one: if it falls short, and seatThere says the
// claim could succeed (a free seat or lane), it deposits a stake
// top-up from the wallet (approve, then deposit). Each deposit is an
// operation slot (ops.go) of the account in this campaign: a crash after
// its broadcast resumes the same transactions (an earlier deposit still in
// flight is settled first, and counts), and a later shortfall takes the
// next slot and deposits again.
func (c *Client) ensureStake(ctx context.Context, chunk uint64, seatThere func() error) error {
	return c.ensureStakeFor(ctx, fmt.Sprintf("claim chunk %d", chunk), c.SeatStake(chunk), seatThere)
}

// ensureStakeFor is ensureStake for need, in the action named by what
// ("claim chunk 3", "ask for a seat").
func (c *Client) ensureStakeFor(ctx context.Context, what string, need *big.Int, seatThere func() error) error {
	if need.Sign() == 0 {
		return nil
	}
	family := opFamily("stake", c.deps.Hub.Hex(), c.campaign.String(), c.Address().Hex())
	if err := c.settleStakeDeposits(ctx, family); err != nil {
		return fmt.Errorf("%s: stake: %w", what, err)
	}
	have, err := c.Credited(ctx)
	if err != nil {
		return fmt.Errorf("%s: stake: %w", what, err)
	}
	if have.Cmp(need) >= 0 {
		return nil
	}
	if err := seatThere(); err != nil {
		return err
	}
	shortfall := new(big.Int).Sub(need, have)
	wallet, err := c.TokenBalance(ctx)
	if err != nil {
		return fmt.Errorf("%s: stake: %w", what, err)
	}
	if wallet.Cmp(shortfall) < 0 {
		return fmt.Errorf("%s: a seat stakes %s; you have %s credited and %s in the wallet: add tokens to %s, then try again",
			what, c.amount(ctx, need), c.amount(ctx, have), c.amount(ctx, wallet), c.Address().Hex())
	}
	amount := c.stakeTopUp(shortfall, wallet)
	slot, err := beginOp(c.deps.Journal, family, "", opDigest(common.BigToHash(amount).Bytes()), stepApprove, stepDeposit)
	if err != nil {
		return fmt.Errorf("%s: stake: %w", what, err)
	}
	// An earlier transaction journaled but never acknowledged holds the
	// nonce before ours: broadcast it first.
	if err := c.settleUnsent(ctx, slot.key(stepApprove)); err != nil {
		return fmt.Errorf("%s: stake: settle earlier transactions first: %w", what, err)
	}
	opKey := slot.family + "/" + slot.name()
	tok := bindings.NewKappaToken()
	if _, err := sendOK(ctx, c.sender, string(stepApprove), opKey, c.token, tok.PackApprove(c.deps.Hub, amount)); err != nil {
		return fmt.Errorf("%s: stake: approve: %w", what, err)
	}
	if _, err := sendOK(ctx, c.sender, string(stepDeposit), opKey, c.deps.Hub, c.hub.PackDeposit(amount)); err != nil {
		return fmt.Errorf("%s: stake: deposit: %w", what, err)
	}
	if have, err = c.Credited(ctx); err != nil {
		return fmt.Errorf("%s: stake: %w", what, err)
	}
	if have.Cmp(need) < 0 {
		return fmt.Errorf("%s: a seat stakes %s, %s credited after a deposit of %s", what, c.amount(ctx, need), c.amount(ctx, have), c.amount(ctx, amount))
	}
	return nil
}

// amount formats base units with the token's symbol ("8 KAPPA"), or as
// base units when the token cannot be read.
func (c *Client) amount(ctx context.Context, v *big.Int) string {
	ti, err := c.TokenInfo(ctx)
	if err != nil {
		return v.String() + " token units"
	}
	return token.Format(v, ti)
}

// settleStakeDeposits settles the account's stake deposits of family left
// in flight by an earlier run (a crash after broadcast), so that what they
// deposited counts before another is sized, and a new deposit never races
// one of other parameters.
func (c *Client) settleStakeDeposits(ctx context.Context, family string) error {
	open, err := c.deps.Journal.OpenIntents()
	if err != nil {
		return err
	}
	for _, in := range open {
		if in.From != c.Address() {
			continue
		}
		if strings.HasPrefix(in.Key, string(stepApprove)+"/"+family+"/") || strings.HasPrefix(in.Key, string(stepDeposit)+"/"+family+"/") {
			_, err := c.sender.Reconcile(ctx)
			return err
		}
	}
	return nil
}

// LockedStake is the stake every seat of the campaign's chunks in progress
// locks now, from the index: a seat locks its stake from its claim until
// the chunk's finalize (or release) returns or slashes it. Together with
// the escrow, the credited balances and the hub's unburned slashes it is
// everything the hub holds for the campaign.
func (c *Client) LockedStake() *big.Int {
	sum := new(big.Int)
	for _, ch := range c.index.Chunks() {
		if !ch.InLane || ch.Finalized() || ch.Release != nil {
			continue
		}
		for _, s := range ch.Record.Seats {
			if s.Status != protocol.SeatEmpty {
				sum.Add(sum, protocol.SeatStake(c.Stake(), int(ch.Record.Size)))
			}
		}
	}
	return sum
}
