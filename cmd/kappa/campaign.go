package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/config"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

func init() { addCommandGroup(newCampaignCmd) }

func newCampaignCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "campaign",
		Short: "Create, inspect and fund a campaign (requester)",
		Long: `A campaign lives on the hub of the profile (contracts.kappa) and is named by
its id: --campaign, KAPPA_CAMPAIGN or the profile's campaign key. campaign
create prints the id of a new one.`,
	}
	cmd.AddCommand(newCampaignCreateCmd(app), newCampaignStatusCmd(app),
		newCampaignFundCmd(app), newCampaignWithdrawCmd(app), newCampaignReclaimCmd(app))
	return cmd
}

// createView is what campaign create prints.
type createView struct {
	Campaign    uint64 `json:"campaign"`
	ManifestCID string `json:"manifest_cid"`
	SchemaCID   string `json:"schema_cid"`
	Root        string `json:"manifest_root"`
	Chunks      int    `json:"chunks"`
	Tasks       int    `json:"tasks"`
	GoldTasks   int    `json:"gold_tasks"`
	Deposit     string `json:"deposit"`
	// Stake is the per-task stake a seat locks, base units.
	Stake string `json:"stake"`
	Tx    string `json:"tx"`
}

func newCampaignCreateCmd(app *cli.App) *cobra.Command {
	var (
		schemaPath, dataPath, arbiter, deposit, repSource string
		stake                                             string
		save, pickSeats                                   bool
		chunkSize, k, q, lanes, maxGoldMisses             uint
		maxGold, goldPerChunk                             uint
		senior                                            uint
		claimW, commitW, revealW, goldW                   time.Duration
		disputeW, duration, reviewW                       time.Duration
	)
	cmd := &cobra.Command{
		Use:   "create --schema SCHEMA.toml --data DATA.jsonl",
		Short: "Publish a schema and data set and create a campaign on the hub",
		Long: `create publishes the schema (TOML, see docs/DOCUMENTS.md), every task and the
manifest to IPFS, approves the deposit and creates the campaign.

DATA.jsonl has one task per line (- reads standard input):

  {"id": "t1", "text": "...", "meta": {"source": "x"}, "tier": 0, "gold": ["pos"]}

meta, tier (index into the schema's tiers) and gold (the known answer, label
ids) are optional. Gold answers never reach IPFS; they stay in this
account's journal, which finalizes chunks with them.

The deposit defaults to the maximum payout of every chunk; amounts are base
units or a decimal with the token's symbol (1.5KAPPA).

Annotators stake --stake per task of a seat (a seat of 32 tasks locks 32 x
stake of their credited balance from claim to finalize). A lapse, a missing
reveal or failed gold burns it; otherwise it comes back with the pay. The
default is twice the stake at which guessing breaks even: with g gold tasks
per chunk (the fewest of any chunk), c answers per task (labels, or 2^labels
for multi-label) and the highest tier's reward r, a random sheet passes gold
with p = c^-g, so the default is 2 x r x p / (1 - p) = 2r / (c^g - 1); with no
gold in some chunk it is r (docs/PROTOCOL_V2.md, "Stake").

Seats are assigned: annotators ask for work (kappa work) and the hub draws
the chunk and seat from the hash of a block mined after the request, so
nobody can seat several wallets in a chunk of their choosing. Chunks open in
the data's order, so put the tiers few annotators reach last. --pick-seats
lets annotators claim chunks themselves instead (a crowd you know).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if schemaPath == "" || dataPath == "" {
				return errors.New("campaign create needs --schema FILE.toml and --data FILE.jsonl")
			}
			raw, err := os.ReadFile(schemaPath)
			if err != nil {
				return fmt.Errorf("read schema: %w", err)
			}
			schema, err := document.ParseSchemaTOML(schemaPath, raw)
			if err != nil {
				return err
			}
			tasks, err := readTasks(app, dataPath)
			if err != nil {
				return err
			}
			spec := client.CampaignSpec{
				Schema: schema, Tasks: tasks,
				ClaimWindow: claimW, CommitWindow: commitW, RevealWindow: revealW,
				GoldWindow: goldW, DisputeWindow: disputeW, ReviewWindow: reviewW, Duration: duration,
			}
			if maxGold > math.MaxUint8 {
				return fmt.Errorf("--max-gold %d: want 1..255 (0: from the data)", maxGold)
			}
			spec.MaxGold = uint8(maxGold)
			if goldPerChunk >= chunkSize && goldPerChunk > 0 {
				return fmt.Errorf("--gold-per-chunk %d: want fewer than --chunk-size %d", goldPerChunk, chunkSize)
			}
			spec.GoldPerChunk = int(goldPerChunk)
			spec.AssignSeats = !pickSeats
			if err := checkSpec(&spec, chunkSize, k, q, lanes, maxGoldMisses, senior); err != nil {
				return err
			}
			switch {
			case arbiter == "":
				return errors.New("--arbiter is required: the address that rules on disputes (an oracle or a multisig; the hub refuses the requester)")
			case !common.IsHexAddress(arbiter):
				return fmt.Errorf("--arbiter %q is not a 20-byte hex address", arbiter)
			}
			spec.Arbiter = common.HexToAddress(arbiter)
			if repSource != "" {
				if !common.IsHexAddress(repSource) {
					return fmt.Errorf("--reputation-source %q is not a 20-byte hex address", repSource)
				}
				spec.ReputationSource = common.HexToAddress(repSource)
			}
			d, err := app.ClientDeps(ctx)
			if err != nil {
				return err
			}
			hub := client.NewHub(d.Backend, d.Hub)
			tokenAddr, err := hub.Token(ctx)
			if err != nil {
				return err
			}
			if deposit != "" || stake != "" {
				ti, err := hub.TokenInfo(ctx, tokenAddr)
				if err != nil {
					return err
				}
				if deposit != "" {
					if spec.Deposit, err = token.Parse(deposit, ti); err != nil {
						return fmt.Errorf("--deposit: %w", err)
					}
				}
				if stake != "" {
					if spec.Stake, err = token.Parse(stake, ti); err != nil {
						return fmt.Errorf("--stake: %w", err)
					}
				}
			}
			created, err := client.CreateCampaign(ctx, d, tokenAddr, spec)
			if err != nil {
				return err
			}
			if save {
				if err := saveCampaign(app, created.CampaignID.Uint64()); err != nil {
					return fmt.Errorf("campaign %s created, but: %w", created.CampaignID, err)
				}
			}
			v := createView{
				Campaign: created.CampaignID.Uint64(), ManifestCID: created.ManifestCID, SchemaCID: created.SchemaCID,
				Root: created.Root.Hex(), Chunks: created.Chunks, Tasks: len(tasks), GoldTasks: created.GoldTasks,
				Deposit: token.BaseUnits(created.Deposit), Stake: token.BaseUnits(created.Stake), Tx: created.TxHash.Hex(),
			}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "campaign  %d\nmanifest  %s\nschema    %s\nchunks    %d\ntasks     %d (%d gold)\ndeposit   %s\nstake     %s per task\ntx        %s\n",
					v.Campaign, v.ManifestCID, v.SchemaCID, v.Chunks, v.Tasks, v.GoldTasks, v.Deposit, v.Stake, v.Tx)
				return err
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&schemaPath, "schema", "", "campaign schema, TOML")
	f.StringVar(&dataPath, "data", "", "tasks, JSON lines (- for standard input)")
	f.UintVar(&chunkSize, "chunk-size", 32, "tasks per chunk (1..256)")
	f.UintVar(&k, "k", 3, "annotators per chunk")
	f.UintVar(&q, "q", 2, "agreeing annotators that decide a task (more than k/2)")
	f.UintVar(&lanes, "lanes", 8, "chunks in flight at once")
	f.UintVar(&maxGoldMisses, "max-gold-misses", 0, "gold tasks of a chunk an annotator may miss and still be paid")
	f.UintVar(&goldPerChunk, "gold-per-chunk", 0, "spread the data's gold tasks: this many per chunk, of different labels, at secret positions (0: gold stays where the data puts it)")
	f.UintVar(&maxGold, "max-gold", 0, "most gold tasks any chunk may hold, shown to annotators (0: the most any chunk of the data holds)")
	f.DurationVar(&claimW, "claim-window", 4*time.Hour, "how long seats of an opened chunk can be claimed (longer than --commit-window)")
	f.DurationVar(&commitW, "commit-window", 2*time.Hour, "how long a seat has to commit after claiming")
	f.DurationVar(&revealW, "reveal-window", time.Hour, "how long the reveal phase lasts")
	f.DurationVar(&goldW, "gold-window", time.Hour, "how long only the requester may finalize (revealing gold) after the reveals")
	f.DurationVar(&disputeW, "dispute-window", 24*time.Hour, "how long disputes may be resolved")
	f.DurationVar(&reviewW, "review-window", 0, "how long after a finalize only senior reviewers may rule; the arbiter after it (at most the dispute window less 1h)")
	f.DurationVar(&duration, "duration", 30*24*time.Hour, "how long chunks may be opened")
	f.UintVar(&senior, "senior-reputation", 120, "reputation a reviewer needs (everyone starts at 100)")
	f.StringVar(&arbiter, "arbiter", "", "address that may resolve any dispute: an oracle or a multisig, not you (required)")
	f.StringVar(&repSource, "reputation-source", "", "requester whose ledger the tier minimums and --senior-reputation read (default: yours, reputation earned in your campaigns)")
	f.StringVar(&deposit, "deposit", "", "escrow to deposit (default: the maximum payout of every chunk)")
	f.StringVar(&stake, "stake", "", "what an annotator stakes per task of a seat, burned for a lapse, a missing reveal or failed gold (default: twice the break-even of guessing gold, see above; never 0)")
	f.BoolVar(&pickSeats, "pick-seats", false, "let annotators claim the chunk they choose (protocol v1) instead of asking for work and sitting where the hub's draw puts them; among strangers it lets one person seat its wallets together")
	f.BoolVar(&save, "save", false, "make the new campaign the profile's campaign in the configuration file")
	return cmd
}

// saveCampaign records id as the campaign of the profile in use, so later
// commands need no --campaign. The file is rewritten atomically (its
// comments are not kept; see config.WriteProfile).
func saveCampaign(app *cli.App, id uint64) error {
	s, err := app.Settings()
	if err != nil {
		return err
	}
	f, err := config.Load(s.ConfigPath)
	if err != nil {
		return err
	}
	p := f.Profiles[s.Profile]
	p.Campaign = int64(id)
	if err := config.WriteProfile(s.ConfigPath, s.Profile, p, false); err != nil {
		return err
	}
	app.Info("campaign %d is now the campaign of profile %s in %s", id, s.Profile, s.ConfigPath)
	return nil
}

// checkSpec fills spec's sizes from the flags, refusing values the hub
// would revert on (its limits are mirrored in contracts/protocol), with the
// flag's name.
func checkSpec(spec *client.CampaignSpec, chunkSize, k, q, lanes, maxGoldMisses, senior uint) error {
	switch {
	case chunkSize < 1 || chunkSize > document.MaxChunkTasks:
		return fmt.Errorf("--chunk-size %d: want 1..%d", chunkSize, document.MaxChunkTasks)
	case k < 1 || k > protocol.MaxK:
		return fmt.Errorf("--k %d: want 1..%d", k, protocol.MaxK)
	case q < 1 || q > k || 2*q <= k:
		return fmt.Errorf("--q %d: want a majority of k=%d (k/2 < q <= k)", q, k)
	case lanes < 1 || lanes > protocol.MaxLanes:
		return fmt.Errorf("--lanes %d: want 1..%d", lanes, protocol.MaxLanes)
	case maxGoldMisses > math.MaxUint8:
		return fmt.Errorf("--max-gold-misses %d: want 0..255", maxGoldMisses)
	case senior > math.MaxUint32:
		return fmt.Errorf("--senior-reputation %d is too large", senior)
	}
	minWindow, minDispute := time.Duration(protocol.MinWindow)*time.Second, time.Duration(protocol.MinDisputeWindow)*time.Second
	for _, w := range []struct {
		name string
		d    time.Duration
		min  time.Duration
	}{
		{"--claim-window", spec.ClaimWindow, minWindow}, {"--commit-window", spec.CommitWindow, minWindow},
		{"--reveal-window", spec.RevealWindow, minWindow}, {"--gold-window", spec.GoldWindow, minWindow},
		{"--dispute-window", spec.DisputeWindow, minDispute}, {"--duration", spec.Duration, time.Second},
	} {
		if w.d%time.Second != 0 {
			return fmt.Errorf("%s %s: the chain counts whole seconds", w.name, w.d)
		}
		if w.d < w.min {
			return fmt.Errorf("%s %s: want at least %s", w.name, w.d, w.min)
		}
		if w.name != "--duration" && w.d/time.Second > math.MaxUint32 {
			return fmt.Errorf("%s %s is too long", w.name, w.d)
		}
	}
	if spec.ReviewWindow%time.Second != 0 || spec.ReviewWindow < 0 {
		return fmt.Errorf("--review-window %s: want whole seconds, 0 or more", spec.ReviewWindow)
	}
	if spec.ReviewWindow+minDispute > spec.DisputeWindow {
		return fmt.Errorf("--review-window %s leaves the arbiter less than %s of --dispute-window %s", spec.ReviewWindow, minDispute, spec.DisputeWindow)
	}
	if spec.ClaimWindow <= spec.CommitWindow {
		return fmt.Errorf("--claim-window %s must be longer than --commit-window %s: a seat that lapses is taken over within the claim window", spec.ClaimWindow, spec.CommitWindow)
	}
	spec.ChunkSize, spec.K, spec.Q = int(chunkSize), uint8(k), uint8(q)
	spec.Lanes, spec.MaxGoldMisses, spec.SeniorReputation = uint16(lanes), uint8(maxGoldMisses), uint32(senior)
	return nil
}

// maxTaskLine bounds one line of a data file: a task document is capped
// at document.MaxTaskSize, and JSON escaping may double it.
const maxTaskLine = 2*document.MaxTaskSize + 1024

// readTasks reads a JSON-lines data file; errors name the line.
func readTasks(app *cli.App, path string) ([]client.TaskInput, error) {
	var r io.Reader
	if path == "-" {
		r = app.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read data: %w", err)
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxTaskLine)
	var out []client.TaskInput
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var t client.TaskInput
		if err := dec.Decode(&t); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("%s:%d: more than one JSON value on the line", path, line)
		}
		if t.ID == "" {
			return nil, fmt.Errorf("%s:%d: task has no \"id\"", path, line)
		}
		if t.Text == "" {
			return nil, fmt.Errorf("%s:%d: task %q has no \"text\"", path, line, t.ID)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read data %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no tasks", path)
	}
	return out, nil
}

// statusView is campaign status.
type statusView struct {
	Campaign         uint64            `json:"campaign"`
	Title            string            `json:"title"`
	Requester        string            `json:"requester"`
	Arbiter          string            `json:"arbiter"`
	ReputationSource string            `json:"reputation_source"`
	ManifestCID      string            `json:"manifest_cid"`
	SchemaCID        string            `json:"schema_cid"`
	K                uint8             `json:"k"`
	Q                uint8             `json:"q"`
	Lanes            uint16            `json:"lanes"`
	SeatsAssigned    bool              `json:"seats_assigned"`
	MaxGold          uint8             `json:"max_gold"`
	MaxGoldMisses    uint8             `json:"max_gold_misses"`
	Tiers            []tierView        `json:"tiers"`
	ReviewerFee      string            `json:"reviewer_fee"`
	Stake            string            `json:"stake"`
	SeniorReputation uint32            `json:"senior_reputation"`
	Windows          map[string]uint32 `json:"windows_s"`
	EndTime          uint64            `json:"end_time"`
	Closed           bool              `json:"closed"`
	Reserved         string            `json:"reserved"`
	Unreserved       string            `json:"unreserved"`
	Chunks           int               `json:"chunks"`
	ByState          map[string]int    `json:"chunks_by_state"`
	Disputes         int               `json:"open_disputes"`

	token token.Info
}

type tierView struct {
	Name          string `json:"name"`
	Reward        string `json:"reward"`
	MinReputation uint32 `json:"min_reputation"`
}

// Chunk states in campaign status: what the chain says, for everyone.
const (
	stateUnopened  = "unopened"
	stateOpen      = "open"
	stateDisputed  = "disputed"
	stateFinalized = "finalized"
)

func newCampaignStatusCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show a campaign's parameters, escrow and chunks",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			if err := c.Sync(ctx); err != nil {
				return err
			}
			ti, err := c.TokenInfo(ctx)
			if err != nil {
				return err
			}
			info := c.Info()
			m, mcid := c.Manifest()
			v := statusView{
				Campaign: c.Campaign().Uint64(), Title: c.Schema().Title,
				Requester: info.Requester.Hex(), Arbiter: info.Arbiter.Hex(), ReputationSource: info.ReputationSource.Hex(),
				ManifestCID: mcid, SchemaCID: m.Schema, K: info.K, Q: info.Q, Lanes: info.Lanes, SeatsAssigned: info.Chunks != 0,
				MaxGold: info.MaxGold, MaxGoldMisses: info.MaxGoldMisses,
				ReviewerFee: token.BaseUnits(info.ReviewerFee), Stake: token.BaseUnits(info.Stake), SeniorReputation: info.SeniorReputation,
				Windows: map[string]uint32{
					"claim": info.ClaimWindow, "commit": info.CommitWindow, "reveal": info.RevealWindow,
					"gold": info.GoldWindow, "dispute": info.DisputeWindow, "review": info.ReviewWindow,
				},
				EndTime: info.EndTime, Closed: info.Closed,
				Reserved: token.BaseUnits(info.Reserved), Unreserved: token.BaseUnits(info.Unreserved),
				Chunks: len(m.Chunks), ByState: map[string]int{stateUnopened: 0, stateOpen: 0, stateDisputed: 0, stateFinalized: 0},
				token: ti,
			}
			for i, t := range info.Tiers {
				name := fmt.Sprint(i)
				if i < len(c.Schema().Tiers) {
					name = c.Schema().Tiers[i].Name
				}
				v.Tiers = append(v.Tiers, tierView{Name: name, Reward: token.BaseUnits(t.Reward), MinReputation: t.MinReputation})
			}
			for _, mc := range m.Chunks {
				ch, opened := c.ChunkState(mc.ID)
				switch {
				case !opened:
					v.ByState[stateUnopened]++
				case ch.Disputed():
					v.ByState[stateDisputed]++
				case ch.Finalized():
					v.ByState[stateFinalized]++
				default:
					v.ByState[stateOpen]++
				}
			}
			ds, err := c.Disputes(ctx)
			if err != nil {
				return err
			}
			v.Disputes = len(ds)
			return app.Print(v, v.text)
		},
	}
}

func (v statusView) text(w io.Writer) error {
	amt := func(s string) string {
		n, _ := new(big.Int).SetString(s, 10)
		return fmt.Sprintf("%s (%s)", s, token.Format(n, v.token))
	}
	fmt.Fprintf(w, "campaign      %d  %s\n", v.Campaign, v.Title)
	fmt.Fprintf(w, "requester     %s\narbiter       %s\n", v.Requester, v.Arbiter)
	if v.ReputationSource == v.Requester {
		fmt.Fprintf(w, "reputation    read from the requester's ledger\n")
	} else {
		fmt.Fprintf(w, "reputation    read from the ledger of %s\n", v.ReputationSource)
	}
	fmt.Fprintf(w, "manifest      %s\nschema        %s\n", v.ManifestCID, v.SchemaCID)
	fmt.Fprintf(w, "k, q          %d, %d\nlanes         %d\n", v.K, v.Q, v.Lanes)
	if v.SeatsAssigned {
		fmt.Fprintf(w, "seats         assigned by the hub's draw: annotators ask for work (kappa work)\n")
	} else {
		fmt.Fprintf(w, "seats         picked: annotators claim the chunk they choose (kappa chunk claim)\n")
	}
	fmt.Fprintf(w, "gold          at most %d per chunk, %d miss(es) tolerated\n", v.MaxGold, v.MaxGoldMisses)
	for _, t := range v.Tiers {
		fmt.Fprintf(w, "tier          %s: %s per label, min reputation %d\n", t.Name, amt(t.Reward), t.MinReputation)
	}
	fmt.Fprintf(w, "reviewer fee  %s, senior reputation %d\n", amt(v.ReviewerFee), v.SeniorReputation)
	fmt.Fprintf(w, "stake         %s per task of a seat, burned for a lapse, a missing reveal or failed gold\n", amt(v.Stake))
	review := ""
	if v.Windows["review"] > 0 {
		review = fmt.Sprintf(" (senior reviewers only for the first %s)", secs(v.Windows["review"]))
	}
	fmt.Fprintf(w, "windows       claim %s, commit %s, reveal %s, gold %s, dispute %s%s\n",
		secs(v.Windows["claim"]), secs(v.Windows["commit"]), secs(v.Windows["reveal"]), secs(v.Windows["gold"]), secs(v.Windows["dispute"]), review)
	fmt.Fprintf(w, "ends          %s", time.Unix(int64(v.EndTime), 0).UTC().Format(time.RFC3339))
	if v.Closed {
		fmt.Fprint(w, " (closed)")
	}
	fmt.Fprintf(w, "\nreserved      %s\nunreserved    %s\n", amt(v.Reserved), amt(v.Unreserved))
	states := make([]string, 0, len(v.ByState))
	for s := range v.ByState {
		states = append(states, s)
	}
	sort.Strings(states)
	fmt.Fprintf(w, "chunks        %d:", v.Chunks)
	for _, s := range states {
		fmt.Fprintf(w, " %d %s", v.ByState[s], s)
	}
	_, err := fmt.Fprintf(w, "\ndisputes      %d open\n", v.Disputes)
	return err
}

func secs(s uint32) string { return (time.Duration(s) * time.Second).String() }

// escrowView is what fund, withdraw and reclaim print: the escrow after.
type escrowView struct {
	Campaign   uint64 `json:"campaign"`
	Amount     string `json:"amount,omitempty"`
	Reserved   string `json:"reserved"`
	Unreserved string `json:"unreserved"`
	// Op and Tx name a fund or withdrawal; Already says it had been done
	// before this run (same --id) and nothing was sent.
	Op      string `json:"op,omitempty"`
	Tx      string `json:"tx,omitempty"`
	Already bool   `json:"already,omitempty"`
}

func printEscrow(app *cli.App, c *client.Client, amount *big.Int, verb string) error {
	return printEscrowOp(app, c, amount, verb, nil)
}

// printEscrowOp prints the escrow after a fund or withdrawal, naming the
// operation and its transaction when op is set.
func printEscrowOp(app *cli.App, c *client.Client, amount *big.Int, verb string, op *client.OpResult) error {
	info := c.Info()
	v := escrowView{Campaign: c.Campaign().Uint64(), Reserved: token.BaseUnits(info.Reserved), Unreserved: token.BaseUnits(info.Unreserved)}
	if amount != nil {
		v.Amount = amount.String()
	}
	if op != nil {
		v.Op, v.Tx, v.Already = op.Op, op.Tx.Hex(), op.Already
	}
	return app.Print(v, func(w io.Writer) error {
		switch {
		case op != nil && op.Already:
			fmt.Fprintf(w, "already %s %s as %s by %s; nothing sent\n", verb, v.Amount, v.Op, v.Tx)
		case op != nil:
			fmt.Fprintf(w, "%s %s (%s, %s)\n", verb, v.Amount, v.Op, v.Tx)
		case amount != nil:
			fmt.Fprintf(w, "%s %s\n", verb, v.Amount)
		}
		_, err := fmt.Fprintf(w, "reserved %s\nunreserved %s\n", v.Reserved, v.Unreserved)
		return err
	})
}

// amountCmd builds fund and withdraw: one AMOUNT argument, then act with
// the --id the user chose, if any.
func amountCmd(app *cli.App, use, short, verb string, act func(c *client.Client, cmd *cobra.Command, amount *big.Int, id string) (client.OpResult, error)) *cobra.Command {
	var id string
	cmd := &cobra.Command{
		Use:   use + " AMOUNT",
		Short: short,
		Long: short + `.

AMOUNT is in base units (1500000000000000000) or a decimal with the
token's symbol (1.5KAPPA), converted exactly with the token's decimals.

Each run is one action: a run interrupted after its transaction was sent
finishes that transaction when repeated, and never sends a second one; once
it is mined, the next run is a new ` + use + `, even of the same amount. With
--id NAME the action is named by you: repeating it with the same NAME
(from a script, say) does nothing more and prints the earlier transaction.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			ti, err := c.TokenInfo(ctx)
			if err != nil {
				return err
			}
			amount, err := token.Parse(args[0], ti)
			if err != nil {
				return err
			}
			op, err := act(c, cmd, amount, id)
			if err != nil {
				return err
			}
			return printEscrowOp(app, c, amount, verb, &op)
		},
	}
	cmd.Flags().StringVar(&id, "id", "", "name this "+use+" so that repeating the command with the same id does it only once")
	return cmd
}

