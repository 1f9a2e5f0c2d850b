// Package document defines kappa's IPFS documents — the campaign schema,
// the task manifest, the tasks themselves and the annotators' signed label
// documents — and their one canonical JSON form.
//
// Every document carries a "version" field ("kappa/schema@1",
// "kappa/manifest@1", "kappa/task@1", "kappa/labels@1") and has a size cap.
// Encoding is deterministic: the same value always gives the same bytes, so
// the same document always gets the same CID. Decoding is strict: it accepts
// exactly the bytes the encoder would produce for a valid document and
// nothing else (no unknown fields, no duplicate keys, no other whitespace,
// key order or escaping), and every refusal is a *Error naming the CID the
// bytes were read from and the field at fault.
//
// Requesters author the schema in TOML (ParseSchemaTOML). Label documents
// are signed by the annotator's wallet as EIP-712 typed data
// (LabelDocument.TypedData, SigningHash); the wallet package does the
// signing. The on-chain packing of labels and the manifest Merkle tree
// belong to package contracts/protocol; this package only carries the data
// they are built from.
//
// docs/DOCUMENTS.md describes every field, cap and the EIP-712 types.
package document
