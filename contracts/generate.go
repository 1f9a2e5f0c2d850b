package contracts

// Every generated file of this directory comes from these lines, in order:
// compile the Solidity sources with the pinned solc (npm ci first), then
// generate the v2 Go bindings with the go-ethereum version in go.mod.
//go:generate node scripts/compile.js build
//go:generate go tool abigen --v2 --combined-json build/combined.json --pkg bindings --out bindings/bindings.go
