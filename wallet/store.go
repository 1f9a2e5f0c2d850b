package wallet

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Permissions the keystore keeps: only the owner may read keys or list them.
const (
	DirMode  fs.FileMode = 0o700
	FileMode fs.FileMode = 0o600
)

// Scrypt parameters, re-exported from go-ethereum so callers need not import
// the keystore package. Standard is what geth uses; Light is for tests and
// throw-away devnet keys only.
const (
	StandardScryptN = keystore.StandardScryptN
	StandardScryptP = keystore.StandardScryptP
	LightScryptN    = keystore.LightScryptN
	LightScryptP    = keystore.LightScryptP
)

// ErrWrongPassphrase is returned when a key file does not decrypt with the
// passphrase given. It is go-ethereum's keystore.ErrDecrypt.
var ErrWrongPassphrase = keystore.ErrDecrypt

// ErrUnknownAccount is wrapped by errors about an address with no key file.
var ErrUnknownAccount = errors.New("no key for this address in the keystore")

// Options tune a Store. The zero value uses geth's standard scrypt
// parameters and drops warnings.
type Options struct {
	// ScryptN and ScryptP are used to encrypt new and raw-imported keys;
	// zero means the standard parameters.
	ScryptN, ScryptP int
	// Warn receives notices the user should see, such as permissions that
	// were tightened. It never receives secrets.
	Warn func(msg string)
}

// Store is a keystore directory of Web3 Secret Storage v3 files.
type Store struct {
	dir  string
	opts Options
}

// Entry is one key file in a Store.
type Entry struct {
	Address common.Address `json:"address"` // the address the file lists
	Path    string         `json:"path"`    // absolute path of the key file
}

// DuplicateError reports an import of a key the Store already has.
type DuplicateError struct {
	Address common.Address // the account being imported
	Path    string         // the key file that already holds it
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("account %s is already in the keystore as %s", e.Address.Hex(), e.Path)
}

// Open opens the keystore directory dir, creating it with mode 0700 when it
// does not exist. A directory readable by others is tightened to 0700 (with
// a warning); if that is not possible Open refuses.
func Open(dir string, opts Options) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open keystore: no directory given")
	}
	if opts.ScryptN == 0 {
		opts.ScryptN = StandardScryptN
	}
	if opts.ScryptP == 0 {
		opts.ScryptP = StandardScryptP
	}
	if opts.Warn == nil {
		opts.Warn = func(string) {}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open keystore %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, DirMode); err != nil {
		return nil, fmt.Errorf("open keystore %s: %w", abs, err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("open keystore %s: %w", abs, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("open keystore %s: not a directory", abs)
	}
	s := &Store{dir: abs, opts: opts}
	if err := s.tighten(abs, fi.Mode().Perm(), DirMode); err != nil {
		return nil, err
	}
	return s, nil
}

// tighten removes group and other permissions from path, or refuses.
func (s *Store) tighten(path string, have, want fs.FileMode) error {
	if have&0o077 == 0 {
		return nil
	}
	if err := os.Chmod(path, want); err != nil {
		return fmt.Errorf("%s is mode %04o, readable by other users, and cannot be changed to %04o: %w", path, have, want, err)
	}
	s.opts.Warn(fmt.Sprintf("%s was mode %04o, readable by other users; changed to %04o", path, have, want))
	return nil
}

// Dir returns the absolute path of the keystore directory.
func (s *Store) Dir() string { return s.dir }

// skipName reports files a keystore directory may hold that are not keys:
// the same rule as geth's account cache (dot files, editor backups, READMEs).
func skipName(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.EqualFold(name, "README") || strings.HasSuffix(name, ".tmp")
}

// List returns the keys in the directory, sorted by file name (geth's names
// start with the creation time). Files that are not valid key files are
// left out and reported together in the error, each by name; the valid
// entries are returned either way.
func (s *Store) List() ([]Entry, error) {
	des, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("list keystore %s: %w", s.dir, err)
	}
	var (
		entries []Entry
		errs    []error
	)
	for _, de := range des {
		if de.IsDir() || skipName(de.Name()) {
			continue
		}
		path := filepath.Join(s.dir, de.Name())
		kf, _, err := s.readKeyFile(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !kf.HasAddress {
			errs = append(errs, fmt.Errorf("key file %s: no \"address\" field; import it with `kappa wallet import` instead of copying it", path))
			continue
		}
		entries = append(entries, Entry{Address: kf.Address, Path: path})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Path < entries[j].Path })
	return entries, errors.Join(errs...)
}

