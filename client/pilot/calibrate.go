package pilot

import (
	"fmt"
	"math/big"
	"time"
)

// MaxK is the largest replication the (k, q) table considers.
const MaxK = 7

// TierCalibration is the reward calibration of one tier, from the revealed
// labels on finalized tasks of that tier.
type TierCalibration struct {
	Tier   string
	Reward *big.Int // current reward per accepted label (base units)
	// Labels counts revealed labels on finalized tasks; Paid those equal to
	// the accepted label; Time the time spent on those Labels.
	Labels, Paid int
	Time         time.Duration
	// MeanTime is Time / Labels; PaidFraction is Paid / Labels (nil when
	// Labels is 0).
	MeanTime     time.Duration
	PaidFraction *big.Rat
	// TokensPerHour is what the current reward pays per hour of labeling:
	// Reward x Paid / Time, in whole tokens; FiatPerHour at the price.
	TokensPerHour, FiatPerHour *big.Rat
	// Proposed is the reward (base units, rounded up) that pays the target
	// hourly rate at the observed time and paid fraction; nil without a
	// target or without data.
	Proposed *big.Int
	Note     string
}

// KQ is the predicted outcome of one replication k and quorum q.
type KQ struct {
	K, Q int
	// Correct, Wrong and Dispute are the probabilities that a task's
	// consensus is the true label, a wrong label, or that no label reaches
	// the quorum (they add up to 1).
	Correct, Wrong, Dispute *big.Rat
	// Accuracy is Correct / (Correct + Wrong): the accuracy of the labels
	// consensus accepts. Nil when no label can be accepted.
	Accuracy *big.Rat
	// PaidLabels is the expected number of annotators paid per task.
	PaidLabels *big.Rat
	// Cost is the expected cost of one accepted label in base units: the
	// cost tier's reward x PaidLabels + reviewer fee x Dispute.
	Cost *big.Rat
	// Meets reports whether Accuracy reaches the target and Dispute stays
	// within the maximum dispute rate, if one is set.
	Meets bool
}

// Calibration holds the reward and (k, q) proposals.
type Calibration struct {
	Tiers []TierCalibration
	// TargetHourly is the target pay in fiat per hour (nil when not given);
	// TargetTokensPerHour the same in whole tokens.
	TargetHourly, TargetTokensPerHour *big.Rat
	// Accuracy is the pooled accuracy of revealed labels against the best
	// reference of each task (the gold answer on gold tasks, else the
	// accepted label), AccuracyChecked the number of labels it is over; nil
	// when no label could be checked.
	Accuracy        *big.Rat
	AccuracyChecked int
	// LabelValues is the number of distinct answers a task admits (labels,
	// or non-empty label sets for a multi-label schema).
	LabelValues    int
	TargetAccuracy *big.Rat
	// MaxDisputeRate is the highest predicted dispute rate a recommended
	// option may have; nil for no limit.
	MaxDisputeRate *big.Rat
	// CostTier and CostReward price the table: the tier's proposed reward
	// when there is one (CostProposed), else its current reward.
	// ReviewerFee is the fee per dispute.
	CostTier     string
	CostReward   *big.Int
	CostProposed bool
	ReviewerFee  *big.Int
	// Options lists every k in 1..MaxK with every q, k/2 < q <= k.
	Options []KQ
	// Recommended indexes the cheapest option meeting the target, -1 when
	// none does.
	Recommended int
	Note        string
}

