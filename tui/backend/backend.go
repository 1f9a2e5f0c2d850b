package backend

import (
	"context"
	"math/big"
)

// Backend is everything the screens read from and write to the campaign
// client. Implementations talk to the chain, IPFS and the local journal.
//
// Contract shared by every method:
//   - Any call may be slow or fail; the screens call them only inside
//     tea.Cmd closures, never from Update or View, so the UI never blocks.
//   - Calls are made from several goroutines at once; implementations must be
//     safe for concurrent use.
//   - Implementations honour ctx cancellation and return wrapped errors whose
//     text is fit for the status line (it is shown to the user verbatim).
//   - Returned values are owned by the caller: the screens may keep them, and
//     the implementation must not mutate them afterwards (*big.Int included).
//   - Token amounts are *big.Int in the token's base units, never floats.
//     A nil amount means "unknown" and is shown as such.
type Backend interface {
	// Campaign returns the campaign the client is bound to and the token it
	// pays in. Called once at start-up and on refresh.
	Campaign(ctx context.Context) (Campaign, error)

	// Schema returns the campaign's labeling schema (from IPFS, validated).
	Schema(ctx context.Context) (Schema, error)

	// Status returns the fast-changing state shown in the status bar and the
	// background submissions. The UI polls it every few seconds, so it must
	// answer from local state and cached chain reads, not with fresh round
	// trips each time.
	Status(ctx context.Context) (Status, error)

	// Chunks returns the chunks assigned to the user (claimed, in any state
	// up to finalized) and the chunks the user could claim now.
	Chunks(ctx context.Context) ([]Chunk, error)

	// Claim claims a claimable chunk (Merkle proof, reputation check,
	// transaction confirmed) and returns it in its new state.
	Claim(ctx context.Context, chunk uint64) (Chunk, error)

	// Work asks for a seat in a campaign whose seats are assigned
	// (Campaign.SeatsAssigned): the hub draws the chunk, which is returned
	// in its new state (transactions confirmed).
	Work(ctx context.Context) (Chunk, error)

	// Tasks returns the tasks of an assigned chunk in manifest order,
	// together with the labels already given to them (from the journal), so
	// that a restarted client resumes where the annotator stopped.
	Tasks(ctx context.Context, chunk uint64) ([]Task, error)

	// SaveLabel records a label the moment it is given. When it returns nil
	// the label is durable (journaled); a second call for the same task
	// replaces the first. It fails once the chunk is committed.
	SaveLabel(ctx context.Context, l GivenLabel) error

	// ClearLabel removes the label of a task (undo). It fails once the chunk
	// is committed.
	ClearLabel(ctx context.Context, chunk uint64, task string) error

	// Submit hands a fully labeled chunk to the background submitter: the
	// implementation records the intent, returns, and then commits, waits for
	// the reveal window and reveals on its own. Progress is reported through
	// Status().Submissions. Submitting twice is harmless.
	Submit(ctx context.Context, chunk uint64) error

	// Feedback returns the outcomes of the user's finalized chunks, newest
	// first.
	Feedback(ctx context.Context) ([]ChunkFeedback, error)

	// Review returns the open disputes the user may resolve and the user's
	// earnings as a reviewer.
	Review(ctx context.Context) (Review, error)

	// Resolve settles a dispute with the final label (label ids; exactly one
	// for single-label schemas) and returns the confirmed transaction.
	Resolve(ctx context.Context, chunk uint64, task string, labels []string) (Tx, error)

	// Pilot returns the per-annotator figures of the campaign's pilot.
	Pilot(ctx context.Context) (PilotReport, error)

	// Wallet returns the user's address, balances and recent transactions.
	Wallet(ctx context.Context) (Wallet, error)

	// Withdraw transfers amount of the user's credited balance to the wallet
	// address in one transfer and returns the confirmed transaction.
	Withdraw(ctx context.Context, amount *big.Int) (Tx, error)

	// WithdrawKeeping transfers the user's credited balance above keep (its
	// stake for the seats to come) in one transfer.
	WithdrawKeeping(ctx context.Context, keep *big.Int) (Tx, error)
}
