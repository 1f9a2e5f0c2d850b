package pilot

import (
	"fmt"
	"math/big"
	"strings"
)

// ParseDecimal parses a non-negative decimal number written with digits and
// at most one decimal point ("0.05", "12", "7.50") into an exact rational.
// Signs, exponents, separators and empty parts are refused, so a price or a
// target is never silently misread.
func ParseDecimal(s string) (*big.Rat, error) {
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" && frac == "" {
		return nil, fmt.Errorf("parse decimal %q: no digits", s)
	}
	if hasDot && frac == "" {
		return nil, fmt.Errorf("parse decimal %q: no digits after the point", s)
	}
	for _, part := range []string{intPart, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, fmt.Errorf("parse decimal %q: unexpected %q (want digits and one point)", s, r)
			}
		}
	}
	if intPart == "" {
		intPart = "0"
	}
	num, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, fmt.Errorf("parse decimal %q: not a number", s)
	}
	return new(big.Rat).SetFrac(num, pow10(len(frac))), nil
}

// pow10 returns 10^n.
func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// FormatRat writes r with exactly digits digits after the point, rounded half
// away from zero. A nil r is "-".
func FormatRat(r *big.Rat, digits int) string {
	if r == nil {
		return "-"
	}
	if digits < 0 {
		digits = 0
	}
	scale := pow10(digits)
	num := new(big.Int).Mul(new(big.Int).Abs(r.Num()), scale)
	den := r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// round half away from zero: 2m >= den
	if m.Lsh(m, 1).Cmp(den) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	s := q.String()
	if digits > 0 {
		if len(s) <= digits {
			s = strings.Repeat("0", digits-len(s)+1) + s
		}
		s = s[:len(s)-digits] + "." + s[len(s)-digits:]
	}
	if r.Sign() < 0 && strings.Trim(s, "0.") != "" {
		s = "-" + s
	}
	return s
}

// formatRatTrim is FormatRat with trailing zeros after the point removed.
func formatRatTrim(r *big.Rat, digits int) string {
	s := FormatRat(r, digits)
	if r == nil || !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

// tokens converts base units to whole tokens.
func tokens(amount *big.Int, decimals uint8) *big.Rat {
	if amount == nil {
		return new(big.Rat)
	}
	return new(big.Rat).SetFrac(amount, pow10(int(decimals)))
}

// ceilUnits rounds a non-negative rational number of base units up to a
// whole base unit.
func ceilUnits(r *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
