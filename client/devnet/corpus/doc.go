// Package corpus ships the devnet's sample campaign data: a real, public,
// labeled text corpus (BSD fortune files by topic, see README.md and LICENSE)
// embedded in the binary so `kappa devnet` and `kappa demo` need nothing
// else on the machine.
package corpus
