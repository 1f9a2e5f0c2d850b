package devnet

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kappa-dev/kappa/wallet"
)

// DevPassphrase encrypts every dev wallet of a devnet. It is published on
// purpose, like Hardhat's and Anvil's dev keys: devnet keys guard play money
// on a private chain. It is also written to the devnet's passphrase file so
// commands can use --password-file; kappa never prints it.
const DevPassphrase = "kappa-devnet-insecure"

// Names of the dev wallets.
const (
	Requester = "requester" // deploys the contracts, owns the token, creates the campaign
	Alice     = "alice"     // the user: the config profile's account
	Bob       = "bob"
	Carol     = "carol"
	Dave      = "dave"
	Erin      = "erin"
	Rita      = "rita" // the reviewer: never annotates, so keeps the senior reputation
)

// Roles of dev wallets.
const (
	RoleRequester = "requester"
	RoleAnnotator = "annotator"
	RoleReviewer  = "reviewer"
)

// walletRoles lists the dev wallets in a fixed order.
var walletRoles = []struct{ name, role string }{
	{Requester, RoleRequester},
	{Alice, RoleAnnotator},
	{Bob, RoleAnnotator},
	{Carol, RoleAnnotator},
	{Dave, RoleAnnotator},
	{Erin, RoleAnnotator},
	{Rita, RoleReviewer},
}

// WalletNames returns the names of the dev wallets: the requester, the
// annotators (alice first) and the reviewer.
func WalletNames() []string {
	out := make([]string, len(walletRoles))
	for i, w := range walletRoles {
		out[i] = w.name
	}
	return out
}

// Funding of every dev wallet: ETH in the genesis block, tokens minted by
// the requester after deployment.
var (
	// GenesisETH is each wallet's ETH balance at genesis: 1,000 ETH.
	GenesisETH = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	// RequesterTokens are minted to the requester: 1,000,000 KAPPA.
	RequesterTokens = KAPPA(1_000_000)
	// WalletTokens are minted to every other wallet: 1,000 KAPPA.
	WalletTokens = KAPPA(1_000)
)

// Wallet is a dev wallet as devnet.json and Devnet.Wallets list it.
type Wallet struct {
	Name    string         `json:"name"`
	Role    string         `json:"role"`
	Address common.Address `json:"address"`
}

// mintAmount is what the requester mints to w.
func mintAmount(w Wallet) *big.Int {
	if w.Role == RoleRequester {
		return new(big.Int).Set(RequesterTokens)
	}
	return new(big.Int).Set(WalletTokens)
}

// devKey is a dev wallet's key, held by an unlocked Account.
type devKey struct {
	name string
	key  *ecdsa.PrivateKey // owned by acct: Lock zeroes it
	acct *wallet.Account
}

// generateKeys makes a random key per dev wallet, in walletRoles order.
func generateKeys() ([]devKey, []Wallet, error) {
	keys := make([]devKey, 0, len(walletRoles))
	wallets := make([]Wallet, 0, len(walletRoles))
	for _, wr := range walletRoles {
		key, err := crypto.GenerateKey()
		if err != nil {
			for _, k := range keys {
				k.acct.Lock()
			}
			return nil, nil, fmt.Errorf("create wallet %s: %w", wr.name, err)
		}
		a := wallet.NewAccount(key)
		keys = append(keys, devKey{name: wr.name, key: key, acct: a})
		wallets = append(wallets, Wallet{Name: wr.name, Role: wr.role, Address: a.Address()})
	}
	return keys, wallets, nil
}

// storeKeys encrypts the keys into the keystore with DevPassphrase, one
// after the other so that the keystore lists them in walletRoles order
// (file names start with the creation time).
func storeKeys(st *wallet.Store, keys []devKey) error {
	for _, k := range keys {
		e, err := st.ImportKey(k.key, []byte(DevPassphrase))
		if err != nil {
			return fmt.Errorf("start devnet: store wallet %s: %w", k.name, err)
		}
		if e.Address != k.acct.Address() {
			return fmt.Errorf("start devnet: store wallet %s: keystore says %s, key is %s", k.name, e.Address.Hex(), k.acct.Address().Hex())
		}
	}
	return nil
}
