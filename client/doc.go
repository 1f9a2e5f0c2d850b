// Package client is kappa's campaign client: the flows of every role over
// one campaign of a kappa hub, built from the smaller packages below it.
//
//   - requesters create a campaign from a schema and a data set (documents
//     published to IPFS, the manifest's Merkle root and escrow on-chain),
//     watch it, and take back what is left;
//   - annotators list claimable chunks, claim, label (every label journaled
//     the moment it is given), commit, reveal when due, read the feedback of
//     finalized chunks, and withdraw their earnings;
//   - anyone finalizes a chunk whose reveals are in;
//   - Advance does whatever is due on a chunk for the account (commit,
//     reveal, finalize), the one copy of those rules; a Driver runs it in the
//     background for submitted chunks, following the index's events, and the
//     journaled intent to submit makes every client resume alike;
//   - Phase is the one model of where a chunk stands for the account;
//   - reviewers list disputes with every revealed label and resolve them.
//
// Every write goes through client/chain's Sender, which journals the signed
// transaction before broadcasting it; every read of chunk state comes from
// client/index, which rebuilds it from the hub's events and checks it against
// the lane hashes on-chain. The commit salt comes from a deterministic wallet
// signature of EIP-712 typed data in its own domain
// (contracts/protocol.SaltTypedData), so a lost journal can still reveal.
//
// Repeatable money actions (campaign creation, fund, escrow withdrawal,
// withdraw) are named by an operation slot in the journal (ops.go), not by
// their amount or the clock: a re-run after a crash finishes the action in
// flight, and a deliberate second one is a new slot.
package client
