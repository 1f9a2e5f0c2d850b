// Package token owns the ERC-20 a campaign pays in, as the rest of kappa
// shows and reads it: Info (address, symbol, decimals) and the one exact
// parser and formatter of token amounts.
//
// Amounts are *big.Int in the token's base units everywhere; floats never
// enter. Parse reads what a person types ("1.5KAPPA", "1.5 kappa", or base
// units); Format is its inverse ("1.5 KAPPA"), FormatGrouped groups the
// whole part by thousands for screens, FormatCapped caps the fractional
// digits shown for narrow columns (and marks the truncation), FormatNumber
// omits the symbol, and BaseUnits is the decimal string of base units that
// JSON carries. The package is pure: reading Info from the chain is
// (*client.Client).TokenInfo and client.ReadToken.
package token
