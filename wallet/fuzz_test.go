package wallet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// FuzzParseKeyFile feeds arbitrary bytes to the keystore import parser. It
// must never panic, and whatever it accepts must be within the KDF bounds and
// safe to hand to go-ethereum's decrypter (tried when the KDF is cheap).
func FuzzParseKeyFile(f *testing.F) {
	for _, dir := range []string{"testdata/import", "testdata/keystore-light", "testdata/keystore-standard"} {
		des, _ := os.ReadDir(dir)
		for _, de := range des {
			if data, err := os.ReadFile(filepath.Join(dir, de.Name())); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte(`{"version":3,"crypto":{"kdf":"scrypt","kdfparams":{"n":2,"r":1,"p":1,"dklen":32,"salt":"00"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		kf, err := ParseKeyFile(data)
		if err != nil {
			return
		}
		switch kf.KDF {
		case "scrypt":
			if kf.ScryptN > maxScryptN || kf.ScryptR > maxScryptR || kf.ScryptP > maxScryptP || 128*kf.ScryptN*kf.ScryptR > maxScryptMemory {
				t.Fatalf("accepted scrypt parameters out of bounds: %+v", kf)
			}
		case "pbkdf2":
			if kf.PBKDF2Rounds > maxPBKDF2Rounds {
				t.Fatalf("accepted %d pbkdf2 rounds", kf.PBKDF2Rounds)
			}
		default:
			t.Fatalf("accepted KDF %q", kf.KDF)
		}
		if kf.ScryptN*kf.ScryptR*kf.ScryptP <= 1<<12 && kf.PBKDF2Rounds <= 1<<12 {
			_, _ = keystore.DecryptKey(data, "fuzz") // must not panic
		}
	})
}

// FuzzParseRawKey checks the raw hex key reader never panics.
func FuzzParseRawKey(f *testing.F) {
	f.Add([]byte("0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ParseRawKey(data)
	})
}
