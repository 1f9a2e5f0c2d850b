package wallet

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The EIP-712 specification's "Mail" example. The digest and the signature
// by keccak256("cow") are the values the specification's Example.js printed
// before its domain gained httpOrigin, and that MetaMask's eth-sig-util and
// eth-account test against; they are fixed here, not computed.
const (
	mailDigest    = "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"
	mailSignature = "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d" +
		"07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562" + "1c"
	cowAddress = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"
)

func mailTypedData() apitypes.TypedData {
	return NewTypedData("Ether Mail", "1", big.NewInt(1),
		common.HexToAddress("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"),
		apitypes.Types{
			"Person": {{Name: "name", Type: "string"}, {Name: "wallet", Type: "address"}},
			"Mail":   {{Name: "from", Type: "Person"}, {Name: "to", Type: "Person"}, {Name: "contents", Type: "string"}},
		},
		"Mail",
		apitypes.TypedDataMessage{
			"from":     map[string]any{"name": "Cow", "wallet": cowAddress},
			"to":       map[string]any{"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
			"contents": "Hello, Bob!",
		})
}

func cowAccount(t testing.TB) *Account {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("cow")))
	if err != nil {
		t.Fatal(err)
	}
	return NewAccount(key)
}

func TestEIP712MailVector(t *testing.T) {
	fromJSON, err := os.ReadFile("testdata/mail-v4.json")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseTypedData(fromJSON)
	if err != nil {
		t.Fatal(err)
	}
	acct := cowAccount(t)
	if acct.Address() != common.HexToAddress(cowAddress) {
		t.Fatalf("address of keccak256(\"cow\") = %s, want %s", acct.Address(), cowAddress)
	}
	for name, td := range map[string]apitypes.TypedData{
		"built with NewTypedData":       mailTypedData(),
		"parsed from eth_signTypedData": parsed,
	} {
		t.Run(name, func(t *testing.T) {
			h, err := TypedDataHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if h.Hex() != mailDigest {
				t.Errorf("digest = %s, want %s", h.Hex(), mailDigest)
			}
			sig, err := acct.SignTypedData(td)
			if err != nil {
				t.Fatal(err)
			}
			if got := hexutil.Encode(sig); got != mailSignature {
				t.Errorf("signature = %s, want %s", got, mailSignature)
			}
			if err := VerifyTypedData(td, hexutil.MustDecode(mailSignature), common.HexToAddress(cowAddress)); err != nil {
				t.Errorf("VerifyTypedData: %v", err)
			}
		})
	}
}

// ethers v5's documentation signs "Hello World" with the key of the mnemonic
// "announce room limb ..." and prints this signature.
func TestPersonalVectorEthers(t *testing.T) {
	key, err := crypto.HexToECDSA("1da6847600b0ee25e9ad9a52abbd786dd2502fa4005dd5af9310b7cc7a3b25db")
	if err != nil {
		t.Fatal(err)
	}
	acct := NewAccount(key)
	want := "0x14280e5885a19f60e536de50097e96e3738c7acae4e9e62d67272d794b8127d3" +
		"1c03d9cd59781d4ee31fb4e1b893bd9b020ec67dfa65cfb51e2bdadbb1de26d9" + "1c"
	sig, err := acct.SignPersonal([]byte("Hello World"))
	if err != nil {
		t.Fatal(err)
	}
	if got := hexutil.Encode(sig); got != want {
		t.Errorf("signature = %s, want %s", got, want)
	}
	if err := VerifyPersonal([]byte("Hello World"), sig, common.HexToAddress("0x71CB05EE1b1F506fF321Da3dac38f25c0c9ce6E1")); err != nil {
		t.Error(err)
	}
}

