package common

import (
	"context"
	"math/big"
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/styles"
)

// Common is shared, by pointer, by the root model and every screen. Only the
// root model writes it, and only inside Update; command closures must not
// read it (they get what they need as arguments), so there is no data race.
type Common struct {
	Width, Height int // size of the screen area (between tabs and status bar)

	Styles  *styles.Styles
	Keys    *keys.KeyMap
	Backend backend.Backend

	// Now is the clock; tests inject a fixed one so views are deterministic.
	Now func() time.Time
	// Ctx is cancelled when the program quits, which aborts running calls.
	Ctx context.Context
	// Timeout bounds every backend call made by a command.
	Timeout time.Duration

	// Campaign and Schema are nil until loaded.
	Campaign *backend.Campaign
	Schema   *backend.Schema
}

// Token returns the campaign's token, or a zero token before it is known.
func (c *Common) Token() backend.Token {
	if c.Campaign == nil {
		return backend.Token{}
	}
	return c.Campaign.Token
}

// Amount formats a base-unit amount in the campaign's token.
func (c *Common) Amount(a *big.Int) string {
	return backend.FormatAmount(a, c.Token())
}

// Component is what every screen and widget is (soft-serve's contract): a
// tea.Model with its own help and its own sizing.
type Component interface {
	tea.Model
	help.KeyMap
	SetSize(width, height int)
}

// Screen is a full-body component with a tab title. Captures reports
// whether the screen wants a key before the global bindings see it (label
// hotkeys may be digits, which otherwise switch screens).
type Screen interface {
	Component
	Title() string
	Captures(tea.KeyMsg) bool
}

// Call wraps a backend call in a command: it runs fn with a context bounded
// by the common timeout and cancelled on quit, and turns an error into an
// ErrMsg naming op. The closure receives the backend as an argument so that
// it never touches shared state.
func (c *Common) Call(op string, fn func(ctx context.Context, b backend.Backend) (tea.Msg, error)) tea.Cmd {
	parent, b, timeout := c.Ctx, c.Backend, c.Timeout
	if parent == nil {
		parent = context.Background()
	}
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	return func() tea.Msg {
		if b == nil {
			return ErrMsg{Op: op, Err: ErrNoBackend}
		}
		ctx, cancel := context.WithTimeout(parent, timeout)
		defer cancel()
		msg, err := fn(ctx, b)
		if err != nil {
			return ErrMsg{Op: op, Err: err}
		}
		return msg
	}
}
