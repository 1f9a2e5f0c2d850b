// Package wallet keeps Ethereum keys in a Web3 Secret Storage (v3) keystore
// directory and signs with them.
//
// The files are the ones geth, ethers and MetaMask write, so an annotator's
// existing key works as it is: an imported keystore JSON is copied unchanged
// (its KDF parameters are never weakened), and kappa's own keystore can be
// geth's directory. Keys made or imported from raw hex are encrypted with
// geth's standard scrypt parameters unless Options say otherwise (tests and
// the devnet's throw-away keys).
//
// A Store lists, creates and imports key files and unlocks one of them into an
// Account. An Account holds the private key in memory only, signs
// transactions for an explicit chain id (EIP-155 / EIP-1559), EIP-712 typed
// data and EIP-191 personal messages, and forgets the key on Lock. The
// Verify and Recover functions check signatures without any key.
//
// KeyFile.WeakKDF names a keystore file whose key derivation is weaker than
// the standard (scrypt n below 2^18, pbkdf2 below 2^18 iterations), and
// Store.ImportReencrypted imports such a file re-encrypted with the standard
// parameters.
//
// Passphrases travel as []byte and are zeroed by this package once used;
// go-ethereum's keystore takes a string, so a short-lived copy exists for the
// duration of one KDF call. Nothing here logs or prints a passphrase or key.
// ReadPasswordFile refuses a regular file other users may read or write;
// Passphrases removes KAPPA_PASSWORD from the process environment once it
// has read it (child processes do not inherit it) and has its Warn say that
// the variable is visible in /proc/PID/environ, unless CI is set.
package wallet
