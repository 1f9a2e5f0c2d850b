package journal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"

	berrors "go.etcd.io/bbolt/errors"
)

// This file reads a bbolt file the way bbolt would, but through ReadAt with
// every offset checked, so that a damaged file is reported instead of
// crashing or hanging bbolt. bbolt itself trusts its file: a page id past
// the end faults the mmap (SIGBUS), a cycle of branch pages loops forever,
// a huge freelist count allocates gigabytes, and a page referenced twice or
// both used and free corrupts the next write. checkFile therefore walks the
// whole structure once before bbolt sees the file, visiting every page at
// most once, so it takes time and memory proportional to the file's size
// whatever the bytes say.
//
// The layout (go.etcd.io/bbolt/internal/common, version 2, native byte
// order):
//
//	page header (16 bytes): id u64, flags u16, count u16, overflow u32;
//	  a page with overflow n occupies n+1 consecutive pages.
//	meta (64 bytes after the header of pages 0 and 1): magic u32,
//	  version u32, page size u32, flags u32, root bucket {root u64,
//	  sequence u64}, freelist page u64, high water mark u64, txid u64,
//	  checksum u64 (FNV-64a of the 56 bytes before it).
//	branch element (16 bytes): pos u32, ksize u32, child page u64; the key
//	  is at the element's offset + pos.
//	leaf element (16 bytes): flags u32, pos u32, ksize u32, vsize u32; key
//	  then value at the element's offset + pos. Flag 1 marks a bucket,
//	  whose value is {root u64, sequence u64} followed, when root is 0
//	  (an inline bucket), by a leaf page holding its entries.
//	freelist page: count ids (u64); a count of 0xFFFF means the first u64
//	  is the real count.

const (
	pageHeaderSize   = 16
	elementSize      = 16
	bucketHeaderSize = 16
	metaSize         = 64

	flagBranch   = 0x01
	flagLeaf     = 0x02
	flagMeta     = 0x04
	flagFreelist = 0x10
	leafIsBucket = 0x01

	boltMagic   uint32 = 0xED0CDAED
	boltVersion uint32 = 2
	noFreelist  uint64 = ^uint64(0)

	minPageSize = 1 << 10
	maxPageSize = 1 << 16

	// maxTreeDepth bounds the height of one bucket's B+tree. bbolt keeps
	// at least two keys per page, so a real tree of this height would have
	// more pages than any file can hold.
	maxTreeDepth = 64
	// maxBucketDepth bounds bucket nesting; kappa nests two deep.
	maxBucketDepth = 8
)

var native = binary.NativeEndian

// boltMeta is a decoded meta page.
type boltMeta struct {
	magic, version, pageSize, flags uint32
	root, sequence                  uint64
	freelist, hwm, txid, checksum   uint64
	sum                             uint64 // computed over the first 56 bytes
}

func parseMeta(b []byte) boltMeta {
	if len(b) < metaSize {
		return boltMeta{}
	}
	h := fnv.New64a()
	h.Write(b[:56])
	return boltMeta{
		magic: native.Uint32(b[0:]), version: native.Uint32(b[4:]),
		pageSize: native.Uint32(b[8:]), flags: native.Uint32(b[12:]),
		root: native.Uint64(b[16:]), sequence: native.Uint64(b[24:]),
		freelist: native.Uint64(b[32:]), hwm: native.Uint64(b[40:]),
		txid: native.Uint64(b[48:]), checksum: native.Uint64(b[56:]),
		sum: h.Sum64(),
	}
}

// validate is bbolt's Meta.Validate, with its errors.
func (m boltMeta) validate() error {
	switch {
	case m.magic != boltMagic:
		return berrors.ErrInvalid
	case m.version != boltVersion:
		return berrors.ErrVersionMismatch
	case m.checksum != m.sum:
		return berrors.ErrChecksum
	}
	return nil
}

// boltFile reads a bbolt file with every read checked against its size.
type boltFile struct {
	r        io.ReaderAt
	size     int64
	pageSize int64
	all      []byte // the whole file, when it was small enough to read at once
}

// maxReadAll is the largest file read into memory in one go (a journal of
// 10,000 labels is about 8 MiB); larger ones are read page by page.
const maxReadAll = 64 << 20

