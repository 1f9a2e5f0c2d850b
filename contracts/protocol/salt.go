package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SaltMessage is the EIP-191 personal message an annotator's wallet signs to
// derive the commit salt of one chunk. go-ethereum's secp256k1 signatures are
// deterministic (RFC 6979), so the same wallet always gets the same salt and a
// client that lost its local state can still reveal. The salt is secret until
// the reveal because only the wallet can produce the signature.
//
// hub and campaignID together name the campaign.
func SaltMessage(chainID *big.Int, hub common.Address, campaignID *big.Int, chunkID uint64) []byte {
	return []byte(fmt.Sprintf("kappa commit salt v1\nchain: %s\nhub: %s\ncampaign: %s\nchunk: %d",
		bigString(chainID), hub.Hex(), bigString(campaignID), chunkID))
}

func bigString(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

// SaltFromSignature derives the commit salt from the 65-byte signature
// [r || s || v] of SaltMessage: keccak256(r || s || v) with v normalized to 0
// or 1 (wallets that return 27/28 give the same salt as go-ethereum's 0/1).
// Check the signature with ValidateSaltSignature first; other input is hashed
// as it is.
func SaltFromSignature(sig []byte) [32]byte {
	norm := append([]byte(nil), sig...)
	if len(norm) == 65 && norm[64] >= 27 {
		norm[64] -= 27
	}
	return crypto.Keccak256Hash(norm)
}

// ValidateSaltSignature reports why sig cannot be a salt signature, if it cannot.
func ValidateSaltSignature(sig []byte) error {
	if len(sig) != 65 {
		return fmt.Errorf("salt signature: %d bytes, want 65", len(sig))
	}
	if v := sig[64]; v != 0 && v != 1 && v != 27 && v != 28 {
		return fmt.Errorf("salt signature: recovery id %d, want 0, 1, 27 or 28", v)
	}
	return nil
}
