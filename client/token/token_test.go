package token

import (
	"math/big"
	"strings"
	"testing"
)

var kappa = Info{Symbol: "KAPPA", Decimals: 18}

func amt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad test amount " + s)
	}
	return v
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		tok      Info
		want     string // base units; empty when an error is wanted
		err      string
	}{
		{"base units", "1500000000000000000", kappa, "1500000000000000000", ""},
		{"decimal with symbol", "1.5KAPPA", kappa, "1500000000000000000", ""},
		{"symbol any case, space", "2 kappa", kappa, "2000000000000000000", ""},
		{"smallest unit", "0.000000000000000001KAPPA", kappa, "1", ""},
		{"leading dot", ".5KAPPA", kappa, "500000000000000000", ""},
		{"trailing dot", "3.KAPPA", kappa, "3000000000000000000", ""},
		{"beyond float precision stays exact", "123456789.123456789123456789KAPPA", kappa, "123456789123456789123456789", ""},
		{"six-decimal token", "1.25usdc", Info{Symbol: "USDC", Decimals: 6}, "1250000", ""},
		{"too many decimals", "0.0000000000000000001KAPPA", kappa, "", "has 19 decimals; the token has 18"},
		{"too many decimals, zero digits too", "1.0000000000000000000KAPPA", kappa, "", "has 19 decimals; the token has 18"},
		{"decimal without unit", "1.5", kappa, "", "base units are whole; write 1.5KAPPA"},
		{"other unit", "2ETH", kappa, "", "want base units"},
		{"zero", "0KAPPA", kappa, "", "is zero"},
		{"negative", "-1", kappa, "", "want base units"},
		{"exponent", "1e18", kappa, "", "want base units"},
		{"empty", "", kappa, "", "not a number"},
		{"only a unit", "KAPPA", kappa, "", "not a number"},
		{"two dots", "1.2.3KAPPA", kappa, "", "not a number"},
		{"over 256 bits", "1" + strings.Repeat("0", 80), kappa, "", "256 bits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in, tt.tok)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse(%q) = %v, %v; want error %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("Parse(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in   *big.Int
		tok  Info
		want string
	}{
		{amt("1500000000000000000"), kappa, "1.5 KAPPA"},
		{amt("14000000000000000000"), kappa, "14 KAPPA"},
		{amt("1"), kappa, "0.000000000000000001 KAPPA"},
		{amt("0"), kappa, "0 KAPPA"},
		{nil, kappa, "0 KAPPA"},
		{amt("1234567500000000000000000"), kappa, "1234567.5 KAPPA"},
		{amt("-2500000"), Info{Symbol: "USDC", Decimals: 6}, "-2.5 USDC"},
		{amt("42"), Info{}, "42"},
	}
	for _, tt := range tests {
		if got := Format(tt.in, tt.tok); got != tt.want {
			t.Errorf("Format(%v) = %q, want %q", tt.in, got, tt.want)
		}
		// What is printed parses back to the same amount, with or without
		// the space before the symbol.
		if tt.in != nil && tt.in.Sign() > 0 && tt.tok.Symbol != "" {
			for _, s := range []string{tt.want, strings.ReplaceAll(tt.want, " ", "")} {
				back, err := Parse(s, tt.tok)
				if err != nil || back.Cmp(tt.in) != 0 {
					t.Errorf("round trip of %s through %q: %v, %v", tt.in, s, back, err)
				}
			}
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		amount string
		dec    uint8
		want   string
	}{
		{"1500000000000000000", 18, "1.5"},
		{"1", 18, "0.000000000000000001"},
		{"0", 18, "0"},
		{"1000000", 6, "1"},
		{"123", 0, "123"},
		{"-2500", 3, "-2.5"},
		{"100000000000000000000000000000000000001", 18, "100000000000000000000.000000000000000001"},
	}
	for _, tt := range tests {
		if got := FormatNumber(amt(tt.amount), tt.dec); got != tt.want {
			t.Errorf("FormatNumber(%s, %d) = %q, want %q", tt.amount, tt.dec, got, tt.want)
		}
	}
	if got := FormatNumber(nil, 18); got != "0" {
		t.Errorf("FormatNumber(nil) = %q", got)
	}
}

func TestFormatGrouped(t *testing.T) {
	kap := Info{Symbol: "KAP", Decimals: 18}
	tests := []struct {
		name string
		in   *big.Int
		tok  Info
		want string
	}{
		{"nil is zero", nil, kap, "0 KAP"},
		{"zero", amt("0"), kap, "0 KAP"},
		{"one base unit stays exact", amt("1"), kap, "0.000000000000000001 KAP"},
		{"whole token", amt("1000000000000000000"), kap, "1 KAP"},
		{"trailing zeros dropped", amt("1500000000000000000"), kap, "1.5 KAP"},
		{"thousands grouped", amt("1234567500000000000000000"), kap, "1,234,567.5 KAP"},
		{"negative", amt("-2500000000000000000"), kap, "-2.5 KAP"},
		{"negative grouped", amt("-1234000000000000000000"), kap, "-1,234 KAP"},
		{"zero decimals", amt("1234"), Info{Symbol: "T", Decimals: 0}, "1,234 T"},
		{"no symbol", amt("25"), Info{Decimals: 1}, "2.5"},
		{"beyond float precision", amt("123456789012345678901234567890"), kap, "123,456,789,012.34567890123456789 KAP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FormatGrouped(tc.in, tc.tok); got != tc.want {
				t.Errorf("FormatGrouped(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatCapped(t *testing.T) {
	kap := Info{Symbol: "KAP", Decimals: 18}
	tests := []struct {
		name string
		in   *big.Int
		tok  Info
		frac int
		want string
	}{
		{"digits dropped are marked", amt("26142857142857142857"), kap, 2, "≈26.14 KAP"},
		{"exact stays unmarked", amt("35000000000000000000"), kap, 2, "35 KAP"},
		{"below precision", amt("1"), kap, 2, "≈0 KAP"},
		{"truncated toward zero", amt("-26149999999999999999"), kap, 2, "≈-26.14 KAP"},
		{"grouped", amt("1234567891000000000000"), kap, 2, "≈1,234.56 KAP"},
		{"nil is zero", nil, kap, 2, "0 KAP"},
		{"fewer decimals than the cap", amt("15"), Info{Symbol: "T", Decimals: 1}, 2, "1.5 T"},
		{"negative cap is exact", amt("26142857142857142857"), kap, -1, "26.142857142857142857 KAP"},
		{"cap zero", amt("1500000000000000000"), kap, 0, "≈1 KAP"},
	}
	for _, tc := range tests {
		if got := FormatCapped(tc.in, tc.tok, tc.frac); got != tc.want {
			t.Errorf("%s: FormatCapped = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestParseBaseUnits(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String()
	tests := []struct {
		in, want, err string
	}{
		{"0", "0", ""},
		{"1500000000000000000", "1500000000000000000", ""},
		{max, max, ""},
		{"", "", "empty"},
		{"-1", "", "not a decimal integer"},
		{"+1", "", "not a decimal integer"},
		{"1.5", "", "not a decimal integer"},
		{"1e18", "", "not a decimal integer"},
		{"007", "", "leading zero"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", "", "larger than 2^256-1"},
	}
	for _, tt := range tests {
		got, err := ParseBaseUnits(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseBaseUnits(%q) = %v, %v; want error %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseBaseUnits(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			continue
		}
		if s := BaseUnits(got); s != tt.in {
			t.Errorf("BaseUnits(ParseBaseUnits(%q)) = %q", tt.in, s)
		}
	}
	if s := BaseUnits(nil); s != "0" {
		t.Errorf("BaseUnits(nil) = %q", s)
	}
}

// FuzzParseAmount: whatever Parse accepts, Format writes so that Parse reads
// back exactly the same amount, and Format of that is a fixed point.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{
		"1500000000000000000", "1.5KAPPA", "2 kappa", "0.000000000000000001KAPPA", ".5KAPPA", "3.KAPPA",
		"123456789.123456789123456789KAPPA", "0.0000000000000000001KAPPA", "1.5", "0KAPPA", "-1", "1e18", "",
		"1.2.3KAPPA", "1" + strings.Repeat("0", 80), " 7 KAPPA ", "007KAPPA",
	} {
		f.Add(s, uint8(18), "KAPPA")
	}
	f.Add("1.25usdc", uint8(6), "USDC")
	f.Add("42", uint8(0), "T")
	f.Add("42", uint8(18), "")
	f.Fuzz(func(t *testing.T, s string, decimals uint8, symbol string) {
		if decimals > 77 {
			decimals %= 78 // no uint256 amount has more digits
		}
		info := Info{Symbol: symbol, Decimals: decimals}
		v, err := Parse(s, info)
		if err != nil {
			return
		}
		if v.Sign() <= 0 || v.BitLen() > 256 {
			t.Fatalf("Parse(%q) = %v: want a positive uint256", s, v)
		}
		// Without a symbol (or with one Parse trims, so never matches) only
		// base units are readable back.
		out := Format(v, info)
		if symbol == "" || strings.TrimSpace(symbol) != symbol {
			out = BaseUnits(v)
		}
		back, err := Parse(out, info)
		if err != nil {
			t.Fatalf("Parse(%q) = %v; Format gave %q, which does not parse: %v", s, v, out, err)
		}
		if back.Cmp(v) != 0 {
			t.Fatalf("Parse(%q) = %v; Format gave %q, which parses as %v", s, v, out, back)
		}
		if again := Format(back, info); again != Format(v, info) {
			t.Fatalf("Format not stable: %q then %q", Format(v, info), again)
		}
	})
}