// newBoltFile reads a file of size bytes through r.
func newBoltFile(r io.ReaderAt, size int64) *boltFile {
	f := &boltFile{r: r, size: size}
	if size <= maxReadAll {
		all := make([]byte, size)
		if n, err := r.ReadAt(all, 0); err == nil || (err == io.EOF && int64(n) == size) {
			f.all = all
		}
	}
	return f
}

// read returns n bytes at off, or an error if they are not all in the file.
// The bytes may be shared: callers do not modify them.
func (f *boltFile) read(off, n int64) ([]byte, error) {
	if off < 0 || n < 0 || off > f.size || n > f.size-off {
		return nil, fmt.Errorf("%d bytes at offset %d are past the end of the %d-byte file", n, off, f.size)
	}
	if f.all != nil {
		return f.all[off : off+n : off+n], nil
	}
	b := make([]byte, n)
	if _, err := f.r.ReadAt(b, off); err != nil {
		return nil, err
	}
	return b, nil
}

// detectPageSize finds the page size as bbolt's DB.getPageSize does: from
// the first meta page, else from a second meta page at 1 KiB .. 16 MiB,
// else (if either could be read at all) the OS page size.
func (f *boltFile) detectPageSize() (int64, error) {
	readable := false
	buf := make([]byte, 0x1000)
	if n, err := f.r.ReadAt(buf, 0); err == nil && n == len(buf) {
		readable = true
		if m := parseMeta(buf[pageHeaderSize:]); m.validate() == nil {
			return int64(m.pageSize), nil
		}
	}
	for i := 0; i <= 14; i++ {
		pos := int64(1024) << i
		if pos >= f.size-1024 {
			break
		}
		clear(buf)
		n, err := f.r.ReadAt(buf, pos)
		if (err == nil && n == len(buf)) || (err == io.EOF && int64(n) == f.size-pos) {
			readable = true
			if m := parseMeta(buf[pageHeaderSize:]); m.validate() == nil {
				return int64(m.pageSize), nil
			}
		}
	}
	if readable {
		return int64(os.Getpagesize()), nil
	}
	return 0, berrors.ErrInvalid
}

// metas reads both meta pages and returns the one bbolt would use (DB.meta:
// the valid one with the higher txid) and the other one if it is valid too.
func (f *boltFile) metas() (use boltMeta, other *boltMeta, err error) {
	ps, err := f.detectPageSize()
	if err != nil {
		return boltMeta{}, nil, err
	}
	if ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0 {
		return boltMeta{}, nil, fmt.Errorf("page size %d is not a power of two between %d and %d: %w", ps, minPageSize, maxPageSize, berrors.ErrInvalid)
	}
	f.pageSize = ps
	if f.size < 2*ps {
		return boltMeta{}, nil, fmt.Errorf("file of %d bytes is shorter than its two %d-byte meta pages: %w", f.size, ps, berrors.ErrInvalid)
	}
	var m [2]boltMeta
	var errs [2]error
	for i := range m {
		b, err := f.read(int64(i)*ps+pageHeaderSize, metaSize)
		if err != nil {
			return boltMeta{}, nil, err
		}
		m[i] = parseMeta(b)
		errs[i] = m[i].validate()
	}
	if errs[0] != nil && errs[1] != nil {
		return boltMeta{}, nil, fmt.Errorf("both meta pages are damaged: %w", errs[0])
	}
	a, b := 0, 1
	if m[1].txid > m[0].txid {
		a, b = 1, 0
	}
	if errs[a] != nil {
		a, b = b, a
	}
	use = m[a]
	if errs[b] == nil {
		o := m[b]
		other = &o
	}
	if int64(use.pageSize) != ps {
		return boltMeta{}, nil, fmt.Errorf("meta page %d says the page size is %d, but the file's is %d", a, use.pageSize, ps)
	}
	return use, other, nil
}

// bitset is one bit per page.
type bitset []uint64

