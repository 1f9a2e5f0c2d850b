package pilot

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client/token"
)

// ReportVersion is the "version" field of the JSON report.
const ReportVersion = "kappa/pilot-report@1"

// fiatDigits is the number of digits after the point of fiat figures.
const fiatDigits = 2

// The wire types below fix the JSON encoding of a Report. Amounts of tokens
// are decimal strings in base units (exact) with a whole-token twin;
// durations are integer milliseconds; ratios and probabilities are numbers.

type jsonToken struct {
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
}

type jsonTier struct {
	Name   string `json:"name"`
	Reward string `json:"reward"`
}

type jsonCampaign struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Token       jsonToken  `json:"token"`
	K           int        `json:"k"`
	Q           int        `json:"q"`
	Kind        string     `json:"kind"`
	Labels      []string   `json:"labels"`
	Tiers       []jsonTier `json:"tiers"`
	ReviewerFee string     `json:"reviewer_fee"`
}

type jsonRow struct {
	Annotator          string   `json:"annotator"`
	Items              int      `json:"items"`
	MedianMS           int64    `json:"median_ms"`
	P90MS              int64    `json:"p90_ms"`
	TimeMS             int64    `json:"time_ms"`
	ConsensusErrors    int      `json:"consensus_errors"`
	ConsensusChecked   int      `json:"consensus_checked"`
	ConsensusErrorRate *float64 `json:"consensus_error_rate"`
	GoldErrors         int      `json:"gold_errors"`
	GoldChecked        int      `json:"gold_checked"`
	GoldErrorRate      *float64 `json:"gold_error_rate"`
	Earnings           string   `json:"earnings"`
	EarningsTokens     string   `json:"earnings_tokens"`
	TokensPerHour      *string  `json:"tokens_per_hour"`
	FiatPerHour        *string  `json:"fiat_per_hour"`
	Chunks             int      `json:"chunks"`
	DropOffs           int      `json:"drop_offs"`
}

type jsonDist struct {
	N        int   `json:"n"`
	MinMS    int64 `json:"min_ms"`
	P10MS    int64 `json:"p10_ms"`
	P25MS    int64 `json:"p25_ms"`
	MedianMS int64 `json:"median_ms"`
	P75MS    int64 `json:"p75_ms"`
	P90MS    int64 `json:"p90_ms"`
	MaxMS    int64 `json:"max_ms"`
	MeanMS   int64 `json:"mean_ms"`
	TotalMS  int64 `json:"total_ms"`
}

type jsonStat struct {
	Value    *float64    `json:"value"`
	Observed float64     `json:"observed"`
	Expected float64     `json:"expected"`
	Items    int         `json:"items"`
	Interval *[2]float64 `json:"interval_95"`
	Note     string      `json:"note,omitempty"`
}

type jsonPair struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Pairs int64  `json:"pairs"`
}

type jsonSummary struct {
	Annotators       int        `json:"annotators"`
	Tasks            int        `json:"tasks"`
	Labels           int        `json:"labels"`
	Unrevealed       int        `json:"unrevealed"`
	Finalized        int        `json:"finalized"`
	ByConsensus      int        `json:"by_consensus"`
	ByReviewer       int        `json:"by_reviewer"`
	ByArbiter        int        `json:"by_arbiter"`
	Unresolved       int        `json:"unresolved"`
	Pending          int        `json:"pending"`
	DisputeRate      *float64   `json:"dispute_rate"`
	GoldTasks        int        `json:"gold_tasks"`
	GoldChecked      int        `json:"gold_checked"`
	GoldErrors       int        `json:"gold_errors"`
	Claims           int        `json:"claims"`
	DropOffs         int        `json:"drop_offs"`
	DropOffRate      *float64   `json:"drop_off_rate"`
	Earnings         string     `json:"earnings"`
	EarningsTokens   string     `json:"earnings_tokens"`
	Time             jsonDist   `json:"time_per_item"`
	PercentAgreement jsonStat   `json:"percent_agreement"`
	Fleiss           jsonStat   `json:"fleiss_kappa"`
	Alpha            jsonStat   `json:"krippendorff_alpha"`
	Confusions       []jsonPair `json:"confusions"`
}

type jsonTierCal struct {
	Tier          string   `json:"tier"`
	Reward        string   `json:"reward"`
	Labels        int      `json:"labels"`
	Paid          int      `json:"paid"`
	TimeMS        int64    `json:"time_ms"`
	MeanMS        int64    `json:"mean_ms"`
	PaidFraction  *float64 `json:"paid_fraction"`
	TokensPerHour *string  `json:"tokens_per_hour"`
	FiatPerHour   *string  `json:"fiat_per_hour"`
	Proposed      *string  `json:"proposed_reward"`
	Note          string   `json:"note,omitempty"`
}

