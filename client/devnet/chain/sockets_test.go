package chain

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// ownSockets lists this process's listening TCP sockets and bound UDP
// sockets by local address, read from /proc (Linux only).
func ownSockets(t *testing.T) (tcpListen, udp []string) {
	t.Helper()
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	inodes := map[string]bool{}
	for _, fd := range fds {
		target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name()))
		if err == nil && strings.HasPrefix(target, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(target, "socket:["), "]")] = true
		}
	}
	scan := func(file string, listenOnly bool) []string {
		f, err := os.Open(file)
		if err != nil {
			return nil // no IPv6, say
		}
		defer f.Close()
		var out []string
		s := bufio.NewScanner(f)
		s.Scan() // header
		for s.Scan() {
			fields := strings.Fields(s.Text())
			if len(fields) < 10 || !inodes[fields[9]] {
				continue
			}
			if listenOnly && fields[3] != "0A" { // TCP_LISTEN
				continue
			}
			out = append(out, fields[1])
		}
		return out
	}
	for _, f := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		tcpListen = append(tcpListen, scan(f, true)...)
	}
	for _, f := range []string{"/proc/net/udp", "/proc/net/udp6"} {
		udp = append(udp, scan(f, false)...)
	}
	return tcpListen, udp
}

// TestOnlyLoopbackHTTP: the node opens exactly one listening socket, the
// HTTP JSON-RPC endpoint on 127.0.0.1, and no peer-to-peer or discovery
// socket.
func TestOnlyLoopbackHTTP(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	tcpBefore, udpBefore := ownSockets(t)
	c := start(t, Options{Dir: t.TempDir()})
	tcpAfter, udpAfter := ownSockets(t)

	if len(udpAfter) != len(udpBefore) {
		t.Errorf("UDP sockets %v -> %v: discovery must be off", udpBefore, udpAfter)
	}
	if len(tcpAfter) != len(tcpBefore)+1 {
		t.Fatalf("listening TCP sockets %v -> %v, want exactly one more (HTTP)", tcpBefore, tcpAfter)
	}
	// /proc/net/tcp prints 127.0.0.1:port as 0100007F:PORT, port in hex.
	want := fmt.Sprintf("0100007F:%04X", c.HTTPPort())
	if !slices.Contains(tcpAfter, want) {
		t.Errorf("listening sockets %v do not include the HTTP endpoint %s (%s)", tcpAfter, c.RPCURL(), want)
	}
}
