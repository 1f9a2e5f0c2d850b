//go:build kappadeps

// Package deps pins the project's chosen dependencies in go.mod before the
// code that uses them lands.
package deps

import (
	_ "github.com/BurntSushi/toml"
	_ "github.com/charmbracelet/bubbles/help"
	_ "github.com/charmbracelet/bubbletea"
	_ "github.com/charmbracelet/glamour"
	_ "github.com/charmbracelet/lipgloss"
	_ "github.com/charmbracelet/x/exp/teatest"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ipfs/go-ipfs-api"
	_ "github.com/ipfs/kubo/core"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/bbolt"
)
