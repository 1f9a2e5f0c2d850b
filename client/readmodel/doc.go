// Package readmodel is the client's read model of a whole campaign: what a
// requester reports on, built from what a *client.Client knows. It turns
// the hub's events (claims, reveals, finalize outcomes, resolutions,
// settlements), the signed label documents on IPFS (time spent per task)
// and the gold answers (from the requester's journal, else decoded from the
// finalize calldata by client.GoldRevealed) into the plain inputs of package
// pilot (Pilot) and the provenance records of package export (Export).
//
// The client's own read methods (ChunkView, Feedback, Earnings) answer for
// one account; this package answers for every account of the campaign.
// Nothing here re-implements a rule of the protocol: outcomes, accepted
// labels and credits are read from the events the hub emitted, and labels
// are unpacked with contracts/protocol. Everything is read through the
// client: this package holds no connection of its own.
package readmodel
