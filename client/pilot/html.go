package pilot

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"math/big"
	"strconv"

	"github.com/kappa-dev/kappa/client/token"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Parse(htmlSource))

// Chart geometry, in SVG user units.
const (
	chartWidth  = 720
	chartLeft   = 120 // room for annotator names
	chartRight  = 170 // room for value labels
	chartTop    = 8
	chartBottom = 34 // axis ticks and unit
	barHeight   = 14
	barGap      = 3
	rowGap      = 10
)

// svgBar is one bar of a chart, in SVG coordinates.
type svgBar struct {
	X, Y, W, H string
	Class      string
	Text       string // value shown after the bar
	TextX      string
	TextY      string
	Title      string // tooltip
	// Whisker, when set, draws a line from the bar's end to WhiskerX.
	Whisker  bool
	WhiskerX string
	WhiskerY string
}

type svgLabel struct {
	X, Y, Text, Title string
}

type svgTick struct {
	X, Y1, Y2, TextY, Text string
}

// svgChart is a horizontal bar chart drawn as inline SVG.
type svgChart struct {
	ID, Title, Desc string
	Width, Height   int
	PlotLeft        string
	PlotTop         string
	PlotBottom      string
	UnitX, UnitY    string
	Unit            string
	Legend          []legendItem
	Labels          []svgLabel
	Bars            []svgBar
	Ticks           []svgTick
}

type legendItem struct{ Class, Name string }

// series is one set of bars of a chart, one value per row; NaN is missing.
type series struct {
	Name, Class string
	Values      []float64
	Texts       []string
	Whiskers    []float64 // optional: a whisker to this value (p90)
}

func f1(x float64) string { return fmt.Sprintf("%.1f", x) }

// niceStep picks a tick step of 1, 2 or 5 times a power of ten giving at
// most about five ticks up to max.
func niceStep(max float64) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

// hbar lays out a horizontal bar chart: one row per label, one bar per
// series in each row, an axis from 0 to the largest value (or fixedMax when
// positive).
func hbar(id, title, desc, unit string, labels, titles []string, ss []series, fixedMax float64, tick func(float64) string) svgChart {
	max := fixedMax
	if max <= 0 {
		for _, s := range ss {
			for i, v := range s.Values {
				if !math.IsNaN(v) && v > max {
					max = v
				}
				if s.Whiskers != nil && !math.IsNaN(s.Whiskers[i]) && s.Whiskers[i] > max {
					max = s.Whiskers[i]
				}
			}
		}
		step := niceStep(max)
		max = math.Ceil(max/step) * step
		if !(max > 0) || math.IsInf(max, 0) {
			max = 1
		}
	}
	plotW := float64(chartWidth - chartLeft - chartRight)
	x := func(v float64) float64 { return chartLeft + plotW*v/max }
	rowH := len(ss)*(barHeight+barGap) - barGap + rowGap
	plotH := len(labels) * rowH
	c := svgChart{ID: id, Title: title, Desc: desc, Width: chartWidth, Height: chartTop + plotH + chartBottom, Unit: unit,
		PlotLeft: f1(chartLeft), PlotTop: f1(chartTop), PlotBottom: f1(float64(chartTop + plotH))}
	c.UnitX, c.UnitY = f1(chartLeft+plotW/2), f1(float64(chartTop+plotH+30))
	for _, s := range ss {
		if len(ss) > 1 {
			c.Legend = append(c.Legend, legendItem{Class: s.Class, Name: s.Name})
		}
	}
	for row, name := range labels {
		top := chartTop + row*rowH + rowGap/2
		c.Labels = append(c.Labels, svgLabel{X: f1(chartLeft - 6), Y: f1(float64(top + (rowH-rowGap)/2 + 4)), Text: name, Title: titles[row]})
		for si, s := range ss {
			y := float64(top + si*(barHeight+barGap))
			v := s.Values[row]
			b := svgBar{Y: f1(y), H: f1(barHeight), X: f1(chartLeft), Class: s.Class, Text: s.Texts[row],
				TextY: f1(y + barHeight - 3), Title: s.Name + ": " + s.Texts[row]}
			end := x(0)
			if !math.IsNaN(v) {
				end = x(v)
			}
			b.W = f1(end - chartLeft)
			textX := end
			if s.Whiskers != nil && !math.IsNaN(s.Whiskers[row]) {
				b.Whisker, b.WhiskerX, b.WhiskerY = true, f1(x(s.Whiskers[row])), f1(y+barHeight/2)
				textX = math.Max(textX, x(s.Whiskers[row]))
			}
			b.TextX = f1(textX + 4)
			c.Bars = append(c.Bars, b)
		}
	}
	step := niceStep(max)
	for i := 0; i <= 20; i++ { // at most ~6 ticks; the bound guards odd floats
		v := float64(i) * step
		if v > max+step/1e6 {
			break
		}
		c.Ticks = append(c.Ticks, svgTick{X: f1(x(v)), Y1: f1(chartTop), Y2: f1(float64(chartTop + plotH + 4)),
			TextY: f1(float64(chartTop + plotH + 16)), Text: tick(v)})
	}
	return c
}

