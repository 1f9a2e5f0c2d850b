package protocol

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// AssignBlocks is the hub's ASSIGN_BLOCKS: a seat request may be assigned
// from its block + 2 until its block + AssignBlocks, after which it expires
// and its bond (one task's stake) is slashed.
const AssignBlocks = 256

// AssignStart is the lane the hub's assign starts probing from for a seat
// request made in block b: keccak256(abi.encode(blockhash(b+1), campaign,
// annotator, count)) mod lanes, where count is the request's number
// (requestOf). Nobody knows it before block b+1 exists.
func AssignStart(nextBlockHash common.Hash, campaign uint64, annotator common.Address, count uint64, lanes int) int {
	var buf [128]byte
	copy(buf[0:32], nextBlockHash[:])
	new(big.Int).SetUint64(campaign).FillBytes(buf[32:64])
	copy(buf[76:96], annotator[:])
	new(big.Int).SetUint64(count).FillBytes(buf[96:128])
	seed := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
	return int(seed.Mod(seed, big.NewInt(int64(lanes))).Int64())
}

// FreeSeat is the seat of r that assign gives annotator at chain time now,
// or -1: the chunk must be active and in its claim window, and the
// annotator must hold none of its seats; the first seat that is empty, or
// claimed and past its commit window (lapsed), is the one. The tier's
// minimum reputation (r.MinReputation) is the caller's to check.
func FreeSeat(r Record, annotator common.Address, now, claimWindow, commitWindow uint64) int {
	if r.Status != ChunkActive || now > r.OpenedAt+claimWindow || r.SeatOf(annotator) >= 0 {
		return -1
	}
	for i, s := range r.Seats {
		if s.Status == SeatEmpty || (s.Status == SeatClaimed && now > s.ClaimedAt+commitWindow) {
			return i
		}
	}
	return -1
}

// SeatRequestedTopic is the topic of the hub's SeatRequested event.
var SeatRequestedTopic = crypto.Keccak256Hash([]byte("SeatRequested(uint256,address,uint256,uint256)"))

// BlocksAfterSeatRequest is, for a dev chain that seals blocks only when
// transactions arrive, how many empty blocks to seal after a block with
// these logs: two after a seat request, so that the block whose hash draws
// it exists and assign's gas estimate (against the latest block) may run
// at once. It fits client/devnet/chain's Options.EmptyBlocksAfter.
func BlocksAfterSeatRequest(logs []*types.Log) int {
	for _, l := range logs {
		if len(l.Topics) > 0 && l.Topics[0] == SeatRequestedTopic {
			return 2
		}
	}
	return 0
}
