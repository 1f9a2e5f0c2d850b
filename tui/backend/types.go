package backend

import (
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client/token"
)

// Token describes the ERC-20 that pays rewards, for display: the client's
// token.Info (address, symbol, decimals), a pure value.
type Token = token.Info

// Campaign is the summary of the campaign the client is bound to.
type Campaign struct {
	Address    string // campaign contract address, 0x-hex
	Title      string
	Token      Token
	K          int // annotators per task (replication)
	Q          int // agreeing annotators needed (quorum)
	Chunks     int // chunks in the manifest
	TasksTotal int // tasks in the manifest
	// SeatsAssigned: the hub draws every seat (protocol v2): the user asks
	// for work (Backend.Work) instead of claiming a chunk of choice.
	SeatsAssigned bool
}

// Kind tells whether a task takes exactly one label or a set of labels.
type Kind int

// Schema kinds.
const (
	Single Kind = iota // exactly one label per task
	Multi              // any non-empty set of labels per task
)

// String returns "single" or "multi".
func (k Kind) String() string {
	if k == Multi {
		return "multi"
	}
	return "single"
}

// Label is one class of the schema.
type Label struct {
	ID          string // stable identifier written into label documents
	Name        string // shown to the annotator
	Hotkey      string // one key, as bubbletea names it ("1", "a", ...)
	Description string
}

// Tier is a difficulty tier: its reward per accepted label and the
// reputation needed to claim its chunks.
type Tier struct {
	Name          string
	Reward        *big.Int // base units per accepted label
	MinReputation int64
}

// Schema is the campaign's labeling schema.
type Schema struct {
	Title        string
	Instructions string // Markdown
	Kind         Kind
	Labels       []Label
	Tiers        []Tier
}

// LabelName returns the display name of a label id, or the id itself when
// the schema does not know it (so a stale id still shows something).
func (s Schema) LabelName(id string) string {
	for _, l := range s.Labels {
		if l.ID == id {
			return l.Name
		}
	}
	return id
}

// ChunkState is where a chunk stands from the user's point of view. The
// real backend maps the client's phase (client.Phase) onto it one to one;
// a locked chunk is ChunkClaimable with Eligible false.
type ChunkState int

// Chunk states, in protocol order.
const (
	ChunkClaimable  ChunkState = iota // open, the user may claim it
	ChunkAssigned                     // claimed by the user, being labeled
	ChunkCommitted                    // the user's commitment is on-chain
	ChunkRevealed                     // the user's labels are revealed
	ChunkFinalized                    // tallied and paid
	ChunkLapsed                       // the user did not commit or reveal in time
	ChunkDisputed                     // tallied; some tasks wait for a reviewer
	ChunkGoldMissed                   // tallied; the user's labels missed gold answers and were excluded
)

var chunkStateNames = [...]string{"claimable", "assigned", "committed", "revealed", "finalized", "lapsed", "disputed", "gold missed"}

// String returns the lower-case name of the state.
func (s ChunkState) String() string {
	if s < 0 || int(s) >= len(chunkStateNames) {
		return "unknown"
	}
	return chunkStateNames[s]
}

// Chunk is the unit of claiming, committing, revealing and paying.
type Chunk struct {
	ID            uint64
	Tier          string
	Tasks         int      // tasks in the chunk
	Labeled       int      // tasks the user has labeled (assigned chunks)
	Reward        *big.Int // base units per accepted label
	MinReputation int64
	State         ChunkState
	Eligible      bool      // for claimable chunks: the user's reputation suffices
	ClaimBy       time.Time // zero when not applicable
	CommitBy      time.Time
	RevealBy      time.Time
}

// Task is one text to label, with the label already given if any.
type Task struct {
	ID    string // task id; the CID of the task document
	Name  string // what to call it on screen (the requester's item id); ID when empty
	Chunk uint64
	Text  string
	Given []string // label ids already given (journal); nil when unlabeled
}

// GivenLabel is one label decision handed to the backend.
type GivenLabel struct {
	Chunk  uint64
	Task   string
	Labels []string      // label ids; exactly one for single-label schemas
	Spent  time.Duration // time the annotator spent on the item
}

// Phase is the progress of a chunk's background submission: the client's
// phase of the chunk, or the transaction being sent.
type Phase int

// Submission phases, in order. Failed is reported with Err set and may be
// retried by the backend (the phase then moves on again). Finalized,
// Disputed, GoldMissed and Lapsed are final.
const (
	Labeling Phase = iota
	Committing
	Committed
	Revealing
	Revealed
	Finalized
	Disputed
	GoldMissed // finalized; the user's labels missed gold answers and were excluded
	Lapsed     // the user's seat lapsed: a window closed before the submission went through
	Failed
)

var phaseNames = [...]string{"labeling", "committing", "committed", "revealing", "revealed", "finalized", "disputed", "gold missed", "lapsed", "failed"}