func TestVerifyRejects(t *testing.T) {
	acct := cowAccount(t)
	msg := []byte("label chunk 7")
	sig, err := acct.SignPersonal(msg)
	if err != nil {
		t.Fatal(err)
	}
	other := common.HexToAddress("0x0000000000000000000000000000000000000001")
	high := bytes.Clone(sig)
	// s' = n - s is the same signature's malleable twin; v flips.
	s := new(big.Int).SetBytes(high[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(high[32:64])
	high[64] = 27 + 28 - high[64]

	tests := []struct {
		name    string
		msg     []byte
		sig     []byte
		want    common.Address
		wantErr string
		signer  bool // a *SignerMismatchError is expected
	}{
		{"valid", msg, sig, acct.Address(), "", false},
		{"v as 0/1", msg, append(bytes.Clone(sig[:64]), sig[64]-27), acct.Address(), "", false},
		{"other message", []byte("label chunk 8"), sig, acct.Address(), "signature is by", true},
		{"other signer expected", msg, sig, other, "signature is by " + acct.Address().Hex(), true},
		{"short", msg, sig[:64], acct.Address(), "64 bytes, want 65", false},
		{"bad v", msg, append(bytes.Clone(sig[:64]), 29), acct.Address(), "v=29", false},
		{"high s", msg, high, acct.Address(), "upper half", false},
		{"zero", msg, make([]byte, 65), acct.Address(), "out of range", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyPersonal(tt.msg, tt.sig, tt.want)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.wantErr)) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
			}
			var sm *SignerMismatchError
			if errors.As(err, &sm) != tt.signer {
				t.Errorf("SignerMismatchError = %v, want %v", !tt.signer, tt.signer)
			}
		})
	}
}

func TestTypedDataRoundTripAndTamper(t *testing.T) {
	acct := cowAccount(t)
	// A label-document-like message with a uint256 above 2^53, which must
	// survive JSON parsing exactly.
	amount, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	td := NewTypedData("kappa", "1", big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		apitypes.Types{"Label": {{Name: "chunk", Type: "uint256"}, {Name: "labels", Type: "bytes32"}, {Name: "reward", Type: "uint256"}}},
		"Label", apitypes.TypedDataMessage{"chunk": big.NewInt(7), "labels": "0x" + string(bytes.Repeat([]byte("01"), 32)), "reward": amount})
	sig, err := acct.SignTypedData(td)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyTypedData(td, sig, acct.Address()); err != nil {
		t.Fatal(err)
	}
	js := []byte(`{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
	"Label":[{"name":"chunk","type":"uint256"},{"name":"labels","type":"bytes32"},{"name":"reward","type":"uint256"}]},
	"primaryType":"Label","domain":{"name":"kappa","version":"1","chainId":1337,"verifyingContract":"0x00000000000000000000000000000000000000aa"},
	"message":{"chunk":7,"labels":"0x0101010101010101010101010101010101010101010101010101010101010101","reward":123456789012345678901234567890}}`)
	parsed, err := ParseTypedData(js)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyTypedData(parsed, sig, acct.Address()); err != nil {
		t.Fatalf("typed data from JSON with a large integer does not verify: %v", err)
	}
	// Another chain id is another domain: the signature must not carry over.
	other := td
	other.Domain.ChainId = nil
	other = NewTypedData("kappa", "1", big.NewInt(1), common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		apitypes.Types{"Label": td.Types["Label"]}, "Label", td.Message)
	var sm *SignerMismatchError
	if err := VerifyTypedData(other, sig, acct.Address()); !errors.As(err, &sm) {
		t.Fatalf("signature verified on another chain id: %v", err)
	}
}

func TestParseTypedDataErrors(t *testing.T) {
	tests := []struct{ name, json, want string }{
		{"not json", `{"types":`, "typed data JSON"},
		{"no domain type", `{"types":{"M":[{"name":"a","type":"uint256"}]},"primaryType":"M","domain":{"name":"x"},"message":{"a":1}}`, "no EIP712Domain"},
		{"unknown primary", `{"types":{"EIP712Domain":[{"name":"name","type":"string"}]},"primaryType":"M","domain":{"name":"x"},"message":{}}`, `primaryType "M"`},
		{"fraction", `{"types":{"EIP712Domain":[{"name":"name","type":"string"}],"M":[{"name":"a","type":"uint256"}]},"primaryType":"M","domain":{"name":"x"},"message":{"a":1.5}}`, "not a whole number"},
		{"two values", `{} {}`, "more than one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTypedData([]byte(tt.json))
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.want)) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
