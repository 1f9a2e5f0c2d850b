// Package tuiclient adapts kappa's campaign client (package client) to the
// terminal UI's Backend interface (package tui/backend).
//
// The UI polls Status every few seconds and must never wait on the network
// for it, so a Backend keeps a snapshot of the fast-changing state (chain and
// IPFS connection, reputation, earnings, campaign progress) that a background
// loop refreshes; Status only copies it.
//
// Submit hands a labeled chunk to a background submitter, one goroutine per
// chunk, that commits, waits for the reveal phase (every seat committed, or
// the commit window over, judged by chain time), reveals, and finalizes the
// chunk when it is due (anyone may). Errors are retried with exponential
// backoff and reported through Status().Submissions; the intent to submit is
// kept in the journal, so a restarted client resumes its submissions.
//
// Identifiers are translated at this boundary: the UI's task ids are the
// CIDs of the task documents (the manifest's order gives their index), and its
// label ids become the packed values the chain stores (client.LabelValue and
// client.LabelIDs).
//
// NewStore builds the IPFS store the UI wants under a client: a disk cache in
// front of the node, with a prefetcher so the next tasks are already local.
package tuiclient
