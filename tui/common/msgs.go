package common

import (
	"errors"
	"fmt"

	"github.com/kappa-dev/kappa/tui/backend"
)

// ErrNoBackend is reported when the UI was started without a backend.
var ErrNoBackend = errors.New("no backend configured")

// ErrMsg reports a failed backend call; the root model shows it in the
// status line. Op names what was attempted ("claim chunk 7").
type ErrMsg struct {
	Op  string
	Err error
}

// Error implements error so an ErrMsg can be wrapped and compared.
func (e ErrMsg) Error() string { return fmt.Sprintf("%s: %v", e.Op, e.Err) }

// Failure implements Failed: an ErrMsg is always one.
func (e ErrMsg) Failure() error { return e }

// Unwrap returns the underlying error.
func (e ErrMsg) Unwrap() error { return e.Err }

// InfoMsg is a short confirmation for the status line ("claimed chunk 7").
type InfoMsg struct{ Text string }

// CampaignMsg carries the campaign summary.
type CampaignMsg struct{ Campaign backend.Campaign }

// SchemaMsg carries the labeling schema.
type SchemaMsg struct{ Schema backend.Schema }

// StatusMsg carries a polled status.
type StatusMsg struct{ Status backend.Status }

// TickMsg drives the clock on screen (time on the current item).
type TickMsg struct{}

// PollMsg asks the root model to poll the status again.
type PollMsg struct{}

// Screen indices, in tab order.
const (
	ScreenAnnotate = iota
	ScreenChunks
	ScreenFeedback
	ScreenReview
	ScreenPilot
	ScreenWallet
	NumScreens
)

// SwitchMsg asks the root model to show a screen.
type SwitchMsg struct{ Screen int }

// ShownMsg is sent to a screen when it becomes the active one, so that it
// can refresh data that may have gone stale while hidden.
type ShownMsg struct{}

// OpenChunkMsg asks the annotate screen to load a chunk (sent by the chunks
// screen together with a SwitchMsg).
type OpenChunkMsg struct{ Chunk uint64 }

// ChunksChangedMsg tells screens that chunk assignments changed (a claim, a
// finished chunk) so lists refresh.
type ChunksChangedMsg struct{}
