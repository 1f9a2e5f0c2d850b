package simulate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
)

// SweepVersion is the "version" field of the JSON sweep report.
const SweepVersion = "kappa/simulate-sweep@1"

// Grid is what Sweep varies. Every q with k/2 < q <= k is run for each k.
type Grid struct {
	Ks      []int
	Rewards []*big.Int // per accepted label, base units; empty: the base config's
	// TargetAccuracy is the consensus accuracy a recommended row must
	// reach, in per mille (default 950).
	TargetAccuracy int
	// MaxDisputeRate, in per mille, excludes from the recommendation rows
	// that sent more tasks to the reviewers (their capacity); 0: no limit.
	MaxDisputeRate int
}

// DefaultGrid is k in {1, 3, 5} at the base reward, target 95%.
var DefaultGrid = Grid{Ks: []int{1, 3, 5}, TargetAccuracy: 950}

// SweepRow is one run of a sweep.
type SweepRow struct {
	K, Q              int
	Reward            string
	ConsensusAccuracy float64
	ConsensusChecked  int
	ConsensusLow      float64
	FinalAccuracy     float64
	DisputeRate       float64
	CostPerAccepted   string
	GasPerAccepted    uint64
	HonestPerSeat     string
	// BestAdversary is the adversary kind that netted most per seat (pay
	// less slashed stake), and what it netted.
	BestAdversary        Kind
	BestAdversaryPerSeat string
	// PerSeat is every kind's net per seat held (pay less slashed stake,
	// base units); kinds that held no seat are absent.
	PerSeat     map[Kind]string
	HonestWins  bool
	Failures    []string
	MeetsTarget bool
}

// SweepReport lists every run and the recommendation.
type SweepReport struct {
	Version        string     `json:"version"`
	Seed           int64      `json:"seed"`
	Population     Population `json:"population"`
	TargetAccuracy float64    `json:"target_accuracy"`
	MaxDisputeRate float64    `json:"max_dispute_rate,omitempty"`
	Rows           []SweepRow `json:"rows"`
	// Recommended indexes the cheapest row (cost per accepted label, then
	// fewer disputes, then smaller k) whose consensus accuracy reaches the
	// target at the lower end of its 95% interval (so a handful of lucky
	// tasks cannot qualify) and where honest annotators out-earn every
	// adversary; -1 when none does (Note says why).
	Recommended int    `json:"recommended"`
	Note        string `json:"note,omitempty"`
}

// Sweep runs base once per (k, q, reward) of the grid, with the same seed.
func Sweep(ctx context.Context, base Config, g Grid) (*SweepReport, error) {
	base = base.withDefaults()
	if len(g.Ks) == 0 {
		g.Ks = DefaultGrid.Ks
	}
	if g.TargetAccuracy == 0 {
		g.TargetAccuracy = DefaultGrid.TargetAccuracy
	}
	if g.TargetAccuracy < 0 || g.TargetAccuracy > 1000 {
		return nil, fmt.Errorf("sweep: target accuracy %d per mille, want 0..1000", g.TargetAccuracy)
	}
	if g.MaxDisputeRate < 0 || g.MaxDisputeRate > 1000 {
		return nil, fmt.Errorf("sweep: max dispute rate %d per mille, want 0..1000", g.MaxDisputeRate)
	}
	rewards := g.Rewards
	if len(rewards) == 0 {
		rewards = []*big.Int{base.Reward}
	}
	target := float64(g.TargetAccuracy) / 1000
	out := &SweepReport{Version: SweepVersion, Seed: base.Seed, Population: base.Population, TargetAccuracy: target,
		MaxDisputeRate: float64(g.MaxDisputeRate) / 1000, Recommended: -1}
	for _, k := range g.Ks {
		if k < 1 || k > 8 {
			return nil, fmt.Errorf("sweep: k = %d, want 1..8", k)
		}
		for q := k/2 + 1; q <= k; q++ {
			for _, rw := range rewards {
				cfg := base
				cfg.K, cfg.Q, cfg.Reward = k, q, rw
				r, err := Run(ctx, cfg)
				if err != nil {
					return nil, fmt.Errorf("sweep k=%d q=%d reward %s: %w", k, q, rw, err)
				}
				row := rowOf(r, target)
				if g.MaxDisputeRate > 0 && row.DisputeRate > out.MaxDisputeRate {
					row.MeetsTarget = false
				}
				out.Rows = append(out.Rows, row)
			}
		}
	}
	for i, row := range out.Rows {
		if !row.MeetsTarget || !row.HonestWins {
			continue
		}
		if out.Recommended < 0 || better(row, out.Rows[out.Recommended]) {
			out.Recommended = i
		}
	}
	if out.Recommended < 0 {
		out.Note = fmt.Sprintf("no (k, q, reward) reached consensus accuracy %.3f (at the lower end of its 95%% interval) with honest annotators out-earning every adversary", target)
		if g.MaxDisputeRate > 0 {
			out.Note += fmt.Sprintf(" and a dispute rate at most %.3f", out.MaxDisputeRate)
		}
	}
	return out, nil
}

