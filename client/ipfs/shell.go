package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"time"

	files "github.com/ipfs/boxo/files"
	shell "github.com/ipfs/go-ipfs-api"
)

// Shell is a Store over a kubo node's RPC API, through go-ipfs-api. This
// is the one file that knows the client library.
type Shell struct {
	addr string
	sh   *shell.Shell
}

// NewShell returns a Store talking to the kubo RPC API at addr
// ("127.0.0.1:5001" or a multiaddr such as "/ip4/127.0.0.1/tcp/5001").
// Nothing is dialed until the first call.
func NewShell(addr string) *Shell {
	client := &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		MaxIdleConnsPerHost:   4, // reuse connections: the prefetcher makes many small requests
		IdleConnTimeout:       30 * time.Second,
		ResponseHeaderTimeout: 0, // bounded by the caller's context instead
	}}
	return &Shell{addr: addr, sh: shell.NewShellWithClient(addr, client)}
}

// Addr returns the API address the store talks to.
func (s *Shell) Addr() string { return s.addr }

// Add implements Store.
func (s *Shell) Add(ctx context.Context, data []byte) (string, error) {
	want := CIDOf(data)
	if len(data) > MaxBlockSize {
		return "", fmt.Errorf("add %s: %w: %d bytes, one raw block holds at most %d", want, ErrTooLarge, len(data), MaxBlockSize)
	}
	dir := files.NewSliceDirectory([]files.DirEntry{files.FileEntry("", files.NewBytesFile(data))})
	body := files.NewMultiFileReader(dir, true, false)
	var out struct{ Hash string }
	err := s.sh.Request("add").
		Option("cid-version", 1).
		Option("raw-leaves", true).
		Option("hash", "sha2-256").
		Option("chunker", "size-"+strconv.Itoa(MaxBlockSize)). // one block, so the CID is the hash of the bytes
		Option("pin", true).
		Body(body).
		Exec(ctx, &out)
	if err != nil {
		return "", s.fail(ctx, "add "+want, err)
	}
	if out.Hash != want {
		return "", fmt.Errorf("add %s: node at %s returned CID %s: %w", want, s.addr, out.Hash, ErrCIDMismatch)
	}
	return want, nil
}

// Get implements Store. A CID the node does not hold is looked for on the
// network until ctx ends (a devnet node has no peers), so callers pass a
// deadline.
func (s *Shell) Get(ctx context.Context, c string, maxSize int64) ([]byte, error) {
	if _, err := parseCID(c); err != nil {
		return nil, fmt.Errorf("get: %w", err)
	}
	if maxSize < 0 {
		return nil, fmt.Errorf("get %s: negative size cap %d", c, maxSize)
	}
	op := "get " + c
	rb := s.sh.Request("cat", "/ipfs/"+c)
	if maxSize < math.MaxInt64 {
		rb.Option("length", maxSize+1) // the node stops early too; one byte more tells us it is over
	}
	resp, err := rb.Send(ctx)
	if err != nil {
		return nil, s.fail(ctx, op, err)
	}
	defer resp.Close()
	if resp.Error != nil {
		return nil, s.fail(ctx, op, resp.Error)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Output, maxSize+1))
	if err != nil {
		return nil, s.fail(ctx, op, err)
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", op, ErrTooLarge, maxSize)
	}
	if err := Verify(c, data); err != nil {
		return nil, fmt.Errorf("%s from %s: %w", op, s.addr, err)
	}
	return data, nil
}

// Pin implements Store.
func (s *Shell) Pin(ctx context.Context, c string) error {
	if _, err := parseCID(c); err != nil {
		return fmt.Errorf("pin: %w", err)
	}
	if err := s.sh.Request("pin/add", "/ipfs/"+c).Exec(ctx, nil); err != nil {
		return s.fail(ctx, "pin "+c, err)
	}
	return nil
}

// fail classifies an error: the node's own answers (*shell.Error) and the
// caller's cancellation pass through with context; anything else is the
// transport failing, so the node is unavailable.
func (s *Shell) fail(ctx context.Context, op string, err error) error {
	var apiErr *shell.Error
	switch {
	case errors.As(err, &apiErr):
		return fmt.Errorf("%s: ipfs node at %s: %w", op, s.addr, err)
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", op, ctx.Err())
	}
	return &UnavailableError{Addr: s.addr, Op: op, Err: err}
}
