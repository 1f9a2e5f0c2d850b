package chain

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
)

// instantLoop mines a block whenever the pool gets executable transactions,
// the way geth --dev.period 0 does, until every executable transaction is
// in a block. Receiving events and sealing run in separate goroutines, as in
// geth: the pool publishes events from inside its own reset, which sealing
// waits for, so a sealer that also had to receive would deadlock.
func (c *Chain) instantLoop(newTxs <-chan core.NewTxsEvent, sub event.Subscription) {
	defer close(c.loopDone)
	var (
		doSeal   = make(chan struct{}, 1)
		sealDone = make(chan struct{})
	)
	defer sub.Unsubscribe()
	doSeal <- struct{}{} // mine whatever the pool already holds
	go func() {
		defer close(sealDone)
		for range doSeal {
			c.sealPending()
		}
	}()
	defer func() {
		close(doSeal)
		<-sealDone
	}()
	for {
		select {
		case <-c.stop:
			return
		case <-sub.Err():
			return
		case <-newTxs:
			select {
			case doSeal <- struct{}{}:
			default: // a pass is already queued and will see this transaction
			}
		}
	}
}

// maxSealRounds bounds the blocks sealed for one burst of transactions. A
// transaction the miner refuses to include (say, a tip below the miner's
// floor) stays executable in the pool; geth's own loop spins on it forever,
// this one gives up until the next transaction arrives.
const maxSealRounds = 64

func (c *Chain) sealPending() {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed || c.beacon == nil { // closed, or a transaction raced Start
		return
	}
	pool := c.backend.TxPool()
	for range maxSealRounds {
		if err := pool.Sync(); err != nil {
			return
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
		c.beacon.Commit()
		for range c.emptyAfterHead() {
			c.beacon.Commit()
		}
		if err := c.persist(); err != nil {
			log.Warn("Dev chain block not synced to disk", "err", err)
		}
	}
}

// emptyAfterHead is how many empty blocks Options.EmptyBlocksAfter asks
// for after the head block. Callers hold sealMu.
func (c *Chain) emptyAfterHead() int {
	if c.emptyBlocksAfter == nil {
		return 0
	}
	bc := c.backend.BlockChain()
	var logs []*types.Log
	for _, r := range bc.GetReceiptsByHash(bc.CurrentBlock().Hash()) {
		logs = append(logs, r.Logs...)
	}
	return c.emptyBlocksAfter(logs)
}

// persist makes the blocks sealed so far durable on disk (an fsync of the
// database's write-ahead log) before anyone is told they exist: go-ethereum
// writes blocks without syncing, so a killed process would otherwise lose
// the last moments of the chain, transactions its clients saw mined
// included. Callers hold sealMu. In-memory chains have nothing to sync.
func (c *Chain) persist() error {
	if c.dir == "" {
		return nil
	}
	if err := c.backend.ChainDb().SyncKeyValue(); err != nil {
		return fmt.Errorf("sync chain database: %w", err)
	}
	return nil
}

// periodLoop mines a block every period, empty or not.
func (c *Chain) periodLoop(period time.Duration) {
	defer close(c.loopDone)
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-ticker.C:
			c.sealMu.Lock()
			if !c.closed {
				c.beacon.Commit()
				if err := c.persist(); err != nil {
					log.Warn("Dev chain block not synced to disk", "err", err)
				}
			}
			c.sealMu.Unlock()
		}
	}
}

// Mine seals one block now with whatever executable transactions the pool
// holds, and returns its hash. Only needed with a BlockPeriod, or to force an
// empty block.
func (c *Chain) Mine() (common.Hash, error) {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return common.Hash{}, ErrClosed
	}
	before := c.backend.BlockChain().CurrentBlock().Number.Uint64()
	hash := c.beacon.Commit()
	if err := c.persist(); err != nil {
		return common.Hash{}, fmt.Errorf("mine: %w", err)
	}
	if after := c.backend.BlockChain().CurrentBlock().Number.Uint64(); after != before+1 {
		return common.Hash{}, fmt.Errorf("mine: head stayed at block %d", after)
	}
	return hash, nil
}

// AdvanceTime seals an empty block whose timestamp is d (whole seconds, at
// least one) after the current head's, so that contracts see a commit or
// reveal window close. Transactions waiting in the pool are mined first, at
// the old time. Later blocks never go back in time: they are stamped with
// the wall clock or one second after their parent, whichever is later.
func (c *Chain) AdvanceTime(d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("advance time by %v: must be at least one second", d)
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return fmt.Errorf("advance time by %v: %w", d, ErrClosed)
	}
	pool := c.backend.TxPool()
	// A transaction can reach the pool between the drain and the time jump
	// (sends do not take sealMu); the beacon then refuses the jump: mine it
	// and try again.
	var before *types.Header
	for attempt := 0; ; attempt++ {
		for range maxSealRounds {
			if err := pool.Sync(); err != nil {
				return fmt.Errorf("advance time by %v: sync pool: %w", d, err)
			}
			if executable, _ := pool.Stats(); executable == 0 {
				break
			}
			c.beacon.Commit()
			if err := c.persist(); err != nil {
				return fmt.Errorf("advance time by %v: %w", d, err)
			}
		}
		before = c.backend.BlockChain().CurrentBlock()
		err := c.beacon.AdjustTime(d)
		if err == nil {
			break
		}
		if attempt >= maxSealRounds || !strings.Contains(err.Error(), "non-empty block") {
			return fmt.Errorf("advance time by %v: %w", d, err)
		}
	}
	if err := c.persist(); err != nil {
		return fmt.Errorf("advance time by %v: %w", d, err)
	}
	after := c.backend.BlockChain().CurrentBlock()
	if after.Number.Uint64() != before.Number.Uint64()+1 {
		return fmt.Errorf("advance time by %v: head stayed at block %d", d, after.Number)
	}
	return nil
}
