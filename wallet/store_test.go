package wallet

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const fixturePassphrase = "correct horse battery staple"

var (
	standardAddr = common.HexToAddress("0xCf7dC4e1E613F14b9f910F50F6dE315264D9aa3B")
	lightAddr    = common.HexToAddress("0x78C58cd26a0Bf38C4C425f0C523cB658981768dB")
)

// lightStore opens an empty keystore in a temporary directory that encrypts
// with geth's light scrypt parameters, collecting warnings.
func lightStore(t *testing.T) (*Store, *[]string) {
	t.Helper()
	var warnings []string
	s, err := Open(filepath.Join(t.TempDir(), "keystore"), Options{
		ScryptN: LightScryptN, ScryptP: LightScryptP,
		Warn: func(m string) { warnings = append(warnings, m) },
	})
	if err != nil {
		t.Fatal(err)
	}
	return s, &warnings
}

// copyFixture copies a committed fixture directory (git keeps no modes) into
// a fresh keystore directory with mode 0700 and files 0600.
func copyFixture(t testing.TB, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	if err := os.Mkdir(dst, 0o700); err != nil {
		t.Fatal(err)
	}
	des, err := os.ReadDir(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		data, err := os.ReadFile(filepath.Join("testdata", name, de.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, de.Name()), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// snapshot maps each file of dir to a hash of its content and its mode, to
// prove an operation left a keystore untouched.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fi, _ := d.Info()
		m[path] = fi.Mode().String() + " " + string(sha256.New().Sum(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sameSnapshot(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestFixturesUnlock decrypts the committed geth-written files: standard
// scrypt parameters (n=2^18, the slow one) and light ones.
func TestFixturesUnlock(t *testing.T) {
	tests := []struct {
		dir  string
		addr common.Address
		seed string
	}{
		{"keystore-standard", standardAddr, "kappa fixture standard"},
		{"keystore-light", lightAddr, "kappa fixture light"},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			if testing.Short() && tt.dir == "keystore-standard" {
				t.Skip("standard scrypt takes ~1s and 256 MiB")
			}
			s, err := Open(copyFixture(t, tt.dir), Options{})
			if err != nil {
				t.Fatal(err)
			}
			list, err := s.List()
			if err != nil || len(list) != 1 || list[0].Address != tt.addr {
				t.Fatalf("List = %v, %v; want just %s", list, err, tt.addr.Hex())
			}
			acct, err := s.Unlock(tt.addr, []byte(fixturePassphrase))
			if err != nil {
				t.Fatal(err)
			}
			defer acct.Lock()
			if acct.Address() != tt.addr {
				t.Fatalf("unlocked %s, want %s", acct.Address().Hex(), tt.addr.Hex())
			}
			want := crypto.Keccak256([]byte(tt.seed))
			if got := crypto.FromECDSA(acct.key); string(got) != string(want) {
				t.Fatal("unlocked key is not the fixture's key")
			}
		})
	}
}

// TestImportFromOtherWallets imports keystore files written by ethers and
// the spec's own vectors; each is kept with its own KDF parameters.
func TestImportFromOtherWallets(t *testing.T) {
	tests := []struct {
		file, pass string
		addr       string
		kdf        string
	}{
		{"ethers-v4-dogs.json", "dogs", "0xa0eccd7605bb117dd2a4cd55979c720cf00f7fa4", "scrypt"},
		{"spec-scrypt-testpassword.json", "testpassword", "", "scrypt"},
		{"spec-pbkdf2-testpassword.json", "testpassword", "", "pbkdf2"},
	}
	specKey, _ := crypto.HexToECDSA("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d")
	specAddr := crypto.PubkeyToAddress(specKey.PublicKey)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if testing.Short() {
				t.Skip("real wallets' KDF parameters are slow")
			}
			want := specAddr
			if tt.addr != "" {
				want = common.HexToAddress(tt.addr)
			}
			data, err := os.ReadFile(filepath.Join("testdata", "import", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			s, _ := lightStore(t)
			e, err := s.Import(data, []byte(tt.pass))
			if err != nil {
				t.Fatal(err)
			}
			if e.Address != want {
				t.Fatalf("imported %s, want %s", e.Address.Hex(), want.Hex())
			}
			stored, err := os.ReadFile(e.Path)
			if err != nil {
				t.Fatal(err)
			}
			kfIn, _ := ParseKeyFile(data)
			kfOut, err := ParseKeyFile(stored)
			if err != nil {
				t.Fatal(err)
			}
			if kfOut.KDF != tt.kdf || kfOut.ScryptN != kfIn.ScryptN || kfOut.PBKDF2Rounds != kfIn.PBKDF2Rounds {
				t.Errorf("stored KDF %+v differs from the imported %+v: the file was re-encrypted", kfOut, kfIn)
			}
			if !kfOut.HasAddress || kfOut.Address != want {
				t.Errorf("stored file lists address %v (present %v), want %s", kfOut.Address, kfOut.HasAddress, want.Hex())
			}
			fi, _ := os.Stat(e.Path)
			if fi.Mode().Perm() != FileMode {
				t.Errorf("key file mode %v, want %v", fi.Mode().Perm(), FileMode)
			}
			list, err := s.List()
			if err != nil || len(list) != 1 || list[0] != e {
				t.Errorf("List = %v, %v; want [%v]", list, err, e)
			}
		})
	}
}

func TestNewUnlockSign(t *testing.T) {
	s, _ := lightStore(t)
	pass := []byte("pw")
	e, err := s.New(pass)
	if err != nil {
		t.Fatal(err)
	}
	if string(pass) != "\x00\x00" {
		t.Error("New did not zero the passphrase")
	}
	if !strings.HasSuffix(e.Path, strings.ToLower(e.Address.Hex()[2:])) || !strings.HasPrefix(filepath.Base(e.Path), "UTC--") {
		t.Errorf("key file name %s is not geth's UTC--<time>--<address>", e.Path)
	}
	acct, err := s.Unlock(e.Address, []byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := acct.SignPersonal([]byte("hi"))
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyPersonal([]byte("hi"), sig, e.Address); err != nil {
		t.Fatal(err)
	}
	key := acct.key
	acct.Lock()
	for _, w := range key.D.Bits() {
		if w != 0 {
			t.Fatal("Lock left the private scalar in memory")
		}
	}
	if _, err := acct.SignPersonal([]byte("hi")); !errors.Is(err, ErrLocked) {
		t.Errorf("sign after Lock: %v, want ErrLocked", err)
	}
	if _, err := s.New([]byte{}); err == nil || !strings.Contains(err.Error(), "empty passphrase") {
		t.Errorf("New with empty passphrase: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	s, _ := lightStore(t)
	good, err := s.New([]byte("right"))
	if err != nil {
		t.Fatal(err)
	}
	goodJSON, _ := os.ReadFile(good.Path)
	before := snapshot(t, s.Dir())

	t.Run("wrong passphrase", func(t *testing.T) {
		_, err := s.Unlock(good.Address, []byte("wrong"))
		if !errors.Is(err, ErrWrongPassphrase) || !strings.Contains(err.Error(), good.Path) {
			t.Fatalf("error = %v, want ErrWrongPassphrase naming %s", err, good.Path)
		}
		if !sameSnapshot(before, snapshot(t, s.Dir())) {
			t.Fatal("keystore changed after a wrong passphrase")
		}
	})
	t.Run("unknown address", func(t *testing.T) {
		addr := common.HexToAddress("0x00000000000000000000000000000000000000ff")
		_, err := s.Unlock(addr, []byte("right"))
		if !errors.Is(err, ErrUnknownAccount) || !strings.Contains(err.Error(), addr.Hex()) {
			t.Fatalf("error = %v, want ErrUnknownAccount naming %s", err, addr.Hex())
		}
	})
	t.Run("duplicate import", func(t *testing.T) {
		_, err := s.Import(goodJSON, []byte("right"))
		var dup *DuplicateError
		if !errors.As(err, &dup) || dup.Path != good.Path || !strings.Contains(err.Error(), good.Path) {
			t.Fatalf("error = %v, want a DuplicateError naming %s", err, good.Path)
		}
		key, _ := crypto.GenerateKey()
		other, err := s.ImportKey(key, []byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ImportKey(key, []byte("x")); !errors.As(err, &dup) || dup.Path != other.Path {
			t.Fatalf("raw duplicate: error = %v, want a DuplicateError naming %s", err, other.Path)
		}
		os.Remove(other.Path)
	})
	t.Run("import wrong passphrase", func(t *testing.T) {
		s2, _ := lightStore(t)
		_, err := s2.Import(goodJSON, []byte("wrong"))
		if !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("error = %v, want ErrWrongPassphrase", err)
		}
		if l, _ := s2.List(); len(l) != 0 {
			t.Fatalf("a key was stored despite the wrong passphrase: %v", l)
		}
	})
	t.Run("mislabelled file", func(t *testing.T) {
		s2, _ := lightStore(t)
		lie := strings.Replace(string(goodJSON), strings.ToLower(good.Address.Hex()[2:]), "00000000000000000000000000000000000000ee", 1)
		_, err := s2.Import([]byte(lie), []byte("right"))
		if err == nil || !strings.Contains(err.Error(), "claims address") {
			t.Fatalf("error = %v, want a refusal of the mislabelled file", err)
		}
	})
	t.Run("corrupt files are named", func(t *testing.T) {
		corrupt := map[string]string{
			"UTC--truncated": string(goodJSON[:len(goodJSON)/2]),
			"UTC--garbage":   "this is not json",
			"UTC--empty":     "",
			"UTC--nocrypto":  `{"address":"` + strings.Repeat("ab", 20) + `","version":3}`,
		}
		for name, content := range corrupt {
			if err := os.WriteFile(filepath.Join(s.Dir(), name), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		list, err := s.List()
		if len(list) != 1 || list[0] != good {
			t.Errorf("List kept %v, want only the good key", list)
		}
		for name := range corrupt {
			if err == nil || !strings.Contains(err.Error(), filepath.Join(s.Dir(), name)) {
				t.Errorf("List error %v does not name %s", err, name)
			}
		}
		// The good key still unlocks, and a missing one names the bad files.
		acct, err := s.Unlock(good.Address, []byte("right"))
		if err != nil {
			t.Fatal(err)
		}
		acct.Lock()
		_, err = s.Find(common.Address{1})
		if err == nil || !strings.Contains(err.Error(), "UTC--truncated") {
			t.Errorf("Find error %v does not mention the unreadable files", err)
		}
		for name := range corrupt {
			os.Remove(filepath.Join(s.Dir(), name))
		}
	})
}

func TestImportRejectsMalformed(t *testing.T) {
	s, _ := lightStore(t)
	tests := []struct{ name, json, want string }{
		{"truncated", `{"address":"a0eccd7605bb117dd2a4cd55979c720cf00f7fa4","crypto":{"cipher":`, "unexpected end of JSON input"},
		{"array", `[1,2]`, "not a keystore JSON object"},
		{"version 1", `{"version":"1","crypto":{}}`, `"version": "1" not supported`},
		{"huge n", `{"version":3,"crypto":{"cipher":"aes-128-ctr","ciphertext":"` + strings.Repeat("00", 32) + `","cipherparams":{"iv":"` + strings.Repeat("00", 16) + `"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":1073741824,"r":8,"p":1,"salt":"00"},"mac":"` + strings.Repeat("00", 32) + `"}}`, "crypto.kdfparams.n"},
		{"bad cipher", `{"version":3,"crypto":{"cipher":"aes-256-gcm"}}`, "crypto.cipher"},
		{"bad address", `{"version":3,"address":"xyz","crypto":{}}`, `field "address"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Import([]byte(tt.json), []byte("x"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestPermissions(t *testing.T) {
	dir := copyFixture(t, "keystore-light")
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	des, _ := os.ReadDir(dir)
	keyPath := filepath.Join(dir, des[0].Name())
	if err := os.Chmod(keyPath, 0o644); err != nil {
		t.Fatal(err)
	}
	var warnings []string
	s, err := Open(dir, Options{Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]fs.FileMode{dir: DirMode, keyPath: FileMode} {
		fi, _ := os.Stat(path)
		if fi.Mode().Perm() != want {
			t.Errorf("%s mode %v, want %v", path, fi.Mode().Perm(), want)
		}
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], "0755") || !strings.Contains(warnings[1], "0644") {
		t.Errorf("warnings = %q, want one for the directory and one for the file", warnings)
	}
	// A fresh directory is created 0700.
	fresh := filepath.Join(t.TempDir(), "a", "b")
	if _, err := Open(fresh, Options{}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != DirMode {
		t.Errorf("new keystore mode %v, want %v", fi.Mode().Perm(), DirMode)
	}
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, nil, 0o600)
	if _, err := Open(notDir, Options{}); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("Open on a file: %v", err)
	}
}

func TestDefault(t *testing.T) {
	s, _ := lightStore(t)
	if _, err := s.Default(); err == nil || !strings.Contains(err.Error(), "kappa wallet new") {
		t.Errorf("empty keystore: %v", err)
	}
	a, _ := s.New([]byte("x"))
	if e, err := s.Default(); err != nil || e != a {
		t.Errorf("one key: %v, %v", e, err)
	}
	s.New([]byte("x"))
	if _, err := s.Default(); err == nil || !strings.Contains(err.Error(), "--account") {
		t.Errorf("two keys: %v", err)
	}
}

func TestParseRawKey(t *testing.T) {
	const hexKey = "c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4" // keccak256("cow")
	tests := []struct {
		name, in, wantErr string
	}{
		{"plain", hexKey, ""},
		{"0x and newline", "0x" + hexKey + "\n", ""},
		{"short", hexKey[:62], "want 64 hex digits"},
		{"not hex", "zz" + hexKey[2:], "not hex"},
		{"zero", strings.Repeat("0", 64), "not a valid secp256k1"},
		{"above n", strings.Repeat("f", 64), "not a valid secp256k1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseRawKey([]byte(tt.in))
			if tt.wantErr == "" {
				if err != nil || crypto.PubkeyToAddress(k.PublicKey) != common.HexToAddress(cowAddress) {
					t.Fatalf("ParseRawKey = %v, %v", k, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), tt.in[4:20]) {
				t.Fatal("the error repeats key material")
			}
		})
	}
}