func newCampaignFundCmd(app *cli.App) *cobra.Command {
	return amountCmd(app, "fund", "Add tokens to the campaign's escrow (approve, then fund)", "funded",
		func(c *client.Client, cmd *cobra.Command, amount *big.Int, id string) (client.OpResult, error) {
			return c.Fund(cmd.Context(), amount, id)
		})
}

func newCampaignWithdrawCmd(app *cli.App) *cobra.Command {
	return amountCmd(app, "withdraw", "Take unreserved escrow back to the requester", "withdrew",
		func(c *client.Client, cmd *cobra.Command, amount *big.Int, id string) (client.OpResult, error) {
			if err := c.Sync(cmd.Context()); err != nil {
				return client.OpResult{}, err
			}
			if un := c.Info().Unreserved; id == "" && un != nil && amount.Cmp(un) > 0 {
				return client.OpResult{}, fmt.Errorf("withdraw %s: only %s of the escrow is unreserved", amount, un)
			}
			return c.WithdrawUnreserved(cmd.Context(), amount, id)
		})
}

func newCampaignReclaimCmd(app *cli.App) *cobra.Command {
	var id string
	cmd := &cobra.Command{
		Use:   "reclaim",
		Short: "Close the campaign once it is over and take its unreserved escrow back",
		Long: `reclaim closes the campaign once its end time and every window after it have
passed, and sends its unreserved escrow to the requester.

What is still reserved (chunks in progress, open disputes) is owed to their
annotators and reviewers and stays in the escrow; as those chunks finalize
and their disputes are resolved or expire, it returns to the unreserved
escrow, and reclaim may be run again to take it.

Each run is one action, as for fund and withdraw (--id names it).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			if err := c.Sync(ctx); err != nil {
				return err
			}
			info := c.Info()
			if info.Requester != c.Address() {
				return fmt.Errorf("reclaim campaign %s: only its requester %s may", c.Campaign(), info.Requester.Hex())
			}
			if id == "" && info.Closed && info.Unreserved.Sign() == 0 {
				if info.Reserved.Sign() > 0 {
					return fmt.Errorf("reclaim campaign %s: nothing to reclaim now; %s is still reserved for chunks in progress and open disputes, and returns to the escrow as they settle",
						c.Campaign(), token.BaseUnits(info.Reserved))
				}
				return fmt.Errorf("reclaim campaign %s: nothing to reclaim; the escrow is empty", c.Campaign())
			}
			// The hub reverts until the end time and every window after it
			// have passed; say when that is rather than show the revert.
			backend, _ := app.Dial(ctx)
			head, err := backend.HeaderByNumber(ctx, nil)
			if err != nil {
				return fmt.Errorf("read chain head: %w", err)
			}
			if info.CloseTime != nil && info.CloseTime.IsUint64() && head.Time <= info.CloseTime.Uint64() {
				return fmt.Errorf("reclaim campaign %s: not over until %s (chain time; end time plus every window)",
					c.Campaign(), time.Unix(int64(info.CloseTime.Uint64()), 0).UTC().Format(time.RFC3339))
			}
			before := new(big.Int).Add(info.Reserved, info.Unreserved)
			op, err := c.Reclaim(ctx, id)
			if err != nil {
				return err
			}
			after := new(big.Int).Add(c.Info().Reserved, c.Info().Unreserved)
			return printEscrowOp(app, c, before.Sub(before, after), "reclaimed", &op)
		},
	}
	cmd.Flags().StringVar(&id, "id", "", "name this reclaim so that repeating the command with the same id does it only once")
	return cmd
}
