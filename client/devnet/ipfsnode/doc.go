// Package ipfsnode runs a real kubo IPFS node inside the current process
// for the devnet, the demo and integration tests.
//
// The node is private and quiet: it has no swarm listeners, no bootstrap
// peers, no routing, MDNS, AutoTLS, AutoConf or telemetry, and an ed25519
// identity (RSA key generation is slow). Only its RPC API is served, on
// 127.0.0.1 with a port chosen by the kernel, so go-ipfs-api clients talk
// to it exactly as they would to a stand-alone `ipfs daemon`.
//
// kubo's go-log output is discarded unless GOLOG_LOG_LEVEL or GOLOG_FILE is
// set, so the node never scribbles over a terminal UI.
//
// The repository lives in a directory: starting again on the same directory
// resumes with all content still there.
package ipfsnode
