package wallet

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Limits on the key derivation parameters of a keystore file. A file is
// input from outside: without a bound, "n": 1073741824 would make scrypt
// allocate 128 GiB before the passphrase is even checked. The bounds leave
// room for every wallet in use (geth standard n=2^18 r=8, ethers n=2^17,
// the spec's test vector r=1 p=8).
const (
	maxScryptN      = 1 << 20
	maxScryptR      = 32
	maxScryptP      = 16
	maxScryptMemory = 1 << 30 // bytes: 128 * r * n
	maxPBKDF2Rounds = 10_000_000
	maxKeyFileSize  = 64 << 10
)

// KeyFile is what a Web3 Secret Storage v3 file says about itself before it
// is decrypted: enough to list it and to refuse a malformed file early.
type KeyFile struct {
	// Address is the address the file claims; HasAddress is false when the
	// file has no "address" field (the spec makes it optional).
	Address    common.Address
	HasAddress bool
	// ID is the file's "id" field, as written.
	ID string
	// KDF is "scrypt" or "pbkdf2".
	KDF string
	// ScryptN, ScryptR and ScryptP are set for scrypt; PBKDF2Rounds for pbkdf2.
	ScryptN, ScryptR, ScryptP int
	PBKDF2Rounds              int
}

// keyFileJSON mirrors the v3 format. encoding/json matches field names
// case-insensitively, which is what accepts ethers' and old MyEtherWallet's
// "Crypto" as well as geth's "crypto".
type keyFileJSON struct {
	Address *string         `json:"address"`
	ID      string          `json:"id"`
	Version json.RawMessage `json:"version"`
	Crypto  *struct {
		Cipher       string `json:"cipher"`
		CipherText   string `json:"ciphertext"`
		CipherParams struct {
			IV string `json:"iv"`
		} `json:"cipherparams"`
		KDF       string         `json:"kdf"`
		KDFParams map[string]any `json:"kdfparams"`
		MAC       string         `json:"mac"`
	} `json:"crypto"`
}

// ParseKeyFile checks that data is a well-formed Web3 Secret Storage v3 key
// file whose parameters are within safe bounds, without decrypting it. The
// error says which field is wrong; callers add the file name.
func ParseKeyFile(data []byte) (*KeyFile, error) {
	if len(data) > maxKeyFileSize {
		return nil, fmt.Errorf("keystore JSON is %d bytes, more than the %d a key file can be", len(data), maxKeyFileSize)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("keystore JSON is empty")
	}
	if trimmed[0] != '{' {
		return nil, errors.New("not a keystore JSON object")
	}
	var raw keyFileJSON
	if err := json.Unmarshal(trimmed, &raw); err != nil {
		return nil, fmt.Errorf("keystore JSON: %w", err)
	}
	if err := checkVersion(raw.Version); err != nil {
		return nil, err
	}
	kf := &KeyFile{ID: raw.ID}
	if raw.Address != nil {
		a := strings.TrimSpace(*raw.Address)
		if !common.IsHexAddress(a) {
			return nil, fmt.Errorf("keystore JSON: field \"address\": %q is not a 20-byte hex address", truncate(a, 50))
		}
		kf.Address = common.HexToAddress(a)
		kf.HasAddress = true
	}
	c := raw.Crypto
	if c == nil {
		return nil, errors.New("keystore JSON: no \"crypto\" section")
	}
	if c.Cipher != "aes-128-ctr" {
		return nil, fmt.Errorf("keystore JSON: field \"crypto.cipher\": %q not supported (want aes-128-ctr)", truncate(c.Cipher, 50))
	}
	if err := checkHex("crypto.ciphertext", c.CipherText, 32); err != nil {
		return nil, err
	}
	if err := checkHex("crypto.cipherparams.iv", c.CipherParams.IV, 16); err != nil {
		return nil, err
	}
	if err := checkHex("crypto.mac", c.MAC, 32); err != nil {
		return nil, err
	}
	kf.KDF = c.KDF
	p := c.KDFParams
	if p == nil {
		return nil, errors.New("keystore JSON: no \"crypto.kdfparams\"")
	}
	if err := checkSalt(p["salt"]); err != nil {
		return nil, err
	}
	// go-ethereum derives 32 bytes whatever dklen says; insist they agree.
	if _, err := intParam(p, "dklen", 32, 32); err != nil {
		return nil, err
	}
	var err error
	switch c.KDF {
	case "scrypt":
		if kf.ScryptN, err = intParam(p, "n", 2, maxScryptN); err != nil {
			return nil, err
		}
		if kf.ScryptN&(kf.ScryptN-1) != 0 {
			return nil, fmt.Errorf("keystore JSON: field \"crypto.kdfparams.n\": %d is not a power of two", kf.ScryptN)
		}
		if kf.ScryptR, err = intParam(p, "r", 1, maxScryptR); err != nil {
			return nil, err
		}
		if kf.ScryptP, err = intParam(p, "p", 1, maxScryptP); err != nil {
			return nil, err
		}
		if mem := 128 * kf.ScryptR * kf.ScryptN; mem > maxScryptMemory {
			return nil, fmt.Errorf("keystore JSON: scrypt parameters n=%d r=%d need %d MiB, more than the %d MiB allowed",
				kf.ScryptN, kf.ScryptR, mem>>20, maxScryptMemory>>20)
		}
	case "pbkdf2":
		if prf, _ := p["prf"].(string); prf != "hmac-sha256" {
			return nil, fmt.Errorf("keystore JSON: field \"crypto.kdfparams.prf\": %v not supported (want hmac-sha256)", p["prf"])
		}
		if kf.PBKDF2Rounds, err = intParam(p, "c", 1, maxPBKDF2Rounds); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("keystore JSON: field \"crypto.kdf\": %q not supported (want scrypt or pbkdf2)", truncate(c.KDF, 50))
	}
	return kf, nil
}

