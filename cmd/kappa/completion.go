package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

func init() { addCommandGroup(newCompletionCmd) }

func newCompletionCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish",
		Short: "Print a shell completion script",
		Long: `Print a completion script for your shell. For example:

  bash:  source <(kappa completion bash)
  zsh:   kappa completion zsh > "${fpath[1]}/_kappa"
  fish:  kappa completion fish > ~/.config/fish/completions/kappa.fish`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish"},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(app.Stdout, true)
			case "zsh":
				return root.GenZshCompletion(app.Stdout)
			case "fish":
				return root.GenFishCompletion(app.Stdout, true)
			default:
				return fmt.Errorf("no completion for shell %q (want bash, zsh or fish)", args[0])
			}
		},
	}
}
