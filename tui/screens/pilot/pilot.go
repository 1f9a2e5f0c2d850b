package pilot

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/table"
)

// Model is the pilot screen.
type Model struct {
	c             *common.Common
	width, height int
	report        common.Loader[backend.PilotReport]
	tbl           *table.Model
}

// New returns the pilot screen.
func New(c *common.Common) *Model {
	return &Model{c: c, report: common.NewLoader[backend.PilotReport](), tbl: table.New(c.Styles, []table.Column{
		{Title: "annotator", Width: 11},
		{Title: "items", Width: 5, Right: true},
		{Title: "median", Width: 6, Right: true},
		{Title: "p90", Width: 6, Right: true},
		{Title: "err cons", Width: 8, Right: true},
		{Title: "err gold", Width: 8, Right: true},
		{Title: "earned", Right: true},
		{Title: "per hour", Right: true},
	})}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Pilot" }

// Captures implements common.Screen.
func (m *Model) Captures(tea.KeyMsg) bool { return false }

// Init loads the report.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.report.Load(m.c, "load pilot report", func(ctx context.Context, b backend.Backend) (backend.PilotReport, error) {
		return b.Pilot(ctx)
	})
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.tbl.SetSize(w, max(2, h-4))
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := m.report.Take(msg); ok {
		m.rows()
		return m, nil
	}
	switch msg := msg.(type) {
	case common.ShownMsg:
		// Chunks finalize, disputes get resolved and balances move while
		// the user is on another screen: reload on arrival.
		return m, m.load()
	case common.CampaignMsg:
		m.rows() // amounts depend on the token's decimals
	case tea.KeyMsg:
		k := m.c.Keys
		switch {
		case m.tbl.Navigate(msg, k):
		case key.Matches(msg, k.Refresh):
			return m, m.load()
		}
	}
	return m, nil
}

func (m *Model) rows() {
	rows := make([][]string, len(m.report.Data.Rows))
	for i, r := range m.report.Data.Rows {
		med, p90 := backend.Unknown, backend.Unknown
		if r.Items > 0 {
			med, p90 = backend.FormatDuration(r.Median), backend.FormatDuration(r.P90)
		}
		rows[i] = []string{
			backend.ShortAddr(r.Annotator),
			fmt.Sprint(r.Items),
			med, p90,
			backend.Percent(r.ConsensusErrors, r.ConsensusChecked),
			backend.Percent(r.GoldErrors, r.GoldChecked),
			m.c.Amount(r.Earnings),
			backend.FormatApprox(backend.PerHour(r.Earnings, r.Hours), m.c.Token(), 2),
		}
	}
	m.tbl.SetRows(rows)
}

// View implements tea.Model.
func (m *Model) View() string {
	st := m.c.Styles
	if !m.report.Loaded {
		return common.Fit(st.Subtle.Render(common.Loading("pilot report", m.report.ErrText(), m.width)), m.width, m.height)
	}
	items := 0
	for _, r := range m.report.Data.Rows {
		items += r.Items
	}
	head := fmt.Sprintf("%s · %d annotators · %d items", st.Title.Render("Pilot"), len(m.report.Data.Rows), items)
	lines := []string{head, ""}
	if len(m.report.Data.Rows) == 0 {
		lines = append(lines, st.Subtle.Render("No pilot figures yet."))
	} else {
		lines = append(lines, m.tbl.View(), "", st.Subtle.Render(common.Wrap(
			"time per item: median and 90th percentile · error: share of items that differ from consensus / from gold", m.width)))
	}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Down, k.Up, k.Refresh, k.NextScreen, k.PrevScreen, k.FullHelp, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Refresh, k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}
