package pilot

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/kappa-dev/kappa/client/token"
)

// TextWidth is the width, in terminal cells, that WriteText never exceeds.
const TextWidth = 80

// FormatDuration writes a time per item compactly: "850ms", "8.1s",
// "1m05s", "2h03m".
func FormatDuration(d time.Duration) string {
	switch {
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	case d < time.Minute:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Hour:
		d = d.Round(time.Second)
		return fmt.Sprintf("%dm%02ds", int(d/time.Minute), int(d%time.Minute/time.Second))
	default:
		d = d.Round(time.Minute)
		return fmt.Sprintf("%dh%02dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
}

// ShortAddress abbreviates a 0x address to "0x1a2b…3c4d"; other names
// longer than width cells are cut to width with an ellipsis.
func ShortAddress(a string, width int) string {
	if ansi.StringWidth(a) <= width {
		return a
	}
	if len(a) == 42 && strings.HasPrefix(a, "0x") && width >= 11 {
		return a[:6] + "…" + a[len(a)-4:]
	}
	return ansi.Truncate(a, width, "…")
}

// percent writes a ratio as a percentage with digits decimals, "-" for nil.
func percent(r *big.Rat, digits int) string {
	if r == nil {
		return "-"
	}
	return FormatRat(new(big.Rat).Mul(r, big.NewRat(100, 1)), digits) + "%"
}

// frac writes "errors/checked pct".
func frac(errs, checked int) string {
	if checked == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %s", errs, checked, percent(big.NewRat(int64(errs), int64(checked)), 0))
}

// fitNumber formats r with up to digits decimals, dropping decimals and
// then scaling by k, M, G, ... until it fits width cells: a table cell
// never hides digits behind an ellipsis. The JSON report has the exact
// figure.
func fitNumber(r *big.Rat, digits, width int) string {
	if r == nil {
		return "-"
	}
	for d := digits; d >= 0; d-- {
		if s := FormatRat(r, d); len(s) <= width {
			return s
		}
	}
	for i, suffix := range []string{"k", "M", "G", "T", "P", "E", "Z", "Y"} {
		scaled := new(big.Rat).Quo(r, new(big.Rat).SetInt(pow10(3*(i+1))))
		for d := 1; d >= 0; d-- {
			if s := FormatRat(scaled, d) + suffix; len(s) <= width {
				return s
			}
		}
	}
	return FormatRat(r, 0)
}

// fitFrac is frac, or only the percentage when "errors/checked pct" does
// not fit width cells.
func fitFrac(errs, checked, width int) string {
	if s := frac(errs, checked); len(s) <= width || checked == 0 {
		return s
	}
	return percent(big.NewRat(int64(errs), int64(checked)), 0)
}

type column struct {
	head  string
	width int
	left  bool
}

// pad fits s into width cells, aligned left or right, cutting with an
// ellipsis when it is too wide.
func pad(s string, width int, left bool) string {
	if ansi.StringWidth(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	fill := strings.Repeat(" ", width-ansi.StringWidth(s))
	if left {
		return s + fill
	}
	return fill + s
}

func writeTable(w *bufio.Writer, cols []column, rows [][]string) {
	line := func(cells []string) {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(' ')
			}
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			b.WriteString(pad(cell, c.width, c.left))
		}
		w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = c.head
	}
	line(heads)
	for _, r := range rows {
		line(r)
	}
}

// fitLine cuts a free-text line to TextWidth cells.
func fitLine(s string) string {
	if ansi.StringWidth(s) > TextWidth {
		return ansi.Truncate(s, TextWidth, "…")
	}
	return s
}

func statText(s Stat, digits int) string {
	if !s.Defined {
		return "undefined"
	}
	return FormatRat(new(big.Rat).SetFloat64(s.Value), digits)
}

// rateUnit is the unit of hourly figures: the currency when a price is
// known, else the token.
func (r *Report) rateUnit() string {
	if r.Price != nil {
		if r.Currency != "" {
			return r.Currency
		}
		return "fiat"
	}
	return r.Campaign.Token.Symbol
}

func (r *Report) hourly(tokensPerHour, fiatPerHour *big.Rat) string {
	if r.Price != nil {
		return FormatRat(fiatPerHour, fiatDigits)
	}
	return FormatRat(tokensPerHour, 2)
}

// hourlyFit is hourly fitted to width cells.
func (r *Report) hourlyFit(tokensPerHour, fiatPerHour *big.Rat, width int) string {
	if r.Price != nil {
		return fitNumber(fiatPerHour, fiatDigits, width)
	}
	return fitNumber(tokensPerHour, 2, width)
}

// itemTime formats a time per item, "-" for an annotator without items.
func itemTime(d time.Duration, items int) string {
	if items == 0 {
		return "-"
	}
	return FormatDuration(d)
}

// WriteText writes the report as plain-text tables no wider than TextWidth
// cells, for a terminal.
func WriteText(w io.Writer, r *Report) (err error) {
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	defer func() {
		// every line, free text included, is cut to TextWidth cells
		if err == nil {
			err = writeFitted(w, out.Bytes())
		}
	}()
	c := r.Campaign
	dec := c.Token.Decimals
	sym := c.Token.Symbol
	title := c.Title
	if title == "" {
		title = c.ID
	}
	bw.WriteString(fitLine("Pilot report: "+title) + "\n")
	head := fmt.Sprintf("k=%d q=%d, %d %s labels, token %s", c.K, c.Q, len(c.Labels), c.Kind, sym)
	if r.Price != nil {
		head += fmt.Sprintf(", 1 %s = %s %s", sym, formatRatTrim(r.Price, 18), r.Currency)
	}
	bw.WriteString(fitLine(head) + "\n\n")

	unit := r.rateUnit()
	cols := []column{
		{"ANNOTATOR", 13, true}, {"ITEMS", 5, false}, {"MEDIAN", 6, false}, {"P90", 6, false},
		{"CONSENSUS ERR", 13, false}, {"GOLD ERR", 9, false}, {"EARNED", 8, false},
		{unit + "/H", 7, false}, {"DROP", 4, false},
	}
	var rows [][]string
	for _, row := range r.Rows {
		rows = append(rows, []string{
			ShortAddress(row.Annotator, cols[0].width), fmt.Sprint(row.Items),
			itemTime(row.Median, row.Items), itemTime(row.P90, row.Items),
			fitFrac(row.ConsensusErrors, row.ConsensusChecked, cols[4].width),
			fitFrac(row.GoldErrors, row.GoldChecked, cols[5].width),
			fitNumber(tokens(row.Earnings, dec), 2, cols[6].width),
			r.hourlyFit(row.TokensPerHour, row.FiatPerHour, cols[7].width),
			fmt.Sprint(row.DropOffs),
		})
	}
	writeTable(bw, cols, rows)
	fmt.Fprintf(bw, "EARNED in %s; /H is earnings per hour of labeling time.\n\n", sym)

	s := r.Summary
	bw.WriteString("Campaign\n")
	lines := []string{
		fmt.Sprintf("tasks %d: %d finalized, %d pending; %d labels revealed, %d unrevealed",
			s.Tasks, s.Finalized, s.Pending, s.Labels, s.Unrevealed),
		fmt.Sprintf("decided by consensus %d, reviewer %d, arbiter %d; unresolved %d",
			s.ByConsensus, s.ByReviewer, s.ByArbiter, s.Unresolved),
		fmt.Sprintf("dispute rate %s; drop-off %d of %d claims (%s)",
			percent(s.DisputeRate, 1), s.DropOffs, s.Claims, percent(s.DropOffRate, 1)),
		fmt.Sprintf("gold: %d tasks, %d labels checked, %d wrong", s.GoldTasks, s.GoldChecked, s.GoldErrors),
		fmt.Sprintf("agreement: percent %s, Fleiss' kappa %s, Krippendorff's alpha %s",
			percentStat(s.PercentAgreement), statText(s.Fleiss, 3), statText(s.Alpha, 3)),
		"  95% intervals: kappa " + intervalText(s.Fleiss) + ", alpha " + intervalText(s.Alpha),
		"most split: " + confusionText(s.Confusions),
		fmt.Sprintf("time per item: median %s, p90 %s, mean %s over %d items",
			FormatDuration(s.Time.Median), FormatDuration(s.Time.P90), FormatDuration(s.Time.Mean), s.Time.N),
		fmt.Sprintf("  spread: min %s, p10 %s, p25 %s, p75 %s, max %s",
			FormatDuration(s.Time.Min), FormatDuration(s.Time.P10), FormatDuration(s.Time.P25),
			FormatDuration(s.Time.P75), FormatDuration(s.Time.Max)),
		fmt.Sprintf("credited to annotators: %s %s", FormatRat(tokens(s.Earnings, dec), 2), sym),
	}
	for _, l := range lines {
		bw.WriteString(fitLine("  "+l) + "\n")
	}

	cal := r.Calibration
	bw.WriteString("\nReward calibration")
	if cal.TargetHourly != nil {
		fmt.Fprintf(bw, ": target %s %s/h = %s %s/h", FormatRat(cal.TargetHourly, fiatDigits), r.Currency,
			FormatRat(cal.TargetTokensPerHour, 4), sym)
	}
	bw.WriteString("\n")
	tcols := []column{
		{"TIER", 12, true}, {"REWARD", 9, false}, {"LABELS", 6, false}, {"PAID", 5, false},
		{"MEAN", 6, false}, {unit + "/H", 8, false}, {"PROPOSED", 9, false}, {"", 16, true},
	}
	var trows [][]string
	for _, t := range cal.Tiers {
		prop := "-"
		if t.Proposed != nil {
			prop = fitNumber(tokens(t.Proposed, dec), 4, tcols[6].width)
		}
		mean := "-"
		if t.Labels > 0 {
			mean = FormatDuration(t.MeanTime)
		}
		trows = append(trows, []string{t.Tier, fitNumber(tokens(t.Reward, dec), 4, tcols[1].width), fmt.Sprint(t.Labels),
			percent(t.PaidFraction, 0), mean, r.hourlyFit(t.TokensPerHour, t.FiatPerHour, tcols[5].width), prop, t.Note})
	}
	writeTable(bw, tcols, trows)
	fmt.Fprintf(bw, "REWARD and PROPOSED in %s per accepted label.\n", sym)

	bw.WriteString("\n")
	if cal.Accuracy == nil {
		bw.WriteString(fitLine("Replication: "+cal.Note) + "\n")
		return flush(bw)
	}
	target := "target " + percent(cal.TargetAccuracy, 1)
	if cal.MaxDisputeRate != nil {
		target += ", disputes <= " + percent(cal.MaxDisputeRate, 1)
	}
	bw.WriteString(fitLine(fmt.Sprintf("Replication: accuracy %s over %d labels, %d answers; %s",
		percent(cal.Accuracy, 1), cal.AccuracyChecked, cal.LabelValues, target)) + "\n")
	qcols := []column{
		{"", 1, true}, {"K", 2, false}, {"Q", 2, false}, {"CORRECT", 8, false}, {"WRONG", 7, false},
		{"DISPUTE", 8, false}, {"ACCURACY", 9, false}, {"PAID/TASK", 9, false}, {"COST " + sym, 10, false},
	}
	var qrows [][]string
	for i, o := range cal.Options {
		mark := ""
		if i == cal.Recommended {
			mark = "*"
		}
		qrows = append(qrows, []string{mark, fmt.Sprint(o.K), fmt.Sprint(o.Q), percent(o.Correct, 2),
			percent(o.Wrong, 2), percent(o.Dispute, 2), percent(o.Accuracy, 2), FormatRat(o.PaidLabels, 3),
			fitNumber(tokens(ceilUnits(o.Cost), dec), 4, qcols[8].width)})
	}
	writeTable(bw, qcols, qrows)
	fmt.Fprintf(bw, "COST per accepted label at the %s %q reward of %s %s\nand a reviewer fee of %s %s.\n",
		costWhich(cal.CostProposed), cal.CostTier, FormatRat(tokens(cal.CostReward, dec), 4), sym,
		token.FormatNumber(cal.ReviewerFee, dec), sym)
	if cal.Recommended >= 0 {
		o := cal.Options[cal.Recommended]
		line := fmt.Sprintf("* recommended: k=%d q=%d, %s %s per accepted label", o.K, o.Q,
			fitNumber(tokens(ceilUnits(o.Cost), dec), 4, 14), sym)
		if r.Price != nil {
			line += fmt.Sprintf(" (%s %s)", fitNumber(new(big.Rat).Mul(tokens(ceilUnits(o.Cost), dec), r.Price), 4, 14), r.Currency)
		}
		bw.WriteString(fitLine(line) + "\n")
	} else {
		bw.WriteString(fitLine(cal.Note) + "\n")
	}
	return flush(bw)
}

// costWhich says which reward prices the (k, q) table.
func costWhich(proposed bool) string {
	if proposed {
		return "proposed"
	}
	return "current"
}

// intervalText writes a bootstrap interval as "lo to hi".
func intervalText(s Stat) string {
	if !s.Interval {
		return "-"
	}
	return FormatRat(new(big.Rat).SetFloat64(s.Lo), 3) + " to " + FormatRat(new(big.Rat).SetFloat64(s.Hi), 3)
}

// confusionText lists label pairs as "a/b n, ...".
func confusionText(ps []LabelPair) string {
	if len(ps) == 0 {
		return "-"
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = fmt.Sprintf("%s/%s %d", p.A, p.B, p.Pairs)
	}
	return strings.Join(parts, ", ")
}

func percentStat(s Stat) string {
	if !s.Defined {
		return "undefined"
	}
	return percent(new(big.Rat).SetFloat64(s.Value), 1)
}

// writeFitted writes text to w with every line cut to TextWidth cells.
func writeFitted(w io.Writer, text []byte) error {
	lines := strings.SplitAfter(string(text), "\n")
	var b strings.Builder
	for _, l := range lines {
		body, nl := strings.CutSuffix(l, "\n")
		b.WriteString(fitLine(body))
		if nl {
			b.WriteByte('\n')
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("pilot: write text report: %w", err)
	}
	return nil
}

func flush(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("pilot: write text report: %w", err)
	}
	return nil
}
