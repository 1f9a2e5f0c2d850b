package ipfs

import (
	"context"
	"testing"
)

// taskSize is a typical task document: a paragraph of review text.
const taskSize = 2 << 10

// BenchmarkCacheGet measures the next task ready from the disk cache,
// CID verification included: the path when the task was prefetched in an
// earlier session or the node is down.
func BenchmarkCacheGet(b *testing.B) {
	ctx := context.Background()
	c, err := NewCache(b.TempDir(), NewShell(node.APIAddr()))
	if err != nil {
		b.Fatal(err)
	}
	id, err := c.Add(ctx, doc(b.Name(), taskSize))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(taskSize)
	for b.Loop() {
		if _, err := c.Get(ctx, id, taskSize); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrefetchedGet measures the next task ready from the
// prefetcher's memory: the path while annotating.
func BenchmarkPrefetchedGet(b *testing.B) {
	ctx := context.Background()
	s := NewShell(node.APIAddr())
	id, err := s.Add(ctx, doc(b.Name(), taskSize))
	if err != nil {
		b.Fatal(err)
	}
	p := NewPrefetcher(s, taskSize, 4)
	defer p.Close()
	p.Prefetch(id)
	if _, err := p.Get(ctx, id); err != nil {
		b.Fatal(err)
	}
	for !p.Ready(id) {
	}
	b.SetBytes(taskSize)
	for b.Loop() {
		if _, err := p.Get(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkShellGet measures a task fetched from the real in-process kubo
// node over its RPC API: what a cache miss costs.
func BenchmarkShellGet(b *testing.B) {
	ctx := context.Background()
	s := NewShell(node.APIAddr())
	id, err := s.Add(ctx, doc(b.Name(), taskSize))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(taskSize)
	for b.Loop() {
		if _, err := s.Get(ctx, id, taskSize); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkShellAdd measures uploading a label-document-sized document.
func BenchmarkShellAdd(b *testing.B) {
	ctx := context.Background()
	s := NewShell(node.APIAddr())
	data := doc(b.Name(), 4<<10)
	i := 0
	for b.Loop() {
		i++
		data[len(data)-1] = byte(i) // new content, new block
		data[len(data)-2] = byte(i >> 8)
		if _, err := s.Add(ctx, data); err != nil {
			b.Fatal(err)
		}
	}
}
