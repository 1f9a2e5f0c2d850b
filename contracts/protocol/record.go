package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// FreeLane is the value a lane holds when no chunk occupies it.
var FreeLane = common.BigToHash(big.NewInt(1))

// ChunkStatus is the status field of a record's header word.
type ChunkStatus uint8

// Chunk statuses of a lane's record. A finalized chunk without disputes has no
// record: its lane is free again.
const (
	ChunkActive   ChunkStatus = 1 // claims, commits and reveals
	ChunkDisputed ChunkStatus = 2 // finalized, some tasks wait for a reviewer
)

// SeatStatus is the status field of a seat word.
type SeatStatus uint8

// Seat statuses.
const (
	SeatEmpty     SeatStatus = 0
	SeatClaimed   SeatStatus = 1
	SeatCommitted SeatStatus = 2
	SeatRevealed  SeatStatus = 3
	SeatExcluded  SeatStatus = 4 // after finalize: never revealed, or failed gold
)

// Seat is one annotator's place in a chunk.
type Seat struct {
	Annotator common.Address
	ClaimedAt uint64
	Status    SeatStatus
	// Data is the commitment (SeatCommitted) or LabelsHash of the revealed
	// labels (SeatRevealed, and kept for SeatExcluded after a reveal).
	Data common.Hash
}

// Record is the state of a chunk in a lane. The lane stores keccak256 of its
// words; every transaction passes the words back (Words) for the hub to check.
//
// Words: [head, gold/disputes, seat0, data0, seat1, data1, ...] where the
// second word is the gold commitment while the chunk is active and the
// dispute mask (bit t = task t) once it is disputed.
//
//	head  bits 0..63 chunkId, 64..71 tier, 72..87 size, 88..95 status,
//	      96..135 openedAt, 136..175 revealAt (0 until all k committed),
//	      176..215 finalizedAt, 216..247 minReputation (of the chunk's tier,
//	      copied at open so that later claims need not read the tier)
//	seat  bits 0..159 annotator, 160..199 claimedAt, 200..207 status
type Record struct {
	ChunkID        uint64
	Tier           uint8
	Size           uint16
	Status         ChunkStatus
	OpenedAt       uint64
	RevealAt       uint64
	FinalizedAt    uint64
	MinReputation  uint32
	GoldCommitment common.Hash
	Disputes       *big.Int // bit t: task t awaits a reviewer
	Seats          []Seat   // exactly k
}

const max40 = 1<<40 - 1

// NewRecord is the record claimOpen writes: seat 0 taken by opener at now;
// minRep is the minimum reputation of the leaf's tier.
func NewRecord(leaf Leaf, minRep uint32, k int, opener common.Address, now uint64) Record {
	r := Record{
		ChunkID: leaf.ChunkID, Tier: leaf.Tier, Size: leaf.Size, Status: ChunkActive, MinReputation: minRep,
		OpenedAt: now, GoldCommitment: leaf.GoldCommitment, Disputes: new(big.Int),
		Seats: make([]Seat, k),
	}
	r.Seats[0] = Seat{Annotator: opener, ClaimedAt: now, Status: SeatClaimed}
	return r
}

// Clone returns a deep copy.
func (r Record) Clone() Record {
	c := r
	c.Seats = append([]Seat(nil), r.Seats...)
	if r.Disputes != nil {
		c.Disputes = new(big.Int).Set(r.Disputes)
	}
	return c
}

// Words encodes the record as the uint256[] the hub takes.
func (r Record) Words() []*big.Int {
	w := make([]*big.Int, 2+2*len(r.Seats))
	head := new(big.Int).SetUint64(r.ChunkID)
	or := func(x *big.Int, v uint64, shift uint) {
		x.Or(x, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift))
	}
	or(head, uint64(r.Tier), 64)
	or(head, uint64(r.Size), 72)
	or(head, uint64(r.Status), 88)
	or(head, r.OpenedAt&max40, 96)
	or(head, r.RevealAt&max40, 136)
	or(head, r.FinalizedAt&max40, 176)
	or(head, uint64(r.MinReputation), 216)
	w[0] = head
	w[1] = new(big.Int).SetBytes(r.GoldCommitment[:])
	if r.Status == ChunkDisputed {
		w[1] = new(big.Int)
		if r.Disputes != nil {
			w[1].Set(r.Disputes)
		}
	}
	for i, s := range r.Seats {
		sw := new(big.Int).SetBytes(s.Annotator[:])
		or(sw, s.ClaimedAt&max40, 160)
		or(sw, uint64(s.Status), 200)
		w[2+2*i] = sw
		w[3+2*i] = new(big.Int).SetBytes(s.Data[:])
	}
	return w
}

