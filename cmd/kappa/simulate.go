package main

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/devnet/simulate"
	"github.com/kappa-dev/kappa/client/pilot"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newSimulateCmd) }

// parseTokens reads a decimal amount of whole tokens (18 decimals) exactly.
func parseTokens(flag, s string) (*big.Int, error) {
	r, err := pilot.ParseDecimal(s)
	if err != nil {
		return nil, fmt.Errorf("--%s %q: %w", flag, s, err)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("--%s %q: more than 18 decimals", flag, s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// perMille reads a probability written as a decimal in [0, 1].
func perMille(flag, s string) (int, error) {
	r, err := pilot.ParseDecimal(s)
	if err != nil {
		return 0, fmt.Errorf("--%s %q: %w", flag, s, err)
	}
	f, _ := r.Float64()
	if f > 1 {
		return 0, fmt.Errorf("--%s %q: want a decimal from 0 to 1", flag, s)
	}
	return int(math.Round(f * 1000)), nil
}

func newSimulateCmd(app *cli.App) *cobra.Command {
	var (
		cfg                        simulate.Config
		pop                        = simulate.DefaultPopulation
		corpusPath                 string
		reward, fee, stake         string
		accLo, accHi               string
		format, out, pilotOut      string
		sweep, progress            bool
		sweepKs                    []int
		sweepRewards               []string
		targetAccuracy             string
		maxDisputes                string
		honest, random, constant   int
		copier, pairs, nonrev, syb int
		hedgers, squatters         int
	)
	d := simulate.Defaults()
	cmd := &cobra.Command{
		Use:   "simulate",
		Short: "Simulate a campaign with honest and adversarial annotators on the real contracts",
		Long: `simulate runs a whole campaign through the real KappaHub and the real campaign
client on an in-process dev chain (in memory) with a kubo IPFS node, over a
labeled JSONL corpus (the embedded fortunes by default), with simulated
annotators: honest ones (accuracy drawn from a range, log-normal time per
item), a random clicker, an always-the-same-label clicker, a copier (replays
another seat's commitment; the hub refuses its reveal), a colluding pair (one
agreed label), a non-revealer and one person with k wallets (sybil);
--hedgers adds hedging sybils (k-1 wallets, wallet i always answering label
i) and --squatters lane squatters (claim, never commit). The
campaign's arbiter resolves every dispute with the true label.

It reports accepted-label accuracy against the truth, the dispute rate,
earnings per annotator kind (per seat held), gas and cost per accepted label,
and checks that escrow is conserved to the unit after every chunk. --sweep
runs every k of --sweep-k with every quorum q (k/2 < q <= k) at every
--sweep-reward and recommends the cheapest parameters whose consensus
accuracy reaches --target-accuracy while honest annotators out-earn every
adversary. The same --seed gives the same report. docs/MECHANISM.md discusses
what it finds.`,
		Example: `  kappa simulate
  kappa simulate --seed 7 --k 5 --q 3 --gold 2 --json
  kappa simulate --sweep --sweep-k 1,3,5 --sweep-reward 0.5,1 --ipfs memory`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("format") && app.Flags.JSON {
				format = "json"
			}
			if err := checkFormat("format", format, []string{"text", "json"}); err != nil {
				return err
			}
			if corpusPath != "" {
				f, err := os.Open(corpusPath)
				if err != nil {
					return fmt.Errorf("--corpus: %w", err)
				}
				items, err := corpus.Read(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("--corpus %s: %w", corpusPath, err)
				}
				for _, it := range items {
					if it.Label == "" {
						return fmt.Errorf("--corpus %s: item %q has no label: the simulator needs the truth", corpusPath, it.ID)
					}
				}
				cfg.Corpus = items
			}
			var err error
			if cfg.Reward, err = parseTokens("reward", reward); err != nil {
				return err
			}
			if cfg.ReviewerFee, err = parseTokens("reviewer-fee", fee); err != nil {
				return err
			}
			if stake != "" {
				if cfg.Stake, err = parseTokens("stake", stake); err != nil {
					return err
				}
			}
			if cfg.HonestAccuracy[0], err = perMille("accuracy-min", accLo); err != nil {
				return err
			}
			if cfg.HonestAccuracy[1], err = perMille("accuracy-max", accHi); err != nil {
				return err
			}
			f := cmd.Flags()
			for _, o := range []struct {
				name string
				src  *int
				dst  *int
			}{
				{"honest", &honest, &pop.Honest}, {"random", &random, &pop.Random}, {"constant", &constant, &pop.Constant},
				{"copier", &copier, &pop.Copier}, {"colluding-pairs", &pairs, &pop.ColludingPairs},
				{"non-revealer", &nonrev, &pop.NonRevealer}, {"sybil", &syb, &pop.Sybil},
				{"hedgers", &hedgers, &pop.Hedger}, {"squatters", &squatters, &pop.Squatter},
			} {
				if f.Changed(o.name) {
					if *o.src < 0 {
						return fmt.Errorf("--%s %d: want 0 or more", o.name, *o.src)
					}
					*o.dst = *o.src
				}
			}
			cfg.Population = pop
			if cfg.NoGold = cfg.GoldPerChunk == 0; cfg.NoGold && f.Changed("max-gold-misses") {
				return fmt.Errorf("--max-gold-misses needs gold tasks (--gold > 0)")
			}
			if f.Changed("k") && !f.Changed("q") {
				cfg.Q = cfg.K/2 + 1 // the smallest quorum
			}
			if progress {
				cfg.Progress = func(m string) { app.Info("simulate: %s", m) }
			}
			if pilotOut != "" {
				if sweep {
					return fmt.Errorf("--pilot goes with a single run, not --sweep")
				}
				pf := "text"
				switch strings.ToLower(filepath.Ext(pilotOut)) {
				case ".html", ".htm":
					pf = "html"
				case ".json":
					pf = "json"
				}
				cfg.Pilot = func(p *pilot.Pilot) error {
					rep, err := pilot.Build(p, pilot.Options{})
					if err != nil {
						return err
					}
					var buf bytes.Buffer
					if err := pilot.Render(&buf, rep, pf); err != nil {
						return err
					}
					return writeOutput(cmd.Context(), app, pilotOut, buf.Bytes())
				}
			}
			ctx := cmd.Context()
			var buf bytes.Buffer
			if sweep {
				g := simulate.Grid{Ks: sweepKs}
				if g.TargetAccuracy, err = perMille("target-accuracy", targetAccuracy); err != nil {
					return err
				}
				if maxDisputes != "" {
					if g.MaxDisputeRate, err = perMille("max-dispute-rate", maxDisputes); err != nil {
						return err
					}
				}
				for _, s := range sweepRewards {
					v, err := parseTokens("sweep-reward", s)
					if err != nil {
						return err
					}
					g.Rewards = append(g.Rewards, v)
				}
				rep, err := simulate.Sweep(ctx, cfg, g)
				if err != nil {
					return err
				}
				if format == "json" {
					err = simulate.WriteSweepJSON(&buf, rep)
				} else {
					err = simulate.WriteSweepText(&buf, rep)
				}
				if err != nil {
					return err
				}
				return writeOutput(ctx, app, out, buf.Bytes())
			}
			rep, err := simulate.Run(ctx, cfg)
			if err != nil {
				return err
			}
			if format == "json" {
				err = simulate.WriteJSON(&buf, rep)
			} else {
				err = simulate.WriteText(&buf, rep)
			}
			if err != nil {
				return err
			}
			return writeOutput(ctx, app, out, buf.Bytes())
		},
	}
	f := cmd.Flags()
	f.Int64Var(&cfg.Seed, "seed", 1, "random seed: the same seed gives the same report")
	f.StringVar(&corpusPath, "corpus", "", "labeled JSONL corpus ({id, text, label or truth} per line, other fields ignored; default the embedded fortunes)")
	f.IntVar(&cfg.Tasks, "tasks", d.Tasks, "items drawn from the corpus")
	f.IntVar(&cfg.ChunkSize, "chunk-size", d.ChunkSize, "tasks per chunk")
	f.IntVar(&cfg.GoldPerChunk, "gold", d.GoldPerChunk, "gold tasks per chunk (0: none)")
	f.IntVar(&cfg.MaxGoldMisses, "max-gold-misses", 0, "gold tasks an annotator may miss per chunk before losing its pay")
	f.IntVar(&cfg.K, "k", d.K, "annotators per chunk")
	f.IntVar(&cfg.Q, "q", d.Q, "agreeing annotators needed, k/2 < q <= k (default with --k: the smallest)")
	f.StringVar(&reward, "reward", "1", "tokens per accepted label")
	f.StringVar(&fee, "reviewer-fee", "0.5", "tokens per resolved dispute")
	f.StringVar(&stake, "stake", "", "tokens a seat stakes per task (default: the recommended stake, twice the break-even of guessing gold)")
	f.BoolVar(&cfg.Assign, "assign", false, "the hub draws every seat (protocol v2): each wallet asks for work and sits where the draw puts it, one lane per k wallets; default: persons take whole chunks in turn, a sybil's wallets together")
	f.StringVar(&accLo, "accuracy-min", "0.75", "lowest accuracy of an honest annotator")
	f.StringVar(&accHi, "accuracy-max", "0.95", "highest accuracy of an honest annotator")
	f.DurationVar(&cfg.HonestSpeed, "speed", d.HonestSpeed, "median time per item of an honest annotator")
	f.IntVar(&honest, "honest", pop.Honest, "honest annotators")
	f.IntVar(&random, "random", pop.Random, "random clickers")
	f.IntVar(&constant, "constant", pop.Constant, "annotators who always give the first label")
	f.IntVar(&copier, "copier", pop.Copier, "copiers (replay another seat's commitment)")
	f.IntVar(&pairs, "colluding-pairs", pop.ColludingPairs, "colluding pairs (two wallets, one agreed label)")
	f.IntVar(&nonrev, "non-revealer", pop.NonRevealer, "annotators who commit and never reveal")
	f.IntVar(&syb, "sybil", pop.Sybil, "persons holding k wallets each")
	f.IntVar(&hedgers, "hedgers", pop.Hedger, "hedging sybils: k-1 wallets each, wallet i always answers label i")
	f.IntVar(&squatters, "squatters", pop.Squatter, "lane squatters: claim seats and never commit")
	f.StringVar(&cfg.IPFS, "ipfs", simulate.IPFSKubo, "document store: kubo (in-process node) or memory (content-addressed, simulator only)")
	f.BoolVar(&sweep, "sweep", false, "run every k of --sweep-k with every q at every --sweep-reward and recommend parameters")
	f.IntSliceVar(&sweepKs, "sweep-k", []int{1, 3, 5}, "replications the sweep tries")
	f.StringSliceVar(&sweepRewards, "sweep-reward", nil, "rewards (tokens) the sweep tries (default --reward)")
	f.StringVar(&targetAccuracy, "target-accuracy", "0.95", "consensus accuracy a recommended row must reach")
	f.StringVar(&maxDisputes, "max-dispute-rate", "", "sweep: exclude rows sending more than this share of tasks to reviewers")
	f.StringVar(&format, "format", "text", "output format: text or json (--json implies json)")
	f.StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	f.BoolVar(&progress, "progress", false, "print a line per chunk on standard error")
	f.StringVar(&pilotOut, "pilot", "", "also write the requester's pilot report of the simulated campaign to this file (.html, .json or text)")
	return cmd
}
