package readmodel

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/export"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/contracts/protocol"
)

// Warn receives problems that do not stop a report: a label document
// that cannot be fetched, does not decode, is not signed by its annotator
// or does not match the revealed labels (its times are then unknown and
// counted as zero), or a finalize whose gold answers cannot be read. Nil
// drops them.
type Warn func(msg string)

func (w Warn) warn(format string, args ...any) {
	if w != nil {
		w(fmt.Sprintf(format, args...))
	}
}

// decision is how one task of a finalized chunk was decided, from events.
type decision struct {
	kind  pilot.Decision // Consensus, Reviewer, Arbiter, Disputed or Expired
	value uint32         // the accepted or final label when decided
	tx    common.Hash    // finalize, resolve or settleExpired transaction
}

// chunkView is one opened chunk with everything unpacked.
type chunkView struct {
	ix      index.Chunk
	doc     *document.Chunk
	tier    string
	votes   []vote     // revealed seats, in seat order
	decided []decision // per task; nil when not finalized
	gold    map[int]uint32
}

type vote struct {
	seat      int
	annotator common.Address
	values    []uint32
	labelDoc  string
}

// read unpacks every opened chunk of the campaign from the client's index.
func read(ctx context.Context, c *client.Client) ([]chunkView, error) {
	if err := c.Sync(ctx); err != nil {
		return nil, fmt.Errorf("campaign %s: sync: %w", c.Campaign(), err)
	}
	info := c.Info()
	m, _ := c.Manifest()
	s := c.Schema()
	var out []chunkView
	for _, ch := range c.ChunkStates() {
		mc, ok := m.Chunk(ch.ID)
		if !ok {
			return nil, fmt.Errorf("campaign %s: chunk %d opened on-chain is not in the manifest", c.Campaign(), ch.ID)
		}
		size := len(mc.Tasks)
		if int(mc.Tier) >= len(s.Tiers) {
			return nil, fmt.Errorf("campaign %s: chunk %d: tier %d not in the schema", c.Campaign(), ch.ID, mc.Tier)
		}
		v := chunkView{ix: ch, doc: mc, tier: s.Tiers[mc.Tier].Name}
		for seat, rv := range ch.Reveals {
			if rv == nil {
				continue
			}
			vals, err := protocol.UnpackLabels(rv.Labels, size, info.LabelBits)
			if err != nil {
				return nil, fmt.Errorf("campaign %s: chunk %d seat %d: %w", c.Campaign(), ch.ID, seat, err)
			}
			v.votes = append(v.votes, vote{seat: seat, annotator: rv.Annotator, values: vals, labelDoc: rv.LabelDoc})
		}
		gold, _, err := c.GoldAnswers(ch.ID)
		if err != nil {
			return nil, fmt.Errorf("campaign %s: chunk %d: gold answers: %w", c.Campaign(), ch.ID, err)
		}
		v.gold = gold
		if o := ch.Outcome; o != nil {
			accepted, err := protocol.UnpackLabels(o.Accepted, size, info.LabelBits)
			if err != nil {
				return nil, fmt.Errorf("campaign %s: chunk %d: accepted labels: %w", c.Campaign(), ch.ID, err)
			}
			v.decided = make([]decision, size)
			for t := range size {
				if o.Disputes.Bit(t) == 0 {
					v.decided[t] = decision{kind: pilot.Consensus, value: accepted[t], tx: o.TxHash}
				} else {
					v.decided[t] = decision{kind: pilot.Disputed}
				}
			}
			if ex := ch.Expiry; ex != nil {
				for t := range size {
					if ex.TaskMask.Bit(t) == 1 {
						v.decided[t] = decision{kind: pilot.Expired, tx: ex.TxHash}
					}
				}
			}
			for _, res := range ch.Resolutions {
				final, err := protocol.UnpackLabels(res.Labels, size, info.LabelBits)
				if err != nil {
					return nil, fmt.Errorf("campaign %s: chunk %d: resolution %s: %w", c.Campaign(), ch.ID, res.TxHash.Hex(), err)
				}
				kind := pilot.Reviewer
				if res.Reviewer == info.Arbiter {
					kind = pilot.Arbiter
				}
				for t := range size {
					if res.TaskMask.Bit(t) == 1 {
						v.decided[t] = decision{kind: kind, value: final[t], tx: res.TxHash}
					}
				}
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// Pilot builds the input of a pilot report from the campaign: the
// campaign's parameters (from the hub and the schema), every revealed label
// with the time its annotator recorded in the signed label document, the
// outcome of every task of an opened chunk (consensus, reviewer, arbiter,
// disputed or pending; gold answers from the requester's journal, else
// from the finalize calldata, client.GoldRevealed),
// every credit from the hub's Settled events, and drop-offs (a seat claimed
// in a finalized chunk by an annotator who never revealed in it). The
// client's own labels of a finalized chunk it never revealed are included
// as unrevealed observations from its journal.
func Pilot(ctx context.Context, c *client.Client, warn Warn) (*pilot.Pilot, error) {
	tok, err := c.TokenInfo(ctx)
	if err != nil {
		return nil, err
	}
	chunks, err := read(ctx, c)
	if err != nil {
		return nil, err
	}
	info := c.Info()
	s := c.Schema()
	p := &pilot.Pilot{
		Campaign: pilot.Campaign{
			ID: c.Campaign().String(), Title: s.Title, Token: pilot.Token{Symbol: tok.Symbol, Decimals: tok.Decimals},
			K: int(info.K), Q: int(info.Q), Kind: pilot.Single,
			ReviewerFee: new(big.Int).Set(info.ReviewerFee),
		},
		Earnings: map[string]*big.Int{},
	}
	if s.Kind == document.KindMulti {
		p.Campaign.Kind = pilot.Multi
	}
	for _, l := range s.Labels {
		p.Campaign.Labels = append(p.Campaign.Labels, l.Name)
	}
	for i, t := range s.Tiers {
		reward := t.Reward
		if i < len(info.Tiers) {
			reward = info.Tiers[i].Reward // what the hub pays is authoritative
		}
		p.Campaign.Tiers = append(p.Campaign.Tiers, pilot.Tier{Name: t.Name, Reward: new(big.Int).Set(reward)})
	}

	me := c.Address()
	for _, ch := range chunks {
		if ch.gold == nil {
			g, err := c.GoldRevealed(ctx, ch.ix.ID)
			if err != nil {
				warn.warn("chunk %d: %v; its gold answers are unknown", ch.ix.ID, err)
			}
			ch.gold = g
		}
		for _, v := range ch.votes {
			spent := labelTimes(ctx, c, warn, ch, v)
			for t, value := range v.values {
				p.Observations = append(p.Observations, pilot.Observation{
					Annotator: v.annotator.Hex(), Chunk: ch.ix.ID, Task: ch.doc.Tasks[t], Tier: ch.tier,
					Label: uint64(value), Spent: spent[t], Revealed: true,
				})
			}
		}
		revealed := map[common.Address]bool{}
		for _, v := range ch.votes {
			revealed[v.annotator] = true
		}
		if ch.decided != nil {
			dropped := map[common.Address]bool{}
			for _, cl := range ch.ix.Claims {
				if !revealed[cl.Annotator] && !dropped[cl.Annotator] {
					dropped[cl.Annotator] = true
					p.DropOffs = append(p.DropOffs, pilot.DropOff{Annotator: cl.Annotator.Hex(), Chunk: ch.ix.ID})
				}
			}
			if dropped[me] {
				obs, err := ownUnrevealed(ctx, c, ch)
				if err != nil {
					return nil, err
				}
				p.Observations = append(p.Observations, obs...)
			}
		}
		for t, cid := range ch.doc.Tasks {
			o := pilot.Outcome{Task: cid, Decision: pilot.Pending}
			if ch.decided != nil {
				d := ch.decided[t]
				o.Decision, o.Label = d.kind, uint64(d.value)
			}
			if g, ok := ch.gold[t]; ok {
				o.Gold, o.GoldLabel = true, uint64(g)
			}
			p.Outcomes = append(p.Outcomes, o)
		}
	}
	for _, st := range c.Settlements(common.Address{}) {
		if st.Credited == nil || st.Credited.Sign() == 0 {
			continue
		}
		a := st.Account.Hex()
		if p.Earnings[a] == nil {
			p.Earnings[a] = new(big.Int)
		}
		p.Earnings[a].Add(p.Earnings[a], st.Credited)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("campaign %s: %w", c.Campaign(), err)
	}
	return p, nil
}

// ownUnrevealed returns the client's journaled labels of a chunk it
// claimed and never revealed.
func ownUnrevealed(ctx context.Context, c *client.Client, ch chunkView) ([]pilot.Observation, error) {
	tasks, err := c.Tasks(ctx, ch.ix.ID)
	if err != nil {
		return nil, fmt.Errorf("campaign %s: chunk %d: own labels: %w", c.Campaign(), ch.ix.ID, err)
	}
	var out []pilot.Observation
	for _, tv := range tasks {
		if tv.Label == nil {
			continue
		}
		out = append(out, pilot.Observation{
			Annotator: c.Address().Hex(), Chunk: ch.ix.ID, Task: tv.CID, Tier: ch.tier,
			Label: tv.Label.Value, Spent: capSpent(tv.Label.TimeSpent),
		})
	}
	return out, nil
}

func capSpent(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return min(d, pilot.MaxSpent)
}

// labelTimes reads the time per task from a reveal's signed label document.
// A document that cannot be used gives zero times and a warning: one bad
// document (its author chose what to publish) must not stop the report.
func labelTimes(ctx context.Context, c *client.Client, warn Warn, ch chunkView, v vote) []time.Duration {
	out := make([]time.Duration, len(v.values))
	where := fmt.Sprintf("chunk %d seat %d (%s): label document %s", ch.ix.ID, v.seat, v.annotator.Hex(), v.labelDoc)
	doc, err := c.LabelDocument(ctx, v.labelDoc)
	if err != nil {
		warn.warn("%s: %v; times unknown", where, err)
		return out
	}
	signer, err := doc.Signer()
	if err != nil || signer != v.annotator {
		warn.warn("%s: not signed by the annotator (signer %s, %v); times unknown", where, signer.Hex(), err)
		return out
	}
	if doc.Chunk != ch.ix.ID || doc.Campaign != c.Campaign().Uint64() || doc.Hub != c.Hub() || len(doc.Labels) != len(v.values) {
		warn.warn("%s: names another campaign, chunk or size; times unknown", where)
		return out
	}
	for t, l := range doc.Labels {
		if l.Task != ch.doc.Tasks[t] || uint32(l.Label) != v.values[t] {
			warn.warn("%s: task %d differs from the revealed label; times unknown", where, t)
			return make([]time.Duration, len(v.values))
		}
		out[t] = capSpent(time.Duration(l.TimeMs) * time.Millisecond)
	}
	return out
}

// Export returns one record per accepted label of the campaign (consensus
// at finalize, including gold tasks whose answer was revealed; or a
// reviewer's or the arbiter's resolution), in chunk and task order, each
// with its provenance. A multi-label campaign's accepted set may be empty
// (no label applies); it is exported as []. With includeText the task text is fetched from IPFS
// into the record; the task id is always read from the task document.
func Export(ctx context.Context, c *client.Client, includeText bool) ([]export.Record, error) {
	chainID := c.ChainID()
	chunks, err := read(ctx, c)
	if err != nil {
		return nil, err
	}
	s := c.Schema()
	info := c.Info()
	labels := func(v uint32) []export.Label {
		out := []export.Label{} // an empty multi-label set is [], not null
		for _, id := range client.LabelIDs(s, uint64(v)) {
			i, _ := s.Label(id)
			out = append(out, export.Label{ID: id, Name: s.Labels[i].Name})
		}
		return out
	}
	var out []export.Record
	for _, ch := range chunks {
		if ch.decided == nil {
			continue
		}
		for t, cid := range ch.doc.Tasks {
			d := ch.decided[t]
			var by export.Decision
			switch d.kind {
			case pilot.Consensus:
				by = export.Consensus
			case pilot.Reviewer:
				by = export.Reviewer
			case pilot.Arbiter:
				by = export.Arbiter
			default:
				continue // no accepted label yet
			}
			task, err := c.TaskText(ctx, cid)
			if err != nil {
				return nil, fmt.Errorf("campaign %s: chunk %d task %d: %w", c.Campaign(), ch.ix.ID, t, err)
			}
			r := export.Record{
				ChainID: chainID.Uint64(), Hub: c.Hub().Hex(), Campaign: c.Campaign().String(),
				Chunk: ch.ix.ID, Task: task.ID, TaskCID: cid,
				Labels: labels(d.value), MultiLabel: s.Kind == document.KindMulti, DecidedBy: by,
				Agreement: export.Agreement{K: int(info.K)},
				Votes:     []export.Vote{},
				Tx:        d.tx.Hex(),
			}
			if includeText {
				r.Text = task.Text
			}
			for _, v := range ch.votes {
				if v.values[t] == d.value {
					r.Agreement.Agreeing++
				}
				r.Votes = append(r.Votes, export.Vote{Annotator: v.annotator.Hex(), Labels: labels(v.values[t]), LabelDoc: v.labelDoc})
			}
			if err := r.Validate(); err != nil {
				return nil, fmt.Errorf("campaign %s: chunk %d task %d: %w", c.Campaign(), ch.ix.ID, t, err)
			}
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Chunk < out[j].Chunk })
	return out, nil
}
