package wallet

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// SignatureLength is the length of an Ethereum signature: r, s and v.
const SignatureLength = crypto.SignatureLength

// SignerMismatchError reports a valid signature by another address than the
// expected one.
type SignerMismatchError struct {
	Signer common.Address // who signed
	Want   common.Address // who was expected to
}

func (e *SignerMismatchError) Error() string {
	return fmt.Sprintf("signature is by %s, not %s", e.Signer.Hex(), e.Want.Hex())
}

// PersonalHash is the EIP-191 digest personal_sign signs for msg.
func PersonalHash(msg []byte) common.Hash {
	return common.BytesToHash(accounts.TextHash(msg))
}

// TypedDataHash is the EIP-712 digest of td:
// keccak256("\x19\x01" || domainSeparator || hashStruct(message)).
func TypedDataHash(td apitypes.TypedData) (common.Hash, error) {
	if _, ok := td.Types["EIP712Domain"]; !ok {
		return common.Hash{}, errors.New("typed data: \"types\" has no EIP712Domain")
	}
	if td.PrimaryType == "" {
		return common.Hash{}, errors.New("typed data: no \"primaryType\"")
	}
	if _, ok := td.Types[td.PrimaryType]; !ok {
		return common.Hash{}, fmt.Errorf("typed data: primaryType %q is not in \"types\"", td.PrimaryType)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("typed data: %w", err)
	}
	return common.BytesToHash(hash), nil
}

// ParseTypedData decodes typed data in the JSON form of eth_signTypedData_v4
// ({"types", "primaryType", "domain", "message"}) and checks that it hashes.
func ParseTypedData(data []byte) (apitypes.TypedData, error) {
	var td apitypes.TypedData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&td); err != nil {
		return td, fmt.Errorf("typed data JSON: %w", err)
	}
	if dec.More() {
		return td, errors.New("typed data JSON: more than one JSON value")
	}
	// Numbers were kept as json.Number so that integers above 2^53 (token
	// amounts) are not rounded through float64; apitypes wants *big.Int.
	for k, v := range td.Message {
		nv, err := exactNumbers(v)
		if err != nil {
			return td, fmt.Errorf("typed data: message field %q: %w", k, err)
		}
		td.Message[k] = nv
	}
	if _, err := TypedDataHash(td); err != nil {
		return td, err
	}
	return td, nil
}

func exactNumbers(v any) (any, error) {
	switch v := v.(type) {
	case json.Number:
		n, ok := new(big.Int).SetString(v.String(), 10)
		if !ok {
			return nil, fmt.Errorf("%s is not a whole number", v)
		}
		return n, nil
	case map[string]any:
		for k, e := range v {
			ne, err := exactNumbers(e)
			if err != nil {
				return nil, err
			}
			v[k] = ne
		}
		return v, nil
	case []any:
		for i, e := range v {
			ne, err := exactNumbers(e)
			if err != nil {
				return nil, err
			}
			v[i] = ne
		}
		return v, nil
	default:
		return v, nil
	}
}

// NewTypedData builds EIP-712 typed data for a domain of name, version,
// chain id and verifying contract (kappa's label documents use all four) and
// adds the matching EIP712Domain type, so callers list only their own types.
func NewTypedData(name, version string, chainID *big.Int, contract common.Address, types apitypes.Types, primaryType string, message apitypes.TypedDataMessage) apitypes.TypedData {
	all := apitypes.Types{"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	}}
	for k, v := range types {
		all[k] = v
	}
	return apitypes.TypedData{
		Types:       all,
		PrimaryType: primaryType,
		Domain: apitypes.TypedDataDomain{
			Name:              name,
			Version:           version,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: contract.Hex(),
		},
		Message: message,
	}
}

// RecoverHash returns the address that signed the 32-byte digest hash. It
// accepts v as 27/28 or 0/1 and rejects high-s signatures, as OpenZeppelin's
// ECDSA.recover does, so what verifies here also verifies on-chain.
func RecoverHash(hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want %d", len(sig), SignatureLength)
	}
	s := make([]byte, SignatureLength)
	copy(s, sig)
	v := s[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return common.Address{}, fmt.Errorf("signature has v=%d, want 27 or 28", sig[crypto.RecoveryIDOffset])
	}
	s[crypto.RecoveryIDOffset] = v
	r, ss := new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64])
	if !crypto.ValidateSignatureValues(v, r, ss, true) {
		return common.Address{}, errors.New("signature values out of range (r or s zero, or s in the upper half)")
	}
	pub, err := crypto.SigToPub(hash, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// RecoverPersonal returns the signer of an EIP-191 personal message.
func RecoverPersonal(msg, sig []byte) (common.Address, error) {
	h := PersonalHash(msg)
	return RecoverHash(h[:], sig)
}

// RecoverTypedData returns the signer of EIP-712 typed data.
func RecoverTypedData(td apitypes.TypedData, sig []byte) (common.Address, error) {
	h, err := TypedDataHash(td)
	if err != nil {
		return common.Address{}, err
	}
	return RecoverHash(h[:], sig)
}

// VerifyPersonal checks that sig is want's signature of the personal
// message msg; a valid signature by someone else is a *SignerMismatchError.
func VerifyPersonal(msg, sig []byte, want common.Address) error {
	got, err := RecoverPersonal(msg, sig)
	return checkSigner(got, want, err)
}

// VerifyTypedData checks that sig is want's signature of td.
func VerifyTypedData(td apitypes.TypedData, sig []byte, want common.Address) error {
	got, err := RecoverTypedData(td, sig)
	return checkSigner(got, want, err)
}

func checkSigner(got, want common.Address, err error) error {
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if got != want {
		return &SignerMismatchError{Signer: got, Want: want}
	}
	return nil
}