// readKeyFile reads and checks one key file, tightening its permissions.
func (s *Store) readKeyFile(path string) (*KeyFile, []byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("key file %s: %w", path, err)
	}
	if fi.Size() > maxKeyFileSize {
		return nil, nil, fmt.Errorf("key file %s: %d bytes is too large for a key file", path, fi.Size())
	}
	if err := s.tighten(path, fi.Mode().Perm(), FileMode); err != nil {
		return nil, nil, fmt.Errorf("key file %w", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("key file %s: %w", path, err)
	}
	kf, err := ParseKeyFile(data)
	if err != nil {
		return nil, nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return kf, data, nil
}

// Find returns the key file of addr. When it is missing the error wraps
// ErrUnknownAccount and also names any unreadable files, since the key may
// be one of them.
func (s *Store) Find(addr common.Address) (Entry, error) {
	entries, listErr := s.List()
	for _, e := range entries {
		if e.Address == addr {
			return e, nil
		}
	}
	err := fmt.Errorf("account %s: %w %s", addr.Hex(), ErrUnknownAccount, s.dir)
	if listErr != nil {
		err = fmt.Errorf("%w (also skipped: %v)", err, listErr)
	}
	return Entry{}, err
}

// Default returns the only key in the Store: the account to use when none
// is configured. With no key or several it says what to do.
func (s *Store) Default() (Entry, error) {
	entries, err := s.List()
	switch {
	case len(entries) == 1:
		return entries[0], nil
	case len(entries) == 0 && err != nil:
		return Entry{}, fmt.Errorf("no usable key in keystore %s: %w", s.dir, err)
	case len(entries) == 0:
		return Entry{}, fmt.Errorf("no key in keystore %s; create one with `kappa wallet new` or `kappa wallet import`", s.dir)
	default:
		return Entry{}, fmt.Errorf("keystore %s has %d accounts; choose one with --account or KAPPA_ACCOUNT", s.dir, len(entries))
	}
}

// New makes a fresh key, encrypts it with passphrase and stores it. The
// passphrase is zeroed.
func (s *Store) New(passphrase []byte) (Entry, error) {
	defer clear(passphrase)
	priv, err := crypto.GenerateKey()
	if err != nil {
		return Entry{}, fmt.Errorf("new key: %w", err)
	}
	defer zeroKey(priv)
	e, err := s.storeKey(priv, passphrase)
	if err != nil {
		return Entry{}, fmt.Errorf("new key: %w", err)
	}
	return e, nil
}

// ImportKey encrypts a raw private key with passphrase and stores it. The
// caller keeps ownership of priv; the passphrase is zeroed.
func (s *Store) ImportKey(priv *ecdsa.PrivateKey, passphrase []byte) (Entry, error) {
	defer clear(passphrase)
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	if err := s.checkDuplicate(addr); err != nil {
		return Entry{}, err
	}
	e, err := s.storeKey(priv, passphrase)
	if err != nil {
		return Entry{}, fmt.Errorf("import key %s: %w", addr.Hex(), err)
	}
	return e, nil
}

func (s *Store) checkDuplicate(addr common.Address) error {
	entries, _ := s.List()
	for _, e := range entries {
		if e.Address == addr {
			return &DuplicateError{Address: addr, Path: e.Path}
		}
	}
	return nil
}

func (s *Store) storeKey(priv *ecdsa.PrivateKey, passphrase []byte) (Entry, error) {
	return s.encryptKey(priv, passphrase, s.opts.ScryptN, s.opts.ScryptP)
}

// encryptKey encrypts priv with scrypt parameters n and p and writes it.
func (s *Store) encryptKey(priv *ecdsa.PrivateKey, passphrase []byte, n, p int) (Entry, error) {
	if len(passphrase) == 0 {
		return Entry{}, errors.New("empty passphrase; a key needs a passphrase")
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Entry{}, err
	}
	key := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	data, err := keystore.EncryptKey(key, string(passphrase), n, p)
	if err != nil {
		return Entry{}, err
	}
	return s.writeKeyFile(key.Address, data)
}

// Import stores a keystore JSON (from geth, ethers, MetaMask, ...) after
// checking that passphrase decrypts it. The file is kept as it is, with its
// own KDF parameters; only a missing "address" field is filled in, so that
// the key can be listed without decrypting it. The passphrase is zeroed.
func (s *Store) Import(keyJSON []byte, passphrase []byte) (Entry, error) {
	defer clear(passphrase)
	key, kf, err := s.decryptImport(keyJSON, passphrase)
	if err != nil {
		return Entry{}, err
	}
	addr := key.Address
	zeroKey(key.PrivateKey)
	if !kf.HasAddress {
		if keyJSON, err = withAddress(keyJSON, addr); err != nil {
			return Entry{}, err
		}
	}
	return s.writeKeyFile(addr, keyJSON)
}

// ImportReencrypted stores the key of a keystore JSON encrypted anew with
// geth's standard scrypt parameters (n=2^18, p=1), whatever the file's own
// parameters and the Store's Options: the remedy for a file with a WeakKDF.
// The key is encrypted with newPassphrase, or with passphrase when
// newPassphrase is empty. keyJSON is not changed. Both passphrases are
// zeroed.
func (s *Store) ImportReencrypted(keyJSON, passphrase, newPassphrase []byte) (Entry, error) {
	defer clear(passphrase)
	defer clear(newPassphrase)
	key, _, err := s.decryptImport(keyJSON, passphrase)
	if err != nil {
		return Entry{}, err
	}
	defer zeroKey(key.PrivateKey)
	pass := passphrase
	if len(newPassphrase) > 0 {
		pass = newPassphrase
	}
	e, err := s.encryptKey(key.PrivateKey, pass, StandardScryptN, StandardScryptP)
	if err != nil {
		return Entry{}, fmt.Errorf("re-encrypt key %s: %w", key.Address.Hex(), err)
	}
	return e, nil
}

// decryptImport checks a keystore JSON to import: well-formed, not a key the
// Store has, decrypted by passphrase, and holding the key of the address it
// claims. The caller zeroes the key.
func (s *Store) decryptImport(keyJSON, passphrase []byte) (*keystore.Key, *KeyFile, error) {
	kf, err := ParseKeyFile(keyJSON)
	if err != nil {
		return nil, nil, err
	}
	if kf.HasAddress {
		// Say "duplicate" before spending a KDF run on the passphrase.
		if err := s.checkDuplicate(kf.Address); err != nil {
			return nil, nil, err
		}
	}
	key, err := keystore.DecryptKey(keyJSON, string(passphrase))
	if err != nil {
		return nil, nil, fmt.Errorf("decrypt keystore JSON: %w", err)
	}
	addr := key.Address
	if kf.HasAddress && kf.Address != addr {
		zeroKey(key.PrivateKey)
		return nil, nil, fmt.Errorf("keystore JSON claims address %s but holds the key of %s; refusing a mislabelled file", kf.Address.Hex(), addr.Hex())
	}
	if !kf.HasAddress {
		if err := s.checkDuplicate(addr); err != nil {
			zeroKey(key.PrivateKey)
			return nil, nil, err
		}
	}
	return key, kf, nil
}

// withAddress adds an "address" field in geth's form, keeping every other
// field's bytes as they were.
func withAddress(keyJSON []byte, addr common.Address) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(keyJSON, &m); err != nil {
		return nil, fmt.Errorf("keystore JSON: %w", err)
	}
	for k := range m {
		if strings.EqualFold(k, "address") {
			delete(m, k)
		}
	}
	a, _ := json.Marshal(hex.EncodeToString(addr[:]))
	m["address"] = a
	return json.Marshal(m)
}

