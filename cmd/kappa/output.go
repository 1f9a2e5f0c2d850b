package main

import (
	"context"

	"github.com/kappa-dev/kappa/cmd/kappa/internal/cli"
	"github.com/kappa-dev/kappa/cmd/kappa/internal/outfile"
)

// writeOutput writes the bytes to standard output when path is empty or
// "-", else to path with outfile.Write: a regular file (or a new one) is
// replaced atomically, keeping its mode, so a failed run never leaves half a
// report; a FIFO or device such as /dev/null is written in place, never
// replaced; a symbolic link is followed. Every -o/--out goes through here.
func writeOutput(ctx context.Context, app *cli.App, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := app.Stdout.Write(data)
		return err
	}
	if err := outfile.Write(ctx, path, data); err != nil {
		return err
	}
	app.Info("wrote %s", path)
	return nil
}