func calibrate(p *Pilot, r *Report, outcomes map[string]Outcome, opts Options) (*Calibration, error) {
	c := &p.Campaign
	cal := &Calibration{Recommended: -1, LabelValues: c.categories(), ReviewerFee: new(big.Int)}
	if c.ReviewerFee != nil {
		cal.ReviewerFee.Set(c.ReviewerFee)
	}
	if opts.TargetHourly != "" {
		if r.Price == nil || r.Price.Sign() == 0 {
			return nil, fmt.Errorf("%w: a target hourly rate needs a non-zero token price", ErrInvalid)
		}
		t, err := ParseDecimal(opts.TargetHourly)
		if err != nil {
			return nil, fmt.Errorf("%w: target hourly rate: %w", ErrInvalid, err)
		}
		cal.TargetHourly = t
		cal.TargetTokensPerHour = new(big.Rat).Quo(t, r.Price)
	}
	ta := opts.TargetAccuracy
	if ta == "" {
		ta = DefaultTargetAccuracy
	}
	target, err := ParseDecimal(ta)
	if err != nil {
		return nil, fmt.Errorf("%w: target accuracy: %w", ErrInvalid, err)
	}
	if target.Sign() == 0 || target.Cmp(big.NewRat(1, 1)) > 0 {
		return nil, fmt.Errorf("%w: target accuracy %s, want a value in (0, 1]", ErrInvalid, ta)
	}
	cal.TargetAccuracy = target
	if opts.MaxDisputeRate != "" {
		m, err := ParseDecimal(opts.MaxDisputeRate)
		if err != nil {
			return nil, fmt.Errorf("%w: maximum dispute rate: %w", ErrInvalid, err)
		}
		if m.Cmp(big.NewRat(1, 1)) > 0 {
			return nil, fmt.Errorf("%w: maximum dispute rate %s, want a value in [0, 1]", ErrInvalid, opts.MaxDisputeRate)
		}
		cal.MaxDisputeRate = m
	}
	cal.CostTier = c.Tiers[0].Name
	if opts.CostTier != "" {
		cal.CostTier = opts.CostTier
	}
	costTier, ok := c.tier(cal.CostTier)
	if !ok {
		return nil, fmt.Errorf("%w: cost tier %q is not a tier of the campaign", ErrInvalid, cal.CostTier)
	}
	cal.CostReward = new(big.Int).Set(costTier.Reward)

	// Per-tier reward calibration and pooled accuracy.
	byTier := make(map[string]*TierCalibration, len(c.Tiers))
	for _, t := range c.Tiers {
		cal.Tiers = append(cal.Tiers, TierCalibration{Tier: t.Name, Reward: new(big.Int).Set(t.Reward)})
	}
	for i := range cal.Tiers {
		byTier[cal.Tiers[i].Tier] = &cal.Tiers[i]
	}
	correct := 0
	for _, o := range p.Observations {
		if !o.Revealed {
			continue
		}
		out, ok := outcomes[o.Task]
		if !ok {
			continue
		}
		switch {
		case out.Gold:
			cal.AccuracyChecked++
			if o.Label == out.GoldLabel {
				correct++
			}
		case out.Decision.Accepted():
			cal.AccuracyChecked++
			if o.Label == out.Label {
				correct++
			}
		}
		if out.Decision == Pending {
			continue
		}
		t := byTier[o.Tier]
		t.Labels++
		t.Time += o.Spent
		if out.Decision.Accepted() && o.Label == out.Label {
			t.Paid++
		}
	}
	dec := c.Token.Decimals
	for i := range cal.Tiers {
		t := &cal.Tiers[i]
		switch {
		case t.Labels == 0:
			t.Note = "no revealed label on a finalized task"
			continue
		case t.Time == 0:
			t.Note = "no time recorded"
		}
		t.MeanTime = t.Time / time.Duration(t.Labels)
		t.PaidFraction = big.NewRat(int64(t.Paid), int64(t.Labels))
		if t.Time > 0 {
			earned := new(big.Int).Mul(t.Reward, big.NewInt(int64(t.Paid)))
			t.TokensPerHour = perHour(tokens(earned, dec), t.Time)
			if r.Price != nil {
				t.FiatPerHour = new(big.Rat).Mul(t.TokensPerHour, r.Price)
			}
		}
		if cal.TargetTokensPerHour == nil || t.Time == 0 {
			continue
		}
		if t.Paid == 0 {
			t.Note = "no label of this tier was paid: no reward reaches the target"
			continue
		}
		// reward = target tokens/hour x 10^dec x Time / (Paid x 1h)
		num := new(big.Rat).Mul(cal.TargetTokensPerHour, new(big.Rat).SetInt(pow10(int(dec))))
		num.Mul(num, new(big.Rat).SetInt64(int64(t.Time)))
		num.Quo(num, new(big.Rat).SetInt64(int64(t.Paid)*int64(time.Hour)))
		t.Proposed = ceilUnits(num)
	}

	if cal.AccuracyChecked == 0 {
		cal.Note = "no revealed label on a task with an accepted or gold label: accuracy unknown"
		return cal, nil
	}
	for _, t := range cal.Tiers {
		if t.Tier == cal.CostTier && t.Proposed != nil {
			cal.CostReward, cal.CostProposed = new(big.Int).Set(t.Proposed), true
		}
	}
	cal.Accuracy = big.NewRat(int64(correct), int64(cal.AccuracyChecked))
	for k := 1; k <= MaxK; k++ {
		for q := k/2 + 1; q <= k; q++ {
			o := predict(k, q, cal.Accuracy, cal.LabelValues)
			o.Cost = new(big.Rat).Mul(new(big.Rat).SetInt(cal.CostReward), o.PaidLabels)
			o.Cost.Add(o.Cost, new(big.Rat).Mul(new(big.Rat).SetInt(cal.ReviewerFee), o.Dispute))
			o.Meets = o.Accuracy != nil && o.Accuracy.Cmp(target) >= 0 &&
				(cal.MaxDisputeRate == nil || o.Dispute.Cmp(cal.MaxDisputeRate) <= 0)
			cal.Options = append(cal.Options, o)
		}
	}
	for i, o := range cal.Options {
		if !o.Meets {
			continue
		}
		if cal.Recommended < 0 || better(o, cal.Options[cal.Recommended]) {
			cal.Recommended = i
		}
	}
	if cal.Recommended < 0 {
		cal.Note = fmt.Sprintf("no k <= %d reaches the target accuracy at the observed accuracy", MaxK)
		if cal.MaxDisputeRate != nil {
			cal.Note += " within the maximum dispute rate"
		}
	}
	return cal, nil
}

