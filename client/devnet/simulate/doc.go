// Package simulate runs a kappa campaign end to end with simulated
// annotators, to see what k, q, rewards and gold buy in label quality and
// what cheaters earn — before real people and money are involved.
//
// Nothing in the simulation re-implements a rule of the protocol. Each run
// starts an in-process go-ethereum dev chain (devnet/chain, in memory,
// automine), deploys the real KappaToken and KappaHub (contracts/deploy), and
// drives every actor through the real campaign client (package client: the
// same claim, label, commit, reveal, finalize and resolve flows, journals and
// transaction sender as production; every seat that follows the protocol,
// and the requester's finalize, go through client.Advance, the advance
// rules the terminal UI and kappa submit use). Documents live on a real kubo node
// (devnet/ipfsnode) or, with IPFS "memory", in MemStore: a content-addressed
// in-memory ipfs.Store (CIDs computed and checked exactly as on a node) used
// only by the simulator, for speed.
//
// Simulated annotators draw labels for a labeled JSONL corpus
// (devnet/corpus's fortunes by default) from a seeded random source:
//
//   - honest: right with a per-annotator accuracy drawn from a range,
//     otherwise a uniformly wrong label; time per item log-normal around a
//     per-annotator median;
//   - random: a uniformly random label, fast;
//   - constant: always the same label;
//   - copier: cannot read sealed commitments, so it replays another seat's
//     commitment and, once that seat revealed, tries to open it with the
//     revealed labels and salt; the hub refuses the reveal (the commitment
//     binds the original annotator's address) and the copier ends as a
//     non-revealer;
//   - colluding pair: two wallets that always give one agreed label;
//   - non-revealer: labels and commits but never reveals;
//   - sybil: one person holding k wallets who fills every seat it can with
//     the same random answers;
//   - hedger (opt-in): one person holding k-1 wallets, wallet i always
//     answering label i (protocol v2's hedging sybil);
//   - squatter (opt-in): claims seats and never commits (a lane squatter).
//
// A separate reviewer, the campaign's arbiter, resolves every dispute with
// the true label. After every chunk the run checks that escrow is conserved
// to the unit (hub token balance == reserved + unreserved + credited and not
// withdrawn); at the end about half of the wallets withdraw and it is
// checked again.
//
// The Report gives accepted-label accuracy against the truth (consensus
// only, and after resolutions), the dispute rate, earnings per annotator kind
// (total, stake lost, net per seat held), gas per transaction kind and per
// accepted label, and the token cost per accepted label; it says whether
// honest annotators netted more per seat (pay less slashed stake) than every
// adversary kind, and which kinds did not. Sweep runs a grid of k, q and rewards and recommends
// parameters.
//
// The same Config (seed included) gives the same Report: keys, corpus
// slice, seat assignment and every label come from the seed, and the report
// holds no transaction hash or timestamp. Gas is exact and reproducible too:
// block timestamps enter the chunk records passed in calldata (where zero
// bytes are cheaper), so the run first moves chain time to a fixed instant
// ahead of the wall clock, after which every block is stamped one second
// after its parent.
package simulate
