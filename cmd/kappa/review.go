package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/token"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() {
	addCommandGroup(newDisputesCmd)
	addCommandGroup(newResolveCmd)
}

// disputeView is one open dispute as disputes prints it.
type disputeView struct {
	Chunk    uint64          `json:"chunk"`
	Task     int             `json:"task"`
	TaskID   string          `json:"task_id"`
	CID      string          `json:"cid"`
	Text     string          `json:"text"`
	Labels   []seatLabelView `json:"labels"`
	Fee      string          `json:"fee"`
	Eligible bool            `json:"eligible"`
	Why      string          `json:"why,omitempty"`
}

type seatLabelView struct {
	Seat       int      `json:"seat"`
	Annotator  string   `json:"annotator"`
	Reputation uint64   `json:"reputation"`
	Label      []string `json:"label"`
	LabelDoc   string   `json:"label_doc,omitempty"`
}

func newDisputesCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "disputes",
		Short: "List open disputes with every revealed label (reviewer)",
		Long: `disputes lists the tasks of finalized chunks that reached no quorum, with
each annotator's revealed label and reputation, the fee resolving one pays,
and whether you may resolve it (the campaign's arbiter, or a reviewer at the
senior reputation who did not annotate the chunk).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			ds, err := c.Disputes(ctx)
			if err != nil {
				return err
			}
			s := c.Schema()
			out := []disputeView{}
			for _, d := range ds {
				v := disputeView{Chunk: d.Chunk, Task: d.Task, CID: d.CID, Fee: token.BaseUnits(d.Fee), Eligible: d.Eligible, Why: d.Why}
				t, err := c.TaskText(ctx, d.CID)
				if err != nil {
					return fmt.Errorf("dispute chunk %d task %d: %w", d.Chunk, d.Task, err)
				}
				v.TaskID, v.Text = t.ID, t.Text
				for _, l := range d.Labels {
					v.Labels = append(v.Labels, seatLabelView{Seat: l.Seat, Annotator: l.Annotator.Hex(), Reputation: l.Reputation,
						Label: client.LabelIDs(s, uint64(l.Value)), LabelDoc: l.LabelDoc})
				}
				out = append(out, v)
			}
			return app.Print(out, func(w io.Writer) error {
				for _, d := range out {
					var labels []string
					for _, l := range d.Labels {
						labels = append(labels, strings.Join(l.Label, "+"))
					}
					elig := "may resolve"
					if !d.Eligible {
						elig = "not yours: " + d.Why
					}
					text := strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\t", " ").Replace(d.Text)
					fmt.Fprintf(w, "%d\t%d\t%s\t%s\tfee %s\t%s\t%s\n", d.Chunk, d.Task, d.TaskID, strings.Join(labels, ","), d.Fee, elig, text)
				}
				return nil
			})
		},
	}
	return cmd
}

// resolveView is what resolve prints.
type resolveView struct {
	Chunk uint64   `json:"chunk"`
	Task  int      `json:"task"`
	Label []string `json:"label"`
	Fee   string   `json:"fee"`
}

func newResolveCmd(app *cli.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "resolve CHUNK TASK LABEL...",
		Short: "Settle a disputed task with its final label (reviewer)",
		Long: `resolve decides a disputed task: TASK is its index in the chunk, LABEL the
label id (several for a multi-label schema). You earn the reviewer fee;
annotators who gave that label are paid.`,
		Args: cobra.MinimumNArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			task, err := strconv.Atoi(args[1])
			if err != nil || task < 0 {
				return fmt.Errorf("task %q: want the task's index in the chunk (kappa disputes lists them)", args[1])
			}
			c, id, err := openChunk(app, ctx, args[0])
			if err != nil {
				return err
			}
			s := c.Schema()
			for _, l := range args[2:] {
				if _, ok := s.Label(l); !ok {
					known := make([]string, len(s.Labels))
					for i, sl := range s.Labels {
						known[i] = sl.ID
					}
					return fmt.Errorf("unknown label %q (the schema has %s)", l, strings.Join(known, ", "))
				}
			}
			value, err := client.LabelValue(s, args[2:])
			if err != nil {
				return err
			}
			ds, err := c.Disputes(ctx)
			if err != nil {
				return err
			}
			var d *client.Dispute
			for i := range ds {
				if ds[i].Chunk == id && ds[i].Task == task {
					d = &ds[i]
				}
			}
			if d == nil {
				return fmt.Errorf("resolve: task %d of chunk %d has no open dispute (kappa disputes lists them)", task, id)
			}
			if !d.Eligible {
				return fmt.Errorf("resolve chunk %d task %d: you may not: %s", id, task, d.Why)
			}
			if err := c.Resolve(ctx, id, map[int]uint32{task: value}); err != nil {
				return err
			}
			v := resolveView{Chunk: id, Task: task, Label: client.LabelIDs(s, uint64(value)), Fee: token.BaseUnits(d.Fee)}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "chunk %d task %d resolved as %s; fee %s\n", v.Chunk, v.Task, strings.Join(v.Label, ","), v.Fee)
				return err
			})
		},
	}
	return cmd
}
