package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Retry bounds the retries of transient RPC failures.
type Retry struct {
	// Attempts is the number of tries per call, the first included.
	Attempts int
	// Base is the delay after the first failure; it doubles each time.
	Base time.Duration
	// Max caps the delay.
	Max time.Duration
}

// DefaultRetry rides out a node restart of a few seconds: 8 tries over
// about 12 seconds.
var DefaultRetry = Retry{Attempts: 8, Base: 100 * time.Millisecond, Max: 4 * time.Second}

// transient reports whether err is a failure to reach the node or an
// overloaded node, as opposed to an answer: answers (a revert, "nonce too
// low", a JSON-RPC error) are never retried blindly.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == 429 || he.StatusCode >= 500
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	// A node still indexing transactions cannot answer receipt queries yet.
	return strings.Contains(err.Error(), "transaction indexing is in progress")
}

// retry runs fn until it succeeds, fails with a non-transient error, the
// attempts are used up or ctx ends. Each try gets its own timeout so a hung
// connection counts as a failure instead of blocking forever.
func (s *Sender) retry(ctx context.Context, what string, fn func(context.Context) error) error {
	r := s.cfg.Retry
	delay := r.Base
	for attempt := 1; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, s.cfg.CallTimeout)
		err := fn(cctx)
		cancel()
		if err == nil {
			return nil
		}
		if !transient(err) || ctx.Err() != nil {
			return err
		}
		if attempt >= r.Attempts {
			return fmt.Errorf("%s: giving up after %d tries: %w", what, attempt, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %w (last error: %v)", what, ctx.Err(), err)
		case <-time.After(delay):
		}
		if delay *= 2; delay > r.Max {
			delay = r.Max
		}
	}
}