// MinPBKDF2Rounds is the fewest pbkdf2 iterations WeakKDF accepts: 2^18,
// what ethereumjs-wallet and MyEtherWallet write and the Web3 Secret Storage
// specification's example uses.
const MinPBKDF2Rounds = 1 << 18

// WeakKDF says how the file's key derivation is weaker than the standard
// scrypt parameters kappa writes (n = 2^18): scrypt with a smaller n, or
// pbkdf2 with fewer than MinPBKDF2Rounds iterations. It returns "" for a
// file that is not weak. A weak file's passphrase is cheaper to guess for
// whoever gets a copy of the file.
func (kf *KeyFile) WeakKDF() string {
	switch {
	case kf.KDF == "scrypt" && kf.ScryptN < StandardScryptN:
		return fmt.Sprintf("scrypt n=%d, below the standard %d", kf.ScryptN, StandardScryptN)
	case kf.KDF == "pbkdf2" && kf.PBKDF2Rounds < MinPBKDF2Rounds:
		return fmt.Sprintf("pbkdf2 with %d iterations, below %d", kf.PBKDF2Rounds, MinPBKDF2Rounds)
	}
	return ""
}

// checkVersion accepts 3 as a number (the spec) or a string (seen in the
// wild); version 1 files are pre-Frontier and not supported.
func checkVersion(v json.RawMessage) error {
	s := strings.Trim(string(v), `"`)
	switch {
	case len(v) == 0:
		return errors.New("keystore JSON: no \"version\" field")
	case s == "3":
		return nil
	default:
		return fmt.Errorf("keystore JSON: field \"version\": %s not supported (want 3)", truncate(string(v), 20))
	}
}

func checkHex(field, s string, wantLen int) error {
	b, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("keystore JSON: field %q is not hex", field)
	}
	if len(b) != wantLen {
		return fmt.Errorf("keystore JSON: field %q is %d bytes, want %d", field, len(b), wantLen)
	}
	return nil
}

func checkSalt(v any) error {
	s, ok := v.(string)
	if !ok {
		return errors.New("keystore JSON: field \"crypto.kdfparams.salt\" missing or not a string")
	}
	b, err := hex.DecodeString(s)
	if err != nil || len(b) == 0 || len(b) > 1024 {
		return errors.New("keystore JSON: field \"crypto.kdfparams.salt\" is not 1 to 1024 hex bytes")
	}
	return nil
}

// intParam reads a whole-number KDF parameter and checks its bounds.
func intParam(p map[string]any, name string, lo, hi int) (int, error) {
	v, ok := p[name]
	if !ok {
		return 0, fmt.Errorf("keystore JSON: no \"crypto.kdfparams.%s\"", name)
	}
	f, ok := v.(float64)
	if !ok || f != float64(int64(f)) {
		return 0, fmt.Errorf("keystore JSON: field \"crypto.kdfparams.%s\" is not a whole number", name)
	}
	if f < float64(lo) || f > float64(hi) {
		return 0, fmt.Errorf("keystore JSON: field \"crypto.kdfparams.%s\": %v is outside %d..%d", name, f, lo, hi)
	}
	return int(f), nil
}

// truncate keeps error messages about hostile input short.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
