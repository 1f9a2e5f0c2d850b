// Package index follows one campaign of a kappa hub from the hub's events
// alone: the record of every chunk (so the client can pass it back in
// calldata, see docs/PROTOCOL.md), every reveal, every finalize outcome,
// every dispute resolution and every settlement of reputation and pay.
//
// The hub stores only keccak256 of a chunk's record in a recycled lane; the
// index replays ChunkOpened, Claimed, Committed, Revealed, Settled, Finalized
// and Resolved through contracts/protocol's Apply methods and checks the
// result against the lane hashes on-chain, so a client never trusts anything
// but the chain.
//
// A Watch hears of every Sync, whoever calls it: which chunks the applied
// events touched, and whether a new head arrived (Head), so a follower (the
// client's Driver) acts on a chunk only when something about it changed.
package index
