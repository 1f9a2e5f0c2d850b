package simulate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// ReportVersion is the "version" field of the JSON report.
const ReportVersion = "kappa/simulate-report@1"

// Report is what one simulated campaign found.
type Report struct {
	Version string `json:"version"`
	Params  Params `json:"params"`

	// Tasks in the campaign; GoldTasks of them gold; Disputed tasks had no
	// quorum at finalize (all resolved by the arbiter with the truth).
	Tasks     int `json:"tasks"`
	GoldTasks int `json:"gold_tasks"`
	Disputed  int `json:"disputed"`
	// Released counts finalizes that found nobody to count (no seat
	// revealed, gold kept secret): the chunk decided nothing and was
	// reopened and run again with new seats; Unlabeled counts the tasks of
	// chunks still released after the last round.
	Released  int `json:"released"`
	Unlabeled int `json:"unlabeled"`
	// DisputeRate is Disputed / Tasks.
	DisputeRate float64 `json:"dispute_rate"`
	// ConsensusAccuracy is the share of non-gold tasks accepted by quorum
	// whose label is the truth; ConsensusChecked how many there were.
	ConsensusAccuracy float64 `json:"consensus_accuracy"`
	ConsensusChecked  int     `json:"consensus_checked"`
	ConsensusCorrect  int     `json:"consensus_correct"`
	// ConsensusLow is the lower end of the 95% Wilson score interval of
	// ConsensusAccuracy: what a small sample can promise.
	ConsensusLow float64 `json:"consensus_accuracy_low"`
	// FinalAccuracy is the same over every non-gold task after the
	// resolutions (the arbiter resolves to the truth).
	FinalAccuracy float64 `json:"final_accuracy"`

	// Kinds has one row per annotator kind that took part.
	Kinds []KindRow `json:"kinds"`
	// ReviewerFees is what the arbiter earned resolving disputes.
	ReviewerFees string `json:"reviewer_fees"`
	// Paid is everything credited (annotators and reviewer);
	// CostPerAccepted = Paid / (Tasks - Unlabeled) (every other task ends
	// with an accepted label), in base units, rounded down.
	Paid            string `json:"paid"`
	CostPerAccepted string `json:"cost_per_accepted"`

	Gas  Gas          `json:"gas"`
	Copy CopyAttempts `json:"copy"`

	// EscrowChecks counts the conservation checks passed (after every
	// chunk and after the withdrawals).
	EscrowChecks int `json:"escrow_checks"`
	// HonestWins is true when honest annotators earned more per seat than
	// every adversary kind that held a seat; Failures names those that did
	// not earn less.
	HonestWins bool     `json:"honest_wins"`
	Failures   []string `json:"failures"`
}

// Params are the run's parameters, as reported.
type Params struct {
	Seed          int64      `json:"seed"`
	Tasks         int        `json:"tasks"`
	ChunkSize     int        `json:"chunk_size"`
	GoldPerChunk  int        `json:"gold_per_chunk"`
	MaxGoldMisses int        `json:"max_gold_misses"`
	K             int        `json:"k"`
	Q             int        `json:"q"`
	Reward        string     `json:"reward"`
	ReviewerFee   string     `json:"reviewer_fee"`
	Stake         string     `json:"stake"`
	Labels        []string   `json:"labels"`
	Population    Population `json:"population"`
	Accuracy      [2]int     `json:"honest_accuracy_permille"`
	IPFS          string     `json:"ipfs"`
}

// KindRow is what one kind of annotator did and earned.
type KindRow struct {
	Kind    Kind `json:"kind"`
	Wallets int  `json:"wallets"`
	// Seats is chunk seats held; Labels the labels revealed.
	Seats  int `json:"seats"`
	Labels int `json:"labels"`
	// Earned in base units; PerSeat = Earned / Seats (rounded down).
	Earned  string `json:"earned"`
	PerSeat string `json:"per_seat"`
	// StakeLost is the stake the kind's seats had slashed (burned); Net =
	// Earned - StakeLost, NetPerSeat = Net / Seats (rounded toward zero):
	// what a seat of this kind is worth in tokens.
	StakeLost  string `json:"stake_lost"`
	Net        string `json:"net"`
	NetPerSeat string `json:"net_per_seat"`
	// GoldFailed and NoReveal count the seats settled for those reasons.
	GoldFailed int `json:"gold_failed"`
	NoReveal   int `json:"no_reveal"`
	// Reputation is the mean final reputation of the kind's wallets.
	Reputation float64 `json:"reputation"`

	earned, lost *big.Int
	netPerSeat   *big.Rat
}

