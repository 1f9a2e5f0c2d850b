package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/index"
	"github.com/kappa-dev/kappa/client/journal"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() {
	addCommandGroup(newChunksCmd)
	addCommandGroup(newWorkCmd)
	addCommandGroup(newChunkCmd)
	addCommandGroup(newSubmitCmd)
}

// chunkRow is one chunk as chunks and chunk claim print it.
type chunkRow struct {
	ID            uint64 `json:"id"`
	Tier          string `json:"tier"`
	Size          int    `json:"size"`
	Reward        string `json:"reward"`
	MinReputation uint64 `json:"min_reputation"`
	Phase         string `json:"phase"`
	Seat          *int   `json:"seat,omitempty"`
	Seats         int    `json:"seats"`
	K             int    `json:"k"`
	Labeled       int    `json:"labeled"`
	ClaimBy       uint64 `json:"claim_by,omitempty"`
	CommitBy      uint64 `json:"commit_by,omitempty"`
	RevealFrom    uint64 `json:"reveal_from,omitempty"`
	RevealBy      uint64 `json:"reveal_by,omitempty"`
}

func rowOf(v client.ChunkView) chunkRow {
	r := chunkRow{
		ID: v.ID, Tier: v.TierName, Size: v.Size, Reward: token.BaseUnits(v.Reward), MinReputation: v.MinReputation,
		Phase: string(v.Phase), Seats: v.Seats, K: v.K, Labeled: v.Labeled,
		ClaimBy: v.ClaimBy, CommitBy: v.CommitBy, RevealFrom: v.RevealFrom, RevealBy: v.RevealBy,
	}
	if v.Mine() {
		seat := v.Seat
		r.Seat = &seat
	}
	return r
}

// printRows prints chunk rows: amounts in base units in JSON, and as token
// amounts ("1 KAPPA") in text when the token can be read.
func printRows(ctx context.Context, app *cli.App, c *client.Client, rows []chunkRow) error {
	if rows == nil {
		rows = []chunkRow{}
	}
	ti, _ := c.TokenInfo(ctx) // text only: base units suffice without it
	return app.Print(rows, func(w io.Writer) error {
		fmt.Fprintf(w, "%-6s %-10s %-5s %-16s %-11s %-6s %s\n", "CHUNK", "TIER", "SIZE", "REWARD/LABEL", "PHASE", "SEATS", "LABELED")
		for _, r := range rows {
			reward := r.Reward
			if n, ok := new(big.Int).SetString(r.Reward, 10); ok && ti.Symbol != "" {
				reward = token.Format(n, ti)
			}
			fmt.Fprintf(w, "%-6d %-10s %-5d %-16s %-11s %d/%-4d %d/%d\n", r.ID, r.Tier, r.Size, reward, r.Phase, r.Seats, r.K, r.Labeled, r.Size)
		}
		return nil
	})
}

