package token

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Info is what amounts are shown and parsed in.
type Info struct {
	Address  common.Address
	Symbol   string // e.g. "KAPPA"
	Decimals uint8  // base units per whole token = 10^Decimals
}

// maxUint256 is the largest amount an ERC-20 can hold.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Parse reads a positive token amount exactly: base units
// ("1500000000000000000") or a decimal number followed by the token's
// symbol, any case ("1.5KAPPA", "1.5 kappa"). Floats never enter: the
// decimal is scaled by 10^Decimals as an integer, and more fractional digits
// than the token has is an error rather than a rounding. Zero and amounts
// beyond 256 bits are errors.
func Parse(s string, t Info) (*big.Int, error) {
	in := strings.TrimSpace(s)
	num := in
	scaled := false
	if i := strings.IndexFunc(in, func(r rune) bool { return (r < '0' || r > '9') && r != '.' }); i >= 0 {
		unit := strings.TrimSpace(in[i:])
		if t.Symbol == "" || !strings.EqualFold(unit, t.Symbol) {
			return nil, fmt.Errorf("amount %q: want base units (1500000000000000000) or a decimal with the token's symbol (1.5%s)", s, t.Symbol)
		}
		num, scaled = strings.TrimSpace(in[:i]), true
	}
	whole, frac, dot := strings.Cut(num, ".")
	if num == "" || whole == "" && frac == "" || strings.ContainsAny(frac, ".") {
		return nil, fmt.Errorf("amount %q is not a number", s)
	}
	if dot && !scaled {
		return nil, fmt.Errorf("amount %q: base units are whole; write %s%s for a decimal amount", s, num, t.Symbol)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, fmt.Errorf("amount %q is not a number", s)
			}
		}
	}
	dec := 0
	if scaled {
		dec = int(t.Decimals)
	}
	if len(frac) > dec {
		return nil, fmt.Errorf("amount %q has %d decimals; the token has %d", s, len(frac), dec)
	}
	digits := whole + frac + strings.Repeat("0", dec-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("amount %q is not a number", s)
	}
	if v.Sign() == 0 {
		return nil, fmt.Errorf("amount %q is zero", s)
	}
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("amount %q does not fit in 256 bits", s)
	}
	return v, nil
}

// ParseBaseUnits parses an amount written as a decimal integer string of
// base units, as JSON documents carry it: digits only, no sign, no leading
// zeros, at most 2^256-1. Strings rather than JSON numbers keep 18-decimal
// amounts exact in every JSON reader.
func ParseBaseUnits(s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("empty, want a decimal integer of token base units")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("%q is not a decimal integer of token base units", s)
		}
	}
	if len(s) > 1 && s[0] == '0' {
		return nil, fmt.Errorf("%q has a leading zero", s)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not a decimal integer", s)
	}
	if v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%q is larger than 2^256-1", s)
	}
	return v, nil
}

// BaseUnits is an amount in base units for JSON, the inverse of
// ParseBaseUnits: a decimal string, since token amounts exceed what JSON
// numbers hold exactly. nil is "0".
func BaseUnits(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// Format renders base units as an exact decimal with the token's symbol:
// 1500000000000000000 -> "1.5 KAPPA". Every significant digit is kept and
// trailing fractional zeros are dropped; nil is zero; without a symbol the
// number stands alone. Parse reads it back.
func Format(v *big.Int, t Info) string {
	return withSymbol(number(v, t.Decimals, false), t.Symbol)
}

// FormatNumber is Format without the symbol: 1500000000000000000 with 18
// decimals is "1.5".
func FormatNumber(v *big.Int, decimals uint8) string {
	return number(v, decimals, false)
}

// FormatGrouped is Format with the whole part grouped by thousands, for
// screens: "1,234.5 KAP".
func FormatGrouped(v *big.Int, t Info) string {
	return withSymbol(number(v, t.Decimals, true), t.Symbol)
}

// FormatCapped is FormatGrouped showing at most maxFrac fractional digits,
// for narrow columns and estimates (an hourly rate): the amount is truncated
// toward zero in integer arithmetic and marked "≈" when digits were dropped.
// A negative maxFrac, or one the token's decimals do not exceed, shows the
// amount exactly.
func FormatCapped(v *big.Int, t Info, maxFrac int) string {
	if v == nil || maxFrac < 0 || int(t.Decimals) <= maxFrac {
		return FormatGrouped(v, t)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(int(t.Decimals)-maxFrac)), nil)
	q, r := new(big.Int).QuoRem(v, unit, new(big.Int))
	s := FormatGrouped(q.Mul(q, unit), t)
	if r.Sign() != 0 {
		s = "≈" + s
	}
	return s
}

func withSymbol(n, symbol string) string {
	if symbol == "" {
		return n
	}
	return n + " " + symbol
}

// number writes v/10^decimals exactly, trailing fractional zeros dropped,
// the whole part grouped by thousands when group is set; nil is zero.
func number(v *big.Int, decimals uint8, group bool) string {
	if v == nil {
		v = new(big.Int)
	}
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	var b strings.Builder
	if v.Sign() < 0 {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if group && i > 0 && (len(whole)-i)%3 == 0 {
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
