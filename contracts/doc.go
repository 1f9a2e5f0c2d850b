// Package contracts holds kappa's Solidity protocol: sources in src/, the
// compile script in scripts/, deterministic artifacts in build/ and the
// generated Go bindings in bindings/. `go generate ./contracts` reproduces
// build/ and bindings/ byte for byte (after `npm ci` in this directory);
// drift_test.go fails when they differ from what is committed.
//
// The protocol itself is described in docs/PROTOCOL.md and its gas figures in
// docs/GAS.md. Go code talks to the contracts through the subpackages:
// bindings (generated), deploy (deploys token and hub), protocol (every
// off-chain encoding the contracts verify) and lanes (rebuilds lane records
// from the hub's events).
package contracts
