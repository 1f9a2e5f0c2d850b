// Package cli is the shared context of kappa's commands: global flags, the
// configuration (resolved once, lazily), the keystore and the one unlocked
// account of a session, and the printer that writes either text or JSON.
//
// Every command file of cmd/kappa receives the same *App. A command that
// needs the chain asks App.Settings for the RPC URL and chain id, and
// App.Unlock for the signing account; a command that reads prints its result
// with App.Print so that --json works everywhere.
//
// A command on a campaign calls App.OpenCampaign, which assembles the
// campaign client once per session: the RPC connection (its chain id checked
// before anything is unlocked or written), the unlocked account, the
// account's journal for that chain under the data directory (DataDir,
// JournalPath), the IPFS node behind a disk cache, and a reconcile of what an
// interrupted run left in the journal. App.ClientDeps gives the same parts to
// commands that have no campaign yet. App.Close closes the journal, locks the
// account and closes the connection.
package cli
