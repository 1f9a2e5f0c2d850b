package common

import (
	"context"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
)

// Result is what one backend call came back with: the data the call
// returned (also on error, so an action's result still says which chunk it
// was about) and its error. It is typed by its data, and a Loader's results
// name the Loader, so a screen takes its own results by type (and Loader)
// and never recognises one by the text of an error or the name of an
// operation. The gh-dash way: one typed message per fetch.
type Result[T any] struct {
	loader, seq uint64 // the Loader and its call; zero for Run
	// Op names what was attempted, for the status line ("claim chunk 7").
	Op   string
	Data T
	Err  error
}

// Failure implements Failed.
func (r Result[T]) Failure() error {
	if r.Err == nil {
		return nil
	}
	return ErrMsg{Op: r.Op, Err: r.Err}
}

// Failed is a message that may report a failed call. The root model shows
// the failure in the status line, whichever screen made the call.
type Failed interface{ Failure() error }

var _ Failed = Result[struct{}]{}

// Run makes a one-off backend call (an action: claim, submit, resolve,
// withdraw) in a command whose message is a Result[T]. fn runs with a
// context bounded by the common timeout and cancelled on quit; it receives
// the backend as an argument so that it never touches shared state.
func Run[T any](c *Common, op string, fn func(ctx context.Context, b backend.Backend) (T, error)) tea.Cmd {
	return run(c, 0, 0, op, fn)
}

func run[T any](c *Common, loader, seq uint64, op string, fn func(ctx context.Context, b backend.Backend) (T, error)) tea.Cmd {
	parent, b, timeout := c.Ctx, c.Backend, c.Timeout
	if parent == nil {
		parent = context.Background()
	}
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	return func() tea.Msg {
		r := Result[T]{loader: loader, seq: seq, Op: op}
		if b == nil {
			r.Err = ErrNoBackend
			return r
		}
		ctx, cancel := context.WithTimeout(parent, timeout)
		defer cancel()
		r.Data, r.Err = fn(ctx, b)
		return r
	}
}

// Loader loads one kind of a screen's data and keeps its state: whether a
// load is running, the last data loaded, and the last load's error. Only
// the latest load counts: a slower earlier one that arrives after it is
// dropped, so a refresh never shows older data than it replaced. A Loader
// lives in its screen's (pointer) model.
type Loader[T any] struct {
	id, seq uint64
	Loading bool
	Loaded  bool  // Data is from a load that succeeded
	Data    T     // the last data loaded
	Err     error // the last load's error; nil after a success
}

var loaderIDs atomic.Uint64

// NewLoader returns a Loader with an identity of its own.
func NewLoader[T any]() Loader[T] { return Loader[T]{id: loaderIDs.Add(1)} }

// Load starts a load: fn runs as in Run, and its Result goes to Take.
func (l *Loader[T]) Load(c *Common, op string, fn func(ctx context.Context, b backend.Backend) (T, error)) tea.Cmd {
	l.seq++
	l.Loading = true
	return run(c, l.id, l.seq, op, fn)
}

// Take applies msg when it is the Result of this Loader's latest load, and
// reports whether it was. On success Data is replaced and Err cleared; on
// failure Data is kept (what was shown stays shown) and Err is set.
func (l *Loader[T]) Take(msg tea.Msg) (Result[T], bool) {
	r, ok := msg.(Result[T])
	if !ok || r.loader != l.id || r.seq != l.seq {
		return Result[T]{}, false
	}
	l.Loading = false
	if r.Err != nil {
		l.Err = r.Err
		return r, true
	}
	l.Data, l.Loaded, l.Err = r.Data, true, nil
	return r, true
}

// ErrText is the last load's error as text, or "" after a success.
func (l *Loader[T]) ErrText() string {
	if l.Err == nil {
		return ""
	}
	return l.Err.Error()
}
