// Package cli is the shared context of kappa's commands: global flags, the
// configuration (resolved once, lazily), the keystore and the one unlocked
// account of a session, and the printer that writes either text or JSON.
//
// Every command file of cmd/kappa receives the same *App. A command that
// needs the chain asks App.Settings for the RPC URL and chain id, and
// App.Unlock for the signing account; a command that reads prints its result
// with App.Print so that --json works everywhere.
package cli