type jsonKQ struct {
	K          int      `json:"k"`
	Q          int      `json:"q"`
	Correct    float64  `json:"p_correct"`
	Wrong      float64  `json:"p_wrong"`
	Dispute    float64  `json:"p_dispute"`
	Accuracy   *float64 `json:"accuracy"`
	PaidLabels float64  `json:"paid_labels"`
	Cost       string   `json:"cost"`
	CostTokens string   `json:"cost_tokens"`
	Meets      bool     `json:"meets_target"`
}

type jsonCalibration struct {
	TargetHourly        *string       `json:"target_hourly"`
	TargetTokensPerHour *string       `json:"target_tokens_per_hour"`
	Tiers               []jsonTierCal `json:"tiers"`
	Accuracy            *float64      `json:"accuracy"`
	AccuracyChecked     int           `json:"accuracy_checked"`
	LabelValues         int           `json:"label_values"`
	TargetAccuracy      float64       `json:"target_accuracy"`
	MaxDisputeRate      *float64      `json:"max_dispute_rate"`
	CostTier            string        `json:"cost_tier"`
	CostReward          string        `json:"cost_reward"`
	CostRewardProposed  bool          `json:"cost_reward_proposed"`
	ReviewerFee         string        `json:"reviewer_fee"`
	Options             []jsonKQ      `json:"options"`
	Recommended         *jsonKQ       `json:"recommended"`
	Note                string        `json:"note,omitempty"`
}

type jsonReport struct {
	Version     string          `json:"version"`
	Campaign    jsonCampaign    `json:"campaign"`
	Price       *string         `json:"price"`
	Currency    string          `json:"currency"`
	Annotators  []jsonRow       `json:"annotators"`
	Summary     jsonSummary     `json:"summary"`
	Calibration jsonCalibration `json:"calibration"`
}

func ms(d time.Duration) int64 { return d.Milliseconds() }

func ratFloat(r *big.Rat) *float64 {
	if r == nil {
		return nil
	}
	f, _ := r.Float64()
	return &f
}

func ratFloatV(r *big.Rat) float64 {
	if r == nil {
		return 0
	}
	f, _ := r.Float64()
	return f
}

func strp(r *big.Rat, digits int) *string {
	if r == nil {
		return nil
	}
	s := formatRatTrim(r, digits)
	return &s
}

// fiatp writes a fiat figure with exactly fiatDigits digits, nil for nil.
func fiatp(r *big.Rat) *string {
	if r == nil {
		return nil
	}
	s := FormatRat(r, fiatDigits)
	return &s
}

func distJSON(d Distribution) jsonDist {
	return jsonDist{N: d.N, MinMS: ms(d.Min), P10MS: ms(d.P10), P25MS: ms(d.P25), MedianMS: ms(d.Median),
		P75MS: ms(d.P75), P90MS: ms(d.P90), MaxMS: ms(d.Max), MeanMS: ms(d.Mean), TotalMS: ms(d.Total)}
}

func statJSON(s Stat) jsonStat {
	out := jsonStat{Observed: s.Observed, Expected: s.Expected, Items: s.Items, Note: s.Note}
	if s.Defined {
		v := s.Value
		out.Value = &v
	}
	if s.Interval {
		out.Interval = &[2]float64{s.Lo, s.Hi}
	}
	return out
}

func (r *Report) kqJSON(o KQ) jsonKQ {
	dec := int(r.Campaign.Token.Decimals)
	return jsonKQ{K: o.K, Q: o.Q, Correct: ratFloatV(o.Correct), Wrong: ratFloatV(o.Wrong), Dispute: ratFloatV(o.Dispute),
		Accuracy: ratFloat(o.Accuracy), PaidLabels: ratFloatV(o.PaidLabels),
		Cost:       ceilUnits(o.Cost).String(),
		CostTokens: token.FormatNumber(ceilUnits(o.Cost), uint8(dec)), Meets: o.Meets}
}