func newBitset(n uint64) bitset    { return make(bitset, (n+63)/64) }
func (s bitset) has(i uint64) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s bitset) set(i uint64)      { s[i/64] |= 1 << (i % 64) }
func (s bitset) setRange(a, b uint64) {
	for i := a; i <= b; i++ {
		s.set(i)
	}
}
func (s bitset) firstIn(a, b uint64) uint64 {
	for i := a; i <= b; i++ {
		if s.has(i) {
			return i
		}
	}
	return ^uint64(0)
}

// visitor receives what a walk finds. path is the chain of bucket names
// from the top level; it is empty for the root bucket's entries.
type visitor interface {
	// bucket is called for a nested bucket named key inside path, before
	// the walk enters it; an error rejects it.
	bucket(path [][]byte, key []byte) error
	// value is called for every key/value pair that is not a bucket.
	value(path [][]byte, key, value []byte) error
}

// walker walks a bucket tree. In strict mode the first problem ends the
// walk with an error; otherwise (salvage) damaged subtrees are noted in
// problems and skipped, so whatever is still readable is visited.
type walker struct {
	f        *boltFile
	hwm      uint64 // pages [0, hwm) exist
	seen     bitset // pages already visited (or meta / freelist)
	free     bitset // pages the freelist lists
	strict   bool
	v        visitor
	problems []string
	// work counts the pages page has looked at, overflow ranges included;
	// a walk that looks at more than a few times the file's pages is
	// stopped (only a damaged file's overflow counts can cause that).
	work uint64
}

func newWalker(f *boltFile, m boltMeta, strict bool, v visitor) *walker {
	hwm := m.hwm
	if max := uint64(f.size / f.pageSize); hwm > max {
		hwm = max // only in salvage mode: strict mode has refused it already
	}
	w := &walker{f: f, hwm: hwm, seen: newBitset(hwm), free: newBitset(hwm), strict: strict, v: v}
	for i := uint64(0); i < 2 && i < hwm; i++ {
		w.seen.set(i)
	}
	return w
}

// note records a problem; in strict mode it is the walk's error.
func (w *walker) note(err error) error {
	if w.strict {
		return err
	}
	w.problems = append(w.problems, err.Error())
	return nil
}

// page reads page id and its overflow pages, checking that it is what bbolt
// would accept (tx.page's FastCheck) and that no page is visited twice.
func (w *walker) page(id uint64, wantFlags ...uint16) ([]byte, error) {
	if id < 2 || id >= w.hwm {
		return nil, fmt.Errorf("page %d is outside the file's pages 2..%d", id, w.hwm-1)
	}
	hdr, err := w.f.read(int64(id)*w.f.pageSize, pageHeaderSize)
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	if got := native.Uint64(hdr[0:]); got != id {
		return nil, fmt.Errorf("page %d identifies itself as page %d", id, got)
	}
	flags := native.Uint16(hdr[8:])
	ok := false
	for _, f := range wantFlags {
		ok = ok || flags == f
	}
	if !ok {
		return nil, fmt.Errorf("page %d has type flags %#x, want %#x", id, flags, wantFlags)
	}
	last := id + uint64(native.Uint32(hdr[12:]))
	if w.work += 1 + min(last-id, w.hwm); w.work > 4*w.hwm+64 {
		return nil, fmt.Errorf("page %d: the walk looked at %d pages of a %d-page file; stopped", id, w.work, w.hwm)
	}
	err = nil
	if last >= w.hwm || last < id {
		err = fmt.Errorf("page %d overflows to page %d, past the last page %d", id, last, w.hwm-1)
	} else if p := w.seen.firstIn(id, last); p != ^uint64(0) {
		err = fmt.Errorf("page %d is referenced twice (reached again from page %d)", p, id)
	} else if p := w.free.firstIn(id, last); p != ^uint64(0) {
		err = fmt.Errorf("page %d is in use and also on the freelist", p)
	}
	if err != nil && !w.strict && !w.seen.has(id) {
		// Salvage: a damaged overflow count is the likeliest cause, so
		// read the page alone. Every page is still read at most once.
		w.problems = append(w.problems, err.Error())
		last, err = id, nil
	}
	if err != nil {
		return nil, err
	}
	w.seen.setRange(id, last)
	return w.f.read(int64(id)*w.f.pageSize, int64(last-id+1)*w.f.pageSize)
}

