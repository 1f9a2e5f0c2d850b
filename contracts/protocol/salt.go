package protocol

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Commit salts are derived from a wallet signature of EIP-712 typed data in
// a domain of their own. go-ethereum's secp256k1 signatures are deterministic
// (RFC 6979), so the same wallet always gets the same salt and a client that
// lost its local state can still reveal. The salt is secret until the reveal
// because only the wallet can produce the signature, and so that no other
// program can ask the wallet for it, kappa's own signing commands refuse
// anything in the salt domain (IsSaltRequest).
const (
	// SaltDomainName is the EIP-712 domain name of salt derivations.
	SaltDomainName = "kappa salt"
	// SaltDomainVersion is its version.
	SaltDomainVersion = "2"
)

// legacySaltPrefixes start the EIP-191 messages kappa v1 signed for salts.
var legacySaltPrefixes = []string{"kappa commit salt", "kappa gold salt"}

var saltTypes = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"CommitSalt": {
		{Name: "campaign", Type: "uint256"},
		{Name: "chunk", Type: "uint256"},
	},
	"GoldSeed": {
		{Name: "creation", Type: "string"},
		{Name: "spec", Type: "bytes32"},
	},
}

// SaltTypedData is the EIP-712 typed data an annotator's wallet signs to
// derive the commit salt of one chunk of one campaign on one hub and chain.
func SaltTypedData(chainID *big.Int, hub common.Address, campaignID *big.Int, chunkID uint64) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       saltTypes,
		PrimaryType: "CommitSalt",
		Domain: apitypes.TypedDataDomain{
			Name: SaltDomainName, Version: SaltDomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(orZero(chainID))),
			VerifyingContract: hub.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"campaign": new(big.Int).Set(orZero(campaignID)),
			"chunk":    new(big.Int).SetUint64(chunkID),
		},
	}
}

// GoldSeedTypedData is the EIP-712 typed data a requester's wallet signs to
// derive the seed of a campaign's gold salts: creation names the creation
// among the requester's (its journal slot, "#3"), spec is the digest of
// everything the campaign was created from.
func GoldSeedTypedData(chainID *big.Int, hub common.Address, creation string, spec common.Hash) apitypes.TypedData {
	td := SaltTypedData(chainID, hub, nil, 0)
	td.PrimaryType = "GoldSeed"
	td.Message = apitypes.TypedDataMessage{"creation": creation, "spec": spec.Hex()}
	return td
}

// SaltDigest is the EIP-712 digest of SaltTypedData: what the wallet's key
// signs.
func SaltDigest(chainID *big.Int, hub common.Address, campaignID *big.Int, chunkID uint64) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(SaltTypedData(chainID, hub, campaignID, chunkID))
	if err != nil {
		return common.Hash{}, fmt.Errorf("salt digest: %w", err)
	}
	return common.BytesToHash(h), nil
}

// IsSaltRequest reports whether a signing request would yield a kappa salt:
// typed data in the salt domain, or a personal message of the form kappa v1
// derived salts from. A general-purpose signing command must refuse it: the
// signature is the salt, and the salt with the public commitment gives the
// labels away before the reveal.
func IsSaltRequest(td *apitypes.TypedData, personal []byte) bool {
	if td != nil && strings.EqualFold(strings.TrimSpace(td.Domain.Name), SaltDomainName) {
		return true
	}
	msg := strings.ToLower(strings.TrimSpace(string(personal)))
	for _, p := range legacySaltPrefixes {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// SaltFromSignature derives the commit salt from the 65-byte signature
// [r || s || v] of SaltTypedData: keccak256(r || s || v) with v normalized to 0
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
