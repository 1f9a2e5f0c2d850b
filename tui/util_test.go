package tui_test

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui"
	"github.com/kappa-dev/kappa/tui/fake"
	"github.com/kappa-dev/kappa/tui/styles"
)

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func newModel(b *fake.Backend) *tui.Model {
	return tui.New(b, tui.Options{Now: func() time.Time { return fake.Base }, Styles: styles.PlainStyles()})
}
