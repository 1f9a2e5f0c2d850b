// Package protocol is the Go mirror of every off-chain encoding the kappa
// contracts verify: packed labels (single and multi label), the commit hash,
// the manifest Merkle leaves, tree and proofs, the gold commitment, the chunk
// record whose hash a lane holds, the tally rule, and the commit-salt
// convention; with the hub's limits on campaign parameters and the stake
// rule and its sizing (stake.go: twice the break-even of a guessed sheet,
// docs/PROTOCOL_V2.md §1). The functions are pure and are cross-checked against the
// contracts on go-ethereum's simulated backend (see contracts/hub_test.go).
//
// Clients and simulators use only this package plus contracts/bindings; they
// never re-derive a format. docs/PROTOCOL.md is the prose specification.
package protocol
