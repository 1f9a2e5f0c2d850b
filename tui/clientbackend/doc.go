// Package clientbackend implements the terminal UI's Backend interface
// (package tui/backend) over kappa's campaign client (package client). It
// is a mapping and nothing more: every rule (what a chunk's phase is, when
// to commit, reveal or finalize, who may review, what a task earned) is the
// client's, and this package translates the client's answers into the UI's
// types.
//
//   - Status copies the client's Monitor (client.Monitor: chain and IPFS
//     state, reputation, earnings, refreshed in the background) and the
//     Driver's submissions (client.Drive), so the UI's poll never waits on
//     the network.
//   - Submit hands a labeled chunk to the Driver, which runs the client's
//     one set of advance rules (client.Advance) from the journal: a
//     restarted client, this one or kappa submit, resumes it the same way.
//   - Phases map one to one: client.Phase to backend.ChunkState on the
//     chunks screen, and to backend.Phase for a submission.
//   - Identifiers are translated at this boundary: the UI's task ids are the
//     CIDs of the task documents (the manifest's order gives their index;
//     "#i" is appended when a document appears twice in a chunk), and its
//     label ids become the packed values the chain stores
//     (client.LabelValue and client.LabelIDs).
package clientbackend
