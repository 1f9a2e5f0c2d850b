package pilot

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kappa-dev/kappa/client/internal/agreement"
)

// Options are the requester's inputs to a report.
type Options struct {
	// Price is the price of one whole token in some fiat currency, as a
	// decimal string ("0.05"). Empty: no fiat figures.
	Price string
	// Currency names the fiat currency, for display only ("USD").
	Currency string
	// TargetHourly is the hourly pay, in the fiat currency, the reward
	// calibration aims at. It needs Price. Empty: no reward proposal.
	TargetHourly string
	// TargetAccuracy is the accuracy of consensus-accepted labels the (k, q)
	// recommendation must reach, as a decimal in (0, 1]. Empty:
	// DefaultTargetAccuracy.
	TargetAccuracy string
	// CostTier names the tier whose reward prices the (k, q) table. Empty:
	// the campaign's first tier.
	CostTier string
	// MaxDisputeRate, a decimal in [0, 1], excludes from the recommendation
	// every (k, q) whose predicted dispute rate exceeds it: the reviewers'
	// capacity. Empty: no limit.
	MaxDisputeRate string
}

// DefaultTargetAccuracy is the target accuracy of accepted labels when
// Options.TargetAccuracy is empty.
const DefaultTargetAccuracy = "0.95"

// Distribution summarises times per item with nearest-rank quantiles: the
// p-quantile of n sorted values is the value at rank ceil(p n).
type Distribution struct {
	N      int
	Min    time.Duration
	P10    time.Duration
	P25    time.Duration
	Median time.Duration
	P75    time.Duration
	P90    time.Duration
	Max    time.Duration
	Mean   time.Duration // total / N, truncated to the nanosecond
	Total  time.Duration
}

// Stat is an agreement coefficient, or the reason it is undefined.
type Stat struct {
	Defined  bool
	Value    float64
	Observed float64 // observed agreement (1 - Do for alpha)
	Expected float64 // chance agreement (1 - De for alpha)
	Items    int     // items that entered the computation
	Note     string  // why the figure is undefined
	// Interval is true when Lo and Hi hold a bootstrap percentile interval
	// at IntervalLevel (agreement.Counts.Bootstrap, BootstrapResamples
	// resamples of the tasks, fixed seed): how precise the figure of a
	// small pilot is.
	Interval bool
	Lo, Hi   float64
}

// Bootstrap settings of the agreement intervals.
const (
	IntervalLevel      = 0.95
	BootstrapResamples = 1000
	bootstrapSeed      = 6
)

// LabelPair is a pair of different answers given to the same task by two
// annotators, and how many such pairs there were.
type LabelPair struct {
	A, B  string // label names; a multi-label set joins its names with "+"
	Pairs int64
}

// Row is one annotator's figures.
type Row struct {
	Annotator string
	// Items is the number of labels the annotator revealed.
	Items int
	// Median and P90 are nearest-rank quantiles of the time per revealed item.
	Median, P90 time.Duration
	// Hours is the total time spent on the revealed items.
	Hours time.Duration
	// ConsensusChecked counts revealed labels on tasks with an accepted
	// label; ConsensusErrors those that differ from it.
	ConsensusErrors, ConsensusChecked int
	// GoldChecked counts revealed labels on gold tasks; GoldErrors those that
	// differ from the gold answer.
	GoldErrors, GoldChecked int
	// Earnings is the amount credited (base units).
	Earnings *big.Int
	// TokensPerHour is Earnings in whole tokens divided by Hours; nil when
	// Hours is zero.
	TokensPerHour *big.Rat
	// FiatPerHour is TokensPerHour times the price; nil without a price.
	FiatPerHour *big.Rat
	// Chunks is the number of chunks the annotator revealed labels in.
	Chunks int
	// DropOffs is the number of chunks the annotator claimed (or labeled)
	// but never revealed.
	DropOffs int
}

// ConsensusErrorRate is ConsensusErrors / ConsensusChecked, nil when nothing
// was checked.
func (r *Row) ConsensusErrorRate() *big.Rat { return ratio(r.ConsensusErrors, r.ConsensusChecked) }

