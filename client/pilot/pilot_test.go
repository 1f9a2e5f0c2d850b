package pilot

import (
	"bytes"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want string // as a/b, "" for an error
	}{
		{"0.05", "1/20"},   // a typical price
		{"12", "12/1"},     // no point
		{"7.50", "15/2"},   // trailing zero
		{".5", "1/2"},      // no integer part
		{"000.250", "1/4"}, // leading zeros
		{"", ""},           // empty
		{".", ""},          // only a point
		{"1.", ""},         // nothing after the point
		{"-1", ""},         // sign
		{"1e3", ""},        // exponent
		{"1,5", ""},        // decimal comma
		{"1.2.3", ""},      // two points
		{" 1", ""},         // space
		{"１", ""},          // a full-width digit is not a digit here
	}
	for _, tt := range tests {
		got, err := ParseDecimal(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDecimal(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestFormatRat(t *testing.T) {
	tests := []struct {
		r      *big.Rat
		digits int
		want   string
	}{
		{big.NewRat(1, 3), 2, "0.33"},
		{big.NewRat(2, 3), 2, "0.67"},
		{big.NewRat(1, 8), 2, "0.13"},   // half away from zero
		{big.NewRat(-1, 8), 2, "-0.13"}, // likewise below zero
		{big.NewRat(-1, 1000), 2, "0.00"},
		{big.NewRat(5, 1), 0, "5"},
		{big.NewRat(995, 1000), 2, "1.00"}, // carry into the integer part
		{big.NewRat(1, 200), 2, "0.01"},
		{nil, 2, "-"},
	}
	for _, tt := range tests {
		if got := FormatRat(tt.r, tt.digits); got != tt.want {
			t.Errorf("FormatRat(%v, %d) = %q, want %q", tt.r, tt.digits, got, tt.want)
		}
	}
}

func secs(xs ...int) []time.Duration {
	out := make([]time.Duration, len(xs))
	for i, x := range xs {
		out[i] = time.Duration(x) * time.Second
	}
	return out
}

func TestDistribution(t *testing.T) {
	tests := []struct {
		name             string
		in               []time.Duration
		median, p90, p10 time.Duration
	}{
		{"one to ten", secs(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 5 * time.Second, 9 * time.Second, 1 * time.Second},
		{"one value", secs(7), 7 * time.Second, 7 * time.Second, 7 * time.Second},
		{"two values: lower median", secs(2, 1), 1 * time.Second, 2 * time.Second, 1 * time.Second},
		{"eleven values", secs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100), 6 * time.Second, 10 * time.Second, 2 * time.Second},
		{"empty", nil, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := distribution(tt.in)
			if d.Median != tt.median || d.P90 != tt.p90 || d.P10 != tt.p10 {
				t.Errorf("median %v p90 %v p10 %v, want %v %v %v", d.Median, d.P90, d.P10, tt.median, tt.p90, tt.p10)
			}
			if d.N != len(tt.in) {
				t.Errorf("N = %d", d.N)
			}
		})
	}
}

const (
	alice = "0xa11ce00000000000000000000000000000000001"
	bob   = "0xb0b0000000000000000000000000000000000002"
	carol = "0xca201000000000000000000000000000000000003"
)

// tiny is a three-annotator pilot small enough to work out by hand: four
// tasks, k = 3, q = 2; alice and bob always agree, carol errs on t2 and t4;
// t3 is gold (answer 1) and t4 goes to a reviewer.
func tiny() *Pilot {
	one := pow10(18)
	c := Campaign{ID: "c1", Token: Token{"KAP", 18}, Tiers: []Tier{{"std", one}}, K: 3, Q: 2,
		Labels: []string{"yes", "no", "maybe"}, ReviewerFee: new(big.Int).Mul(big.NewInt(2), one)}
	p := &Pilot{Campaign: c, Earnings: map[string]*big.Int{}}
	labels := map[string][]uint64{alice: {0, 1, 1, 2}, bob: {0, 1, 1, 2}, carol: {0, 0, 1, 0}}
	spent := map[string]time.Duration{alice: 10 * time.Second, bob: 20 * time.Second, carol: 5 * time.Second}
	for _, a := range []string{alice, bob, carol} {
		for i, l := range labels[a] {
			p.Observations = append(p.Observations, Observation{Annotator: a, Chunk: 1, Task: "t" + string(rune('1'+i)),
				Tier: "std", Label: l, Spent: spent[a], Revealed: true})
		}
	}
	p.Outcomes = []Outcome{
		{Task: "t1", Decision: Consensus, Label: 0},
		{Task: "t2", Decision: Consensus, Label: 1},
		{Task: "t3", Decision: Consensus, Label: 1, Gold: true, GoldLabel: 1},
		{Task: "t4", Decision: Consensus, Label: 2},
	}
	p.Earnings[alice] = new(big.Int).Mul(big.NewInt(4), one)
	p.Earnings[bob] = new(big.Int).Mul(big.NewInt(4), one)
	p.Earnings[carol] = new(big.Int).Mul(big.NewInt(2), one)
	p.DropOffs = []DropOff{{Annotator: carol, Chunk: 2}}
	return p
}

func TestBuildTiny(t *testing.T) {
	r, err := Build(tiny(), Options{Price: "0.5", Currency: "EUR", TargetHourly: "30"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rows) != 3 {
		t.Fatalf("%d rows, want 3", len(r.Rows))
	}
	byName := map[string]Row{}
	for _, row := range r.Rows {
		byName[row.Annotator] = row
	}
	c := byName[carol]
	if c.Items != 4 || c.ConsensusErrors != 2 || c.ConsensusChecked != 4 || c.GoldErrors != 0 || c.GoldChecked != 1 {
		t.Errorf("carol: %+v", c)
	}
	if c.DropOffs != 1 || byName[alice].DropOffs != 0 {
		t.Errorf("drop-offs: carol %d alice %d, want 1 0", c.DropOffs, byName[alice].DropOffs)
	}
	// carol: 2 KAP in 4 x 5 s = 20 s, 360 KAP/h, 180 EUR/h at 0.5 EUR
	if c.Hours != 20*time.Second || c.TokensPerHour.Cmp(big.NewRat(360, 1)) != 0 || c.FiatPerHour.Cmp(big.NewRat(180, 1)) != 0 {
		t.Errorf("carol: hours %v, tokens/h %v, fiat/h %v", c.Hours, c.TokensPerHour, c.FiatPerHour)
	}
	// bob: 4 KAP in 80 s = 180 KAP/h = 90 EUR/h
	if b := byName[bob]; b.FiatPerHour.Cmp(big.NewRat(90, 1)) != 0 {
		t.Errorf("bob: fiat/h %v, want 90", b.FiatPerHour)
	}
	s := r.Summary
	if s.Tasks != 4 || s.Labels != 12 || s.Finalized != 4 || s.DisputeRate.Sign() != 0 || s.GoldTasks != 1 {
		t.Errorf("summary: %+v", s)
	}
	if s.Claims != 4 || s.DropOffs != 1 {
		t.Errorf("claims %d drop-offs %d, want 4 1", s.Claims, s.DropOffs)
	}
	if s.Earnings.Cmp(new(big.Int).Mul(big.NewInt(10), pow10(18))) != 0 {
		t.Errorf("total earnings %v", s.Earnings)
	}
	// Pairs per task: t1 3 agreeing, t2 1 of 3, t3 3, t4 1 of 3 -> 8/12.
	if !s.PercentAgreement.Defined || !near(s.PercentAgreement.Value, 8.0/12) {
		t.Errorf("percent agreement %+v, want 2/3", s.PercentAgreement)
	}
	if !s.Fleiss.Defined || !s.Alpha.Defined {
		t.Errorf("kappa/alpha undefined: %+v %+v", s.Fleiss, s.Alpha)
	}
	// carol splits from the others on t2 (yes/no) and t4 (yes/maybe): two
	// disagreeing pairs each
	wantPairs := []LabelPair{{"yes", "no", 2}, {"yes", "maybe", 2}}
	if !reflect.DeepEqual(s.Confusions, wantPairs) {
		t.Errorf("confusions %v, want %v", s.Confusions, wantPairs)
	}
	// calibration: 12 labels in 140 s, 10 paid; target 30 EUR/h = 60 KAP/h
	// reward = 60 KAP/h x 140 s / (10 x 3600 s) = 0.2333... KAP, rounded up
	tc := r.Calibration.Tiers[0]
	want, _ := new(big.Int).SetString("233333333333333334", 10)
	if tc.Labels != 12 || tc.Paid != 10 || tc.Proposed == nil || tc.Proposed.Cmp(want) != 0 {
		t.Errorf("tier calibration %+v, proposed want %v", tc, want)
	}
	if !r.Calibration.CostProposed || r.Calibration.CostReward.Cmp(want) != 0 {
		t.Errorf("the (k, q) table is priced at %v (proposed %v), want the proposed reward %v",
			r.Calibration.CostReward, r.Calibration.CostProposed, want)
	}
	// pooled accuracy: alice 4/4, bob 4/4, carol 2/4 -> 10/12
	if r.Calibration.Accuracy.Cmp(big.NewRat(10, 12)) != 0 {
		t.Errorf("accuracy %v, want 5/6", r.Calibration.Accuracy)
	}
}

func near(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }

// bruteForce enumerates every labeling of a task by k annotators over
// values answers (answer 0 is the truth) and returns the probabilities of a
// correct consensus, a wrong one, a dispute, and the expected number of
// annotators paid (those matching the final label; a dispute resolves to
// the truth).
func bruteForce(k, q, values int, acc *big.Rat) (correct, wrong, dispute, paid *big.Rat) {
	correct, wrong, dispute, paid = new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat)
	pw := new(big.Rat).Sub(big.NewRat(1, 1), acc)
	if values > 1 {
		pw.Quo(pw, big.NewRat(int64(values-1), 1))
	}
	labels := make([]int, k)
	var rec func(i int, prob *big.Rat)
	rec = func(i int, prob *big.Rat) {
		if i == k {
			tally := make([]int, values)
			for _, l := range labels {
				tally[l]++
			}
			final := 0
			switch {
			case tally[0] >= q:
				correct.Add(correct, prob)
			default:
				won := -1
				for l := 1; l < values; l++ {
					if tally[l] >= q {
						won = l
					}
				}
				if won > 0 {
					wrong.Add(wrong, prob)
					final = won
				} else {
					dispute.Add(dispute, prob)
				}
			}
			paid.Add(paid, new(big.Rat).Mul(prob, big.NewRat(int64(tally[final]), 1)))
			return
		}
		for l := range values {
			p := pw
			if l == 0 {
				p = acc
			}
			labels[i] = l
			rec(i+1, new(big.Rat).Mul(prob, p))
		}
	}
	rec(0, big.NewRat(1, 1))
	return
}

func TestPredictMatchesEnumeration(t *testing.T) {
	for _, values := range []int{1, 2, 3, 4} {
		for _, acc := range []*big.Rat{big.NewRat(0, 1), big.NewRat(1, 3), big.NewRat(4, 5), big.NewRat(1, 1), big.NewRat(133, 167)} {
			if values == 1 && acc.Cmp(big.NewRat(1, 1)) != 0 {
				continue // with one possible answer every label is right
			}
			for k := 1; k <= 5; k++ {
				for q := k/2 + 1; q <= k; q++ {
					got := predict(k, q, acc, values)
					c, w, d, p := bruteForce(k, q, values, acc)
					if got.Correct.Cmp(c) != 0 || got.Wrong.Cmp(w) != 0 || got.Dispute.Cmp(d) != 0 || got.PaidLabels.Cmp(p) != 0 {
						t.Errorf("values=%d acc=%v k=%d q=%d: got c=%v w=%v d=%v paid=%v, enumeration c=%v w=%v d=%v paid=%v",
							values, acc, k, q, got.Correct, got.Wrong, got.Dispute, got.PaidLabels, c, w, d, p)
					}
				}
			}
		}
	}
}

func TestRecommendation(t *testing.T) {
	tests := []struct {
		name        string
		target      string
		maxDisputes string
		want        [2]int // k, q; {0,0} for none
	}{
		// tiny's accuracy 5/6 with 3 answers; a loose target is met by k=1
		{"loose target", "0.5", "", [2]int{1, 1}},
		// a target no k<=7 can reach exactly except at 100%
		{"perfect", "1", "", [2]int{0, 0}},
		// 0.95 is cheapest at k=2, q=2 (P(wrong) = 2 (1/12)^2), but that
		// sends 1 - (5/6)^2 - 2/144 = 7/24 of the tasks to dispute
		{"95%", "0.95", "", [2]int{2, 2}},
		// with disputes capped at 10% k=3, q=2 wins: accuracy
		// (200/216) / (200/216 + 68/1728) = 95.9%, disputes 60/1728 = 3.5%
		{"95%, disputes <= 10%", "0.95", "0.1", [2]int{3, 2}},
		// no option has no dispute at all but k=1
		{"95%, no disputes", "0.95", "0", [2]int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Build(tiny(), Options{TargetAccuracy: tt.target, MaxDisputeRate: tt.maxDisputes})
			if err != nil {
				t.Fatal(err)
			}
			cal := r.Calibration
			got := [2]int{}
			if cal.Recommended >= 0 {
				got = [2]int{cal.Options[cal.Recommended].K, cal.Options[cal.Recommended].Q}
			}
			if got != tt.want {
				t.Errorf("recommended %v, want %v (note %q)", got, tt.want, cal.Note)
			}
			// whatever is recommended is no dearer than any option meeting the target
			for _, o := range cal.Options {
				if o.Meets && cal.Recommended >= 0 && o.Cost.Cmp(cal.Options[cal.Recommended].Cost) < 0 {
					t.Errorf("k=%d q=%d meets the target and is cheaper than the recommendation", o.K, o.Q)
				}
			}
		})
	}
}

func TestCalibrationOptionsCover(t *testing.T) {
	r, err := Build(tiny(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]int
	for _, o := range r.Calibration.Options {
		got = append(got, [2]int{o.K, o.Q})
		sum := new(big.Rat).Add(o.Correct, o.Wrong)
		if sum.Add(sum, o.Dispute).Cmp(big.NewRat(1, 1)) != 0 {
			t.Errorf("k=%d q=%d: probabilities add up to %v", o.K, o.Q, sum)
		}
	}
	want := [][2]int{{1, 1}, {2, 2}, {3, 2}, {3, 3}, {4, 3}, {4, 4}, {5, 3}, {5, 4}, {5, 5}, {6, 4}, {6, 5}, {6, 6}, {7, 4}, {7, 5}, {7, 6}, {7, 7}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("options %v, want %v", got, want)
	}
}

func TestBuildRejects(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Pilot)
		opts  Options
		inMsg string
	}{
		{"k zero", func(p *Pilot) { p.Campaign.K = 0 }, Options{}, "k = 0"},
		{"q not a majority", func(p *Pilot) { p.Campaign.Q = 1 }, Options{}, "q = 1"},
		{"q above k", func(p *Pilot) { p.Campaign.Q = 4 }, Options{}, "q = 4"},
		{"one label", func(p *Pilot) { p.Campaign.Labels = p.Campaign.Labels[:1] }, Options{}, "at least 2"},
		{"no tiers", func(p *Pilot) { p.Campaign.Tiers = nil }, Options{}, "no tiers"},
		{"nil reward", func(p *Pilot) { p.Campaign.Tiers[0].Reward = nil }, Options{}, "reward"},
		{"label out of range", func(p *Pilot) { p.Observations[0].Label = 3 }, Options{}, "label 3"},
		{"unknown tier", func(p *Pilot) { p.Observations[0].Tier = "gold" }, Options{}, "unknown tier"},
		{"twice", func(p *Pilot) { p.Observations[1] = p.Observations[0] }, Options{}, "twice"},
		{"negative time", func(p *Pilot) { p.Observations[0].Spent = -time.Second }, Options{}, "time spent"},
		{"over a day", func(p *Pilot) { p.Observations[0].Spent = MaxSpent + 1 }, Options{}, "time spent"},
		{"bad accepted label", func(p *Pilot) { p.Outcomes[0].Label = 9 }, Options{}, "accepted label"},
		{"bad gold", func(p *Pilot) { p.Outcomes[2].GoldLabel = 9 }, Options{}, "gold label"},
		{"outcome twice", func(p *Pilot) { p.Outcomes[1].Task = "t1" }, Options{}, "decided twice"},
		{"negative earnings", func(p *Pilot) { p.Earnings[alice] = big.NewInt(-1) }, Options{}, "earnings"},
		{"bad price", func(*Pilot) {}, Options{Price: "1,5"}, "price"},
		{"target without price", func(*Pilot) {}, Options{TargetHourly: "20"}, "needs a non-zero token price"},
		{"zero price", func(*Pilot) {}, Options{Price: "0", TargetHourly: "20"}, "needs a non-zero token price"},
		{"target accuracy above 1", func(*Pilot) {}, Options{TargetAccuracy: "1.5"}, "target accuracy"},
		{"target accuracy zero", func(*Pilot) {}, Options{TargetAccuracy: "0"}, "target accuracy"},
		{"unknown cost tier", func(*Pilot) {}, Options{CostTier: "nope"}, "cost tier"},
		{"dispute rate above 1", func(*Pilot) {}, Options{MaxDisputeRate: "1.01"}, "dispute rate"},
		{"bad dispute rate", func(*Pilot) {}, Options{MaxDisputeRate: "5%"}, "dispute rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tiny()
			tt.edit(p)
			_, err := Build(p, tt.opts)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.inMsg) {
				t.Errorf("Build: %v, want ErrInvalid mentioning %q", err, tt.inMsg)
			}
		})
	}
	if _, err := Build(nil, Options{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Build(nil): %v", err)
	}
}