// freelist reads the freelist page and marks its ids free.
func (w *walker) freelist(id uint64) error {
	span, err := w.page(id, flagFreelist)
	if err != nil {
		return fmt.Errorf("freelist: %w", err)
	}
	n, idx := uint64(native.Uint16(span[10:])), uint64(0)
	if n == 0xFFFF {
		if len(span) < pageHeaderSize+8 {
			return errors.New("freelist: no room for its count")
		}
		n, idx = native.Uint64(span[pageHeaderSize:]), 1
	}
	if n > w.hwm {
		return fmt.Errorf("freelist: %d free pages in a file of %d pages", n, w.hwm)
	}
	if (idx+n)*8 > uint64(len(span)-pageHeaderSize) {
		return fmt.Errorf("freelist: %d ids do not fit in its %d bytes", n, len(span))
	}
	last := id + uint64(len(span))/uint64(w.f.pageSize) - 1
	for i := idx; i < idx+n; i++ {
		p := native.Uint64(span[pageHeaderSize+8*i:])
		switch {
		case p < 2 || p >= w.hwm:
			return fmt.Errorf("freelist: free page %d is outside the file's pages 2..%d", p, w.hwm-1)
		case p >= id && p <= last:
			return fmt.Errorf("freelist: lists its own page %d as free", p)
		case w.free.has(p):
			return fmt.Errorf("freelist: page %d is listed twice", p)
		}
		w.free.set(p)
	}
	return nil
}

// bucket walks the bucket stored in value (a bucket header, then an inline
// page when its root is 0).
func (w *walker) bucket(path [][]byte, value []byte) error {
	if len(path) > maxBucketDepth {
		return fmt.Errorf("buckets nested more than %d deep", maxBucketDepth)
	}
	if len(value) < bucketHeaderSize {
		return fmt.Errorf("bucket %s: header of %d bytes, want %d", showPath(path), len(value), bucketHeaderSize)
	}
	root := native.Uint64(value)
	if root != 0 {
		if len(value) != bucketHeaderSize {
			return fmt.Errorf("bucket %s: %d bytes of header for a bucket on its own pages, want %d", showPath(path), len(value), bucketHeaderSize)
		}
		return w.tree(path, root, nil, nil, 0)
	}
	pg := value[bucketHeaderSize:]
	if len(pg) < pageHeaderSize {
		return fmt.Errorf("bucket %s: inline page of %d bytes", showPath(path), len(pg))
	}
	if f := native.Uint16(pg[8:]); f != flagLeaf {
		return fmt.Errorf("bucket %s: inline page has type flags %#x, want a leaf", showPath(path), f)
	}
	return w.leaf(path, pg, nil, nil, true)
}

