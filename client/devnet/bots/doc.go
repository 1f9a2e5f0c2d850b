// Package bots simulates the co-annotators of kappa's demo: each bot is a
// dev wallet running the same client library as the user (its own journal
// and IPFS cache), labeling with a set accuracy and speed; committing,
// revealing when due and finalizing are the client's (client.Driver, running
// client.Advance, as for the user's terminal UI); the requester bot's driver
// finalizes chunks with the gold answers only its journal holds.
//
// A bot gives the corpus's true label with probability Accuracy and
// otherwise a uniformly chosen other label. Every choice is drawn from a
// generator seeded by (Seed, bot, chunk, task), so a run is reproducible
// whatever order the bots happen to act in.
//
// Bots never write to standard output or standard error: they run under the
// terminal UI. Errors go to Config.OnError, when set.
package bots
