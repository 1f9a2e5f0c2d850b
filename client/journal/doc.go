// Package journal is kappa's crash-safe local store, a single bbolt file.
//
// It keeps three kinds of records:
//
//   - labels: every label an annotator gives is committed with fsync before
//     PutLabel returns, so a crash, a closed laptop or a killed process never
//     loses one. Labels can be undone until their chunk is marked complete.
//   - transaction intents: every transaction is recorded here, already signed,
//     before it is broadcast, and moves through the states pending, sent,
//     mined, reverted, replaced, dropped and failed. The chain package
//     reconciles the open intents with the chain on start; see
//     docs/JOURNAL.md for the rules and why they never send a transaction
//     twice.
//   - client state: a small key/value area (last seen block, label document
//     CIDs) and durable FIFO queues (IPFS uploads waiting for the node).
//
// The file carries a schema version. Opening a corrupt file, a file of a
// newer kappa, or a file another process holds open fails with an error that
// names the path. The file is created with mode 0600. Open checks the file's
// structure before bbolt maps it, so damage is refused in time bounded by
// the file's size instead of hanging or crashing bbolt; what can still be
// read is first exported to <journal>.salvage-<n>.json. A journal found
// damaged while open (a bbolt panic) refuses every later call.
//
// A journal belongs to one chain: BindChain records the chain id and
// genesis hash on first use and refuses another chain after that.
//
// The journal knows nothing about RPC or IPFS: it only stores. Deciding what a
// stored intent means for the chain is client/chain's job.
package journal