func newChunksCmd(app *cli.App) *cobra.Command {
	var claimable, mine bool
	cmd := &cobra.Command{
		Use:   "chunks [--claimable|--mine]",
		Short: "List the campaign's chunks and where each stands for you",
		Long: `chunks lists every chunk of the campaign's manifest with its tier, reward
per accepted label (base units), your phase (claimable, locked, closed,
labeling, committed, revealed, disputed, finalized, gold missed, lapsed),
seats taken and labels given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if claimable && mine {
				return errors.New("--claimable and --mine exclude each other")
			}
			c, err := app.OpenCampaign(cmd.Context())
			if err != nil {
				return err
			}
			views, err := c.Chunks(cmd.Context())
			if err != nil {
				return err
			}
			var rows []chunkRow
			for _, v := range views {
				if claimable && v.Phase != client.PhaseClaimable || mine && !v.Mine() {
					continue
				}
				rows = append(rows, rowOf(v))
			}
			return printRows(cmd.Context(), app, c, rows)
		},
	}
	cmd.Flags().BoolVar(&claimable, "claimable", false, "only chunks you may claim now")
	cmd.Flags().BoolVar(&mine, "mine", false, "only chunks you hold a seat of")
	return cmd
}

func newChunkCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chunk",
		Short: "Claim, label, commit, reveal and finalize one chunk (annotator)",
		Long: `A chunk is the unit of claiming, committing, revealing and paying. The
usual order: claim, label (every label is journaled on disk the moment it is
given), commit (freezes the labels), reveal (once every seat has committed or
the commit window closed), finalize (anyone, once the reveals are in), and
feedback. kappa submit does whatever is due for all your chunks.`,
	}
	cmd.AddCommand(
		newChunkClaimCmd(app), newChunkShowCmd(app), newChunkLabelCmd(app), newChunkUndoCmd(app),
		chunkStepCmd(app, "commit", "Freeze the chunk's labels and commit their hash", func(ctx context.Context, c *client.Client, id uint64) error {
			return c.Commit(ctx, id)
		}),
		chunkStepCmd(app, "reveal", "Publish the signed label document and reveal the labels", func(ctx context.Context, c *client.Client, id uint64) error {
			v, err := chunkView(ctx, c, id)
			if err != nil {
				return err
			}
			switch v.Phase {
			case client.PhaseCommitted:
				return c.Reveal(ctx, id)
			case client.PhaseLabeling:
				return fmt.Errorf("reveal chunk %d: commit it first (kappa chunk commit %d)", id, id)
			case client.PhaseRevealed, client.PhaseFinalized, client.PhaseDisputed:
				return fmt.Errorf("reveal chunk %d: already revealed", id)
			default:
				if !v.Mine() {
					return fmt.Errorf("reveal chunk %d: you hold no seat of it", id)
				}
				return fmt.Errorf("reveal chunk %d: it is %s", id, v.Phase)
			}
		}),
		chunkStepCmd(app, "finalize", "Tally the chunk: pay agreeing annotators, open disputes", func(ctx context.Context, c *client.Client, id uint64) error {
			due, why, err := c.FinalizeDue(ctx, id)
			if err != nil {
				return err
			}
			if !due {
				return fmt.Errorf("finalize chunk %d: not yet: %s", id, why)
			}
			return c.Finalize(ctx, id)
		}),
		newChunkFeedbackCmd(app),
	)
	return cmd
}

// openChunk opens the campaign and checks that the chunk argument names
// one of its chunks.
func openChunk(app *cli.App, ctx context.Context, arg string) (*client.Client, uint64, error) {
	id, err := parseChunkID(arg)
	if err != nil {
		return nil, 0, err
	}
	c, err := app.OpenCampaign(ctx)
	if err != nil {
		return nil, 0, err
	}
	if err := checkChunk(c, id); err != nil {
		return nil, 0, err
	}
	return c, id, nil
}

func newWorkCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "work",
		Short: "Ask for a seat: the hub draws the chunk (campaigns whose seats are assigned)",
		Long: `In a campaign whose seats are assigned (campaign create's default),
nobody picks a chunk: kappa work asks the hub for a seat, and the hub draws
the chunk and the seat from the hash of a block mined after the request
(docs/PROTOCOL.md, "Seat assignment"). The request locks a bond of one
task's stake, back once the seat is given; the seat locks its stake as a
claim does. The chunk given is printed like kappa chunks prints it. Asking
again before labeling it returns the same chunk; a request interrupted by a
crash resumes when asked again.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			id, err := c.Work(ctx)
			if err != nil {
				return err
			}
			v, err := chunkView(ctx, c, id)
			if err != nil {
				return err
			}
			return printRows(ctx, app, c, []chunkRow{rowOf(v)})
		},
	}
}

func newChunkClaimCmd(app *cli.App) *cobra.Command {
	return chunkStepCmd(app, "claim", "Take a seat of a chunk (opening it if nobody has)", func(ctx context.Context, c *client.Client, id uint64) error {
		return c.Claim(ctx, id)
	})
}

// chunkStepCmd builds claim, commit, reveal and finalize: act, then print
// the chunk's row.
func chunkStepCmd(app *cli.App, name, short string, act func(context.Context, *client.Client, uint64) error) *cobra.Command {
	return &cobra.Command{
		Use:   name + " CHUNK",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, id, err := openChunk(app, ctx, args[0])
			if err != nil {
				return err
			}
			if err := act(ctx, c, id); err != nil {
				return err
			}
			v, err := chunkView(ctx, c, id)
			if err != nil {
				return err
			}
			return printRows(ctx, app, c, []chunkRow{rowOf(v)})
		},
	}
}

// taskRow is one task as chunk show prints it.
type taskRow struct {
	Index  int               `json:"index"`
	ID     string            `json:"id"`
	CID    string            `json:"cid"`
	Text   string            `json:"text"`
	Meta   map[string]string `json:"meta,omitempty"`
	Label  []string          `json:"label,omitempty"`
	TimeMs int64             `json:"ms,omitempty"`
}

func newChunkShowCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "show CHUNK",
		Short: "Print a chunk's tasks with the labels you gave so far",
		Long: `show prints one task per line: index, task id, your label (- when none yet)
and the text (newlines shown as ⏎). --json adds CIDs, metadata and time spent.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, id, err := openChunk(app, ctx, args[0])
			if err != nil {
				return err
			}
			tasks, err := c.Tasks(ctx, id)
			if err != nil {
				return err
			}
			rows := make([]taskRow, 0, len(tasks))
			for _, t := range tasks {
				r := taskRow{Index: t.Index, ID: t.Task.ID, CID: t.CID, Text: t.Task.Text, Meta: t.Task.Meta}
				if t.Label != nil {
					r.Label = client.LabelIDs(c.Schema(), t.Label.Value)
					r.TimeMs = t.Label.TimeSpent.Milliseconds()
				}
				rows = append(rows, r)
			}
			return app.Print(rows, func(w io.Writer) error {
				for _, r := range rows {
					label := "-"
					if r.Label != nil {
						label = strings.Join(r.Label, ",")
					}
					text := strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\t", " ").Replace(r.Text)
					fmt.Fprintf(w, "%d\t%s\t%s\t%s\n", r.Index, r.ID, label, text)
				}
				return nil
			})
		},
	}
}

// labelLine is one line of a label file.
type labelLine struct {
	Task  json.RawMessage `json:"task"`
	Label json.RawMessage `json:"label"`
	Ms    *int64          `json:"ms"`
}

// parsedLabel is a label line resolved against the chunk and schema.
type parsedLabel struct {
	task  int
	value uint32
	spent time.Duration
}

// parseLabels reads a label file: JSON lines {"task": index or task id,
// "label": id or [ids], "ms": time spent}. Every line is checked before
// any is journaled, so a typo on line 7 does not leave lines 1-6 half
// applied; errors name the line.
func parseLabels(r io.Reader, name string, schema *document.Schema, tasks []client.TaskView) ([]parsedLabel, error) {
	byID := make(map[string]int, len(tasks))
	for _, t := range tasks {
		byID[t.Task.ID] = t.Index
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 1<<20)
	var out []parsedLabel
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		fail := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var l labelLine
		if err := dec.Decode(&l); err != nil {
			return nil, fail("%v", err)
		}
		if l.Task == nil {
			return nil, fail(`no "task" (a task index or id)`)
		}
		if l.Label == nil {
			return nil, fail(`no "label" (a label id or a list of ids)`)
		}
		p := parsedLabel{task: -1}
		var idx int
		var tid string
		switch {
		case json.Unmarshal(l.Task, &idx) == nil:
			if idx < 0 || idx >= len(tasks) {
				return nil, fail("task %d out of range: the chunk has tasks 0..%d", idx, len(tasks)-1)
			}
			p.task = idx
		case json.Unmarshal(l.Task, &tid) == nil:
			i, ok := byID[tid]
			if !ok {
				return nil, fail("no task with id %q in this chunk", tid)
			}
			p.task = i
		default:
			return nil, fail(`"task" is %s: want an index or a task id`, l.Task)
		}
		var ids []string
		var one string
		if json.Unmarshal(l.Label, &one) == nil {
			ids = []string{one}
		} else if err := json.Unmarshal(l.Label, &ids); err != nil {
			return nil, fail(`"label" is %s: want a label id or a list of ids`, l.Label)
		}
		for _, id := range ids {
			if _, ok := schema.Label(id); !ok {
				known := make([]string, len(schema.Labels))
				for i, sl := range schema.Labels {
					known[i] = sl.ID
				}
				return nil, fail("unknown label %q (the schema has %s)", id, strings.Join(known, ", "))
			}
		}
		v, err := client.LabelValue(schema, ids)
		if err != nil {
			return nil, fail("%v", err)
		}
		p.value = v
		if l.Ms != nil {
			if *l.Ms < 0 || *l.Ms > int64(24*time.Hour/time.Millisecond) {
				return nil, fail(`"ms" %d: want 0..86400000`, *l.Ms)
			}
			p.spent = time.Duration(*l.Ms) * time.Millisecond
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no labels", name)
	}
	return out, nil
}

// labelView is what chunk label prints.
type labelView struct {
	Chunk   uint64 `json:"chunk"`
	Given   int    `json:"given"`
	Labeled int    `json:"labeled"`
	Size    int    `json:"size"`
}

func newChunkLabelCmd(app *cli.App) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "label CHUNK --file LABELS.jsonl|-",
		Short: "Label tasks of a chunk you hold a seat of, from a JSON-lines file",
		Long: `label reads one label per line:

  {"task": 0, "label": "pos", "ms": 5300}
  {"task": "review-17", "label": ["spam", "ads"]}

