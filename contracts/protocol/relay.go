package protocol

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// EIP-712 names of the hub's domain and of a relayed commit.
const (
	DomainName    = "KappaHub"
	DomainVersion = "1"
	CommitType    = "Commit(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 claimedAt,bytes32 commitment)"
	ClaimType     = "Claim(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 openedAt,uint256 replaces,uint256 deadline)"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	commitTypeHash = crypto.Keccak256Hash([]byte(CommitType))
	claimTypeHash  = crypto.Keccak256Hash([]byte(ClaimType))
)

func domainSeparator(chainID *big.Int, hub common.Address) []byte {
	return crypto.Keccak256(domainTypeHash[:], crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)), word32(chainID), common.LeftPadBytes(hub.Bytes(), 32))
}

// ClaimDigest is the EIP-712 digest an annotator signs so that a relayer can
// claim seat `seat` of the chunk whose current record is rec with
// claimBatch, valid until deadline (unix seconds). The digest names the
// chunk's opening time and the seat's current word (empty, or the lapsed
// holder it takes over), so the signature is good for this one claim: once
// it lands the seat never holds that word again, and a relayer cannot put
// the signer back into a seat they let lapse.
func ClaimDigest(chainID *big.Int, hub common.Address, campaignID *big.Int, rec Record, seat int, deadline uint64) (common.Hash, error) {
	if chainID == nil || campaignID == nil {
		return common.Hash{}, fmt.Errorf("claim digest: chain id and campaign id are required")
	}
	if seat < 0 || seat >= len(rec.Seats) {
		return common.Hash{}, fmt.Errorf("claim digest: seat %d is not one of the chunk's %d", seat, len(rec.Seats))
	}
	replaces := rec.Words()[2+2*seat]
	st := crypto.Keccak256(claimTypeHash[:], word32(campaignID), u64word(rec.ChunkID), u64word(uint64(seat)),
		u64word(rec.OpenedAt), word32(replaces), u64word(deadline))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator(chainID, hub), st), nil
}

// CommitDigest is the EIP-712 digest an annotator signs so that a relayer can
// submit the commitment for them with commitBatch. claimedAt binds the
// signature to this claim of the seat (a later claim of the same seat needs a
// new signature).
func CommitDigest(chainID *big.Int, hub common.Address, campaignID *big.Int, chunkID uint64, seat int,
	claimedAt uint64, commitment common.Hash) (common.Hash, error) {
	if chainID == nil || campaignID == nil {
		return common.Hash{}, fmt.Errorf("commit digest: chain id and campaign id are required")
	}
	if seat < 0 {
		return common.Hash{}, fmt.Errorf("commit digest: seat %d is negative", seat)
	}
	domain := domainSeparator(chainID, hub)
	st := crypto.Keccak256Hash(commitTypeHash[:], word32(campaignID), u64word(chunkID), u64word(uint64(seat)),
		u64word(claimedAt), commitment[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, st[:]), nil
}

// CompactSignature turns a 65-byte [r || s || v] signature (v 0/1 or 27/28)
// into the EIP-2098 (r, vs) pair commitBatch takes.
func CompactSignature(sig []byte) (r, vs [32]byte, err error) {
	if len(sig) != 65 {
		return r, vs, fmt.Errorf("compact signature: %d bytes, want 65", len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return r, vs, fmt.Errorf("compact signature: recovery id %d, want 0 or 1", sig[64])
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	if vs[0]&0x80 != 0 {
		return r, vs, fmt.Errorf("compact signature: s is not in the lower half order (malleable)")
	}
	vs[0] |= v << 7
	return r, vs, nil
}

// LabelDocDigest is what a reveal records for the annotator's signed label
// document: sha2-256 of its bytes. Added to IPFS as one raw block (CIDv1,
// raw leaves, documents under 256 KiB), the document's CID is exactly
// LabelDocCID of this digest.
func LabelDocDigest(doc []byte) [32]byte {
	return sha256.Sum256(doc)
}

// LabelDocCID is the CIDv1 (raw codec, sha2-256) of a label document digest.
func LabelDocCID(digest [32]byte) (string, error) {
	mh, err := multihash.Encode(digest[:], multihash.SHA2_256)
	if err != nil {
		return "", fmt.Errorf("label document cid: %w", err)
	}
	return cid.NewCidV1(cid.Raw, mh).String(), nil
}

// RequestType is the EIP-712 struct of a relayed seat request.
const RequestType = "Request(uint256 campaignId,uint256 count,uint256 deadline)"

var requestTypeHash = crypto.Keccak256Hash([]byte(RequestType))

// RequestDigest is the EIP-712 digest an annotator signs so that a relayer
// can send its seat request number count (requestOf's count + 1) with
// requestSeatBatch, valid until deadline (unix seconds). The number makes
// the signature good for one request.
func RequestDigest(chainID *big.Int, hub common.Address, campaignID *big.Int, count, deadline uint64) (common.Hash, error) {
	if chainID == nil || campaignID == nil {
		return common.Hash{}, fmt.Errorf("request digest: chain id and campaign id are required")
	}
	if count == 0 {
		return common.Hash{}, fmt.Errorf("request digest: request numbers start at 1")
	}
	st := crypto.Keccak256(requestTypeHash[:], word32(campaignID), u64word(count), u64word(deadline))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator(chainID, hub), st), nil
}