// GoldErrorRate is GoldErrors / GoldChecked, nil when nothing was checked.
func (r *Row) GoldErrorRate() *big.Rat { return ratio(r.GoldErrors, r.GoldChecked) }

func ratio(a, b int) *big.Rat {
	if b == 0 {
		return nil
	}
	return big.NewRat(int64(a), int64(b))
}

// Summary holds the campaign-level figures.
type Summary struct {
	Annotators int
	// Tasks is the number of distinct tasks with a label or an outcome.
	Tasks int
	// Labels is the number of revealed labels; Unrevealed the number of
	// labels given but never revealed.
	Labels, Unrevealed int
	// Finalized tasks split into ByConsensus, ByReviewer, ByArbiter and
	// Unresolved (disputed and not resolved yet, or expired unresolved:
	// Expired); Pending tasks are not
	// finalized.
	Finalized, ByConsensus, ByReviewer, ByArbiter, Unresolved, Pending int
	// DisputeRate is the share of finalized tasks that had no quorum; nil
	// when no task is finalized.
	DisputeRate *big.Rat
	// GoldTasks is the number of gold tasks; GoldChecked and GoldErrors add
	// up the annotators' revealed labels on them.
	GoldTasks, GoldChecked, GoldErrors int
	// Claims counts (annotator, chunk) pairs worked on or claimed; DropOffs
	// those never revealed; DropOffRate is DropOffs / Claims.
	Claims, DropOffs int
	DropOffRate      *big.Rat
	// Earnings is the total credited to annotators (base units).
	Earnings *big.Int
	// Time is the distribution of time per revealed item over everyone.
	Time Distribution
	// Agreement over the revealed labels, from package agreement.
	PercentAgreement, Fleiss, Alpha Stat
	// Confusions are the pairs of answers annotators most often split
	// between on one task, most frequent first (at most MaxConfusions).
	Confusions []LabelPair
}

// MaxConfusions is the most label pairs Summary.Confusions lists.
const MaxConfusions = 3

// Report is the pilot report.
type Report struct {
	Campaign Campaign
	// Price is the fiat price of one whole token; nil when not given.
	Price    *big.Rat
	Currency string
	Rows     []Row // sorted by annotator
	Summary  Summary
	// Calibration proposes rewards, k and q.
	Calibration Calibration
}

