package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/client/readmodel"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newPilotCmd) }

func checkFormat(flag, format string, formats []string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("--%s %q: want one of %s", flag, format, strings.Join(formats, ", "))
}

func newPilotCmd(app *cli.App) *cobra.Command {
	var (
		opts   pilot.Options
		format string
		out    string
		input  bool
	)
	cmd := &cobra.Command{
		Use:   "pilot",
		Short: "Report a campaign's pilot: time, errors, earnings, agreement, rewards and k/q to choose",
		Long: `pilot reads the configured campaign from the chain (claims, reveals,
outcomes, credits) and IPFS (the signed label documents, for the time each
annotator spent per task) and prints the pilot report of docs/PILOT.md: per
annotator items, median and p90 time per item, error rates against the
consensus and against gold, tokens earned and the effective hourly rate; the
campaign's agreement, dispute rate and drop-off; a reward per tier for a
target hourly rate and the cheapest k and q whose consensus reaches a target
accuracy.

Gold answers are known only to the requester's journal: run it as the
requester to see gold error rates. --input writes the report's input
(kappa/pilot-input@1 JSON) instead, for archiving or for comparing pilots.`,
		Example: `  kappa pilot
  kappa pilot --price 0.05 --currency USD --target-hourly 15 --target-accuracy 0.97
  kappa pilot --format html --out pilot.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("format") && app.Flags.JSON {
				format = "json"
			}
			if err := checkFormat("format", format, pilot.Formats); err != nil {
				return err
			}
			if opts.TargetHourly != "" && opts.Price == "" {
				return fmt.Errorf("--target-hourly needs --price (the fiat price of one token)")
			}
			ctx := cmd.Context()
			c, err := app.OpenCampaign(ctx)
			if err != nil {
				return err
			}
			p, err := readmodel.Pilot(ctx, c, func(m string) { app.Warn("%s", m) })
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if input {
				if err := pilot.WritePilot(&buf, p); err != nil {
					return err
				}
				return writeOutput(ctx, app, out, buf.Bytes())
			}
			rep, err := pilot.Build(p, opts)
			if err != nil {
				return err
			}
			if err := pilot.Render(&buf, rep, format); err != nil {
				return err
			}
			return writeOutput(ctx, app, out, buf.Bytes())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Price, "price", "", "fiat price of one whole token, e.g. 0.05")
	f.StringVar(&opts.Currency, "currency", "", "name of the fiat currency, for display (e.g. USD)")
	f.StringVar(&opts.TargetHourly, "target-hourly", "", "hourly pay in fiat the reward calibration aims at (needs --price)")
	f.StringVar(&opts.TargetAccuracy, "target-accuracy", "", "accuracy of accepted labels the k/q recommendation must reach (default "+pilot.DefaultTargetAccuracy+")")
	f.StringVar(&opts.MaxDisputeRate, "max-dispute-rate", "", "exclude k/q options sending more than this share of tasks to reviewers")
	f.StringVar(&opts.CostTier, "cost-tier", "", "tier whose reward prices the k/q table (default the first)")
	f.StringVar(&format, "format", "text", "output format: "+strings.Join(pilot.Formats, ", ")+" (--json implies json)")
	f.StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	f.BoolVar(&input, "input", false, "write the report's input (kappa/pilot-input@1) instead of the report")
	return cmd
}