// Hash is what the lane holds for this record: keccak256 of its words.
func (r Record) Hash() common.Hash {
	buf := make([]byte, 0, 32*(2+2*len(r.Seats)))
	for _, w := range r.Words() {
		buf = append(buf, word32(w)...)
	}
	return crypto.Keccak256Hash(buf)
}

func field(x *big.Int, shift, width uint) uint64 {
	v := new(big.Int).Rsh(x, shift)
	return v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))).Uint64()
}

// DecodeRecord parses record words (for example from calldata of a past
// transaction) for a campaign with replication k.
func DecodeRecord(words []*big.Int, k int) (Record, error) {
	if len(words) != 2+2*k {
		return Record{}, fmt.Errorf("decode record: %d words, want %d for k=%d", len(words), 2+2*k, k)
	}
	if err := checkWords("decode record", words); err != nil {
		return Record{}, err
	}
	h := words[0]
	r := Record{
		ChunkID: field(h, 0, 64), Tier: uint8(field(h, 64, 8)), Size: uint16(field(h, 72, 16)),
		Status: ChunkStatus(field(h, 88, 8)), OpenedAt: field(h, 96, 40), RevealAt: field(h, 136, 40),
		FinalizedAt: field(h, 176, 40), MinReputation: uint32(field(h, 216, 32)),
		Disputes: new(big.Int), Seats: make([]Seat, k),
	}
	if r.Status == ChunkDisputed {
		r.Disputes.Set(words[1])
	} else {
		r.GoldCommitment = common.BigToHash(words[1])
	}
	for i := range r.Seats {
		sw := words[2+2*i]
		r.Seats[i] = Seat{
			Annotator: common.BigToAddress(new(big.Int).And(sw, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1)))),
			ClaimedAt: field(sw, 160, 40), Status: SeatStatus(field(sw, 200, 8)),
			Data: common.BigToHash(words[3+2*i]),
		}
	}
	return r, nil
}

// SeatOf returns the seat index annotator holds, or -1.
func (r Record) SeatOf(annotator common.Address) int {
	for i, s := range r.Seats {
		if s.Status != SeatEmpty && s.Annotator == annotator {
			return i
		}
	}
	return -1
}

// The Apply methods mirror the hub's transitions, so a client can follow a
// lane from its events (ChunkOpened, Claimed, Committed, Revealed, Finalized,
// Settled, Resolved) without trusting anyone but the chain.

// ApplyClaim puts annotator in seat at time now.
func (r *Record) ApplyClaim(seat int, annotator common.Address, now uint64) error {
	if seat < 0 || seat >= len(r.Seats) {
		return fmt.Errorf("claim chunk %d: seat %d out of range", r.ChunkID, seat)
	}
	r.Seats[seat] = Seat{Annotator: annotator, ClaimedAt: now, Status: SeatClaimed}
	return nil
}

// ApplyCommit records a seat's commitment; the k-th commit opens reveals at now.
func (r *Record) ApplyCommit(seat int, commitment common.Hash, now uint64) error {
	if seat < 0 || seat >= len(r.Seats) {
		return fmt.Errorf("commit chunk %d: seat %d out of range", r.ChunkID, seat)
	}
	r.Seats[seat].Status = SeatCommitted
	r.Seats[seat].Data = commitment
	for _, s := range r.Seats {
		if s.Status != SeatCommitted {
			return nil
		}
	}
	r.RevealAt = now
	return nil
}

// ApplyReveal records a seat's revealed labels (by their hash).
func (r *Record) ApplyReveal(seat int, labels []*big.Int) error {
	if seat < 0 || seat >= len(r.Seats) {
		return fmt.Errorf("reveal chunk %d: seat %d out of range", r.ChunkID, seat)
	}
	r.Seats[seat].Status = SeatRevealed
	r.Seats[seat].Data = LabelsHash(labels)
	return nil
}

// ApplyFinalize turns an active record into the disputed record finalize
// stores (when disputes is nonzero): excluded seats (unrevealed, or failed
// gold as the Settled events say) become SeatExcluded.
func (r *Record) ApplyFinalize(disputes *big.Int, excluded []bool, now uint64) {
	for i := range r.Seats {
		if r.Seats[i].Status == SeatEmpty {
			continue
		}
		if r.Seats[i].Status != SeatRevealed || (i < len(excluded) && excluded[i]) {
			r.Seats[i].Status = SeatExcluded
		}
	}
	r.Status = ChunkDisputed
	r.FinalizedAt = now
	r.Disputes = new(big.Int).Set(disputes)
}

// ApplyResolve clears resolved tasks from the dispute mask; it reports
// whether disputes remain (if not, the lane is free).
func (r *Record) ApplyResolve(taskMask *big.Int) bool {
	r.Disputes = new(big.Int).AndNot(r.Disputes, taskMask)
	return r.Disputes.Sign() != 0
}
