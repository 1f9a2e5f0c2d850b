package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
)

// version is set at link time: go build -ldflags "-X main.version=v0.1.0".
var version = "devel"

func init() { addCommandGroup(newVersionCmd) }

// versionInfo is what `kappa version --json` prints.
type versionInfo struct {
	Version  string `json:"version"`
	Commit   string `json:"commit,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

func newVersionCmd(app *cli.App) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print kappa's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := versionInfo{Version: version, Go: runtime.Version()}
			if bi, ok := debug.ReadBuildInfo(); ok {
				if v.Version == "devel" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v.Version = bi.Main.Version
				}
				for _, s := range bi.Settings {
					switch s.Key {
					case "vcs.revision":
						v.Commit = s.Value
					case "vcs.modified":
						v.Modified = s.Value == "true"
					}
				}
			}
			return app.Print(v, func(w io.Writer) error {
				_, err := fmt.Fprintf(w, "kappa %s (%s)\n", v.Version, v.Go)
				return err
			})
		},
	}
}
