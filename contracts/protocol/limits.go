package protocol

import (
	"errors"
	"fmt"
	"time"
)

// The hub's limits on campaign parameters (KappaHub's public constants of
// the same names; TestLimitsMatchContract reads them from the contract), so
// a client refuses a campaign the hub would revert on, with a reason.
const (
	MaxK             = 8    // MAX_K: annotators per chunk
	MaxLanes         = 1024 // MAX_LANES: chunks in flight per campaign
	MinWindow        = 60   // MIN_WINDOW: seconds; claim, commit, reveal and gold windows
	MinDisputeWindow = 3600 // MIN_DISPUTE_WINDOW: seconds
)

// Windows are a campaign's windows, as the hub counts them (seconds).
type Windows struct {
	Claim, Commit, Reveal, Gold, Dispute time.Duration
	// Review is the senior reviewers' turn at the start of the dispute
	// window (0: none); the arbiter keeps at least MinDisputeWindow after.
	Review time.Duration
}

// ErrWindows is wrapped by every error of Windows.Check.
var ErrWindows = errors.New("invalid campaign windows")

// Check applies the hub's rules on windows: whole seconds, at least
// MinWindow (MinDisputeWindow for disputes), and a claim window longer
// than the commit window, so that a lapsed seat can still be taken over.
// The error names the window as "claim", "commit", ... .
func (w Windows) Check() error {
	for _, x := range []struct {
		name string
		d    time.Duration
		min  int
	}{
		{"claim", w.Claim, MinWindow}, {"commit", w.Commit, MinWindow}, {"reveal", w.Reveal, MinWindow},
		{"gold", w.Gold, MinWindow}, {"dispute", w.Dispute, MinDisputeWindow},
	} {
		switch {
		case x.d%time.Second != 0:
			return fmt.Errorf("%w: %s window %s: the chain counts whole seconds", ErrWindows, x.name, x.d)
		case x.d < time.Duration(x.min)*time.Second:
			return fmt.Errorf("%w: %s window %s: want at least %s", ErrWindows, x.name, x.d, time.Duration(x.min)*time.Second)
		case x.d/time.Second > 1<<32-1:
			return fmt.Errorf("%w: %s window %s is too long", ErrWindows, x.name, x.d)
		}
	}
	if w.Review < 0 || w.Review%time.Second != 0 {
		return fmt.Errorf("%w: review window %s: want whole seconds, 0 or more", ErrWindows, w.Review)
	}
	if w.Review+time.Duration(MinDisputeWindow)*time.Second > w.Dispute {
		return fmt.Errorf("%w: review window %s leaves the arbiter less than %s of the dispute window %s", ErrWindows, w.Review, time.Duration(MinDisputeWindow)*time.Second, w.Dispute)
	}
	if w.Claim <= w.Commit {
		return fmt.Errorf("%w: claim window %s must be longer than the commit window %s, or a lapsed seat can never be taken over", ErrWindows, w.Claim, w.Commit)
	}
	return nil
}
