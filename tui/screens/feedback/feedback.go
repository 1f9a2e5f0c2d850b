package feedback

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

// Model is the feedback screen.
type Model struct {
	c             *common.Common
	width, height int
	feed          common.Loader[[]backend.ChunkFeedback]
	fb            []backend.ChunkFeedback
	sel           int
	known         map[uint64]bool // finalized chunks already shown
	tbl           *table.Model
}

// New returns the feedback screen.
func New(c *common.Common) *Model {
	return &Model{c: c, feed: common.NewLoader[[]backend.ChunkFeedback](), known: map[uint64]bool{}, tbl: table.New(c.Styles, []table.Column{
		{Title: "task"},
		{Title: "yours", Width: 12},
		{Title: "accepted", Width: 12},
		{Title: "", Width: 6},
	})}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Feedback" }

// Captures implements common.Screen.
func (m *Model) Captures(tea.KeyMsg) bool { return false }

// Init loads the feedback.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.feed.Load(m.c, "load feedback", func(ctx context.Context, b backend.Backend) ([]backend.ChunkFeedback, error) {
		return b.Feedback(ctx)
	})
}

const headLines = 5 // title, summary, confusions, reputation, blank

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.tbl.SetSize(w, max(2, h-headLines))
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if r, ok := m.feed.Take(msg); ok {
		if r.Err == nil {
			m.fb = r.Data
			m.known = map[uint64]bool{}
			for _, f := range m.fb {
				m.known[f.Chunk] = true
			}
			m.sel = min(m.sel, max(0, len(m.fb)-1))
			m.rows()
		}
		return m, nil
	}
	switch msg := msg.(type) {
	case common.ShownMsg:
		// Chunks finalize, disputes get resolved and balances move while
		// the user is on another screen: reload on arrival.
		return m, m.load()
	case common.SchemaMsg, common.CampaignMsg:
		m.rows() // label names and amounts depend on them
	case common.StatusMsg:
		// A chunk tallied since the last load: fetch its outcome.
		for _, s := range msg.Status.Submissions {
			if s.Phase.Tallied() && m.feed.Loaded && !m.known[s.Chunk] {
				m.known[s.Chunk] = true
				return m, m.load()
			}
		}
	case tea.KeyMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Next):
			if m.sel < len(m.fb)-1 {
				m.sel++
				m.tbl.SetCursor(0)
				m.rows()
			}
		case key.Matches(msg, k.Prev):
			if m.sel > 0 {
				m.sel--
				m.tbl.SetCursor(0)
				m.rows()
			}
		case m.tbl.Navigate(msg, k):
		case key.Matches(msg, k.Refresh):
			return m, m.load()
		}
	}
	return m, nil
}

func (m *Model) names(ids []string) string {
	if ids == nil {
		return backend.Unknown
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if m.c.Schema != nil {
			out[i] = m.c.Schema.LabelName(id)
		}
	}
	return strings.Join(out, "+")
}

func (m *Model) rows() {
	if len(m.fb) == 0 {
		m.tbl.SetRows(nil)
		return
	}
	f := m.fb[m.sel]
	rows := make([][]string, len(f.Outcomes))
	for i, o := range f.Outcomes {
		mark := "✗"
		switch {
		case o.Accepted == nil:
			mark = "open"
		case o.Agreed():
			mark = "✓"
		}
		if o.Gold {
			mark += " gold"
		}
		acc := m.names(o.Accepted)
		if o.Disputed && o.Accepted == nil {
			acc = "disputed"
		}
		rows[i] = []string{o.Text, m.names(o.Mine), acc, mark}
	}
	m.tbl.SetRows(rows)
}

// View implements tea.Model.
func (m *Model) View() string {
	st := m.c.Styles
	switch {
	case !m.feed.Loaded:
		return common.Fit(st.Subtle.Render(common.Loading("feedback", m.feed.ErrText(), m.width)), m.width, m.height)
	case len(m.fb) == 0:
		return common.Fit(st.Title.Render("Feedback")+"\n\n"+st.Subtle.Render(common.Wrap(
			"No finalized chunk yet. Outcomes appear here once a chunk you labeled is tallied on-chain.", m.width)), m.width, m.height)
	}
	f := m.fb[m.sel]
	one := []backend.ChunkFeedback{f}
	a, d := backend.Agreement(one)
	ta, td := backend.Agreement(m.fb)
	gr, gt := backend.GoldScore(one)
	rep := backend.RepTotal(f.Rep)

	head := common.Spread(
		fmt.Sprintf("%s · chunk %d (%s)", st.Title.Render("Feedback"), f.Chunk, f.Tier),
		fmt.Sprintf("%d/%d · n/p chunk", m.sel+1, len(m.fb)), m.width)
	summary := fmt.Sprintf("agreement %d/%d %s · overall %s · gold %d/%d · rep %+d · earned %s",
		a, d, backend.Percent(a, d), backend.Percent(ta, td), gr, gt, rep, m.c.Amount(f.Earned))

	var conf []string
	for _, c := range backend.Confusions(m.fb, 3) {
		conf = append(conf, fmt.Sprintf("%s→%s ×%d", m.names(strings.Split(c.Mine, "+")), m.names(strings.Split(c.Accepted, "+")), c.Count))
	}
	confLine := "confusions (you→accepted): none"
	if len(conf) > 0 {
		confLine = "confusions (you→accepted): " + strings.Join(conf, ", ")
	}
	var reps []string
	for _, r := range f.Rep {
		reps = append(reps, fmt.Sprintf("%+d %s", r.Delta, r.Reason))
	}
	repLine := "reputation: " + strings.Join(reps, "; ")
	if len(reps) == 0 {
		repLine = "reputation: unchanged"
	}
	lines := []string{head, summary, st.Subtle.Render(confLine), st.Subtle.Render(repLine), "", m.tbl.View()}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Next, k.Prev, k.Down, k.Up, k.Refresh, k.NextScreen, k.FullHelp, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Next, k.Prev, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Refresh, k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}
