package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	devchain "github.com/kappa-dev/kappa/client/devnet/chain"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// TestSecondWithdrawOfSameAmountPays earns the same reward twice and
// withdraws after each: both withdrawals pay. (A withdraw keyed by its amount
// found the first one mined and reported success without sending anything.)
func TestSecondWithdrawOfSameAmountPays(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester", "ann"}, devchain.Options{})
	created := w.create(soloSpec(2*crashChunkSize, crashChunkSize))
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	c, err := client.Open(ctx, w.deps("ann"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	me := w.address("ann")
	reward := tokens(crashChunkSize) // one token per accepted label
	for chunk := uint64(0); chunk < 2; chunk++ {
		// annotate ends with a withdraw of everything credited.
		if err := annotate(ctx, c, chunk, func(string) {}, func(int) {}, w.passGold); err != nil {
			t.Fatalf("chunk %d: %v", chunk, err)
		}
		// the rig's 1,000 tokens and the rewards: the withdraw also took
		// back the stake deposit, every seat of it settled
		want := new(big.Int).Add(tokens(1_000), new(big.Int).Mul(reward, big.NewInt(int64(chunk+1))))
		if got := w.balance(me); got.Cmp(want) != 0 {
			t.Fatalf("after chunk %d's withdraw the annotator holds %s, want %s", chunk, got, want)
		}
		if got := w.credited("ann"); got.Sign() != 0 {
			t.Fatalf("after chunk %d's withdraw %s is still credited", chunk, got)
		}
	}
	if n := w.withdrawals(me); n != 2 {
		t.Errorf("%d Withdrawn events, want 2", n)
	}
	// Nothing credited: a third withdraw says so and sends nothing.
	before := w.nonce(me)
	if _, _, err := c.Withdraw(ctx); err == nil || !strings.Contains(err.Error(), "nothing credited") {
		t.Errorf("withdraw with nothing credited: %v", err)
	}
	if got := w.nonce(me); got != before {
		t.Errorf("a withdraw of nothing sent %d transactions", got-before)
	}
}

// escrow is the campaign's whole escrow (reserved + unreserved) as c sees it.
func escrow(t *testing.T, ctx context.Context, c *client.Client) *big.Int {
	t.Helper()
	if err := c.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	info := c.Info()
	return new(big.Int).Add(info.Reserved, info.Unreserved)
}

// TestFundOnceAcrossCrash kills a funder's process at each point of a fund
// (approve, then fund) and runs the same Fund again, as a user re-running the
// command does: the escrow grows by the amount once. A deliberate second fund
// of the same amount then funds again, and a fund named by an id is done once
// however often it is asked for. (The fund's key held the wall clock, so a
// re-run after a crash right after broadcast funded twice.)
func TestFundOnceAcrossCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	points := []string{"fund/send-after#1", "fund/send-before#2", "fund/send-after#2", "fund/receipt-after#2"}
	names := []string{"requester"}
	for i := range points {
		names = append(names, "funder"+strconv.Itoa(i))
	}
	w := startRig(t, 4*time.Minute, names, devchain.Options{})
	created := w.create(soloSpec(2, 1))
	requester, err := client.Open(w.ctx, w.deps("requester"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	for i, at := range points {
		t.Run(strings.ReplaceAll(at, "/", "_"), func(t *testing.T) {
			name := names[i+1]
			me := w.address(name)
			// the rig minted the funder 1,000 tokens
			dir := t.TempDir()
			ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
			defer cancel()
			start := escrow(t, ctx, requester)
			runChildFlow(t, w, at, "fund", created.CampaignID, 0, name, dir)

			deps := w.depsAt(name, w.chain.Client(), w.node.APIAddr(), dir)
			c, err := client.Open(ctx, deps, created.CampaignID)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Fund(ctx, tokens(100), "")
			if err != nil {
				t.Fatalf("fund again after a crash at %s: %v", at, err)
			}
			if res.Op != "#1" || res.Already {
				t.Errorf("the resumed fund is %+v, want op #1 sent now", res)
			}
			check := func(step string, funds int64, txs uint64) {
				t.Helper()
				if got, want := escrow(t, ctx, c), new(big.Int).Add(start, tokens(100*funds)); got.Cmp(want) != 0 {
					t.Fatalf("%s: escrow %s, want %s (%d funds of 100)", step, got, want, funds)
				}
				if got, want := w.balance(me), tokens(1000-100*funds); got.Cmp(want) != 0 {
					t.Fatalf("%s: funder holds %s, want %s", step, got, want)
				}
				if got := w.nonce(me); got != txs {
					t.Fatalf("%s: the funder sent %d transactions, want %d", step, got, txs)
				}
			}
			check("after the crash and the re-run", 1, 2)

			// The same amount again, on purpose: a second fund.
			if res, err = c.Fund(ctx, tokens(100), ""); err != nil || res.Op != "#2" || res.Already {
				t.Fatalf("a second fund: %+v, %v", res, err)
			}
			check("after a deliberate second fund", 2, 4)

			// A named fund is done once, however often it is asked for.
			first, err := c.Fund(ctx, tokens(100), "invoice-7")
			if err != nil || first.Already {
				t.Fatalf("fund named invoice-7: %+v, %v", first, err)
			}
			again, err := c.Fund(ctx, tokens(100), "invoice-7")
			if err != nil || !again.Already || again.Tx != first.Tx {
				t.Fatalf("fund invoice-7 asked again: %+v, %v; want the first fund's transaction %s", again, err, first.Tx.Hex())
			}
			if _, err := c.Fund(ctx, tokens(5), "invoice-7"); err == nil {
				t.Error("the id invoice-7 was accepted for another amount")
			}
			check("after a named fund asked three times", 3, 6)
		})
	}
}

// TestFundInFlightWithOtherAmountIsRefused: a fund whose transaction is
// journaled but not mined is not silently replaced by a fund of another
// amount (that would be two funds where the user asked for one at a time);
// the error names the transaction in flight.
func TestFundInFlightWithOtherAmountIsRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	w := startRig(t, 2*time.Minute, []string{"requester", "funder"}, devchain.Options{})
	created := w.create(soloSpec(2, 1))
	// the rig minted the funder 1,000 tokens
	dir := t.TempDir()
	runChildFlow(t, w, "fund/send-before#2", "fund", created.CampaignID, 0, "funder", dir)
	deps := w.depsAt("funder", w.chain.Client(), w.node.APIAddr(), dir)
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	c, err := client.Open(ctx, deps, created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	start := escrow(t, ctx, c)
	_, err = c.Fund(ctx, tokens(250), "")
	if !errors.Is(err, client.ErrOpUnfinished) || !strings.Contains(err.Error(), "0x") {
		t.Fatalf("fund of another amount while one is in flight: %v, want ErrOpUnfinished naming its transaction", err)
	}
	// Finishing the one in flight funds 100; then 250 is a new fund.
	if _, err := c.Fund(ctx, tokens(100), ""); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Fund(ctx, tokens(250), ""); err != nil {
		t.Fatal(err)
	}
	if got, want := escrow(t, ctx, c), new(big.Int).Add(start, tokens(350)); got.Cmp(want) != 0 {
		t.Errorf("escrow %s, want %s", got, want)
	}
}

// TestWithdrawUnreservedTwice: two escrow withdrawals of the same amount
// both pay; a named one pays once.
func TestWithdrawUnreservedTwice(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester"}, devchain.Options{})
	spec := soloSpec(2, 1)
	spec.Deposit = tokens(1000) // more than the chunks reserve
	created := w.create(spec)
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	c, err := client.Open(ctx, w.deps("requester"), created.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	me := w.address("requester")
	start, bal := escrow(t, ctx, c), w.balance(me)
	for i, id := range []string{"", "", "refund-1", "refund-1"} {
		if _, err := c.WithdrawUnreserved(ctx, tokens(10), id); err != nil {
			t.Fatalf("withdrawal %d: %v", i, err)
		}
	}
	if got, want := escrow(t, ctx, c), new(big.Int).Sub(start, tokens(30)); got.Cmp(want) != 0 {
		t.Errorf("escrow %s, want %s (three withdrawals of 10)", got, want)
	}
	if got, want := w.balance(me), new(big.Int).Add(bal, tokens(30)); got.Cmp(want) != 0 {
		t.Errorf("requester holds %s, want %s", got, want)
	}
}

// TestGoldSaltsAreBoundToTheCampaign creates the same campaign twice (a
// pilot and its full run share their first chunks): the second's gold
// commitments differ from the first's, and the first's revealed gold (its
// salt, positions and answers) does not open the second's commitment. (The
// salt was signed over the chain, hub, chunk id and tasks only, so the
// second campaign's gold was the first's.)
func TestGoldSaltsAreBoundToTheCampaign(t *testing.T) {
	w := startRig(t, 2*time.Minute, []string{"requester"}, devchain.Options{})
	a := w.create(goldSpec())
	b := w.create(goldSpec())
	if a.CampaignID.Cmp(b.CampaignID) == 0 {
		t.Fatalf("the same spec twice made one campaign (%s); want two", a.CampaignID)
	}
	bits := client.LabelBits(testSchema())
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	leaf := func(created *client.Created) *document.Chunk {
		raw, err := w.deps("requester").IPFS.Get(ctx, created.ManifestCID, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		m, err := document.DecodeManifest(created.ManifestCID, raw)
		if err != nil {
			t.Fatal(err)
		}
		if m.Chunks[0].Gold == nil {
			t.Fatalf("campaign %s chunk 0 has no gold commitment", created.CampaignID)
		}
		return &m.Chunks[0]
	}
	la, lb := leaf(a), leaf(b)
	if *la.Gold == *lb.Gold {
		t.Fatal("two campaigns with the same gold have the same gold commitment")
	}
	// What finalizing A makes public: its gold salt and answers.
	raw, ok, err := w.deps("requester").Journal.State(fmt.Sprintf("gold/%s/%s/0", w.addrs.Hub.Hex(), a.CampaignID))
	if err != nil || !ok {
		t.Fatalf("campaign A's gold secret: %v (found %v)", err, ok)
	}
	var sec struct {
		Values []uint32    `json:"values"`
		Tasks  []int       `json:"tasks"`
		Salt   common.Hash `json:"salt"`
	}
	if err := json.Unmarshal(raw, &sec); err != nil {
		t.Fatal(err)
	}
	mask := new(big.Int)
	for _, i := range sec.Tasks {
		mask.SetBit(mask, i, 1)
	}
	mw, err := protocol.GoldMaskWords(mask, len(sec.Values), bits)
	if err != nil {
		t.Fatal(err)
	}
	lw, err := protocol.PackLabels(sec.Values, bits)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := protocol.GoldCommitment(mw, lw, sec.Salt)
	if err != nil {
		t.Fatal(err)
	}
	if opened != *la.Gold {
		t.Fatalf("A's revealed gold does not open A's own commitment (test is broken)")
	}
	if opened == *lb.Gold {
		t.Fatal("A's revealed gold opens B's commitment")
	}
}
