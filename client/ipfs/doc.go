// Package ipfs stores and fetches kappa's documents on IPFS.
//
// Store is the small interface the rest of the client uses: Add, Get with
// a size cap enforced while reading, and Pin. Shell implements it over a
// kubo node's RPC API with go-ipfs-api; it is the only file that knows the
// client library, so swapping to kubo's own RPC client is one file.
//
// Documents are added as CIDv1 raw blocks (raw leaves, one chunk up to
// MaxBlockSize), so a document's CID is the sha2-256 of its bytes and can
// be computed (CIDOf) and checked (Verify) without the node. Every Get,
// from the node or from the disk cache, checks the content against the
// CID: a node or disk that returns other bytes is caught.
//
// Cache keeps documents on local disk by CID (content-addressed, so never
// stale; written atomically). Prefetcher fetches the next tasks in the
// background with bounded concurrency, so the next task is ready before
// the annotator asks for it. With the node down, cached documents stay
// readable, and Add fails with an error matching ErrUnavailable: the
// caller keeps the document (its CID is already known from CIDOf) and
// queues the upload for when the node is back.
package ipfs
