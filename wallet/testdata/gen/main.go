//go:build ignore

// Command gen writes the keystore fixtures in wallet/testdata once:
//
//	go run wallet/testdata/gen/main.go
//
// The files are committed; the tests never regenerate them, so they pin
// what geth v1.17.10's keystore wrote with its standard and light scrypt
// parameters. The keys are test keys: keccak256("kappa fixture standard")
// and keccak256("kappa fixture light").
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

const passphrase = "correct horse battery staple"

func main() {
	for _, f := range []struct {
		dir, seed string
		n, p      int
	}{
		{"wallet/testdata/keystore-standard", "kappa fixture standard", keystore.StandardScryptN, keystore.StandardScryptP},
		{"wallet/testdata/keystore-light", "kappa fixture light", keystore.LightScryptN, keystore.LightScryptP},
	} {
		priv, err := crypto.ToECDSA(crypto.Keccak256([]byte(f.seed)))
		if err != nil {
			log.Fatal(err)
		}
		key := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
		data, err := keystore.EncryptKey(key, passphrase, f.n, f.p)
		if err != nil {
			log.Fatal(err)
		}
		name := fmt.Sprintf("UTC--2026-11-25T10-00-00.000000000Z--%x", key.Address)
		if err := os.MkdirAll(f.dir, 0o700); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(f.dir, name), data, 0o600); err != nil {
			log.Fatal(err)
		}
		fmt.Println(f.dir, key.Address.Hex())
	}
}
