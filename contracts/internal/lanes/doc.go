// Package lanes rebuilds the current record of every busy lane of a kappa
// campaign from the hub's events, so that a client (or relayer) can send the
// record words the hub checks, without trusting anything but the chain.
package lanes
