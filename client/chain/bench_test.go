package chain

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// BenchmarkSendTransfer measures one Send end to end against an in-process
// dev node over HTTP: chain id check, gas estimate, fees, nonce, sign,
// journal (fsync), broadcast, block sealed on arrival, receipt polled every
// 5ms, journal update (fsync).
func BenchmarkSendTransfer(b *testing.B) {
	acct := newAccount(b)
	c, err := ethclient.Dial(startDevNode(b, acct.alloc()))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	j := openJournal(b, filepath.Join(b.TempDir(), "j.db"))
	cfg := fastConfig(acct, devChainID, j)
	cfg.PollInterval = 5 * time.Millisecond
	s := newSender(b, c, cfg)
	ctx := ctxT(b)
	for i := 0; b.Loop(); i++ {
		if _, err := s.Send(ctx, transfer(uint64(i), 1)); err != nil {
			b.Fatal(err)
		}
	}
}
