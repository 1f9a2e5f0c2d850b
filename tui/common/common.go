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

// Call wraps a backend call in a command whose message is the one fn
// returns, or an ErrMsg naming op: for messages every screen may take (the
// campaign, the schema). A screen's own data goes through a Loader, its
// actions through Run: their results are typed.
func (c *Common) Call(op string, fn func(ctx context.Context, b backend.Backend) (tea.Msg, error)) tea.Cmd {
	cmd := run(c, 0, 0, op, fn)
	return func() tea.Msg {
		r := cmd().(Result[tea.Msg])
		if r.Err != nil {
			return ErrMsg{Op: r.Op, Err: r.Err}
		}
		return r.Data
	}
}