// tree walks the B+tree page id of the bucket at path, whose keys must lie
// in [min, max) (nil: unbounded). Below the root (min is then the parent's
// key for the page), the page's first key must be min itself: bbolt finds a
// page's entry in its parent by that key when it rewrites the page, and a
// mismatch would leave the parent pointing at the freed old page.
func (w *walker) tree(path [][]byte, id uint64, min, max []byte, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("bucket %s: tree deeper than %d at page %d", showPath(path), maxTreeDepth, id)
	}
	span, err := w.page(id, flagBranch, flagLeaf)
	if err != nil {
		return fmt.Errorf("bucket %s: %w", showPath(path), err)
	}
	count := int(native.Uint16(span[10:]))
	if depth > 0 && count == 0 {
		return fmt.Errorf("bucket %s: page %d below the root has no elements", showPath(path), id)
	}
	if native.Uint16(span[8:]) == flagLeaf {
		return w.leaf(path, span, min, max, false)
	}
	if count == 0 {
		return fmt.Errorf("bucket %s: branch page %d has no elements", showPath(path), id)
	}
	if pageHeaderSize+count*elementSize > len(span) {
		return fmt.Errorf("bucket %s: page %d: %d elements do not fit in %d bytes", showPath(path), id, count, len(span))
	}
	type child struct {
		key []byte
		id  uint64
	}
	kids := make([]child, count)
	for i := range kids {
		off := pageHeaderSize + i*elementSize
		pos, ksize := native.Uint32(span[off:]), native.Uint32(span[off+4:])
		key, err := slice(span, off, pos, ksize, 0)
		if err != nil {
			return fmt.Errorf("bucket %s: page %d element %d: %w", showPath(path), id, i, err)
		}
		err = checkKey(key, kids, i, min, max, func(c child) []byte { return c.key })
		if err == nil && i == 0 && min != nil && !bytes.Equal(key, min) {
			err = fmt.Errorf("first key %x is not its parent's key %x", key, min)
		}
		if err != nil {
			return fmt.Errorf("bucket %s: page %d element %d: %w", showPath(path), id, i, err)
		}
		kids[i] = child{key, native.Uint64(span[off+8:])}
	}
	for i, c := range kids {
		hi := max
		if i+1 < len(kids) {
			hi = kids[i+1].key
		}
		if err := w.tree(path, c.id, c.key, hi, depth+1); err != nil {
			if err := w.note(err); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkKey checks that key is not empty, comes after the previous key and
// lies in [min, max).
func checkKey[T any](key []byte, prev []T, i int, min, max []byte, keyOf func(T) []byte) error {
	switch {
	case len(key) == 0:
		return errors.New("empty key")
	case i > 0 && bytes.Compare(keyOf(prev[i-1]), key) >= 0:
		return fmt.Errorf("key %x is not after the previous key %x", key, keyOf(prev[i-1]))
	case min != nil && bytes.Compare(key, min) < 0:
		return fmt.Errorf("key %x is before its parent's key %x", key, min)
	case max != nil && bytes.Compare(key, max) >= 0:
		return fmt.Errorf("key %x is not before the next parent key %x", key, max)
	}
	return nil
}

// slice returns the ksize+vsize bytes at element offset off + pos in b.
func slice(b []byte, off int, pos, ksize, vsize uint32) ([]byte, error) {
	start := uint64(off) + uint64(pos)
	end := start + uint64(ksize) + uint64(vsize)
	if end > uint64(len(b)) {
		return nil, fmt.Errorf("key/value at %d..%d is past the end of its %d-byte page", start, end, len(b))
	}
	return b[start:end], nil
}

// leaf walks the entries of a leaf page (inline: the page inside a bucket
// value, which may not hold buckets).
func (w *walker) leaf(path [][]byte, span []byte, min, max []byte, inline bool) error {
	count := int(native.Uint16(span[10:]))
	if pageHeaderSize+count*elementSize > len(span) {
		return fmt.Errorf("bucket %s: leaf: %d elements do not fit in %d bytes", showPath(path), count, len(span))
	}
	keys := make([][]byte, 0, count)
	for i := range count {
		off := pageHeaderSize + i*elementSize
		flags, pos := native.Uint32(span[off:]), native.Uint32(span[off+4:])
		ksize, vsize := native.Uint32(span[off+8:]), native.Uint32(span[off+12:])
		kv, err := slice(span, off, pos, ksize, vsize)
		if err == nil && flags&^leafIsBucket != 0 {
			err = fmt.Errorf("element flags %#x", flags)
		}
		var key []byte
		if err == nil {
			key = kv[:ksize]
			err = checkKey(key, keys, i, min, max, func(k []byte) []byte { return k })
		}
		if err == nil && i == 0 && min != nil && !bytes.Equal(key, min) {
			err = fmt.Errorf("first key %x is not its parent's key %x", key, min)
		}
		if err != nil {
			// Without a trustworthy key the rest of the page cannot be
			// ordered either.
			return w.note(fmt.Errorf("bucket %s: leaf element %d: %w", showPath(path), i, err))
		}
		keys = append(keys, key)
		val := kv[ksize:]
		if flags&leafIsBucket == 0 {
			if err := w.v.value(path, key, val); err != nil {
				if err := w.note(fmt.Errorf("bucket %s: key %x: %w", showPath(path), key, err)); err != nil {
					return err
				}
			}
			continue
		}
		sub := append(path[:len(path):len(path)], key)
		err = w.v.bucket(path, key)
		if err == nil && inline {
			err = errors.New("an inline bucket holds a bucket")
		}
		if err == nil {
			err = w.bucket(sub, val)
		} else {
			err = fmt.Errorf("bucket %s: %w", showPath(sub), err)
		}
		if err != nil {
			if err := w.note(err); err != nil {
				return err
			}
		}
	}
	return nil
}

func showPath(path [][]byte) string {
	if len(path) == 0 {
		return "(root)"
	}
	var b []byte
	for i, p := range path {
		if i > 0 {
			b = append(b, '/')
		}
		if printable(p) {
			b = append(b, p...)
		} else {
			b = fmt.Appendf(b, "%x", p)
		}
	}
	return string(b)
}

func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return len(b) > 0
}

// checkFile checks that the bbolt file read through r is structurally sound
// and laid out as a kappa journal (schema below), so that bbolt can open it
// without faulting, hanging or panicking. It reads every page at most once.
func checkFile(r io.ReaderAt, size int64) error {
	f := newBoltFile(r, size)
	m, _, err := f.metas()
	if err != nil {
		return err
	}
	pages := uint64(size / f.pageSize)
	switch {
	case m.hwm < 2 || m.hwm > pages:
		return fmt.Errorf("meta: %d pages in use, but the file has %d", m.hwm, pages)
	case m.root < 2 || m.root >= m.hwm:
		return fmt.Errorf("meta: root page %d is outside the file's pages 2..%d", m.root, m.hwm-1)
	case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.hwm):
		return fmt.Errorf("meta: freelist page %d is outside the file's pages 2..%d", m.freelist, m.hwm-1)
	}
	w := newWalker(f, m, true, schema{})
	if m.freelist != noFreelist {
		if err := w.freelist(m.freelist); err != nil {
			return err
		}
	}
	if err := w.tree(nil, m.root, nil, nil, 0); err != nil {
		return err
	}
	if m.freelist != noFreelist {
		for p := uint64(2); p < w.hwm; p++ {
			if !w.seen.has(p) && !w.free.has(p) {
				return fmt.Errorf("page %d is neither in use nor free", p)
			}
		}
	}
	return nil
}

