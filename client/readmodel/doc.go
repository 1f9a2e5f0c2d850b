// Package campaigndata reads a campaign the way a requester reports on it:
// it turns what a *client.Client knows — the hub's events (claims, reveals,
// finalize outcomes, resolutions, settlements), the signed label documents
// on IPFS (time spent per task) and the gold answers (from the requester's
// journal, else decoded from the finalize calldata by FinalizedGold) — into the plain inputs of package pilot
// (Pilot) and the provenance records of package export (Export).
//
// Nothing here re-implements a rule of the protocol: outcomes, accepted
// labels and credits are read from the events the hub emitted, and labels
// are unpacked with contracts/protocol.
//
// The client does not expose its IPFS store or its chain connection, so both
// are passed in Sources (the same ones the client was built from).
package readmodel
