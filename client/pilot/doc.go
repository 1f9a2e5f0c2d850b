// Package pilot turns the record of a pilot run (who labeled what, how long
// it took, what the chain accepted and paid) into the figures a requester
// needs before a campaign scales up: per-annotator throughput, error rates
// against the accepted labels and against gold, earnings and effective
// hourly rate; campaign-level agreement (through package agreement), dispute
// rate and drop-off; and a calibration that proposes per-tier rewards for a
// target hourly rate and the cheapest replication k and quorum q whose
// consensus meets a target accuracy.
//
// The package works on plain data (Pilot, Campaign, Observation, Outcome,
// DropOff) that the client fills from the chain and the journal, so it has
// no I/O of its own beyond its renderers: WriteText (a terminal table that
// fits 80 columns), WriteJSON (a stable encoding with amounts as decimal
// strings) and WriteHTML (a self-contained page with inline CSS and SVG
// charts). Token amounts are exact *big.Int base units; rates are exact
// rationals (*big.Rat) rounded only when displayed.
//
// docs/PILOT.md defines every figure, the formulas and the calibration
// model, and gives the JSON schemas.
package pilot