// ratF converts r for drawing; nil and values beyond float64 are NaN
// (drawn as missing).
func ratF(r *big.Rat) float64 {
	if r == nil {
		return math.NaN()
	}
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return math.NaN()
	}
	return f
}

type htmlRow struct {
	Annotator, Short                   string
	Items                              int
	Median, P90, Hours                 string
	ConsensusErr, GoldErr              string
	Earned, Hourly, TokensHourly, Drop string
	Careless                           bool
}

type htmlTier struct {
	Tier, Reward, Labels, Paid, Mean, Hourly, Proposed, Note string
}

type htmlKQ struct {
	K, Q                                          int
	Correct, Wrong, Dispute, Accuracy, Paid, Cost string
	Meets, Recommended                            bool
}

type htmlView struct {
	Title, Subtitle, Symbol, Unit, Currency, Version string
	Rows                                             []htmlRow
	Summary                                          [][2]string
	Charts                                           []svgChart
	Target, AccuracyLine, CostNote, Recommendation   string
	Tiers                                            []htmlTier
	Options                                          []htmlKQ
	CalNote                                          string
}

// WriteHTML writes the report as one self-contained HTML page: inline CSS,
// inline SVG charts (time per item, accuracy and earnings per annotator),
// no script and no external resource.
func WriteHTML(w io.Writer, r *Report) error {
	if err := htmlTemplate.Execute(w, r.htmlView()); err != nil {
		return fmt.Errorf("pilot: write HTML report: %w", err)
	}
	return nil
}

