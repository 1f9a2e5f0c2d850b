package document

import (
	"fmt"
	"math/big"
)

// maxUint256 is the largest token amount an ERC-20 can hold.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// parseAmount parses a token amount written as a decimal integer string of
// base units: digits only, no sign, no leading zeros, at most 2^256-1.
// Strings rather than JSON numbers keep 18-decimal amounts exact in every
// JSON reader.
func parseAmount(s string) (*big.Int, error) {
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

// formatAmount is the inverse of parseAmount; nil is zero.
func formatAmount(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}
