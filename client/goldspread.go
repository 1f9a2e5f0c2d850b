package client

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// spreadGold reorders one tier's tasks (cids and golds, in data order) so
// that cutting them into chunks of size puts exactly perChunk gold tasks in
// every chunk, of distinct answers as far as the pool allows (stratified:
// no fixed answer passes two gold tasks of a chunk), at positions drawn from
// the creation's secret seed, so that neither the data order nor a chunk's
// layout tells an annotator which tasks are gold. Gold tasks beyond
// perChunk x chunks become ordinary tasks (their answers unused).
// firstChunk is the id of the tier's first chunk (positions are drawn per
// chunk id).
//
// Why here and not in the data file: a requester holds a pool of tasks with
// known answers, usually grouped by class or at the start of the file; left
// where they are, the first chunks would hold all the gold and the rest
// none, which the hub's commitments hide until finalize but the revealed
// gold of early chunks would suggest.
func spreadGold(cids []string, golds []goldOf, size, perChunk int, single bool, firstChunk uint64, seed common.Hash) (outCIDs []string, outGolds []goldOf, err error) {
	if perChunk <= 0 || perChunk >= size {
		return nil, nil, fmt.Errorf("%d gold tasks per chunk of %d: want 1..%d", perChunk, size, size-1)
	}
	var pool, rest []int
	for i, g := range golds {
		if g.gold {
			pool = append(pool, i)
		} else {
			rest = append(rest, i)
		}
	}
	chunks := (len(cids) + size - 1) / size
	// Every chunk gets perChunk gold tasks, except that a short last chunk
	// keeps at least one ordinary task.
	quota := make([]int, chunks)
	need := 0
	for c := range quota {
		quota[c] = min(perChunk, min(size, len(cids)-c*size)-1)
		need += quota[c]
	}
	if len(pool) < need {
		return nil, nil, fmt.Errorf("%d gold tasks per chunk over %d chunks need %d gold tasks, the data has %d", perChunk, chunks, need, len(pool))
	}
	// Queues of gold tasks per answer, in data order.
	byValue := map[uint32][]int{}
	var values []uint32
	for _, i := range pool {
		v := golds[i].value
		if _, ok := byValue[v]; !ok {
			values = append(values, v)
		}
		byValue[v] = append(byValue[v], i)
	}
	picked := make([][]int, chunks)
	for c := range picked {
		// Each pick: an answer not yet in this chunk if one is left, and
		// among those the one with the most gold left (ties: the lower
		// answer), so every chunk's gold spans as many answers as it can
		// and no answer runs out before the last chunks.
		inChunk := map[uint32]bool{}
		for len(picked[c]) < quota[c] {
			best, found := uint32(0), false
			for _, v := range values {
				if len(byValue[v]) == 0 {
					continue
				}
				if !found || better(v, best, inChunk, byValue, single) {
					best, found = v, true
				}
			}
			if !found {
				break // cannot happen: the pool holds every quota
			}
			picked[c] = append(picked[c], byValue[best][0])
			byValue[best] = byValue[best][1:]
			inChunk[best] = true
		}
	}
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	// Gold left over joins the ordinary tasks, in data order.
	for _, v := range values {
		rest = append(rest, byValue[v]...)
	}
	sort.Ints(rest)
	for c := range chunks {
		n := min(size, len(cids)-c*size)
		slots := make([]int, 0, n)
		slots = append(slots, picked[c]...)
		take := n - len(picked[c])
		slots = append(slots, rest[:take]...)
		rest = rest[take:]
		rng := rand.New(rand.NewChaCha8(goldPositionsSeed(seed, firstChunk+uint64(c))))
		rng.Shuffle(len(slots), func(a, b int) { slots[a], slots[b] = slots[b], slots[a] })
		for _, i := range slots {
			outCIDs = append(outCIDs, cids[i])
			g := golds[i]
			if !slices.Contains(picked[c], i) {
				g = goldOf{} // a leftover gold task is an ordinary one here
			}
			outGolds = append(outGolds, g)
		}
	}
	return outCIDs, outGolds, nil
}

// better reports whether answer v is a better next gold pick for a chunk
// than cur: for single-label schemas an answer the chunk does not have yet
// first; then the answer with more gold left; then the lower answer.
func better(v, cur uint32, inChunk map[uint32]bool, left map[uint32][]int, single bool) bool {
	if single && inChunk[v] != inChunk[cur] {
		return !inChunk[v]
	}
	if lv, lc := len(left[v]), len(left[cur]); lv != lc {
		return lv > lc
	}
	return v < cur
}

// goldPositionsSeed derives the secret shuffle of a chunk's task order from
// the creation's gold seed (so a retry lays the chunk out the same way and
// nobody without the wallet can predict it).
func goldPositionsSeed(seed common.Hash, chunk uint64) [32]byte {
	return [32]byte(crypto.Keccak256Hash([]byte("kappa gold positions v1"), seed.Bytes(), binary.BigEndian.AppendUint64(nil, chunk)))
}