func (r *Report) toJSON() jsonReport {
	c := r.Campaign
	dec := c.Token.Decimals
	out := jsonReport{
		Version: ReportVersion,
		Campaign: jsonCampaign{ID: c.ID, Title: c.Title, Token: jsonToken(c.Token), K: c.K, Q: c.Q,
			Kind: c.Kind.String(), Labels: append([]string{}, c.Labels...), ReviewerFee: token.BaseUnits(c.ReviewerFee)},
		Price:      strp(r.Price, 18),
		Currency:   r.Currency,
		Annotators: []jsonRow{},
	}
	for _, t := range c.Tiers {
		out.Campaign.Tiers = append(out.Campaign.Tiers, jsonTier{Name: t.Name, Reward: token.BaseUnits(t.Reward)})
	}
	for _, row := range r.Rows {
		out.Annotators = append(out.Annotators, jsonRow{
			Annotator: row.Annotator, Items: row.Items, MedianMS: ms(row.Median), P90MS: ms(row.P90), TimeMS: ms(row.Hours),
			ConsensusErrors: row.ConsensusErrors, ConsensusChecked: row.ConsensusChecked, ConsensusErrorRate: ratFloat(row.ConsensusErrorRate()),
			GoldErrors: row.GoldErrors, GoldChecked: row.GoldChecked, GoldErrorRate: ratFloat(row.GoldErrorRate()),
			Earnings: token.BaseUnits(row.Earnings), EarningsTokens: token.FormatNumber(row.Earnings, dec),
			TokensPerHour: strp(row.TokensPerHour, int(dec)), FiatPerHour: fiatp(row.FiatPerHour),
			Chunks: row.Chunks, DropOffs: row.DropOffs,
		})
	}
	s := r.Summary
	out.Summary = jsonSummary{
		Annotators: s.Annotators, Tasks: s.Tasks, Labels: s.Labels, Unrevealed: s.Unrevealed,
		Finalized: s.Finalized, ByConsensus: s.ByConsensus, ByReviewer: s.ByReviewer, ByArbiter: s.ByArbiter,
		Unresolved: s.Unresolved, Pending: s.Pending, DisputeRate: ratFloat(s.DisputeRate),
		GoldTasks: s.GoldTasks, GoldChecked: s.GoldChecked, GoldErrors: s.GoldErrors,
		Claims: s.Claims, DropOffs: s.DropOffs, DropOffRate: ratFloat(s.DropOffRate),
		Earnings: token.BaseUnits(s.Earnings), EarningsTokens: token.FormatNumber(s.Earnings, dec),
		Time:             distJSON(s.Time),
		PercentAgreement: statJSON(s.PercentAgreement), Fleiss: statJSON(s.Fleiss), Alpha: statJSON(s.Alpha),
		Confusions: []jsonPair{},
	}
	for _, c := range s.Confusions {
		out.Summary.Confusions = append(out.Summary.Confusions, jsonPair(c))
	}
	cal := r.Calibration
	out.Calibration = jsonCalibration{
		TargetHourly: fiatp(cal.TargetHourly), TargetTokensPerHour: strp(cal.TargetTokensPerHour, int(dec)),
		Tiers:    []jsonTierCal{},
		Accuracy: ratFloat(cal.Accuracy), AccuracyChecked: cal.AccuracyChecked, LabelValues: cal.LabelValues,
		TargetAccuracy: ratFloatV(cal.TargetAccuracy), MaxDisputeRate: ratFloat(cal.MaxDisputeRate), CostTier: cal.CostTier, CostReward: token.BaseUnits(cal.CostReward), CostRewardProposed: cal.CostProposed,
		ReviewerFee: token.BaseUnits(cal.ReviewerFee), Options: []jsonKQ{}, Note: cal.Note,
	}
	for _, t := range cal.Tiers {
		jt := jsonTierCal{Tier: t.Tier, Reward: token.BaseUnits(t.Reward), Labels: t.Labels, Paid: t.Paid, TimeMS: ms(t.Time),
			MeanMS: ms(t.MeanTime), PaidFraction: ratFloat(t.PaidFraction),
			TokensPerHour: strp(t.TokensPerHour, int(dec)), FiatPerHour: fiatp(t.FiatPerHour), Note: t.Note}
		if t.Proposed != nil {
			p := t.Proposed.String()
			jt.Proposed = &p
		}
		out.Calibration.Tiers = append(out.Calibration.Tiers, jt)
	}
	for _, o := range cal.Options {
		out.Calibration.Options = append(out.Calibration.Options, r.kqJSON(o))
	}
	if cal.Recommended >= 0 {
		rec := r.kqJSON(cal.Options[cal.Recommended])
		out.Calibration.Recommended = &rec
	}
	return out
}

// WriteJSON writes the report as indented JSON (schema in docs/PILOT.md,
// version ReportVersion). The encoding is stable: the same report always
// gives the same bytes.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.toJSON()); err != nil {
		return fmt.Errorf("pilot: write JSON report: %w", err)
	}
	return nil
}
