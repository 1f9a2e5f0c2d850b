// Package clientbackend adapts kappa's campaign client (package client) to the
// terminal UI's Backend interface (package tui/backend).
//
// The UI polls Status every few seconds and must never wait on the network
// for it, so a Backend keeps a snapshot of the fast-changing state (chain and
// IPFS connection, reputation, earnings, campaign progress) that a background
// loop refreshes; Status only copies it.
//
// Submit hands a labeled chunk to the client's Driver (client.Drive), which
// runs the client's one set of advance rules (client.Advance) in the
// background: commit, reveal once the reveal phase opens, finalize when due.
// It wakes a chunk only when the chunk's events arrive or a block passes its
// deadline. Errors are retried with exponential backoff and reported through
// Status().Submissions, whose phases map one to one from the client's
// (client.Phase). The intent to submit is kept in the journal, so a restarted
// client, this one or kappa submit, resumes the submission the same way.
//
// Identifiers are translated at this boundary: the UI's task ids are the
// CIDs of the task documents (the manifest's order gives their index), and its
// label ids become the packed values the chain stores (client.LabelValue and
// client.LabelIDs).
//
// NewStore builds the IPFS store the UI wants under a client: a disk cache in
// front of the node, with a prefetcher so the next tasks are already local.
package clientbackend
