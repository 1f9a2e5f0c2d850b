// Package deploy deploys kappa's contracts (the devnet token and the hub that
// holds every campaign and the reputation registry) on any go-ethereum
// backend, for the devnet, the client and tests.
package deploy
