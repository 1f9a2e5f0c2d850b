package wallet

import (
	"testing"
)

func BenchmarkSignPersonal(b *testing.B) {
	acct := cowAccount(b)
	msg := []byte("kappa commit salt for campaign 0x00000000000000000000000000000000000000aa chunk 7")
	for b.Loop() {
		if _, err := acct.SignPersonal(msg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSignTypedData(b *testing.B) {
	acct := cowAccount(b)
	td := mailTypedData()
	for b.Loop() {
		if _, err := acct.SignTypedData(td); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyTypedData(b *testing.B) {
	acct := cowAccount(b)
	td := mailTypedData()
	sig, err := acct.SignTypedData(td)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := VerifyTypedData(td, sig, acct.Address()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnlock measures what an annotator waits for once per session:
// decrypting a key file with light and with geth's standard scrypt
// parameters (the latter needs 256 MiB).
func BenchmarkUnlock(b *testing.B) {
	for _, tt := range []struct {
		name string
		addr string
	}{
		{"light", "keystore-light"},
		{"standard", "keystore-standard"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			s, err := Open(copyFixture(b, tt.addr), Options{})
			if err != nil {
				b.Fatal(err)
			}
			list, err := s.List()
			if err != nil || len(list) != 1 {
				b.Fatal(list, err)
			}
			for b.Loop() {
				acct, err := s.Unlock(list[0].Address, []byte(fixturePassphrase))
				if err != nil {
					b.Fatal(err)
				}
				acct.Lock()
			}
		})
	}
}
