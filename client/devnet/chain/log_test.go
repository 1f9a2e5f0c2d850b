package chain

import (
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/log"
)

// CHAIN_DEBUG=1 go test shows go-ethereum's debug log on stderr, for
// diagnosing a failing test; by default the log is discarded.
func init() {
	if os.Getenv("CHAIN_DEBUG") != "" {
		log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, slog.LevelDebug, false)))
	}
}
