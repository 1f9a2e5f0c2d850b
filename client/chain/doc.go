// Package chain sends kappa's transactions: every write to the protocol
// contracts (claim, commit, reveal, finalize, resolve, withdraw, ...) goes
// through a Sender.
//
// A Sender checks the RPC endpoint's chain id before it signs anything,
// estimates gas with a margin and EIP-1559 fees, picks the nonce (serialised
// per account, and never below a nonce already in the journal), signs with a
// SignFunc supplied by the wallet, records the signed bytes as a
// journal.Intent before broadcasting, broadcasts, and waits for the receipt,
// retrying transient RPC failures with bounded exponential backoff.
//
// Reconcile, run on start, settles every intent a previous process left open:
// it finds its receipt, rebroadcasts the same signed bytes, or marks it
// dropped when its nonce was consumed by another transaction. Because an
// open intent is only ever rebroadcast byte for byte, and a new transaction
// for the same action is only signed once the old one provably cannot land,
// a crash at any point neither loses a transaction nor sends one twice
// (docs/JOURNAL.md gives the argument).
//
// Reverts are decoded into *RevertError: the contracts' custom errors (from
// an *abi.ABI the caller supplies), Error(string) and Panic(uint256), in
// words, for example "reveal chunk 7: RevealTooEarly(chunk=7)".
//
// The package is generic over go-ethereum: it works with *ethclient.Client
// and with the simulated backend's client, and knows nothing about kappa's
// contracts beyond the ABI it is given.
package chain
