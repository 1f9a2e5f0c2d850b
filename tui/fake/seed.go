package fake

import (
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/tui/backend"
)

// Address is the sample user's wallet address.
const Address = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"

func (b *Backend) seed() {
	standard := backend.Tier{Name: "standard", Reward: milli(50), MinReputation: 0}
	hard := backend.Tier{Name: "hard", Reward: milli(200), MinReputation: 150}
	b.schema = backend.Schema{
		Title:        "Customer message sentiment",
		Instructions: Instructions,
		Kind:         backend.Single,
		Labels: []backend.Label{
			{ID: "pos", Name: "positive", Hotkey: "1", Description: "satisfied overall"},
			{ID: "neg", Name: "negative", Hotkey: "2", Description: "dissatisfied overall"},
			{ID: "neu", Name: "neutral", Hotkey: "3", Description: "facts only"},
			{ID: "mix", Name: "mixed", Hotkey: "4", Description: "both, neither dominates"},
		},
		Tiers: []backend.Tier{standard, hard},
	}
	if b.kind == backend.Multi {
		b.schema.Title = "Customer message topics"
		b.schema.Kind = backend.Multi
		b.schema.Labels = []backend.Label{
			{ID: "bug", Name: "bug", Hotkey: "1", Description: "something is broken"},
			{ID: "price", Name: "pricing", Hotkey: "2", Description: "cost or value"},
			{ID: "ship", Name: "shipping", Hotkey: "3", Description: "delivery, packaging"},
			{ID: "staff", Name: "staff", Hotkey: "4", Description: "support, service"},
		}
	}

	b.status = backend.Status{
		Chain:      backend.Conn{State: backend.ConnUp, Detail: "block 1234"},
		IPFS:       backend.Conn{State: backend.ConnUp, Detail: "1 peer"},
		Reputation: 120,
		Paid:       milli(1250),
		TasksDone:  24,
	}
	b.wallet = backend.Wallet{
		Address:  Address,
		Balance:  milli(10_000),
		Credited: milli(1250),
		Pending:  new(big.Int),
		Stake:    milli(10),
		Staked:   new(big.Int),
		Slashed:  new(big.Int),
		// four seats of 8 tasks at 0.01 a task
		StakeReserve: milli(320),
	}

	mk := func(id uint64, tier backend.Tier, state backend.ChunkState, texts []string) *chunk {
		c := &chunk{info: backend.Chunk{
			ID: id, Tier: tier.Name, Tasks: len(texts), Reward: tier.Reward,
			MinReputation: tier.MinReputation, State: state,
		}}
		switch state {
		case backend.ChunkClaimable:
			c.info.ClaimBy = Base.Add(48 * time.Hour)
		case backend.ChunkAssigned:
			c.info.CommitBy = Base.Add(6 * time.Hour)
			c.info.RevealBy = Base.Add(12 * time.Hour)
		}
		for i, t := range texts {
			c.tasks = append(c.tasks, backend.Task{ID: fmt.Sprintf("c%d-t%02d", id, i), Chunk: id, Text: t})
		}
		return c
	}

	if b.genTasks > 0 {
		size := max(b.genSize, 1)
		for id, start := uint64(1), 0; start < b.genTasks; id, start = id+1, start+size {
			n := min(size, b.genTasks-start)
			texts := make([]string, n)
			for i := range texts {
				texts[i] = Texts[(start+i)%len(Texts)]
			}
			state := backend.ChunkClaimable
			if id == 1 {
				state = backend.ChunkAssigned
			}
			b.chunks = append(b.chunks, mk(id, standard, state, texts))
		}
	} else {
		b.chunks = []*chunk{
			mk(1, standard, backend.ChunkAssigned, Texts[:8]),
			mk(2, standard, backend.ChunkAssigned, Texts[4:12]),
			mk(3, standard, backend.ChunkClaimable, Texts[2:10]),
			mk(4, hard, backend.ChunkClaimable, Texts[:8]),
			mk(5, hard, backend.ChunkClaimable, Texts[3:11]),
		}
	}
	if b.noAssign {
		for _, c := range b.chunks {
			c.info.State, c.info.ClaimBy = backend.ChunkClaimable, Base.Add(48*time.Hour)
		}
	}
	tasks := 0
	for _, c := range b.chunks {
		tasks += len(c.tasks)
	}
	b.campaign = backend.Campaign{
		Address:    "0xC0ffee254729296a45a3885639AC7E10F9d54979",
		Title:      "Support inbox, spring batch",
		Token:      Token,
		K:          3,
		Q:          2,
		Chunks:     len(b.chunks),
		TasksTotal: tasks + b.status.TasksDone,

		SeatsAssigned: b.seatsAssigned,
	}

	// One chunk finalized before the session, so feedback is not empty.
	past := []backend.Outcome{
		{Task: "c0-t00", Text: Texts[0], Mine: []string{"pos"}, Accepted: []string{"pos"}, Gold: true},
		{Task: "c0-t01", Text: Texts[1], Mine: []string{"neg"}, Accepted: []string{"mix"}},
		{Task: "c0-t02", Text: Texts[2], Mine: []string{"neu"}, Accepted: []string{"neu"}},
		{Task: "c0-t03", Text: Texts[3], Mine: []string{"pos"}, Accepted: []string{"pos"}},
		{Task: "c0-t04", Text: Texts[4], Mine: []string{"neg"}, Accepted: []string{"neg"}, Gold: true},
		{Task: "c0-t05", Text: Texts[5], Mine: []string{"neg"}, Accepted: []string{"neg"}},
		{Task: "c0-t06", Text: Texts[6], Mine: []string{"neu"}, Accepted: []string{"neg"}},
		{Task: "c0-t07", Text: Texts[11], Mine: []string{"neg"}, Accepted: []string{"mix"}, Gold: true},
	}
	if b.kind == backend.Multi {
		past = past[:2]
		past[0].Mine, past[0].Accepted = []string{"bug"}, []string{"bug"}
		past[1].Mine, past[1].Accepted = []string{"ship", "staff"}, []string{"ship"}
	}
	b.feedback = []backend.ChunkFeedback{{
		Chunk: 0, Tier: "standard", Outcomes: past, Earned: milli(250),
		Rep: []backend.RepChange{
			{Delta: 5, Reason: "agreed with the quorum on 5 tasks"},
			{Delta: -3, Reason: "missed gold task c0-t07"},
		},
	}}

	revealer := func(n int) string { return fmt.Sprintf("0x%040x", 0xa11ce0+n) }
	b.review = backend.Review{
		Eligible: true,
		Earned:   milli(40),
		Disputes: []backend.Dispute{
			{
				Chunk: 0, Task: "c0-t09", Text: Texts[3] + " لكن التوصيل تأخر أسبوعين.",
				Fee: milli(20), Deadline: Base.Add(24 * time.Hour),
				Reveals: []backend.Reveal{
					{Annotator: revealer(1), Reputation: 310, Labels: []string{"pos"}},
					{Annotator: revealer(2), Reputation: 95, Labels: []string{"mix"}},
					{Annotator: revealer(3), Reputation: 142, Labels: []string{"neg"}},
				},
			},
			{
				Chunk: 0, Task: "c0-t12", Text: LongText,
				Fee: milli(20), Deadline: Base.Add(30 * time.Hour),
				Reveals: []backend.Reveal{
					{Annotator: revealer(4), Reputation: 201, Labels: []string{"mix"}},
					{Annotator: revealer(5), Reputation: 77, Labels: []string{"neg"}},
					{Annotator: revealer(6), Reputation: 188, Labels: []string{"pos"}},
				},
			},
		},
	}
	if b.noReview != "" {
		b.review.Eligible, b.review.Reason = false, b.noReview
	}
	if b.kind == backend.Multi {
		for i := range b.review.Disputes {
			for j := range b.review.Disputes[i].Reveals {
				b.review.Disputes[i].Reveals[j].Labels = []string{b.schema.Labels[j].ID}
			}
		}
	}

	b.pilot = backend.PilotReport{Rows: []backend.PilotRow{
		{Annotator: Address, Items: 96, Median: 7400 * time.Millisecond, P90: 19 * time.Second,
			ConsensusErrors: 9, ConsensusChecked: 90, GoldErrors: 1, GoldChecked: 12, Earnings: milli(4300), Hours: 15 * time.Minute},
		{Annotator: revealer(1), Items: 128, Median: 5100 * time.Millisecond, P90: 12 * time.Second,
			ConsensusErrors: 6, ConsensusChecked: 120, GoldErrors: 0, GoldChecked: 16, Earnings: milli(6100), Hours: 14 * time.Minute},
		{Annotator: revealer(2), Items: 64, Median: 2200 * time.Millisecond, P90: 3 * time.Second,
			ConsensusErrors: 25, ConsensusChecked: 60, GoldErrors: 5, GoldChecked: 8, Earnings: milli(1750), Hours: 3 * time.Minute},
		{Annotator: revealer(3), Items: 0},
	}}

	b.addTx("claim", nil)
	b.addTx("commit", nil)
	b.addTx("reveal", nil)
	b.addTx("withdraw", milli(2000))
}
