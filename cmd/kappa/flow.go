package main

// Helpers shared by the campaign flow commands (campaign.go, chunk.go,
// review.go, account.go): the --campaign flag, argument parsing, exact
// token amounts and reads of the token and the hub.

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/contracts/bindings"
)

// parseChunkID parses a chunk id argument.
func parseChunkID(s string) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("chunk id %q: want a whole number (kappa chunks lists them)", s)
	}
	return n, nil
}

// checkChunk fails with a clear error when chunk is not in the campaign's
// manifest, before any transaction is prepared.
func checkChunk(c *client.Client, chunk uint64) error {
	m, _ := c.Manifest()
	if _, ok := m.Chunk(chunk); !ok {
		return fmt.Errorf("chunk %d is not in campaign %s (it has chunks 0..%d)", chunk, c.Campaign(), len(m.Chunks)-1)
	}
	return nil
}

// chunkView returns the account's view of one chunk.
func chunkView(ctx context.Context, c *client.Client, chunk uint64) (client.ChunkView, error) {
	if err := checkChunk(c, chunk); err != nil {
		return client.ChunkView{}, err
	}
	return c.Chunk(ctx, chunk)
}

// tokenInfo is what amounts are shown and parsed in.
type tokenInfo struct {
	Address  common.Address
	Symbol   string
	Decimals uint8
}

// readToken reads the ERC-20's symbol and decimals.
func readToken(ctx context.Context, backend bind.ContractBackend, token common.Address) (tokenInfo, error) {
	tok := bindings.NewKappaToken()
	inst := bind.NewBoundContract(token, abi.ABI{}, backend, backend, backend)
	opts := &bind.CallOpts{Context: ctx}
	dec, err := bind.Call(inst, opts, tok.PackDecimals(), tok.UnpackDecimals)
	if err != nil {
		return tokenInfo{}, fmt.Errorf("read decimals of token %s: %w", token.Hex(), err)
	}
	sym, err := bind.Call(inst, opts, tok.PackSymbol(), tok.UnpackSymbol)
	if err != nil {
		return tokenInfo{}, fmt.Errorf("read symbol of token %s: %w", token.Hex(), err)
	}
	return tokenInfo{Address: token, Symbol: sym, Decimals: dec}, nil
}

// hubToken reads the ERC-20 the hub pays in.
func hubToken(ctx context.Context, backend bind.ContractBackend, hub common.Address) (common.Address, error) {
	h := bindings.NewKappaHub()
	inst := bind.NewBoundContract(hub, abi.ABI{}, backend, backend, backend)
	t, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, h.PackToken(), h.UnpackToken)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the token of hub %s: %w", hub.Hex(), err)
	}
	return t, nil
}

// parseAmount reads a token amount exactly: base units ("1500000000000000000")
// or a decimal number followed by the token's symbol, any case
// ("1.5KAPPA", "1.5 kappa"). Floats never enter: the decimal is scaled by
// 10^decimals as an integer, and more fractional digits than the token has
// is an error rather than a rounding.
func parseAmount(s string, t tokenInfo) (*big.Int, error) {
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

// formatAmount renders base units as an exact decimal with the token's
// symbol: 1500000000000000000 -> "1.5 KAPPA".
func formatAmount(v *big.Int, t tokenInfo) string {
	if v == nil {
		v = new(big.Int)
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	d := int(t.Decimals)
	if d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	if neg {
		s = "-" + s
	}
	if t.Symbol != "" {
		s += " " + t.Symbol
	}
	return s
}

// amountString is an amount in base units for JSON: a decimal string,
// since token amounts exceed what JSON numbers hold exactly.
func amountString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}
