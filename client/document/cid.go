package document

import (
	"fmt"

	"github.com/ipfs/go-cid"
)

// checkCID accepts a CID in its canonical string form: CIDv1 in base32
// (as `ipfs add --cid-version 1` prints it) or CIDv0 ("Qm..."). Any other
// spelling of the same CID is refused so that documents stay canonical.
func checkCID(s string) error {
	if s == "" {
		return fmt.Errorf("empty, want a CID")
	}
	c, err := cid.Decode(s)
	if err != nil {
		return fmt.Errorf("%q is not a CID: %v", s, err)
	}
	if c.String() != s {
		return fmt.Errorf("%q is not in canonical form, want %q", s, c.String())
	}
	return nil
}