func (r *Report) htmlView() htmlView {
	c := r.Campaign
	dec := c.Token.Decimals
	sym := c.Token.Symbol
	v := htmlView{Title: c.Title, Symbol: sym, Unit: r.rateUnit(), Currency: r.Currency, Version: ReportVersion}
	if v.Title == "" {
		v.Title = c.ID
	}
	v.Subtitle = fmt.Sprintf("Campaign %s · k=%d, q=%d · %d %s labels · token %s", c.ID, c.K, c.Q, len(c.Labels), c.Kind, sym)
	if r.Price != nil {
		v.Subtitle += fmt.Sprintf(" · 1 %s = %s %s", sym, formatRatTrim(r.Price, 18), r.Currency)
	}
	var names, titles []string
	var med, p90, cons, gold, earn []float64
	var medT, consT, goldT, earnT []string
	for _, row := range r.Rows {
		h := htmlRow{Annotator: row.Annotator, Short: ShortAddress(row.Annotator, 13), Items: row.Items,
			Median: itemTime(row.Median, row.Items), P90: itemTime(row.P90, row.Items), Hours: FormatDuration(row.Hours),
			ConsensusErr: frac(row.ConsensusErrors, row.ConsensusChecked), GoldErr: frac(row.GoldErrors, row.GoldChecked),
			Earned: FormatRat(tokens(row.Earnings, dec), 2), Hourly: r.hourly(row.TokensPerHour, row.FiatPerHour),
			TokensHourly: FormatRat(row.TokensPerHour, 2), Drop: fmt.Sprint(row.DropOffs)}
		// flag an annotator who misses more than half of the gold or of
		// the consensus checks: a likely careless or random clicker
		if e := row.GoldErrorRate(); e != nil && e.Cmp(big.NewRat(1, 2)) > 0 {
			h.Careless = true
		} else if e := row.ConsensusErrorRate(); e != nil && e.Cmp(big.NewRat(1, 2)) > 0 {
			h.Careless = true
		}
		v.Rows = append(v.Rows, h)
		names, titles = append(names, h.Short), append(titles, row.Annotator)
		if row.Items > 0 {
			med, p90 = append(med, row.Median.Seconds()), append(p90, row.P90.Seconds())
			medT = append(medT, FormatDuration(row.Median)+" / "+FormatDuration(row.P90))
		} else {
			med, p90 = append(med, math.NaN()), append(p90, math.NaN())
			medT = append(medT, "no items")
		}
		acc := func(e *big.Rat) (float64, string) {
			if e == nil {
				return math.NaN(), "-"
			}
			a := new(big.Rat).Sub(big.NewRat(1, 1), e)
			return ratF(a) * 100, percent(a, 0)
		}
		cv, ct := acc(row.ConsensusErrorRate())
		gv, gt := acc(row.GoldErrorRate())
		cons, consT = append(cons, cv), append(consT, ct)
		gold, goldT = append(gold, gv), append(goldT, gt)
		earn = append(earn, ratF(tokens(row.Earnings, dec)))
		et := FormatRat(tokens(row.Earnings, dec), 2) + " " + sym
		if row.FiatPerHour != nil || row.TokensPerHour != nil {
			et += " · " + r.hourly(row.TokensPerHour, row.FiatPerHour) + " " + v.Unit + "/h"
		}
		earnT = append(earnT, et)
	}
	v.Charts = []svgChart{
		hbar("time", "Time per item", "Bar: median seconds per item; whisker: 90th percentile.", "seconds per item",
			names, titles, []series{{Name: "median (whisker: p90)", Class: "time", Values: med, Texts: medT, Whiskers: p90}}, 0,
			func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) + "s" }),
		hbar("accuracy", "Accuracy per annotator", "Share of labels equal to the accepted label, and to the gold answer.", "accuracy (%)",
			names, titles, []series{
				{Name: "vs accepted label", Class: "cons", Values: cons, Texts: consT},
				{Name: "vs gold", Class: "gold", Values: gold, Texts: goldT},
			}, 100, func(x float64) string { return fmt.Sprintf("%.0f%%", x) }),
		hbar("earnings", "Earnings per annotator", "Tokens credited, with the effective hourly rate.", sym+" credited",
			names, titles, []series{{Name: "earned", Class: "earn", Values: earn, Texts: earnT}}, 0,
			func(x float64) string { return formatRatTrim(new(big.Rat).SetFloat64(x), 2) }),
	}

	s := r.Summary
	v.Summary = [][2]string{
		{"Tasks", fmt.Sprintf("%d (%d finalized, %d pending)", s.Tasks, s.Finalized, s.Pending)},
		{"Labels", fmt.Sprintf("%d revealed, %d never revealed", s.Labels, s.Unrevealed)},
		{"Decided by", fmt.Sprintf("consensus %d · reviewer %d · arbiter %d · unresolved %d", s.ByConsensus, s.ByReviewer, s.ByArbiter, s.Unresolved)},
		{"Dispute rate", percent(s.DisputeRate, 1)},
		{"Drop-off", fmt.Sprintf("%d of %d claims (%s)", s.DropOffs, s.Claims, percent(s.DropOffRate, 1))},
		{"Gold", fmt.Sprintf("%d tasks, %d labels checked, %d wrong", s.GoldTasks, s.GoldChecked, s.GoldErrors)},
		{"Percent agreement", percentStat(s.PercentAgreement)},
		{"Fleiss' kappa", statText(s.Fleiss, 3) + intervalHTML(s.Fleiss) + noteOf(s.Fleiss)},
		{"Krippendorff's alpha", statText(s.Alpha, 3) + intervalHTML(s.Alpha) + noteOf(s.Alpha)},
		{"Most split labels", confusionText(s.Confusions) + " (pairs of annotators disagreeing on a task)"},
		{"Time per item", fmt.Sprintf("median %s · p90 %s · mean %s (min %s, p10 %s, p25 %s, p75 %s, max %s)",
			FormatDuration(s.Time.Median), FormatDuration(s.Time.P90), FormatDuration(s.Time.Mean), FormatDuration(s.Time.Min),
			FormatDuration(s.Time.P10), FormatDuration(s.Time.P25), FormatDuration(s.Time.P75), FormatDuration(s.Time.Max))},
		{"Credited", FormatRat(tokens(s.Earnings, dec), 2) + " " + sym},
	}

	cal := r.Calibration
	if cal.TargetHourly != nil {
		v.Target = fmt.Sprintf("Target: %s %s per hour = %s %s per hour.", FormatRat(cal.TargetHourly, fiatDigits), r.Currency,
			FormatRat(cal.TargetTokensPerHour, 4), sym)
	}
	for _, t := range cal.Tiers {
		h := htmlTier{Tier: t.Tier, Reward: FormatRat(tokens(t.Reward, dec), 4), Labels: fmt.Sprint(t.Labels),
			Paid: percent(t.PaidFraction, 0), Mean: "-", Hourly: r.hourly(t.TokensPerHour, t.FiatPerHour), Proposed: "-", Note: t.Note}
		if t.Labels > 0 {
			h.Mean = FormatDuration(t.MeanTime)
		}
		if t.Proposed != nil {
			h.Proposed = FormatRat(tokens(t.Proposed, dec), 4)
		}
		v.Tiers = append(v.Tiers, h)
	}
	if cal.Accuracy == nil {
		v.CalNote = cal.Note
		return v
	}
	v.AccuracyLine = fmt.Sprintf("Observed accuracy %s over %d labels checked against gold or the accepted label; %d possible answers; target accuracy of accepted labels %s.",
		percent(cal.Accuracy, 1), cal.AccuracyChecked, cal.LabelValues, percent(cal.TargetAccuracy, 1))
	if cal.MaxDisputeRate != nil {
		v.AccuracyLine += fmt.Sprintf(" Dispute rate at most %s.", percent(cal.MaxDisputeRate, 1))
	}
	v.CostNote = fmt.Sprintf("Cost per accepted label at the %s %q reward (%s %s) and a reviewer fee of %s %s per dispute.",
		costWhich(cal.CostProposed), cal.CostTier, FormatRat(tokens(cal.CostReward, dec), 4), sym, token.FormatNumber(cal.ReviewerFee, dec), sym)
	for i, o := range cal.Options {
		v.Options = append(v.Options, htmlKQ{K: o.K, Q: o.Q, Correct: percent(o.Correct, 2), Wrong: percent(o.Wrong, 2),
			Dispute: percent(o.Dispute, 2), Accuracy: percent(o.Accuracy, 2), Paid: FormatRat(o.PaidLabels, 3),
			Cost: FormatRat(tokens(ceilUnits(o.Cost), dec), 4), Meets: o.Meets, Recommended: i == cal.Recommended})
	}
	if cal.Recommended >= 0 {
		o := cal.Options[cal.Recommended]
		v.Recommendation = fmt.Sprintf("Recommended: k=%d, q=%d — the cheapest setting whose accepted labels reach the target: %s %s per accepted label",
			o.K, o.Q, FormatRat(tokens(ceilUnits(o.Cost), dec), 4), sym)
		if r.Price != nil {
			v.Recommendation += fmt.Sprintf(" (%s %s)", FormatRat(new(big.Rat).Mul(tokens(ceilUnits(o.Cost), dec), r.Price), 4), r.Currency)
		}
		v.Recommendation += "."
	} else {
		v.CalNote = cal.Note
	}
	return v
}

func intervalHTML(s Stat) string {
	if !s.Interval {
		return ""
	}
	return " (95% interval " + intervalText(s) + ")"
}

func noteOf(s Stat) string {
	if s.Defined || s.Note == "" {
		return ""
	}
	return " (" + s.Note + ")"
}
