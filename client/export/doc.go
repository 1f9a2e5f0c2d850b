// Package export writes a campaign's accepted labels, each with its
// provenance, in three formats: JSON Lines (one Record per line, the
// lossless format, read back by JSONLReader), CSV (RFC 4180, a header row,
// one row per task, one column group per annotator) and Label Studio JSON
// (the tasks-with-annotations import format, the accepted label as the
// annotation and, optionally, every annotator's label as a prediction).
//
// Provenance is what lets a buyer of the dataset check each label against
// the chain and IPFS: the task's CID and id, how the label was decided
// (consensus, reviewer or arbiter) and by how many of the k annotators, who
// they were and what each revealed, the CIDs of their signed label
// documents, the finalize or resolve transaction, the chain id, the hub
// contract and the campaign id.
//
// The writers stream: each Write encodes one record to the io.Writer, so a
// campaign of any size exports in constant memory. Records are plain data
// filled by the client; Write validates each one and names the task in its
// error. docs/PILOT.md gives the schemas.
package export
