package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// autoMineAPI replaces eth_sendRawTransaction when blocks are mined on
// demand: it submits the transaction as go-ethereum does, then seals it into
// a block before answering. A sender that asks for the receipt right after
// sending finds it, as with Hardhat's or Anvil's automine. Without this,
// bind.WaitMined, which polls once a second, would usually miss the first
// look and cost every transaction a full second on the devnet.
//
// It is registered after the eth service, and go-ethereum's RPC registry
// lets a later method of the same namespace replace an earlier one.
type autoMineAPI struct {
	c *Chain
}

// SendRawTransaction is eth_sendRawTransaction: decode, the same checks
// as go-ethereum's (fee cap, replay protection), add to the pool, mine.
func (api *autoMineAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	b := api.c.backend.APIBackend
	// Blob sidecars signed before Osaka carry v0 proofs; the pool wants v1
	// once Osaka is active (go-ethereum converts them the same way).
	if sc := tx.BlobTxSidecar(); sc != nil && sc.Version == types.BlobSidecarVersion0 {
		if h := b.CurrentHeader(); b.ChainConfig().IsOsaka(h.Number, h.Time) {
			if err := sc.ToV1(); err != nil {
				return common.Hash{}, fmt.Errorf("blob sidecar conversion failed: %v", err)
			}
			tx = tx.WithBlobTxSidecar(sc)
		}
	}
	if err := checkTxFee(tx.GasPrice(), tx.Gas(), b.RPCTxFeeCap()); err != nil {
		return common.Hash{}, err
	}
	if !b.UnprotectedAllowed() && !tx.Protected() {
		return common.Hash{}, errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	}
	if err := b.SendTx(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	api.c.sealPending()
	return tx.Hash(), nil
}

// checkTxFee is go-ethereum's guard against fat-fingered fees (its own is
// internal): the fee cap is in ether, 0 means no cap.
func checkTxFee(gasPrice *big.Int, gas uint64, cap float64) error {
	if cap == 0 {
		return nil
	}
	fee := new(big.Float).Quo(
		new(big.Float).SetInt(new(big.Int).Mul(gasPrice, new(big.Int).SetUint64(gas))),
		new(big.Float).SetInt(big.NewInt(params.Ether)))
	if f, _ := fee.Float64(); f > cap {
		return fmt.Errorf("tx fee (%.2f ether) exceeds the configured cap (%.2f ether)", f, cap)
	}
	return nil
}