// Build computes the report. It validates the data first and returns an
// error wrapping ErrInvalid for bad data or a bad option.
func Build(p *Pilot, opts Options) (*Report, error) {
	if p == nil {
		return nil, invalid("no pilot data")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	r := &Report{Campaign: p.Campaign, Currency: opts.Currency}
	if opts.Price != "" {
		price, err := ParseDecimal(opts.Price)
		if err != nil {
			return nil, fmt.Errorf("%w: token price: %w", ErrInvalid, err)
		}
		r.Price = price
	}

	outcomes := make(map[string]Outcome, len(p.Outcomes))
	for _, o := range p.Outcomes {
		outcomes[o.Task] = o
	}

	type acc struct {
		row    Row
		times  []time.Duration
		chunks map[uint64]bool
	}
	per := map[string]*acc{}
	get := func(a string) *acc {
		x := per[a]
		if x == nil {
			x = &acc{row: Row{Annotator: a}, chunks: map[uint64]bool{}}
			per[a] = x
		}
		return x
	}
	type claim struct {
		a string
		c uint64
	}
	claims := map[claim]bool{}   // every (annotator, chunk) seen
	revealed := map[claim]bool{} // those with a revealed label
	dropped := map[claim]bool{}  // those explicitly listed as drop-offs
	tasks := map[string]bool{}
	var all []time.Duration
	var obs []agreement.Observation
	cats := newCategoryIndex()

	for _, o := range p.Observations {
		x := get(o.Annotator)
		cl := claim{o.Annotator, o.Chunk}
		claims[cl] = true
		tasks[o.Task] = true
		if !o.Revealed {
			r.Summary.Unrevealed++
			continue
		}
		revealed[cl] = true
		x.chunks[o.Chunk] = true
		x.row.Items++
		x.times = append(x.times, o.Spent)
		x.row.Hours += o.Spent
		all = append(all, o.Spent)
		r.Summary.Labels++
		obs = append(obs, agreement.Observation{Item: o.Task, Rater: o.Annotator, Category: cats.index(o.Label)})
		out := outcomes[o.Task]
		if out.Decision.Accepted() {
			x.row.ConsensusChecked++
			if o.Label != out.Label {
				x.row.ConsensusErrors++
			}
		}
		if out.Gold {
			x.row.GoldChecked++
			r.Summary.GoldChecked++
			if o.Label != out.GoldLabel {
				x.row.GoldErrors++
				r.Summary.GoldErrors++
			}
		}
	}
	for _, d := range p.DropOffs {
		get(d.Annotator)
		cl := claim{d.Annotator, d.Chunk}
		claims[cl] = true
		dropped[cl] = true
	}
	for a := range p.Earnings {
		get(a)
	}
	for cl := range claims {
		if dropped[cl] || !revealed[cl] {
			per[cl.a].row.DropOffs++
			r.Summary.DropOffs++
		}
	}
	r.Summary.Claims = len(claims)
	if len(claims) > 0 {
		r.Summary.DropOffRate = big.NewRat(int64(r.Summary.DropOffs), int64(len(claims)))
	}

	r.Summary.Earnings = new(big.Int)
	for _, x := range per {
		x.row.Chunks = len(x.chunks)
		d := distribution(x.times)
		x.row.Median, x.row.P90 = d.Median, d.P90
		x.row.Earnings = new(big.Int)
		if e := p.Earnings[x.row.Annotator]; e != nil {
			x.row.Earnings.Set(e)
		}
		r.Summary.Earnings.Add(r.Summary.Earnings, x.row.Earnings)
		if x.row.Hours > 0 {
			x.row.TokensPerHour = perHour(tokens(x.row.Earnings, p.Campaign.Token.Decimals), x.row.Hours)
			if r.Price != nil {
				x.row.FiatPerHour = new(big.Rat).Mul(x.row.TokensPerHour, r.Price)
			}
		}
		r.Rows = append(r.Rows, x.row)
	}
	sort.Slice(r.Rows, func(i, j int) bool { return r.Rows[i].Annotator < r.Rows[j].Annotator })
	r.Summary.Annotators = len(r.Rows)
	r.Summary.Time = distribution(all)

	for _, o := range p.Outcomes {
		tasks[o.Task] = true
		if o.Gold {
			r.Summary.GoldTasks++
		}
		switch o.Decision {
		case Consensus:
			r.Summary.ByConsensus++
		case Reviewer:
			r.Summary.ByReviewer++
		case Arbiter:
			r.Summary.ByArbiter++
		case Disputed, Expired:
			r.Summary.Unresolved++
		}
	}
	r.Summary.Tasks = len(tasks)
	r.Summary.Finalized = r.Summary.ByConsensus + r.Summary.ByReviewer + r.Summary.ByArbiter + r.Summary.Unresolved
	r.Summary.Pending = r.Summary.Tasks - r.Summary.Finalized
	if r.Summary.Finalized > 0 {
		r.Summary.DisputeRate = big.NewRat(int64(r.Summary.Finalized-r.Summary.ByConsensus), int64(r.Summary.Finalized))
	}

	if err := r.agreementStats(cats, obs); err != nil {
		return nil, err
	}
	cal, err := calibrate(p, r, outcomes, opts)
	if err != nil {
		return nil, err
	}
	r.Calibration = *cal
	return r, nil
}

// perHour divides an amount by a duration in hours, exactly.
func perHour(amount *big.Rat, d time.Duration) *big.Rat {
	// amount / (d / time.Hour) = amount * time.Hour / d
	out := new(big.Rat).Mul(amount, new(big.Rat).SetInt64(int64(time.Hour)))
	return out.Quo(out, new(big.Rat).SetInt64(int64(d)))
}

// categoryIndex numbers distinct label values densely, in order of first
// appearance: package agreement wants category indices, and a multi-label
// bitmask may be large while few sets occur.
type categoryIndex struct {
	ids    map[uint64]int
	values []uint64 // by index
}

func newCategoryIndex() *categoryIndex { return &categoryIndex{ids: map[uint64]int{}} }

func (c *categoryIndex) index(v uint64) int {
	if i, ok := c.ids[v]; ok {
		return i
	}
	i := len(c.ids)
	c.ids[v] = i
	c.values = append(c.values, v)
	return i
}

// labelName names a label value: the label's name, or for a multi-label
// set the names of its labels joined with "+".
func (c *Campaign) labelName(v uint64) string {
	if c.Kind != Multi {
		if v < uint64(len(c.Labels)) {
			return c.Labels[v]
		}
		return fmt.Sprint(v)
	}
	var names []string
	for i, n := range c.Labels {
		if v&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, "+")
}

func (r *Report) agreementStats(cats *categoryIndex, obs []agreement.Observation) error {
	n := len(cats.ids)
	if n == 0 {
		n = 1
	}
	rel, err := agreement.FromObservations(n, obs)
	if err != nil {
		return fmt.Errorf("pilot: agreement data: %w", err)
	}
	counts := rel.Counts()
	pa, err := counts.PercentAgreement()
	r.Summary.PercentAgreement = stat(agreement.Kappa{Value: pa, Observed: pa}, err)
	if err == nil {
		r.Summary.PercentAgreement.Items = pairable(counts)
	}
	f, err := counts.Fleiss()
	r.Summary.Fleiss = stat(f, err)
	a, err := counts.Alpha()
	r.Summary.Alpha = stat(a, err)
	for _, x := range []struct {
		s *Stat
		f func(*agreement.Counts) (agreement.Kappa, error)
	}{{&r.Summary.Fleiss, (*agreement.Counts).Fleiss}, {&r.Summary.Alpha, (*agreement.Counts).Alpha}} {
		if !x.s.Defined {
			continue
		}
		iv, err := counts.Bootstrap(x.f, IntervalLevel, BootstrapResamples, bootstrapSeed)
		if err == nil {
			x.s.Interval, x.s.Lo, x.s.Hi = true, iv.Lo, iv.Hi
		}
	}
	for _, cell := range counts.Pairs().Confusions() {
		if cell.Row >= cell.Col {
			continue // the matrix is symmetric: each pair once
		}
		r.Summary.Confusions = append(r.Summary.Confusions, LabelPair{
			A: r.Campaign.labelName(cats.values[cell.Row]), B: r.Campaign.labelName(cats.values[cell.Col]), Pairs: cell.Count})
		if len(r.Summary.Confusions) == MaxConfusions {
			break
		}
	}
	return nil
}

// pairable counts the items with two or more values.
func pairable(c *agreement.Counts) int {
	n := 0
	for i := range c.Items() {
		m := 0
		for j := range c.Categories() {
			m += c.Count(i, j)
		}
		if m >= 2 {
			n++
		}
	}
	return n
}

func stat(k agreement.Kappa, err error) Stat {
	switch {
	case err == nil:
		return Stat{Defined: true, Value: k.Value, Observed: k.Observed, Expected: k.Expected, Items: k.Items}
	case errors.Is(err, agreement.ErrNoPairs):
		return Stat{Note: "no task has two revealed labels"}
	case errors.Is(err, agreement.ErrNoVariation):
		return Stat{Observed: k.Observed, Expected: k.Expected, Items: k.Items, Note: "every label is the same: chance agreement is perfect too"}
	default:
		return Stat{Note: err.Error()}
	}
}

// distribution computes nearest-rank quantiles of ds (not modified).
func distribution(ds []time.Duration) Distribution {
	if len(ds) == 0 {
		return Distribution{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	var total time.Duration
	for _, d := range s {
		total += d
	}
	n := len(s)
	return Distribution{
		N:      n,
		Min:    s[0],
		P10:    quantile(s, 10),
		P25:    quantile(s, 25),
		Median: quantile(s, 50),
		P75:    quantile(s, 75),
		P90:    quantile(s, 90),
		Max:    s[n-1],
		Mean:   total / time.Duration(n),
		Total:  total,
	}
}

// quantile is the nearest-rank pct-th percentile of sorted, non-empty s: the
// value at 1-based rank ceil(pct n / 100).
func quantile(s []time.Duration, pct int) time.Duration {
	rank := (pct*len(s) + 99) / 100
	if rank < 1 {
		rank = 1
	}
	return s[rank-1]
}
