package clientbackend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/tui/backend"
)

// Feedback returns the outcomes of the chunks the user revealed labels in
// and that were finalized, newest finalize first.
func (b *Backend) Feedback(ctx context.Context) ([]backend.ChunkFeedback, error) {
	if _, err := b.c.Index().Sync(ctx); err != nil {
		return nil, fmt.Errorf("feedback: %w", err)
	}
	me := b.c.Address()
	var chunks []index.Chunk
	for _, ch := range b.c.Index().Chunks() {
		if ch.Outcome == nil {
			continue
		}
		for _, rv := range ch.Reveals {
			if rv != nil && rv.Annotator == me {
				chunks = append(chunks, ch)
				break
			}
		}
	}
	sort.Slice(chunks, func(i, j int) bool { return chunks[i].Outcome.Block > chunks[j].Outcome.Block })
	m, _ := b.c.Manifest()
	out := make([]backend.ChunkFeedback, 0, len(chunks))
	for _, ch := range chunks {
		fb, err := b.c.Feedback(ctx, ch.ID)
		if err != nil {
			return nil, fmt.Errorf("feedback: %w", err)
		}
		ids, err := b.taskIDs(ch.ID)
		if err != nil {
			return nil, err
		}
		gold, err := b.goldTasks(ctx, ch)
		if err != nil {
			return nil, fmt.Errorf("feedback: %w", err)
		}
		cf := backend.ChunkFeedback{Chunk: ch.ID, Earned: new(big.Int)}
		if mc, ok := m.Chunk(ch.ID); ok && int(mc.Tier) < len(b.schema.Tiers) {
			cf.Tier = b.schema.Tiers[mc.Tier].Name
		}
		for _, t := range fb.Tasks {
			o := backend.Outcome{
				Task: ids[t.Task], Mine: client.LabelIDs(b.schema, uint64(t.Mine)),
				Gold: t.Gold, Disputed: !t.Decided || ch.Outcome.Disputes.Bit(t.Task) == 1,
			}
			if _, ok := gold[t.Task]; ok {
				o.Gold = true
			}
			if t.Decided {
				o.Accepted = client.LabelIDs(b.schema, uint64(t.Accepted))
			}
			doc, err := b.c.TaskText(ctx, t.CID)
			if err != nil {
				return nil, fmt.Errorf("feedback of chunk %d: %w", ch.ID, err)
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

// Review returns the disputes the user may resolve and the reviewer fees
// earned so far. Disputes of chunks the user annotated are left out: the
// hub never lets an annotator rule on their own chunk.
func (b *Backend) Review(ctx context.Context) (backend.Review, error) {
	if err := b.settle(ctx); err != nil {
		return backend.Review{}, err
	}
	ds, err := b.c.Disputes(ctx)
	if err != nil {
		return backend.Review{}, fmt.Errorf("disputes: %w", err)
	}
	info := b.c.Info()
	rv := backend.Review{Earned: new(big.Int)}
	for _, s := range b.settlementsOf() {
		if s.Reason == index.ReasonReviewFee {
			rv.Earned.Add(rv.Earned, s.Credited)
		}
	}
	rep, err := b.c.Reputation(ctx)
	if err != nil {
		return backend.Review{}, fmt.Errorf("disputes: %w", err)
	}
	rv.Eligible = rep >= uint64(info.SeniorReputation) || b.c.Address() == info.Arbiter
	if !rv.Eligible {
		rv.Reason = fmt.Sprintf("your reputation %d is below the reviewers' threshold %d", rep, info.SeniorReputation)
	}
	skipped := ""
	for _, d := range ds {
		if !d.Eligible {
			skipped = d.Why
			continue
		}
		ids, err := b.taskIDs(d.Chunk)
		if err != nil {
			return backend.Review{}, err
		}
		doc, err := b.c.TaskText(ctx, d.CID)
		if err != nil {
			return backend.Review{}, fmt.Errorf("dispute in chunk %d: %w", d.Chunk, err)
		}
		out := backend.Dispute{Chunk: d.Chunk, Task: ids[d.Task], Name: doc.ID, Text: doc.Text, Fee: new(big.Int).Set(d.Fee)}
		if ch, ok := b.c.Index().Chunk(d.Chunk); ok && ch.Outcome != nil {
			out.Deadline = chainTime(ch.Outcome.Time + uint64(info.DisputeWindow))
		}
		for _, l := range d.Labels {
			out.Reveals = append(out.Reveals, backend.Reveal{
				Annotator: l.Annotator.Hex(), Reputation: int64(l.Reputation),
				Labels: client.LabelIDs(b.schema, uint64(l.Value)),
			})
		}
		rv.Disputes = append(rv.Disputes, out)
	}
	if rv.Eligible && len(rv.Disputes) == 0 && skipped != "" {
		rv.Reason = "open disputes are in chunks you may not review: " + skipped
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
	// Never report a ruling the chain did not take: the client files every
	// resolve of a chunk under one journal key, so a second ruling in the
	// same chunk can come back as the first one's success.
	if _, err := b.c.Index().Sync(ctx); err != nil {
		return backend.Tx{}, fmt.Errorf("resolve chunk %d task %d: check the ruling: %w", chunk, i+1, err)
	}
	if ch, ok := b.c.Index().Chunk(chunk); ok && ch.Record.Disputes.Bit(i) == 1 {
		return backend.Tx{}, fmt.Errorf("resolve chunk %d task %d: not applied on-chain (the client took it for an earlier ruling in this chunk)", chunk, i+1)
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
	w := backend.Wallet{Address: b.c.Address().Hex(), Balance: bal, Credited: cred, Pending: earn.Pending}
	w.Txs, err = b.recentTxs(20)
	if err != nil {
		return backend.Wallet{}, err
	}
	return w, nil
}

// recentTxs lists the account's last n journaled transactions, newest first.
func (b *Backend) recentTxs(n int) ([]backend.Tx, error) {
	if b.opts.Journal == nil {
		return nil, nil
	}
	me := b.c.Address()
	ins, err := b.opts.Journal.Intents(func(in journal.Intent) bool { return in.From == me })
	if err != nil {
		return nil, fmt.Errorf("read recent transactions: %w", err)
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].ID > ins[j].ID })
	if len(ins) > n {
		ins = ins[:n]
	}
	out := make([]backend.Tx, 0, len(ins))
	for _, in := range ins {
		tx := backend.Tx{Hash: in.Hash.Hex(), Kind: string(in.Kind), At: in.Created}
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

// Pilot is the table of kappa pilot, by the same code: the campaign's
// pilot input from readmodel.Pilot (gold answers from the requester's
// journal or the finalize calldata, times from the signed label documents)
// built by pilot.Build, one row per annotator. It needs Options.Chain (the
// token, and the finalize transactions for gold); without Options.IPFS the
// label documents are not read and times are zero.
func (b *Backend) Pilot(ctx context.Context) (backend.PilotReport, error) {
	if err := b.settle(ctx); err != nil {
		return backend.PilotReport{}, err
	}
	if b.opts.Chain == nil {
		return backend.PilotReport{}, errors.New("pilot: no chain node")
	}
	src := readmodel.Sources{IPFS: noIPFS{}, Chain: b.opts.Chain}
	if b.opts.IPFS != nil {
		src.IPFS = b.opts.IPFS
	}
	p, err := readmodel.Pilot(ctx, b.c, src)
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

// noIPFS stands for a missing IPFS store: every label document is
// unavailable, so the pilot counts its times as zero.
type noIPFS struct{}

func (noIPFS) Get(context.Context, string, int64) ([]byte, error) {
	return nil, errors.New("no IPFS store")
}

// settle waits for Options.Settle, if any.
func (b *Backend) settle(ctx context.Context) error {
	if b.opts.Settle == nil {
		return nil
	}
	if err := b.opts.Settle(ctx); err != nil {
		return fmt.Errorf("waiting for the campaign to settle: %w", err)
	}
	return nil
}