task is the index in the chunk or the task's id; label a label id of the
schema, or a list of ids for multi-label schemas; ms the time spent
(optional). Every line is checked first, then every label is journaled
(fsync'd) in file order; a task labeled again takes the later label.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return errors.New("chunk label needs --file LABELS.jsonl (or - for standard input)")
			}
			ctx := cmd.Context()
			c, id, err := openChunk(app, ctx, args[0])
			if err != nil {
				return err
			}
			v, err := chunkView(ctx, c, id)
			if err != nil {
				return err
			}
			if v.Phase != client.PhaseLabeling {
				if !v.Mine() {
					return fmt.Errorf("label chunk %d: you hold no seat of it; claim it first (kappa chunk claim %d)", id, id)
				}
				return fmt.Errorf("label chunk %d: it is %s; labels can change only before commit", id, v.Phase)
			}
			var r io.Reader = app.Stdin
			name := "stdin"
			if file != "-" {
				f, err := os.Open(file)
				if err != nil {
					return fmt.Errorf("read labels: %w", err)
				}
				defer f.Close()
				r, name = f, file
			}
			tasks, err := c.Tasks(ctx, id)
			if err != nil {
				return err
			}
			labels, err := parseLabels(r, name, c.Schema(), tasks)
			if err != nil {
				return err
			}
			for _, l := range labels {
				if err := c.PutLabel(id, l.task, l.value, l.spent); err != nil {
					return err
				}
			}
			after, err := c.Tasks(ctx, id)
			if err != nil {
				return err
			}
			out := labelView{Chunk: id, Given: len(labels), Size: len(after)}
			for _, t := range after {
				if t.Label != nil {
					out.Labeled++
				}
			}
			return app.Print(out, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "chunk %d: %d labels given, %d of %d tasks labeled\n", out.Chunk, out.Given, out.Labeled, out.Size)
				return err
			})
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "", "labels, JSON lines (- for standard input)")
	return cmd
}

// undoView is what chunk undo prints: the label taken back.
type undoView struct {
	Chunk uint64   `json:"chunk"`
	Task  uint32   `json:"task"`
	Label []string `json:"label"`
}

func newChunkUndoCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "undo CHUNK",
		Short: "Take back the chunk's most recent label (before commit)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, id, err := openChunk(app, cmd.Context(), args[0])
			if err != nil {
				return err
			}
			l, err := c.UndoLabel(id)
			switch {
			case errors.Is(err, journal.ErrNoLabel):
				return fmt.Errorf("undo chunk %d: no label to undo", id)
			case errors.Is(err, journal.ErrChunkComplete):
				return fmt.Errorf("undo chunk %d: it is committed; labels can change only before commit", id)
			case err != nil:
				return fmt.Errorf("undo chunk %d: %w", id, err)
			}
			v := undoView{Chunk: id, Task: l.Task, Label: client.LabelIDs(c.Schema(), l.Value)}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "chunk %d: took back %s on task %d\n", v.Chunk, strings.Join(v.Label, ","), v.Task)
				return err
			})
		},
	}
}

// feedbackView is chunk feedback.
type feedbackView struct {
	Chunk       uint64           `json:"chunk"`
	Agreed      int              `json:"agreed"`
	Decided     int              `json:"decided"`
	Tasks       []outcomeView    `json:"tasks"`
	Settlements []settlementView `json:"settlements"`
}

type outcomeView struct {
	Task     int      `json:"task"`
	CID      string   `json:"cid"`
	Mine     []string `json:"mine"`
	Accepted []string `json:"accepted,omitempty"`
	Decided  bool     `json:"decided"`
	Disputed bool     `json:"disputed"`
	Expired  bool     `json:"expired,omitempty"`
	Gold     bool     `json:"gold,omitempty"`
	Matched  bool     `json:"matched"`
}

type settlementView struct {
	Reason   string `json:"reason"`
	Matched  uint64 `json:"matched"`
	Missed   uint64 `json:"missed"`
	Credited string `json:"credited"`
	RepDelta int64  `json:"reputation_delta"`
	// Reputation is the value after the change under the campaign
	// requester's ledger; absent when RepDelta is 0 (unchanged).
	Reputation *uint64 `json:"reputation,omitempty"`
}

func settlementsOf(ss []index.Settlement) []settlementView {
	out := []settlementView{}
	for _, s := range ss {
		out = append(out, settlementView{
			Reason: index.ReasonName(s.Reason), Matched: s.Matched, Missed: s.Missed,
			Credited: token.BaseUnits(s.Credited), RepDelta: s.RepDelta,
		})
		if s.RepDelta != 0 {
			r := s.Reputation
			out[len(out)-1].Reputation = &r
		}
	}
	return out
}

func newChunkFeedbackCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "feedback CHUNK",
		Short: "Compare your labels of a finalized chunk with the decided ones",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, id, err := openChunk(app, ctx, args[0])
			if err != nil {
				return err
			}
			fb, err := c.Feedback(ctx, id)
			if err != nil {
				return err
			}
			s := c.Schema()
			v := feedbackView{Chunk: fb.Chunk, Agreed: fb.Agreed, Decided: fb.Decided, Settlements: settlementsOf(fb.Settlements)}
			for _, t := range fb.Tasks {
				o := outcomeView{Task: t.Task, CID: t.CID, Mine: client.LabelIDs(s, uint64(t.Mine)),
					Decided: t.Decided, Disputed: t.Disputed, Expired: t.Expired, Gold: t.Gold, Matched: t.Matched}
				if t.Decided {
					o.Accepted = client.LabelIDs(s, uint64(t.Accepted))
				}
				v.Tasks = append(v.Tasks, o)
			}
			return app.Print(v, func(w io.Writer) error {
				fmt.Fprintf(w, "chunk %d: you agreed on %d of %d decided tasks\n", v.Chunk, v.Agreed, v.Decided)
				for _, o := range v.Tasks {
					acc := "(disputed)"
					if o.Expired {
						acc = "(expired unreviewed)"
					}
					if o.Decided {
						acc = strings.Join(o.Accepted, ",")
					}
					mark := "✗"
					if o.Matched {
						mark = "✓"
					}
					if !o.Decided {
						mark = "?"
					}
					fmt.Fprintf(w, "%d\t%s\tmine %s\tdecided %s\n", o.Task, mark, strings.Join(o.Mine, ","), acc)
				}
				for _, st := range v.Settlements {
					if st.RepDelta == 0 {
						fmt.Fprintf(w, "settled\t%s\tcredited %s\treputation unchanged\n", st.Reason, st.Credited)
						continue
					}
					fmt.Fprintf(w, "settled\t%s\tcredited %s\treputation %+d -> %d\n", st.Reason, st.Credited, st.RepDelta, *st.Reputation)
				}
				return nil
			})
		},
	}
}

// step is one thing submit did, or why it waits.
type step struct {
	Chunk  uint64 `json:"chunk"`
	Action string `json:"action"` // commit, reveal, finalize, wait, error
	Why    string `json:"why,omitempty"`
}

// stepsOf is what one client.Advance did, as submit prints it: one line
// per transaction, then why the account's own chunk waits, or the error.
func stepsOf(a client.Advanced, err error) []step {
	var out []step
	for _, act := range a.Did {
		out = append(out, step{Chunk: a.Chunk, Action: string(act)})
	}
	switch {
	case err != nil:
		out = append(out, step{a.Chunk, "error", err.Error()})
	case !a.Done && a.Mine && a.Wait != "":
		out = append(out, step{a.Chunk, "wait", a.Wait})
	}
	return out
}

func newSubmitCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Do whatever is due for your chunks: commit, reveal, finalize",
		Long: `submit walks every chunk you hold a seat of and does what is due: commits
chunks whose every task is labeled, reveals when the reveal phase is open,
finalizes when the reveals are in. The requester also finalizes every chunk
that is due, passing the gold answers. It prints one line per action, and
why a chunk waits; it fails if any step failed. The terminal UI submits
through the same rules, so either resumes what the other left.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			// The chunks a restarted client resumes (the same set the
			// terminal UI's driver resumes), and those being labeled.
			requester := c.Info().Requester == c.Address()
			ids, err := c.Pending(ctx, client.PendingOptions{Labeling: true, Finalize: requester})
			if err != nil {
				return err
			}
			steps := []step{}
			failed := 0
			for _, id := range ids {
				a, err := c.Advance(ctx, id)
				if err != nil {
					failed++
				}
				steps = append(steps, stepsOf(a, err)...)
			}
			if err := app.Print(steps, func(w io.Writer) error {
				for _, s := range steps {
					line := strconv.FormatUint(s.Chunk, 10) + "\t" + s.Action
					if s.Why != "" {
						line += "\t" + s.Why
					}
					fmt.Fprintln(w, line)
				}
				return nil
			}); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("submit: %d chunk(s) failed (see above)", failed)
			}
			return nil
		},
	}
	return cmd
}
