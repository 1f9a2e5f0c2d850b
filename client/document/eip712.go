package document

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain of label documents.
const (
	// DomainName is the EIP-712 domain name.
	DomainName = "kappa"
	// DomainVersion is the EIP-712 domain version.
	DomainVersion = "1"
)

// labelTypes are the EIP-712 types of a label document. The hub and chain
// are in the domain (verifyingContract, chainId); every task's label
// is a struct in an array, so any EIP-712 tool can show and verify what
// was signed.
var labelTypes = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"LabelDocument": {
		{Name: "campaign", Type: "uint256"},
		{Name: "chunk", Type: "uint256"},
		{Name: "annotator", Type: "address"},
		{Name: "labels", Type: "TaskLabel[]"},
		{Name: "client", Type: "string"},
	},
	"TaskLabel": {
		{Name: "task", Type: "string"},
		{Name: "label", Type: "uint256"},
		{Name: "timeMs", Type: "uint256"},
	},
}

// TypedData returns the EIP-712 typed data the annotator's wallet signs
// (wallet.SignTypedData). It refuses a document that is not valid apart
// from its signature, so nothing malformed is ever signed.
func (d *LabelDocument) TypedData() (apitypes.TypedData, error) {
	if err := d.ValidateUnsigned(); err != nil {
		return apitypes.TypedData{}, err
	}
	labels := make([]any, len(d.Labels))
	for i, l := range d.Labels {
		labels[i] = map[string]any{
			"task":   l.Task,
			"label":  new(big.Int).SetUint64(l.Label),
			"timeMs": new(big.Int).SetUint64(l.TimeMs),
		}
	}
	return apitypes.TypedData{
		Types:       labelTypes,
		PrimaryType: "LabelDocument",
		Domain: apitypes.TypedDataDomain{
			Name:              DomainName,
			Version:           DomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)),
			VerifyingContract: d.Hub.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"campaign":  new(big.Int).SetUint64(d.Campaign),
			"chunk":     new(big.Int).SetUint64(d.Chunk),
			"annotator": d.Annotator.Hex(),
			"labels":    labels,
			"client":    d.Client,
		},
	}, nil
}

// SigningHash returns the EIP-712 digest keccak256("\x19\x01" ||
// domainSeparator || hashStruct(message)) that the signature signs.
func (d *LabelDocument) SigningHash() (common.Hash, error) {
	td, err := d.TypedData()
	if err != nil {
		return common.Hash{}, err
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash labels of chunk %d: %w", d.Chunk, err)
	}
	return common.BytesToHash(h), nil
}

// SetSignature stores a 65-byte [R || S || V] signature, with V as 0/1
// (crypto.Sign) or 27/28 (eth_signTypedData), after checking that it
// recovers to Annotator.
func (d *LabelDocument) SetSignature(sig []byte) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("labels of chunk %d: signature is %d bytes, want %d", d.Chunk, len(sig), crypto.SignatureLength)
	}
	s := common.CopyBytes(sig)
	if s[64] < 27 {
		s[64] += 27
	}
	prev := d.Signature
	d.Signature = s
	signer, err := d.Signer()
	if err == nil && signer != d.Annotator {
		err = fmt.Errorf("signed by %s, not by the annotator %s", signer.Hex(), d.Annotator.Hex())
	}
	if err != nil {
		d.Signature = prev
		return fmt.Errorf("labels of chunk %d: signature: %w", d.Chunk, err)
	}
	return nil
}

// Signer recovers the address that made Signature.
func (d *LabelDocument) Signer() (common.Address, error) {
	if len(d.Signature) == 0 {
		return common.Address{}, errors.New("missing")
	}
	if len(d.Signature) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%d bytes, want %d", len(d.Signature), crypto.SignatureLength)
	}
	if v := d.Signature[64]; v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("recovery byte V is %d, want 27 or 28", v)
	}
	r, sv := new(big.Int).SetBytes(d.Signature[:32]), new(big.Int).SetBytes(d.Signature[32:64])
	if !crypto.ValidateSignatureValues(d.Signature[64]-27, r, sv, true) {
		// High-S signatures are refused so that a document has exactly
		// one valid signature, hence one CID.
		return common.Address{}, errors.New("invalid signature values (R, S out of range or S not in the lower half)")
	}
	h, err := d.SigningHash()
	if err != nil {
		return common.Address{}, err
	}
	sig := common.CopyBytes(d.Signature)
	sig[64] -= 27
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("cannot recover the signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
