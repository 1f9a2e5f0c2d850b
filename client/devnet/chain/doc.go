// Package chain runs a real go-ethereum dev node inside the current process:
// the local chain of kappa's devnet, its demo and its integration tests.
//
// The node is go-ethereum's own full node (node.Node plus the eth service)
// started on the dev genesis (params.AllDevChainProtocolChanges, chain id
// 1337 unless told otherwise), with blocks produced by go-ethereum's
// simulated beacon instead of a consensus client. It serves HTTP JSON-RPC
// on 127.0.0.1 only, never listens for peers and writes no IPC file, so
// several chains can run side by side and none of them is reachable from
// the network.
//
// Blocks are produced either as soon as a transaction arrives (BlockPeriod
// 0, the default) or on a fixed period. With BlockPeriod 0 the node answers
// eth_sendRawTransaction only once the transaction is in a block, like
// Hardhat's and Anvil's automine, so the first receipt lookup finds it:
// bind.WaitMined, which polls once a second, never waits. AdvanceTime moves block time forward, which
// is how tests and demos close a campaign's commit and reveal windows
// without waiting for the wall clock.
//
// With Options.Dir set, the chain lives on disk and a later Start on the same
// directory resumes it; with an empty Dir it lives in memory and vanishes on
// Close. Starting over is the caller's business: delete Dir first. On disk,
// every block's state is written as it is sealed and the database is synced
// before the block is announced, so even a killed process resumes with
// every transaction its clients saw mined.
//
// go-ethereum logs through a process-wide logger that discards everything
// by default; this package leaves it alone unless Options.Quiet asks it to
// install a discarding logger explicitly, so a running TUI is never
// scribbled over.
package chain
