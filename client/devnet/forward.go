package devnet

import (
	"errors"
	"io"
	"net"
	"sync"
	"time"
)

// forwarder serves a fixed loopback port by relaying each TCP connection to
// another address. The devnet uses it to put the IPFS node's RPC API on the
// port the user asked for: package ipfsnode always binds a free port.
type forwarder struct {
	lis    net.Listener
	target string

	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup
}

// listenForward binds addr; serve starts relaying to target.
func listenForward(addr string) (*forwarder, error) {
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &forwarder{lis: lis, conns: map[net.Conn]struct{}{}}, nil
}

// Addr is the bound address.
func (f *forwarder) Addr() string { return f.lis.Addr().String() }

// serve relays every accepted connection to target until close.
func (f *forwarder) serve(target string) {
	f.target = target
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		for {
			c, err := f.lis.Accept()
			if err != nil {
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					time.Sleep(10 * time.Millisecond)
					continue
				}
				return // closed
			}
			if !f.track(c) {
				c.Close()
				return
			}
			f.wg.Add(1)
			go func() {
				defer f.wg.Done()
				f.relay(c)
			}()
		}
	}()
}

// track registers c so close can cut it; false once closed.
func (f *forwarder) track(c net.Conn) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.conns[c] = struct{}{}
	return true
}

func (f *forwarder) untrack(c net.Conn) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.conns, c)
}

// relay copies both ways between c and a fresh connection to the target,
// passing half-closes on, so HTTP requests and responses flow unchanged.
func (f *forwarder) relay(c net.Conn) {
	defer f.untrack(c)
	defer c.Close()
	up, err := net.DialTimeout("tcp", f.target, 5*time.Second)
	if err != nil {
		return // the client sees the connection close, as with a dead node
	}
	if !f.track(up) {
		up.Close()
		return
	}
	defer f.untrack(up)
	defer up.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, _ = io.Copy(up, c)
		closeWrite(up)
	}()
	_, _ = io.Copy(c, up)
	closeWrite(c)
	<-done
}

func closeWrite(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.CloseWrite()
	}
}

// close stops accepting, cuts every open connection and waits for the
// relays to end. It is idempotent.
func (f *forwarder) close() {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return
	}
	f.closed = true
	for c := range f.conns {
		c.Close()
	}
	f.mu.Unlock()
	f.lis.Close()
	f.wg.Wait()
}
