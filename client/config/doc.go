// Package config reads and writes kappa's TOML configuration and resolves
// the settings a command runs with.
//
// The file (by default $XDG_CONFIG_HOME/kappa/config.toml) holds named
// network profiles and the name of the default one:
//
//	default_profile = "devnet"
//
//	[profiles.devnet]
//	rpc_url  = "http://127.0.0.1:8545"
//	chain_id = 1337
//	ipfs_api = "/ip4/127.0.0.1/tcp/5001"
//	account  = "0x..."
//	campaign = 1          # a campaign id on the hub (contracts.kappa)
//
//	[profiles.devnet.contracts]
//	token    = "0x..."
//	kappa    = "0x..."
//	registry = "0x..."
//
// Resolve merges, for each setting, a command-line flag over a KAPPA_*
// environment variable over the file over built-in defaults, and records
// where each value came from. A malformed file is an *Error naming the file,
// the line and the key. WriteProfile replaces one profile atomically (the
// devnet writes its "devnet" profile this way).
package config