// Gas sums the gas used by the campaign's transactions (from the creation
// on), by function.
type Gas struct {
	// Total is every transaction's gas, creation and withdrawals included;
	// Labeling only that of the per-chunk path (claimOpen, claim, commit,
	// reveal, finalize, resolve).
	Total    uint64 `json:"total"`
	Labeling uint64 `json:"labeling"`
	// PerAccepted = Labeling / Tasks; PerLabel = Labeling / revealed labels.
	PerAccepted uint64      `json:"per_accepted"`
	PerLabel    uint64      `json:"per_label"`
	ByFunction  []GasByFunc `json:"by_function"`
}

// GasByFunc is the gas of one contract function.
type GasByFunc struct {
	Function string `json:"function"`
	Txs      int    `json:"txs"`
	Gas      uint64 `json:"gas"`
}

// wilsonLow is the lower bound of the 95% Wilson score interval of the
// proportion k/n (0 when n is 0).
func wilsonLow(k, n int) float64 {
	if n == 0 {
		return 0
	}
	const z = 1.959963984540054
	p, fn := float64(k)/float64(n), float64(n)
	centre := p + z*z/(2*fn)
	margin := z * math.Sqrt(p*(1-p)/fn+z*z/(4*fn*fn))
	return (centre - margin) / (1 + z*z/fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *sim) report() (*Report, error) {
	ctx := s.ctx
	if err := s.req.Sync(ctx); err != nil {
		return nil, err
	}
	info := s.req.Info()
	cfg := s.cfg
	r := &Report{
		Version: ReportVersion,
		Params: Params{
			Seed: cfg.Seed, Tasks: cfg.Tasks, ChunkSize: cfg.ChunkSize, GoldPerChunk: cfg.GoldPerChunk,
			MaxGoldMisses: cfg.MaxGoldMisses, K: cfg.K, Q: cfg.Q, Reward: cfg.Reward.String(),
			ReviewerFee: cfg.ReviewerFee.String(), Labels: s.labels, Population: cfg.Population,
			Accuracy: cfg.HonestAccuracy, IPFS: cfg.IPFS,
		},
		Tasks: len(s.tasks), GoldTasks: len(s.gold), Copy: s.copy, EscrowChecks: s.checks,
	}
	r.Params.Stake = s.req.Stake().String()
	if r.Copy.Rejections == nil {
		r.Copy.Rejections = map[string]int{}
	}
	finalCorrect, finalChecked, consCorrect := 0, 0, 0
	r.Released = s.released
	for _, ch := range s.req.ChunkStates() {
		if ch.Outcome == nil && ch.Release != nil {
			r.Unlabeled += int(ch.Record.Size)
			continue
		}
		if ch.Outcome == nil {
			return nil, fmt.Errorf("chunk %d was not finalized", ch.ID)
		}
		size := int(ch.Record.Size)
		first := int(ch.ID) * cfg.ChunkSize
		accepted, err := protocol.UnpackLabels(ch.Outcome.Accepted, size, info.LabelBits)
		if err != nil {
			return nil, err
		}
		final := append([]uint32(nil), accepted...)
		for _, res := range ch.Resolutions {
			vals, err := protocol.UnpackLabels(res.Labels, size, info.LabelBits)
			if err != nil {
				return nil, err
			}
			for t := range size {
				if res.TaskMask.Bit(t) == 1 {
					final[t] = vals[t]
				}
			}
		}
		for t := range size {
			disputed := ch.Outcome.Disputes.Bit(t) == 1
			if disputed {
				r.Disputed++
			}
			if s.gold[first+t] {
				continue
			}
			truth := s.truth[first+t]
			if !disputed {
				r.ConsensusChecked++
				if accepted[t] == truth {
					consCorrect++
				}
			}
			finalChecked++
			if final[t] == truth {
				finalCorrect++
			}
		}
	}
	r.DisputeRate = ratio(r.Disputed, r.Tasks)
	r.ConsensusAccuracy = ratio(consCorrect, r.ConsensusChecked)
	r.ConsensusCorrect = consCorrect
	r.ConsensusLow = wilsonLow(consCorrect, r.ConsensusChecked)
	r.FinalAccuracy = ratio(finalCorrect, finalChecked)

	rows := map[Kind]*KindRow{}
	for _, k := range Kinds {
		rows[k] = &KindRow{Kind: k, earned: new(big.Int), lost: new(big.Int)}
	}
	reps := map[Kind]uint64{}
	labels := 0
	for _, a := range s.agents {
		row := rows[a.kind]
		row.Wallets++
		row.Seats += a.seats
		row.Labels += a.revealed
		labels += a.revealed
		rep, err := s.req.ReputationOf(ctx, a.addr)
		if err != nil {
			return nil, err
		}
		reps[a.kind] += rep
	}
	paid, fees := new(big.Int), new(big.Int)
	for _, st := range s.req.Settlements(zeroAddr) {
		paid.Add(paid, st.Credited)
		if st.Account == s.revAddr {
			fees.Add(fees, st.Credited)
			continue
		}
		a := s.byAddr[st.Account]
		if a == nil {
			return nil, fmt.Errorf("settlement of unknown account %s", st.Account.Hex())
		}
		row := rows[a.kind]
		row.earned.Add(row.earned, st.Credited)
		if st.Stake != nil && st.Stake.Sign() < 0 {
			row.lost.Sub(row.lost, st.Stake)
		}
		switch st.Reason {
		case index.ReasonGoldFailed:
			row.GoldFailed++
		case index.ReasonNoReveal:
			row.NoReveal++
		}
	}
	r.ReviewerFees, r.Paid = fees.String(), paid.String()
	r.CostPerAccepted = new(big.Int).Div(paid, big.NewInt(int64(max(r.Tasks-r.Unlabeled, 1)))).String()
	for _, k := range Kinds {
		row := rows[k]
		if row.Wallets == 0 {
			continue
		}
		row.Earned, row.StakeLost = row.earned.String(), row.lost.String()
		net := new(big.Int).Sub(row.earned, row.lost)
		row.Net = net.String()
		row.PerSeat, row.NetPerSeat = "0", "0"
		if row.Seats > 0 {
			seats := big.NewInt(int64(row.Seats))
			row.PerSeat = new(big.Int).Quo(row.earned, seats).String()
			row.netPerSeat = new(big.Rat).SetFrac(net, seats)
			row.NetPerSeat = new(big.Int).Quo(net, seats).String()
		}
		row.Reputation = float64(reps[k]) / float64(row.Wallets)
		r.Kinds = append(r.Kinds, *row)
	}
	r.HonestWins, r.Failures = honestWins(r.Kinds)

	gas, err := s.gas(ctx)
	if err != nil {
		return nil, err
	}
	gas.PerAccepted = gas.Labeling / uint64(max(r.Tasks, 1))
	gas.PerLabel = gas.Labeling / uint64(max(labels, 1))
	r.Gas = gas
	return r, nil
}

// honestWins compares what a seat is worth, net of slashed stake: every
// adversary kind must end below an honest annotator.
func honestWins(rows []KindRow) (bool, []string) {
	var honest *big.Rat
	for _, r := range rows {
		if r.Kind == Honest {
			honest = r.netPerSeat
		}
	}
	failures := []string{}
	if honest == nil {
		return false, []string{"no honest annotator held a seat"}
	}
	for _, r := range rows {
		if r.Kind == Honest || r.netPerSeat == nil {
			continue
		}
		if r.netPerSeat.Cmp(honest) >= 0 {
			failures = append(failures, fmt.Sprintf("%s netted %s tokens per seat, honest %s", r.Kind,
				tok(new(big.Int).Quo(r.netPerSeat.Num(), r.netPerSeat.Denom()).String()),
				tok(new(big.Int).Quo(honest.Num(), honest.Denom()).String())))
		}
	}
	return len(failures) == 0, failures
}

// labelingFuncs are the hub functions of the per-chunk path.
var labelingFuncs = map[string]bool{"claimOpen": true, "claim": true, "commit": true, "reveal": true, "finalize": true, "resolve": true}

// gas scans the campaign's blocks and sums gas by function.
func (s *sim) gas(ctx context.Context) (Gas, error) {
	hubABI, err := bindings.KappaHubMetaData.ParseABI()
	if err != nil {
		return Gas{}, err
	}
	tokABI, err := bindings.KappaTokenMetaData.ParseABI()
	if err != nil {
		return Gas{}, err
	}
	cl := s.chain.Client()
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		return Gas{}, err
	}
	by := map[string]*GasByFunc{}
	var g Gas
	for n := s.start; n <= head; n++ {
		blk, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return Gas{}, fmt.Errorf("block %d: %w", n, err)
		}
		if len(blk.Transactions()) == 0 {
			continue
		}
		rcs, err := cl.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n)))
		if err != nil {
			return Gas{}, fmt.Errorf("receipts of block %d: %w", n, err)
		}
		for i, tx := range blk.Transactions() {
			name := "other"
			if len(tx.Data()) >= 4 {
				for _, a := range []*abi.ABI{hubABI, tokABI} {
					if m, err := a.MethodById(tx.Data()[:4]); err == nil {
						name = m.Name
						break
					}
				}
			}
			f := by[name]
			if f == nil {
				f = &GasByFunc{Function: name}
				by[name] = f
			}
			f.Txs++
			f.Gas += rcs[i].GasUsed
			g.Total += rcs[i].GasUsed
			if labelingFuncs[name] {
				g.Labeling += rcs[i].GasUsed
			}
		}
	}
	for _, f := range by {
		g.ByFunction = append(g.ByFunction, *f)
	}
	sort.Slice(g.ByFunction, func(i, j int) bool { return g.ByFunction[i].Function < g.ByFunction[j].Function })
	return g, nil
}

