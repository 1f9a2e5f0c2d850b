package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client/document"
	"github.com/kappa-dev/kappa/client/export"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newExportCmd) }

func newExportCmd(app *cli.App) *cobra.Command {
	var (
		format string
		out    string
		text   bool
		ls     export.LabelStudioOptions
		config bool
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export a campaign's accepted labels with their provenance (JSONL, CSV, Label Studio)",
		Long: `export writes every accepted label of the configured campaign — by consensus
at finalize (gold tasks included), or by a reviewer's or the arbiter's
resolution — with its provenance: task id and CID, how it was decided and by
how many of the k annotators, each annotator's revealed label and signed
label document CID, the finalize or resolve transaction, the chain id, the
hub and the campaign. Formats and columns: docs/PILOT.md ("Exports"). In
CSV, a text cell starting with =, +, -, @, a tab or a carriage return (or
a single quote) gets a single quote in front, so that spreadsheets do not
run it as a formula.

Tasks still pending or disputed are not exported. --text adds each task's
text (fetched from IPFS). For Label Studio, --ls-config prints the labeling
configuration to paste into the project instead of the tasks.`,
		Example: `  kappa export --format jsonl --out labels.jsonl
  kappa export --format csv --text > labels.csv
  kappa export --format labelstudio --text --votes --out import.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat("format", format, export.Formats); err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if config {
				if format != "labelstudio" {
					return fmt.Errorf("--ls-config goes with --format labelstudio")
				}
				s := c.Schema()
				names := make([]string, len(s.Labels))
				for i, l := range s.Labels {
					names[i] = l.Name
				}
				buf.WriteString(export.LabelStudioConfig(ls, names, s.Kind == document.KindMulti))
				return writeOutput(ctx, app, out, buf.Bytes())
			}
			recs, err := readmodel.Export(ctx, c, text)
			if err != nil {
				return err
			}
			w, err := export.NewWriter(format, &buf, int(c.Info().K), ls)
			if err != nil {
				return err
			}
			for i := range recs {
				if err := w.Write(&recs[i]); err != nil {
					return err
				}
			}
			if err := w.Close(); err != nil {
				return err
			}
			app.Info("%d accepted labels", len(recs))
			return writeOutput(ctx, app, out, buf.Bytes())
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	f.StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	f.BoolVar(&text, "text", false, "include each task's text (fetched from IPFS)")
	f.BoolVar(&ls.Votes, "votes", false, "labelstudio: add every annotator's label as a prediction")
	f.BoolVar(&config, "ls-config", false, "labelstudio: print the labeling configuration instead of the tasks")
	return cmd
}