// schema is the strict visitor: the journal's buckets hold keys and values
// of the lengths this package writes (docs/JOURNAL.md), and buckets and
// values where it puts them, so that no reader trips over them. Values are
// not decoded: a damaged JSON value fails the read that decodes it, with an
// error, and leaves the rest of the journal usable.
type schema struct{}

func (schema) bucket(path [][]byte, key []byte) error {
	switch {
	case len(path) == 0:
		return nil // a top-level bucket
	case len(path) == 1 && string(path[0]) == string(bucketLabels):
		if len(key) != chunkKeyLen {
			return fmt.Errorf("chunk key of %d bytes", len(key))
		}
		return nil
	case len(path) == 1 && string(path[0]) == string(bucketQueues):
		return nil
	case knownBucket(path[0]):
		return errors.New("a nested bucket where values belong")
	}
	return nil // a bucket this version does not know: its own business
}

func knownBucket(name []byte) bool {
	for _, b := range allBuckets {
		if bytes.Equal(b, name) {
			return true
		}
	}
	return false
}

func (schema) value(path [][]byte, key, value []byte) error {
	if len(path) == 0 {
		return errors.New("a value at the top level, where only buckets belong")
	}
	name := string(path[0])
	if len(path) == 1 && (name == string(bucketLabels) || name == string(bucketQueues)) {
		return errors.New("a value where buckets belong")
	}
	want := func(what string, got, n int) error {
		if got != n {
			return fmt.Errorf("%s of %d bytes, want %d", what, got, n)
		}
		return nil
	}
	switch name {
	case string(bucketLabels):
		return want("task key", len(key), 4)
	case string(bucketChunks):
		return want("chunk key", len(key), chunkKeyLen)
	case string(bucketIntents):
		return want("intent id", len(key), 8)
	case string(bucketIntentKeys):
		return want("intent id", len(value), 8)
	case string(bucketNonces):
		return want("nonce index key", len(key), nonceKeyLen)
	case string(bucketQueues):
		return want("queue sequence", len(key), 8)
	case string(bucketMeta):
		if string(key) == string(keyVersion) {
			return want("schema version", len(value), 4)
		}
	}
	return nil
}
