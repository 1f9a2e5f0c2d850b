package backend

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/kappa-dev/kappa/client/token"
)

// Unknown is shown wherever a value is not known (nil amount, empty rate).
const Unknown = "—"

// FormatAmount renders a base-unit amount as a decimal number of tokens,
// exactly: every significant digit is kept, trailing fractional zeros are
// dropped and the integer part is grouped by thousands ("1,234.5 KAP"), by
// token.FormatGrouped. A nil amount renders as Unknown.
func FormatAmount(amount *big.Int, t Token) string {
	if amount == nil {
		return Unknown
	}
	return token.FormatGrouped(amount, t)
}

// FormatApprox renders an estimate (an hourly rate) with at most frac
// fractional digits, truncated in integer arithmetic and marked "≈" when
// digits were dropped, by token.FormatCapped. Exact amounts (balances,
// rewards) use FormatAmount. A nil amount renders as Unknown.
func FormatApprox(amount *big.Int, t Token, frac int) string {
	if amount == nil {
		return Unknown
	}
	return token.FormatCapped(amount, t, frac)
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