func TestMultiLabel(t *testing.T) {
	p := tiny()
	p.Campaign.Kind = Multi
	// bitmasks over three labels: alice and bob {yes,no}, carol {yes}
	for i := range p.Observations {
		if p.Observations[i].Annotator == carol {
			p.Observations[i].Label = 0b001
		} else {
			p.Observations[i].Label = 0b011
		}
	}
	for i := range p.Outcomes {
		p.Outcomes[i].Label, p.Outcomes[i].GoldLabel = 0b011, 0b011
	}
	r, err := Build(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range r.Rows {
		wantErr := 0
		if row.Annotator == carol {
			wantErr = 4
		}
		if row.ConsensusErrors != wantErr {
			t.Errorf("%s: %d consensus errors, want %d", row.Annotator, row.ConsensusErrors, wantErr)
		}
	}
	if r.Calibration.LabelValues != 7 {
		t.Errorf("label values %d, want 7 non-empty sets of 3", r.Calibration.LabelValues)
	}
	// every task: 1 agreeing pair of 3
	if !near(r.Summary.PercentAgreement.Value, 1.0/3) {
		t.Errorf("percent agreement %v, want 1/3", r.Summary.PercentAgreement.Value)
	}
	p.Observations[0].Label = 0 // the empty set is not a multi-label answer
	if _, err := Build(p, Options{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty label set accepted: %v", err)
	}
	p.Observations[0].Label = 0b1000 // a fourth label that does not exist
	if _, err := Build(p, Options{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("label bit beyond the schema accepted: %v", err)
	}
}

// TestDegenerate renders reports of pilots that support few or no figures:
// they must render in all three formats with the figures marked undefined.
func TestDegenerate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Pilot)
	}{
		{"no observations", func(p *Pilot) { p.Observations, p.Outcomes, p.Earnings, p.DropOffs = nil, nil, nil, nil }},
		{"one annotator", func(p *Pilot) {
			var keep []Observation
			for _, o := range p.Observations {
				if o.Annotator == alice {
					keep = append(keep, o)
				}
			}
			p.Observations = keep
		}},
		{"nothing revealed", func(p *Pilot) {
			for i := range p.Observations {
				p.Observations[i].Revealed = false
			}
		}},
		{"all pending", func(p *Pilot) { p.Outcomes = nil }},
		{"zero time", func(p *Pilot) {
			for i := range p.Observations {
				p.Observations[i].Spent = 0
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tiny()
			tt.edit(p)
			r, err := Build(p, Options{Price: "1", TargetHourly: "10"})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []func(*bytes.Buffer, *Report) error{
				func(b *bytes.Buffer, r *Report) error { return WriteText(b, r) },
				func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) },
				func(b *bytes.Buffer, r *Report) error { return WriteHTML(b, r) },
			} {
				var buf bytes.Buffer
				if err := w(&buf, r); err != nil {
					t.Fatal(err)
				}
				if strings.Contains(buf.String(), "NaN") || strings.Contains(buf.String(), "Inf") {
					t.Errorf("output holds NaN or Inf:\n%s", buf.String())
				}
			}
		})
	}
}

