package clientbackend

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/contracts/bindings"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Feedback returns the outcomes of the chunks the user revealed labels in
// and that were finalized, newest finalize first.
func (b *Backend) Feedback(ctx context.Context) ([]backend.ChunkFeedback, error) {
	chunks, err := b.c.FeedbackChunks(ctx)
	if err != nil {
		return nil, fmt.Errorf("feedback: %w", err)
	}
	m, _ := b.c.Manifest()
	out := make([]backend.ChunkFeedback, 0, len(chunks))
	for _, id := range chunks {
		fb, err := b.c.Feedback(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("feedback: %w", err)
		}
		ids, err := b.taskIDs(id)
		if err != nil {
			return nil, err
		}
		cf := backend.ChunkFeedback{Chunk: id, Earned: new(big.Int)}
		if mc, ok := m.Chunk(id); ok && int(mc.Tier) < len(b.schema.Tiers) {
			cf.Tier = b.schema.Tiers[mc.Tier].Name
		}
		for _, t := range fb.Tasks {
			o := backend.Outcome{
				Task: ids[t.Task], Mine: client.LabelIDs(b.schema, uint64(t.Mine)),
				Gold: t.Gold, Disputed: t.Disputed || t.Contested,
			}
			if t.Decided {
				o.Accepted = client.LabelIDs(b.schema, uint64(t.Accepted))
			}
			doc, err := b.c.TaskText(ctx, t.CID)
			if err != nil {
				return nil, fmt.Errorf("feedback of chunk %d: %w", id, err)
			}
			o.Text = doc.Text
			cf.Outcomes = append(cf.Outcomes, o)
		}
		for _, s := range fb.Settlements {
			cf.Earned.Add(cf.Earned, s.Credited)
			if s.RepDelta != 0 || s.Reason != index.ReasonConsensus {
				cf.Rep = append(cf.Rep, backend.RepChange{Delta: s.RepDelta, Reason: settlementReason(s)})
			}
		}
		out = append(out, cf)
	}
	return out, nil
}

// settlementReason says why the contract changed a reputation, in words.
func settlementReason(s index.Settlement) string {
	r := index.ReasonName(s.Reason)
	if s.Matched > 0 || s.Missed > 0 {
		r += fmt.Sprintf(" (%d matched, %d missed)", s.Matched, s.Missed)
	}
	return r
}

// Review maps the client's review standing: the disputes the user may
// resolve and the reviewer fees earned so far.
func (b *Backend) Review(ctx context.Context) (backend.Review, error) {
	r, err := b.c.Review(ctx)
	if err != nil {
		return backend.Review{}, err
	}
	rv := backend.Review{Earned: r.Earned, Eligible: r.Eligible, Reason: r.Why}
	for _, d := range r.Disputes {
		ids, err := b.taskIDs(d.Chunk)
		if err != nil {
			return backend.Review{}, err
		}
		doc, err := b.c.TaskText(ctx, d.CID)
		if err != nil {
			return backend.Review{}, fmt.Errorf("dispute in chunk %d: %w", d.Chunk, err)
		}
		out := backend.Dispute{
			Chunk: d.Chunk, Task: ids[d.Task], Name: doc.ID, Text: doc.Text,
			Fee: new(big.Int).Set(d.Fee), Deadline: chainTime(d.Deadline),
		}
		for _, l := range d.Labels {
			out.Reveals = append(out.Reveals, backend.Reveal{
				Annotator: l.Annotator.Hex(), Reputation: int64(l.Reputation),
				Labels: client.LabelIDs(b.schema, uint64(l.Value)),
			})
		}
		rv.Disputes = append(rv.Disputes, out)
	}
	return rv, nil
}

// Resolve settles one disputed task with the final label.
func (b *Backend) Resolve(ctx context.Context, chunk uint64, task string, labels []string) (backend.Tx, error) {
	i, err := b.taskIndex(chunk, task)
	if err != nil {
		return backend.Tx{}, fmt.Errorf("resolve: %w", err)
	}
	v, err := client.LabelValue(b.schema, labels)
	if err != nil {
		return backend.Tx{}, fmt.Errorf("resolve chunk %d task %d: %w", chunk, i+1, err)
	}
	if err := b.c.Resolve(ctx, chunk, map[int]uint32{i: v}); err != nil {
		return backend.Tx{}, err
	}
	return backend.Tx{
		Hash: txHex(b.c.LastTx(journal.KindResolve, chunk)), Kind: "resolve",
		Amount: new(big.Int).Set(b.c.Info().ReviewerFee), Status: "confirmed", At: time.Now(),
	}, nil
}