// WriteJSON writes the report as indented JSON.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// tok writes base units as whole tokens with three decimals.
func tok(s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	return pilot.FormatRat(new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)), 3)
}

// WriteText writes the report as plain-text tables.
func WriteText(w io.Writer, r *Report) error {
	p := r.Params
	var b strings.Builder
	fmt.Fprintf(&b, "simulated campaign  seed %d  k=%d q=%d  %d tasks in chunks of %d, %d gold per chunk (max misses %d)\n",
		p.Seed, p.K, p.Q, p.Tasks, p.ChunkSize, p.GoldPerChunk, p.MaxGoldMisses)
	fmt.Fprintf(&b, "reward %s per accepted label, reviewer fee %s, stake %s per task; honest accuracy %.0f-%.0f%%; ipfs %s\n\n",
		tok(p.Reward), tok(p.ReviewerFee), tok(p.Stake), float64(p.Accuracy[0])/10, float64(p.Accuracy[1])/10, p.IPFS)
	fmt.Fprintf(&b, "accepted-label accuracy  consensus %.3f (%d of %d non-gold tasks by quorum; 95%% low %.3f)  final %.3f\n",
		r.ConsensusAccuracy, r.ConsensusCorrect, r.ConsensusChecked, r.ConsensusLow, r.FinalAccuracy)
	fmt.Fprintf(&b, "disputes                 %d of %d tasks (%.3f), resolved by the arbiter for %s\n", r.Disputed, r.Tasks, r.DisputeRate, tok(r.ReviewerFees))
	if r.Released > 0 {
		fmt.Fprintf(&b, "released                 %d chunk rounds nobody revealed (reopened and run again; %d tasks left unlabeled)\n", r.Released, r.Unlabeled)
	}
	fmt.Fprintf(&b, "paid                     %s tokens, %s per accepted label\n", tok(r.Paid), tok(r.CostPerAccepted))
	fmt.Fprintf(&b, "gas                      %d total, %d labeling (claim to resolve): %d per accepted label, %d per revealed label\n\n", r.Gas.Total, r.Gas.Labeling, r.Gas.PerAccepted, r.Gas.PerLabel)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\twallets\tseats\tlabels\tearned\tstake lost\tnet per seat\tgold failed\tno reveal\treputation\t")
	for _, k := range r.Kinds {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%d\t%.1f\t\n", k.Kind, k.Wallets, k.Seats, k.Labels, tok(k.Earned), tok(k.StakeLost), tok(k.NetPerSeat), k.GoldFailed, k.NoReveal, k.Reputation)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	b.Reset()
	fmt.Fprintf(&b, "\ncopier: %d commitments replayed, %d reveals tried, %d rejected", r.Copy.CommitsReplayed, r.Copy.RevealsTried, r.Copy.RevealsRejected)
	if r.Copy.NoVictim > 0 {
		fmt.Fprintf(&b, ", %d found nothing to copy", r.Copy.NoVictim)
	}
	if r.Copy.Lapsed > 0 {
		fmt.Fprintf(&b, ", %d lapsed waiting for one", r.Copy.Lapsed)
	}
	names := make([]string, 0, len(r.Copy.Rejections))
	for n := range r.Copy.Rejections {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, " (%s x%d)", n, r.Copy.Rejections[n])
	}
	fmt.Fprintf(&b, "\nescrow conserved to the unit: %d checks\n", r.EscrowChecks)
	if r.HonestWins {
		b.WriteString("honest annotators netted more per seat (pay less slashed stake) than every adversary kind\n")
	} else {
		b.WriteString("honest annotators did NOT net more per seat than every adversary kind:\n")
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "  %s\n", f)
		}
	}
	b.WriteString("\ngas by function\n")
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return err
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, f := range r.Gas.ByFunction {
		fmt.Fprintf(tw, "%s\t%d txs\t%d gas\t\n", f.Function, f.Txs, f.Gas)
	}
	return tw.Flush()
}

var zeroAddr common.Address