func TestOneAnnotatorAgreementUndefined(t *testing.T) {
	p := tiny()
	p.Observations = p.Observations[:4] // alice only
	r, err := Build(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Summary.Fleiss.Defined || r.Summary.Alpha.Defined || r.Summary.Fleiss.Note == "" {
		t.Errorf("agreement with one annotator: %+v %+v", r.Summary.Fleiss, r.Summary.Alpha)
	}
}

func TestUnicodeNamesFitWidth(t *testing.T) {
	p := tiny()
	names := map[string]string{alice: "标注员一号标注员一号", bob: "Zoë 🧪 annotator with a long name", carol: carol}
	for i := range p.Observations {
		p.Observations[i].Annotator = names[p.Observations[i].Annotator]
	}
	p.Earnings = nil
	p.DropOffs = nil
	p.Campaign.Title = strings.Repeat("長いタイトル", 20)
	r, err := Build(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, r); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if w := ansi.StringWidth(line); w > TextWidth {
			t.Errorf("line %d: %d cells: %q", i+1, w, line)
		}
	}
	if !strings.Contains(buf.String(), "标注员") {
		t.Errorf("CJK name lost:\n%s", buf.String())
	}
}

func TestPilotJSONRoundTrip(t *testing.T) {
	p := generateSample()
	var buf bytes.Buffer
	if err := WritePilot(&buf, p); err != nil {
		t.Fatal(err)
	}
	back, err := ReadPilot(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, back) {
		t.Errorf("pilot changed in a JSON round trip")
	}
}

func TestReadPilotRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not JSON", "{"},
		{"wrong version", `{"version":"kappa/pilot-input@2"}`},
		{"unknown field", `{"version":"kappa/pilot-input@1","extra":1}`},
		{"bad amount", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"1.5"}]}}`},
		{"amount with a sign", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"+1"}]}}`},
		{"amount with a leading zero", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"reviewer_fee":"01","tiers":[{"name":"x","reward":"1"}]}}`},
		{"amount beyond uint256", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"1"}]},"earnings":{"a":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}}`},
		{"bad decision", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"1"}]},"outcomes":[{"task":"t","decision":"maybe"}]}`},
		{"huge spent_ms", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"1"}]},"observations":[{"annotator":"a","task":"t","tier":"x","spent_ms":9223372036854775807}]}`},
		{"accepted without label", `{"version":"kappa/pilot-input@1","campaign":{"k":1,"q":1,"labels":["a","b"],"tiers":[{"name":"x","reward":"1"}]},"outcomes":[{"task":"t","decision":"consensus"}]}`},
	}
	for _, tt := range tests {
		if _, err := ReadPilot(strings.NewReader(tt.in)); err == nil {
			t.Errorf("%s: ReadPilot accepted %s", tt.name, tt.in)
		}
	}
}

func TestScreenRows(t *testing.T) {
	r, err := Build(tiny(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := r.ScreenRows()
	if len(rows) != len(r.Rows) {
		t.Fatalf("%d screen rows for %d report rows", len(rows), len(r.Rows))
	}
	for i, s := range rows {
		x := r.Rows[i]
		if s.Annotator != x.Annotator || s.Items != x.Items || s.Median != x.Median || s.P90 != x.P90 ||
			s.ConsensusErrors != x.ConsensusErrors || s.ConsensusChecked != x.ConsensusChecked ||
			s.GoldErrors != x.GoldErrors || s.GoldChecked != x.GoldChecked || s.Earnings.Cmp(x.Earnings) != 0 || s.Hours != x.Hours {
			t.Errorf("row %d: %+v from %+v", i, s, x)
		}
		s.Earnings.SetInt64(-1) // a copy: the report is not changed
		if x.Earnings.Sign() < 0 {
			t.Errorf("row %d: screen row shares the report's earnings", i)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	p := generateSample()
	for b.Loop() {
		if _, err := Build(p, sampleOptions); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	r, err := Build(generateSample(), sampleOptions)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := WriteHTML(&bytes.Buffer{}, r); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFitNumber(t *testing.T) {
	tests := []struct {
		r      *big.Rat
		digits int
		width  int
		want   string
	}{
		{big.NewRat(2340, 100), 2, 8, "23.40"},             // fits as is
		{big.NewRat(12345678, 100), 2, 8, "123456.8"},      // fewer decimals
		{big.NewRat(123456789, 1), 2, 8, "123457k"},        // scaled by 1000
		{new(big.Rat).SetInt(pow10(30)), 2, 8, "1000000Y"}, // the largest suffix
		{nil, 2, 8, "-"},
	}
	for _, tt := range tests {
		got := fitNumber(tt.r, tt.digits, tt.width)
		if got != tt.want {
			t.Errorf("fitNumber(%v, %d, %d) = %q, want %q", tt.r, tt.digits, tt.width, got, tt.want)
		}
		if len(got) > tt.width {
			t.Errorf("fitNumber(%v) = %q is wider than %d", tt.r, got, tt.width)
		}
	}
}

// TestHugeFiguresFit: absurd amounts still fit the text table, and no
// number is cut with an ellipsis.
func TestHugeFiguresFit(t *testing.T) {
	p := tiny()
	huge, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	p.Earnings[alice] = huge
	p.Campaign.Tiers[0].Reward = huge
	r, err := Build(p, Options{Price: "1000000", TargetHourly: "0.01"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, r); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if w := ansi.StringWidth(line); w > TextWidth {
			t.Errorf("line %d: %d cells: %q", i+1, w, line)
		}
		if strings.Contains(line, "…") && !strings.Contains(line, "0x") {
			t.Errorf("line %d cut with an ellipsis: %q", i+1, line)
		}
	}
}