// Wallet returns the user's balances and recent transactions.
func (b *Backend) Wallet(ctx context.Context) (backend.Wallet, error) {
	bal, err := b.c.TokenBalance(ctx)
	if err != nil {
		return backend.Wallet{}, err
	}
	cred, err := b.c.Credited(ctx)
	if err != nil {
		return backend.Wallet{}, err
	}
	earn, err := b.c.Earnings(ctx)
	if err != nil {
		return backend.Wallet{}, fmt.Errorf("read earnings: %w", err)
	}
	w := backend.Wallet{Address: b.c.Address().Hex(), Balance: bal, Credited: cred, Pending: earn.Pending,
		Stake: b.c.Stake(), Staked: earn.Staked, Slashed: earn.Slashed, StakeReserve: b.c.StakeReserve()}
	w.Txs, err = b.recentTxs(20)
	if err != nil {
		return backend.Wallet{}, err
	}
	return w, nil
}

// recentTxs maps the account's last n journaled transactions, newest
// first.
func (b *Backend) recentTxs(n int) ([]backend.Tx, error) {
	ins, err := b.c.RecentTxs(n)
	if err != nil {
		return nil, err
	}
	out := make([]backend.Tx, 0, len(ins))
	for _, in := range ins {
		tx := backend.Tx{Hash: in.Hash.Hex(), Kind: string(in.Kind), At: in.Created, Amount: depositAmount(in)}
		switch in.State {
		case journal.StateMined:
			tx.Status = "confirmed"
		case journal.StatePending, journal.StateSent:
			tx.Status = "pending"
		default:
			tx.Status, tx.Err = "failed", string(in.State)
			if in.Note != "" {
				tx.Err += ": " + in.Note
			}
		}
		out = append(out, tx)
	}
	return out, nil
}

// parsedHubABI is the hub's ABI, parsed once: the wallet decodes every
// listed deposit with it.
var parsedHubABI = sync.OnceValues(bindings.KappaHubMetaData.ParseABI)

// depositAmount is what a stake deposit intent deposits, read from its
// calldata (nil for any other intent): the wallet lists it with the amount.
func depositAmount(in journal.Intent) *big.Int {
	if in.Kind != "deposit" || len(in.Calldata) < 4 {
		return nil
	}
	hubABI, err := parsedHubABI()
	if err != nil {
		return nil
	}
	m, ok := hubABI.Methods["deposit"]
	if !ok || !bytes.Equal(in.Calldata[:4], m.ID) {
		return nil
	}
	args, err := m.Inputs.Unpack(in.Calldata[4:])
	if err != nil || len(args) != 1 {
		return nil
	}
	amount, _ := args[0].(*big.Int)
	return amount
}

// Withdraw transfers the whole credited balance: the hub has no partial
// withdrawal, so amount must be nil or equal to the credited balance.
func (b *Backend) Withdraw(ctx context.Context, amount *big.Int) (backend.Tx, error) {
	cred, err := b.c.Credited(ctx)
	if err != nil {
		return backend.Tx{}, err
	}
	if amount != nil && amount.Cmp(cred) != 0 {
		return backend.Tx{}, fmt.Errorf("withdraw: the hub pays out the whole credited balance (%s base units), not %s", cred, amount)
	}
	got, hash, err := b.c.Withdraw(ctx)
	if err != nil {
		return backend.Tx{}, err
	}
	return backend.Tx{Hash: hash.Hex(), Kind: "withdraw", Amount: got, Status: "confirmed", At: time.Now()}, nil
}

// WithdrawKeeping transfers the credited balance above keep.
func (b *Backend) WithdrawKeeping(ctx context.Context, keep *big.Int) (backend.Tx, error) {
	if keep == nil {
		keep = new(big.Int)
	}
	got, hash, err := b.c.WithdrawKeeping(ctx, keep)
	if err != nil {
		return backend.Tx{}, err
	}
	return backend.Tx{Hash: hash.Hex(), Kind: "withdraw", Amount: got, Status: "confirmed", At: time.Now()}, nil
}

// Pilot is the table of kappa pilot, by the same code: the campaign's
// pilot input from the client's read model (readmodel.Pilot: gold answers
// from the requester's journal or the finalize calldata, times from the
// signed label documents) built by pilot.Build, one row per annotator.
func (b *Backend) Pilot(ctx context.Context) (backend.PilotReport, error) {
	p, err := readmodel.Pilot(ctx, b.c, nil)
	if err != nil {
		return backend.PilotReport{}, fmt.Errorf("pilot: %w", err)
	}
	rep, err := pilot.Build(p, pilot.Options{})
	if err != nil {
		return backend.PilotReport{}, fmt.Errorf("pilot: %w", err)
	}
	rows := rep.ScreenRows()
	out := backend.PilotReport{Rows: make([]backend.PilotRow, 0, len(rows))}
	for _, row := range rows {
		out.Rows = append(out.Rows, backend.PilotRow(row))
	}
	return out, nil
}
