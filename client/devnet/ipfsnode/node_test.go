package ipfsnode

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	shell "github.com/ipfs/go-ipfs-api"
)

// TestStartAddRestart adds a document through the RPC API with go-ipfs-api,
// restarts the node on the same directory and reads the document back.
func TestStartAddRestart(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	payload := []byte(`{"version":"kappa/task@1","id":"t1","text":"hello"}`)

	n, err := Start(ctx, dir)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if !strings.HasPrefix(n.APIAddr(), "127.0.0.1:") || strings.HasSuffix(n.APIAddr(), ":0") {
		t.Fatalf("APIAddr = %q, want 127.0.0.1 with a bound port", n.APIAddr())
	}
	sh := shell.NewShell(n.APIAddr())
	cid, err := sh.Add(bytes.NewReader(payload), shell.CidVersion(1), shell.RawLeaves(true))
	if err != nil {
		t.Fatalf("add: %v", err)
	}
	if !strings.HasPrefix(cid, "bafk") {
		t.Errorf("cid = %s, want a CIDv1 raw block (bafk...)", cid)
	}
	peers, err := sh.SwarmPeers(ctx)
	if err != nil {
		t.Fatalf("swarm peers: %v", err)
	}
	if len(peers.Peers) != 0 {
		t.Errorf("devnet node has %d peers, want none", len(peers.Peers))
	}
	id := n.PeerID()
	if err := n.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	// The API must be gone once the node is closed.
	dead := shell.NewShell(n.APIAddr())
	dead.SetTimeout(2 * time.Second)
	if _, err := dead.Cat(cid); err == nil {
		t.Fatal("cat on a closed node succeeded")
	}

	n2, err := Start(ctx, dir)
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	defer n2.Close()
	if n2.PeerID() != id {
		t.Errorf("restarted node has identity %s, want %s", n2.PeerID(), id)
	}
	rc, err := shell.NewShell(n2.APIAddr()).Cat(cid)
	if err != nil {
		t.Fatalf("cat after restart: %v", err)
	}
	defer rc.Close()
	got, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("read after restart: %v", err)
	}
	if !bytes.Equal(got, payload) {
		t.Fatalf("after restart got %q, want %q", got, payload)
	}
}

// TestStartLockedDir checks that a second node on a directory in use is
// refused with an error naming the directory, not a panic.
func TestStartLockedDir(t *testing.T) {
	dir := t.TempDir()
	n, err := Start(context.Background(), dir)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	defer n.Close()
	if _, err := Start(context.Background(), dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("second Start on %s: err = %v, want an error naming the directory", dir, err)
	}
	if _, err := Start(context.Background(), ""); err == nil {
		t.Fatal("Start with an empty directory succeeded")
	}
}

// BenchmarkStart measures a cold start: repository init, node start and
// RPC API ready.
func BenchmarkStart(b *testing.B) {
	for b.Loop() {
		n, err := Start(context.Background(), b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		n.Close()
		b.StartTimer()
	}
}

// BenchmarkRestart measures a warm start on an existing repository, the
// `kappa devnet` resume path.
func BenchmarkRestart(b *testing.B) {
	dir := b.TempDir()
	n, err := Start(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	n.Close()
	for b.Loop() {
		n, err := Start(context.Background(), dir)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		n.Close()
		b.StartTimer()
	}
}

// TestStartContextBoundsLifetime checks that canceling Start's context
// stops the node and frees its directory for a new one.
func TestStartContextBoundsLifetime(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	n, err := Start(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n2, err := Start(context.Background(), dir)
		if err == nil {
			n2.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("directory still in use after cancel: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	sh := shell.NewShell(n.APIAddr())
	sh.SetTimeout(2 * time.Second)
	if _, err := sh.ID(); err == nil {
		t.Fatal("API of a canceled node still answers")
	}
}