// String returns the lower-case name of the phase.
func (p Phase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return "unknown"
	}
	return phaseNames[p]
}

// Bad reports whether the phase is a failure or an unhappy end.
func (p Phase) Bad() bool { return p == Failed || p == GoldMissed || p == Lapsed }

// Tallied reports whether the chunk was finalized with the user's labels
// revealed: its feedback exists.
func (p Phase) Tallied() bool { return p == Finalized || p == Disputed || p == GoldMissed }

// Submission is the background submission state of one chunk.
type Submission struct {
	Chunk    uint64
	Phase    Phase
	CommitTx string    // hash once sent
	RevealTx string    // hash once sent
	RevealAt time.Time // when the reveal becomes due; zero if unknown
	Err      string    // last error, kept until the next success
}

// ConnState is the state of a connection to the chain or IPFS node.
type ConnState int

// Connection states.
const (
	ConnUnknown ConnState = iota
	ConnUp
	ConnDown
)

// Conn is a connection's state with a short detail ("block 1234",
// "dial tcp: refused").
type Conn struct {
	State  ConnState
	Detail string
}

// Status is the fast-changing state polled by the UI.
type Status struct {
	Chain       Conn
	IPFS        Conn
	Reputation  int64
	Pending     *big.Int // earned in revealed, not yet finalized chunks (estimate)
	Paid        *big.Int // credited by finalized chunks, withdrawn or not
	TasksDone   int      // campaign-wide tasks finalized
	Submissions []Submission
}

// Outcome is the result of one task of a finalized chunk for the user.
type Outcome struct {
	Task     string
	Text     string   // the task text (the screen shortens it)
	Mine     []string // the user's label ids
	Accepted []string // consensus or reviewer label ids; nil when none
	Gold     bool     // the task was a gold task
	Disputed bool     // no quorum; Accepted is the reviewer's if resolved
}

// Agreed reports whether the user's label equals the accepted one.
func (o Outcome) Agreed() bool {
	return o.Accepted != nil && sameSet(o.Mine, o.Accepted)
}

// RepChange is one reputation change and the reason the contract gave.
type RepChange struct {
	Delta  int64
	Reason string
}

// ChunkFeedback is the outcome of one finalized chunk for the user.
type ChunkFeedback struct {
	Chunk    uint64
	Tier     string
	Outcomes []Outcome
	Earned   *big.Int
	Rep      []RepChange
}

// Dispute is a task without quorum, waiting for a reviewer.
type Dispute struct {
	Chunk    uint64
	Task     string // task id (CID); Resolve takes it
	Name     string // what to call the task on screen; Task when empty
	Text     string
	Reveals  []Reveal
	Fee      *big.Int // reviewer fee for resolving it
	Deadline time.Time
}

// Title is what the screen calls the disputed task.
func (d Dispute) Title() string {
	if d.Name != "" {
		return d.Name
	}
	return d.Task
}

// Reveal is one annotator's revealed label on a disputed task.
type Reveal struct {
	Annotator  string // 0x-hex address
	Reputation int64
	Labels     []string
}

// Review is the reviewer's view: open disputes and earnings so far.
type Review struct {
	Eligible bool   // the user may resolve disputes
	Reason   string // why not, when not eligible
	Earned   *big.Int
	Disputes []Dispute
}

// PilotRow is one annotator's pilot figures. Rates are kept as exact
// counts; the screen formats them.
type PilotRow struct {
	Annotator        string
	Items            int
	Median, P90      time.Duration // time per item
	ConsensusErrors  int
	ConsensusChecked int
	GoldErrors       int
	GoldChecked      int
	Earnings         *big.Int
	Hours            time.Duration // labeling time the earnings were made in
}

// PilotReport is the pilot table.
type PilotReport struct {
	Rows []PilotRow
}

// Tx is a transaction the user sent.
type Tx struct {
	Hash   string
	Kind   string // "claim", "commit", "reveal", "withdraw", "resolve", ...
	Amount *big.Int
	Status string // "pending", "confirmed", "failed"
	At     time.Time
	Err    string
}

// Wallet is the user's address, balances and recent transactions.
type Wallet struct {
	Address  string
	Balance  *big.Int // token balance of the address
	Credited *big.Int // withdrawable balance on the campaign's ledger
	Pending  *big.Int // expected from chunks not yet finalized
	// Stake is what a seat of the campaign stakes per task; Staked what
	// the user's seats of unfinalized chunks lock now (back at finalize
	// unless slashed); Slashed what its seats lost (burned).
	Stake, Staked, Slashed *big.Int
	// StakeReserve is what withdrawing with the stake kept leaves credited:
	// the stake of four seats of the campaign's largest chunk.
	StakeReserve *big.Int
	Txs          []Tx // newest first
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[string]int, len(a))
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}