func better(a, b SweepRow) bool {
	ca, _ := new(big.Int).SetString(a.CostPerAccepted, 10)
	cb, _ := new(big.Int).SetString(b.CostPerAccepted, 10)
	if c := ca.Cmp(cb); c != 0 {
		return c < 0
	}
	if a.DisputeRate != b.DisputeRate {
		return a.DisputeRate < b.DisputeRate
	}
	return a.K < b.K
}

func rowOf(r *Report, target float64) SweepRow {
	row := SweepRow{
		K: r.Params.K, Q: r.Params.Q, Reward: r.Params.Reward,
		ConsensusAccuracy: r.ConsensusAccuracy, ConsensusChecked: r.ConsensusChecked, ConsensusLow: r.ConsensusLow,
		FinalAccuracy: r.FinalAccuracy, DisputeRate: r.DisputeRate, PerSeat: map[Kind]string{},
		CostPerAccepted: r.CostPerAccepted, GasPerAccepted: r.Gas.PerAccepted,
		HonestWins: r.HonestWins, Failures: r.Failures, HonestPerSeat: "0", BestAdversaryPerSeat: "0",
		MeetsTarget: r.ConsensusLow >= target,
	}
	var best *big.Int
	for _, k := range r.Kinds {
		if k.Seats > 0 {
			row.PerSeat[k.Kind] = k.NetPerSeat
		}
		if k.Kind == Honest {
			row.HonestPerSeat = k.NetPerSeat
			continue
		}
		if k.Seats == 0 {
			continue
		}
		v, _ := new(big.Int).SetString(k.NetPerSeat, 10)
		if best == nil || v.Cmp(best) > 0 {
			best, row.BestAdversary, row.BestAdversaryPerSeat = v, k.Kind, k.NetPerSeat
		}
	}
	return row
}

// WriteSweepJSON writes the sweep as indented JSON.
func WriteSweepJSON(w io.Writer, s *SweepReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// WriteSweepText writes the sweep as a table and the recommendation.
func WriteSweepText(w io.Writer, s *SweepReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "k\tq\treward\tconsensus acc (n)\t95% low\tdisputes\tcost/label\tgas/label\thonest wins\t")
	for i, r := range s.Rows {
		mark := ""
		if i == s.Recommended {
			mark = " <-"
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%.3f (%d)\t%.3f\t%.3f\t%s\t%d\t%v%s\t\n", r.K, r.Q, tok(r.Reward), r.ConsensusAccuracy, r.ConsensusChecked,
			r.ConsensusLow, r.DisputeRate, tok(r.CostPerAccepted), r.GasPerAccepted, r.HonestWins, mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// Earnings per seat by kind, one column per kind that held a seat.
	var kinds []Kind
	for _, k := range Kinds {
		for _, r := range s.Rows {
			if _, ok := r.PerSeat[k]; ok {
				kinds = append(kinds, k)
				break
			}
		}
	}
	fmt.Fprintf(w, "\ntokens netted per seat held (pay less slashed stake)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "k\tq\treward\t")
	for _, k := range kinds {
		fmt.Fprintf(tw, "%s\t", k)
	}
	fmt.Fprintln(tw)
	for _, r := range s.Rows {
		fmt.Fprintf(tw, "%d\t%d\t%s\t", r.K, r.Q, tok(r.Reward))
		for _, k := range kinds {
			v, ok := r.PerSeat[k]
			if !ok {
				v = "-"
			} else {
				v = tok(v)
			}
			fmt.Fprintf(tw, "%s\t", v)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var b strings.Builder
	if s.Recommended >= 0 {
		r := s.Rows[s.Recommended]
		fmt.Fprintf(&b, "\nrecommended: k=%d q=%d reward %s (consensus accuracy %.3f, 95%% low %.3f >= %.3f, cheapest at %s tokens per accepted label, honest annotators out-earn every adversary",
			r.K, r.Q, tok(r.Reward), r.ConsensusAccuracy, r.ConsensusLow, s.TargetAccuracy, tok(r.CostPerAccepted))
		if s.MaxDisputeRate > 0 {
			fmt.Fprintf(&b, ", disputes %.3f <= %.3f", r.DisputeRate, s.MaxDisputeRate)
		}
		b.WriteString(")\n")
	} else {
		fmt.Fprintf(&b, "\n%s\n", s.Note)
	}
	for _, r := range s.Rows {
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "k=%d q=%d reward %s: %s\n", r.K, r.Q, tok(r.Reward), f)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
