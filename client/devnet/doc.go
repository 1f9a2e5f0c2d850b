// Package devnet assembles kappa's local network: a real go-ethereum dev
// chain and a real kubo IPFS node, both running inside the current process
// on 127.0.0.1, with funded dev wallets, the contracts deployed and a sample
// campaign ready to label. `kappa devnet` runs it; `kappa demo` and the
// end-to-end tests build on it.
//
// Start brings everything up in a directory:
//
//	chain/        the dev chain's data (package devnet/chain)
//	ipfs/         the kubo repository (package devnet/ipfsnode)
//	keystore/     the dev wallets, Web3 Secret Storage files (0600, dir 0700)
//	journal/      one client journal per wallet (<chain id>-<address>.db)
//	ipfs-cache/   not written here: the kappa commands' and the demo's cache
//	passphrase    the dev passphrase, for --password-file (0600)
//	devnet.json   addresses, campaign, wallets and endpoints (0600)
//	devnet.lock   held while the devnet runs: one devnet per directory
//
// The first Start in an empty directory creates the wallets (random keys,
// encrypted with light scrypt parameters and the documented DevPassphrase),
// funds each with ETH in the genesis block, deploys KappaToken and KappaHub,
// mints tokens to every wallet and creates the sample campaign: 80 texts of
// the embedded fortune corpus (package devnet/corpus), chunks of 8, k=3, q=2,
// one gold task per chunk, two reward tiers. A later Start on the same
// directory resumes the same chain, IPFS repository and campaign without
// deploying anything; Options.Fresh deletes what a previous devnet left
// there (and nothing else) and starts over. A directory that has a
// keystore, chain or other of these entries but no devnet.json is not a
// devnet's and is never set up over or wiped. A setup that was interrupted
// halfway is detected by devnet.json and redone from scratch.
//
// With Options.ConfigPath set, Start writes the "devnet" profile of that
// configuration file (package config) so that every kappa command talks to
// this devnet, on the sample campaign, as the user alice.
//
// The dev keys protect play money on a private chain: they use light scrypt
// parameters and a passphrase published in this package. Never send real
// funds to a devnet address.
package devnet
