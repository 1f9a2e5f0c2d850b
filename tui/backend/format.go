package backend

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"
)

// Unknown is shown wherever a value is not known (nil amount, empty rate).
const Unknown = "—"

// FormatAmount renders a base-unit amount as a decimal number of tokens,
// exactly: every significant digit is kept, trailing fractional zeros are
// dropped and the integer part is grouped by thousands ("1,234.5 KAP").
// A nil amount renders as Unknown.
func FormatAmount(amount *big.Int, t Token) string {
	n := FormatUnits(amount, t.Decimals)
	if n == Unknown || t.Symbol == "" {
		return n
	}
	return n + " " + t.Symbol
}

// FormatUnits is FormatAmount without the symbol.
func FormatUnits(amount *big.Int, decimals uint8) string {
	if amount == nil {
		return Unknown
	}
	digits := new(big.Int).Abs(amount).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	intPart, frac := digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	var b strings.Builder
	if amount.Sign() < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatApprox renders an estimate (an hourly rate) with at most frac
// fractional digits, truncated in integer arithmetic and marked "≈" when
// digits were dropped. Exact amounts (balances, rewards) use FormatAmount.
func FormatApprox(amount *big.Int, t Token, frac int) string {
	if amount == nil || frac < 0 || int(t.Decimals) <= frac {
		return FormatAmount(amount, t)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(int(t.Decimals)-frac)), nil)
	q, r := new(big.Int).QuoRem(amount, unit, new(big.Int))
	s := FormatAmount(q.Mul(q, unit), t)
	if r.Sign() != 0 {
		s = "≈" + s
	}
	return s
}

// Percent renders num/den as a percentage with one decimal, rounded half
// up in integer arithmetic; a zero denominator renders as Unknown.
func Percent(num, den int) string {
	if den <= 0 || num < 0 {
		return Unknown
	}
	// tenths of a percent, rounded: (num*1000 + den/2) / den
	t := (int64(num)*1000 + int64(den)/2) / int64(den)
	return fmt.Sprintf("%d.%d%%", t/10, t%10)
}

// PerHour returns the amount earned per hour of work, truncated to a base
// unit, or nil when the time is not positive or the amount unknown.
func PerHour(amount *big.Int, worked time.Duration) *big.Int {
	if amount == nil || worked <= 0 {
		return nil
	}
	r := new(big.Int).Mul(amount, big.NewInt(int64(time.Hour)))
	return r.Quo(r, big.NewInt(int64(worked)))
}

// FormatDuration renders a duration as m:ss, or h:mm:ss from an hour on;
// sub-minute values under ten seconds keep one decimal ("4.2s") because
// per-item times are often that short.
func FormatDuration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	if d < 10*time.Second {
		return fmt.Sprintf("%d.%ds", d/time.Second, (d%time.Second)/(100*time.Millisecond))
	}
	s := int64(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// ShortAddr shortens a 0x-hex address to 0x1234…abcd; other strings are
// returned unchanged.
func ShortAddr(a string) string {
	if len(a) < 12 || !strings.HasPrefix(a, "0x") {
		return a
	}
	return a[:6] + "…" + a[len(a)-4:]
}

// ShortHash shortens a transaction hash the same way as ShortAddr.
func ShortHash(h string) string { return ShortAddr(h) }

// Agreement counts, over the given chunks, the tasks with an accepted label
// (decided) and those where the user's label equals it (agreed).
func Agreement(fs []ChunkFeedback) (agreed, decided int) {
	for _, f := range fs {
		for _, o := range f.Outcomes {
			if o.Accepted == nil {
				continue
			}
			decided++
			if o.Agreed() {
				agreed++
			}
		}
	}
	return agreed, decided
}

// GoldScore counts the gold tasks among the given chunks and those the user
// got right.
func GoldScore(fs []ChunkFeedback) (right, total int) {
	for _, f := range fs {
		for _, o := range f.Outcomes {
			if !o.Gold || o.Accepted == nil {
				continue
			}
			total++
			if o.Agreed() {
				right++
			}
		}
	}
	return right, total
}

// Confusion is a pair (the user's label, the accepted label) that differed,
// and how often.
type Confusion struct {
	Mine, Accepted string // label ids, joined with "+" for multi-label sets
	Count          int
}

// Confusions returns the user's most frequent disagreements, at most n,
// most frequent first (ties in label order, so the list is stable).
func Confusions(fs []ChunkFeedback, n int) []Confusion {
	counts := map[[2]string]int{}
	for _, f := range fs {
		for _, o := range f.Outcomes {
			if o.Accepted == nil || o.Agreed() {
				continue
			}
			counts[[2]string{joinSorted(o.Mine), joinSorted(o.Accepted)}]++
		}
	}
	out := make([]Confusion, 0, len(counts))
	for k, c := range counts {
		out = append(out, Confusion{Mine: k[0], Accepted: k[1], Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if out[i].Mine != out[j].Mine {
			return out[i].Mine < out[j].Mine
		}
		return out[i].Accepted < out[j].Accepted
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// RepTotal sums reputation changes.
func RepTotal(cs []RepChange) int64 {
	var t int64
	for _, c := range cs {
		t += c.Delta
	}
	return t
}

func joinSorted(ids []string) string {
	if len(ids) == 0 {
		return Unknown
	}
	s := append([]string(nil), ids...)
	sort.Strings(s)
	return strings.Join(s, "+")
}