// writeKeyFile writes data under geth's file name for addr, atomically: a
// temporary file with mode 0600 is synced and renamed into place.
func (s *Store) writeKeyFile(addr common.Address, data []byte) (Entry, error) {
	ts := time.Now().UTC()
	name := fmt.Sprintf("UTC--%04d-%02d-%02dT%02d-%02d-%02d.%09dZ--%s",
		ts.Year(), ts.Month(), ts.Day(), ts.Hour(), ts.Minute(), ts.Second(), ts.Nanosecond(),
		hex.EncodeToString(addr[:]))
	path := filepath.Join(s.dir, name)
	f, err := os.CreateTemp(s.dir, "."+name+".*.tmp")
	if err != nil {
		return Entry{}, fmt.Errorf("write key file: %w", err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(FileMode); err != nil {
		f.Close()
		return Entry{}, fmt.Errorf("write key file %s: %w", tmp, err)
	}
	if _, err := f.Write(bytes.TrimSpace(data)); err != nil {
		f.Close()
		return Entry{}, fmt.Errorf("write key file %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return Entry{}, fmt.Errorf("write key file %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return Entry{}, fmt.Errorf("write key file %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return Entry{}, fmt.Errorf("write key file %s: %w", path, err)
	}
	ok = true
	return Entry{Address: addr, Path: path}, nil
}

// Unlock decrypts the key of addr with passphrase and returns it as an
// Account. The key file is only read. The passphrase is zeroed.
func (s *Store) Unlock(addr common.Address, passphrase []byte) (*Account, error) {
	defer clear(passphrase)
	e, err := s.Find(addr)
	if err != nil {
		return nil, fmt.Errorf("unlock: %w", err)
	}
	_, data, err := s.readKeyFile(e.Path)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", addr.Hex(), err)
	}
	key, err := keystore.DecryptKey(data, string(passphrase))
	if err != nil {
		return nil, fmt.Errorf("unlock %s with key file %s: %w", addr.Hex(), e.Path, err)
	}
	if key.Address != addr {
		// A file whose "address" lies would otherwise sign as someone else.
		zeroKey(key.PrivateKey)
		return nil, fmt.Errorf("unlock %s: key file %s holds the key of %s", addr.Hex(), e.Path, key.Address.Hex())
	}
	return NewAccount(key.PrivateKey), nil
}

// ParseRawKey reads a hex private key (64 hex digits, optional 0x, spaces
// and newlines around it ignored). It never puts the key material into the
// error. The caller should clear data after use.
func ParseRawKey(data []byte) (*ecdsa.PrivateKey, error) {
	s := bytes.TrimSpace(data)
	s = bytes.TrimPrefix(bytes.TrimPrefix(s, []byte("0x")), []byte("0X"))
	if len(s) != 64 {
		return nil, fmt.Errorf("raw key: want 64 hex digits, got %d characters", len(s))
	}
	b := make([]byte, 32)
	defer clear(b)
	if _, err := hex.Decode(b, s); err != nil {
		return nil, errors.New("raw key: not hex")
	}
	priv, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, errors.New("raw key: not a valid secp256k1 private key")
	}
	return priv, nil
}

// zeroKey overwrites the private scalar in place, as go-ethereum does.
func zeroKey(k *ecdsa.PrivateKey) {
	if k != nil && k.D != nil {
		clear(k.D.Bits())
	}
}