// better orders options meeting the target: cheaper first, then fewer
// disputes, then smaller k.
func better(a, b KQ) bool {
	if c := a.Cost.Cmp(b.Cost); c != 0 {
		return c < 0
	}
	if c := a.Dispute.Cmp(b.Dispute); c != 0 {
		return c < 0
	}
	return a.K < b.K
}

// predict computes, exactly, the outcome distribution of one task labeled by
// k annotators with quorum q (2q > k), each annotator independently correct
// with probability acc and otherwise giving one of the values-1 wrong
// answers uniformly. Disputes are assumed resolved to the true label.
func predict(k, q int, acc *big.Rat, values int) KQ {
	one := big.NewRat(1, 1)
	o := KQ{K: k, Q: q, Correct: new(big.Rat), Wrong: new(big.Rat)}
	miss := new(big.Rat).Sub(one, acc)
	for c := q; c <= k; c++ {
		o.Correct.Add(o.Correct, binomTerm(k, c, acc, miss))
	}
	wrongPaid := new(big.Rat) // E[votes for the accepted wrong label; wrong]
	lostPaid := new(big.Rat)  // E[correct votes; wrong consensus]
	if values > 1 {
		others := new(big.Rat).SetInt64(int64(values - 1))
		pw := new(big.Rat).Quo(miss, others) // one specific wrong answer
		notPw := new(big.Rat).Sub(one, pw)
		for w := q; w <= k; w++ {
			t := binomTerm(k, w, pw, notPw)
			t.Mul(t, others)
			o.Wrong.Add(o.Wrong, t)
			wrongPaid.Add(wrongPaid, new(big.Rat).Mul(t, new(big.Rat).SetInt64(int64(w))))
			if notPw.Sign() > 0 && w < k {
				// the k-w other votes are each correct with acc / (1 - pw)
				e := new(big.Rat).Mul(t, new(big.Rat).SetInt64(int64(k-w)))
				e.Mul(e, acc)
				e.Quo(e, notPw)
				lostPaid.Add(lostPaid, e)
			}
		}
	}
	o.Dispute = new(big.Rat).Sub(one, o.Correct)
	o.Dispute.Sub(o.Dispute, o.Wrong)
	if decided := new(big.Rat).Add(o.Correct, o.Wrong); decided.Sign() > 0 {
		o.Accuracy = new(big.Rat).Quo(o.Correct, decided)
	}
	o.PaidLabels = new(big.Rat).Mul(new(big.Rat).SetInt64(int64(k)), acc)
	o.PaidLabels.Sub(o.PaidLabels, lostPaid)
	o.PaidLabels.Add(o.PaidLabels, wrongPaid)
	return o
}

// binomTerm is C(n, i) p^i r^(n-i).
func binomTerm(n, i int, p, r *big.Rat) *big.Rat {
	t := new(big.Rat).SetInt(new(big.Int).Binomial(int64(n), int64(i)))
	t.Mul(t, ratPow(p, i))
	return t.Mul(t, ratPow(r, n-i))
}

func ratPow(x *big.Rat, n int) *big.Rat {
	num := new(big.Int).Exp(x.Num(), big.NewInt(int64(n)), nil)
	den := new(big.Int).Exp(x.Denom(), big.NewInt(int64(n)), nil)
	return new(big.Rat).SetFrac(num, den)
}
