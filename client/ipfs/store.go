package ipfs

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multicodec"
	"github.com/multiformats/go-multihash"

	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Store adds and fetches documents by CID.
type Store interface {
	// Add stores data as one raw block and pins it, returning its CID
	// (always CIDOf(data)).
	Add(ctx context.Context, data []byte) (string, error)
	// Get returns the bytes of cid, refusing (ErrTooLarge) as soon as more
	// than maxSize bytes arrive, and checking them against the CID
	// (ErrCIDMismatch).
	Get(ctx context.Context, cid string, maxSize int64) ([]byte, error)
	// Pin keeps cid on the node.
	Pin(ctx context.Context, cid string) error
}

// MaxBlockSize is the largest document Add accepts: it must fit in one
// raw block (kubo's largest chunk) for its CID to be the hash of its bytes.
const MaxBlockSize = 1 << 20

// Errors a Store returns, to test with errors.Is.
var (
	// ErrUnavailable: the IPFS node cannot be reached. Uploads should be
	// queued and retried; cached documents are still readable.
	ErrUnavailable = errors.New("ipfs node unavailable")
	// ErrTooLarge: a document is over the size cap.
	ErrTooLarge = errors.New("document too large")
	// ErrCIDMismatch: the bytes received do not hash to the CID asked for.
	ErrCIDMismatch = errors.New("content does not match its CID")
	// ErrBadCID: the CID is malformed or not one a kappa document can have.
	ErrBadCID = errors.New("bad CID")
)

// UnavailableError reports a node that cannot be reached, naming its API
// address. It matches ErrUnavailable.
type UnavailableError struct {
	Addr string // the node's API address
	Op   string // what was attempted ("get bafk...")
	Err  error  // the transport error
}

// Error says what failed and names the node's address.
func (e *UnavailableError) Error() string {
	return fmt.Sprintf("%s: ipfs node at %s unavailable: %v", e.Op, e.Addr, e.Err)
}

// Unwrap returns the transport error.
func (e *UnavailableError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrUnavailable) true.
func (e *UnavailableError) Is(target error) bool { return target == ErrUnavailable }

// CIDOf returns the CID Add gives data: CIDv1, raw codec, sha2-256, the
// rule contracts/protocol states for label documents (LabelDocCID of
// LabelDocDigest) and every kappa document follows.
func CIDOf(data []byte) string {
	c, err := protocol.LabelDocCID(protocol.LabelDocDigest(data))
	if err != nil {
		panic(err) // cannot happen: a 32-byte sha2-256 digest always encodes
	}
	return c
}

// parseCID parses a CID and checks it is one Get can verify locally: a
// raw block with a sha2-256 multihash.
func parseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w %q: %v", ErrBadCID, s, err)
	}
	if c.Type() != cid.Raw {
		return cid.Undef, fmt.Errorf("%w %s: codec %s, want raw (documents are added with raw leaves as one block)", ErrBadCID, s, multicodecName(c.Type()))
	}
	if c.Prefix().MhType != multihash.SHA2_256 {
		return cid.Undef, fmt.Errorf("%w %s: hash %s, want sha2-256", ErrBadCID, s, multihash.Codes[c.Prefix().MhType])
	}
	return c, nil
}

func multicodecName(code uint64) string {
	return multicodec.Code(code).String()
}

// Verify checks that data is the content of the raw-block CID c.
func Verify(c string, data []byte) error {
	want, err := parseCID(c)
	if err != nil {
		return err
	}
	got, err := want.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("hash content of %s: %w", c, err)
	}
	if !got.Equals(want) {
		return fmt.Errorf("%w: asked for %s, received %d bytes hashing to %s", ErrCIDMismatch, c, len(data), got)
	}
	return nil
}
