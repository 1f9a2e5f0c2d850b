package review

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/table"
	"github.com/kappa-dev/kappa/tui/keys"
)

// resolved is a ruling the screen sent: the task (as shown) and the
// transaction that carried it.
type resolved struct {
	Task string
	Tx   backend.Tx
}

// Model is the review screen.
type Model struct {
	c             *common.Common
	width, height int
	review        common.Loader[backend.Review]
	rv            backend.Review // review.Data
	sel           int
	choice        []string
	sending       bool
	labels        []keys.LabelKey
	vp            viewport.Model
	tbl           *table.Model
}

// New returns the review screen.
func New(c *common.Common) *Model {
	t := table.New(c.Styles, []table.Column{
		{Title: "annotator", Width: 13},
		{Title: "rep", Width: 5, Right: true},
		{Title: "label"},
	})
	t.ShowCursor = false
	return &Model{c: c, review: common.NewLoader[backend.Review](), vp: viewport.New(0, 0), tbl: t}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Review" }

// Captures claims the label hotkeys while a dispute is shown.
func (m *Model) Captures(msg tea.KeyMsg) bool {
	if len(m.rv.Disputes) == 0 || !m.rv.Eligible {
		return false
	}
	for _, l := range m.labels {
		if key.Matches(msg, l.Binding) {
			return true
		}
	}
	return false
}

// Init loads the disputes.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.review.Load(m.c, "load disputes", func(ctx context.Context, b backend.Backend) (backend.Review, error) {
		return b.Review(ctx)
	})
}

// chrome: header, blank, rule, reveals (header + rows), blank, ruling line.
func (m *Model) reveals() int {
	if len(m.rv.Disputes) == 0 {
		return 0
	}
	return len(m.rv.Disputes[m.sel].Reveals)
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

func (m *Model) layout() {
	rv := min(m.reveals(), max(1, m.height/3))
	m.tbl.SetSize(m.width, rv+1)
	m.vp.Width = m.width
	m.vp.Height = max(1, m.height-(rv+1)-3) // head, rule, ruling
	if len(m.rv.Disputes) > 0 {
		m.vp.SetContent(common.Wrap(m.rv.Disputes[m.sel].Text, m.width))
	}
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := m.review.Take(msg); ok {
		m.rv = m.review.Data
		m.sel = min(m.sel, max(0, len(m.rv.Disputes)-1))
		m.show()
		return m, nil
	}
	switch msg := msg.(type) {
	case common.ShownMsg:
		// Chunks finalize, disputes get resolved and balances move while
		// the user is on another screen: reload on arrival.
		return m, m.load()
	case common.SchemaMsg:
		s := msg.Schema
		ids, names, hot := make([]string, len(s.Labels)), make([]string, len(s.Labels)), make([]string, len(s.Labels))
		for i, l := range s.Labels {
			ids[i], names[i], hot[i] = l.ID, l.Name, l.Hotkey
		}
		m.labels, _ = m.c.Keys.LabelBindings(ids, names, hot) // warnings are shown by annotate
		m.rows()                                              // label names come from the schema
	case common.Result[resolved]:
		m.sending = false
		if msg.Err != nil {
			return m, nil // the status line shows it
		}
		r := msg.Data
		text := fmt.Sprintf("resolved task %s · fee %s · tx %s", r.Task, m.c.Amount(r.Tx.Amount), backend.ShortHash(r.Tx.Hash))
		return m, tea.Batch(m.load(), func() tea.Msg { return common.InfoMsg{Text: text} })
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) show() {
	m.choice = nil
	m.layout()
	m.vp.GotoTop()
	if len(m.rv.Disputes) == 0 {
		m.tbl.SetRows(nil)
		return
	}
	m.rows()
}

func (m *Model) rows() {
	if len(m.rv.Disputes) == 0 {
		return
	}
	d := m.rv.Disputes[m.sel]
	rows := make([][]string, len(d.Reveals))
	for i, r := range d.Reveals {
		rows[i] = []string{backend.ShortAddr(r.Annotator), fmt.Sprint(r.Reputation), m.names(r.Labels)}
	}
	m.tbl.SetRows(rows)
}

func (m *Model) names(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if m.c.Schema != nil {
			out[i] = m.c.Schema.LabelName(id)
		}
	}
	return strings.Join(out, "+")
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.Keys
	if len(m.rv.Disputes) == 0 {
		if key.Matches(msg, k.Refresh) {
			return m.load()
		}
		return nil
	}
	for _, l := range m.labels {
		if key.Matches(msg, l.Binding) {
			if m.c.Schema != nil && m.c.Schema.Kind == backend.Multi {
				if i := slices.Index(m.choice, l.ID); i >= 0 {
					m.choice = slices.Delete(m.choice, i, i+1)
				} else {
					m.choice = append(m.choice, l.ID)
				}
			} else {
				m.choice = []string{l.ID}
			}
			return nil
		}
	}
	switch {
	case key.Matches(msg, k.Next):
		if m.sel < len(m.rv.Disputes)-1 {
			m.sel++
			m.show()
		}
	case key.Matches(msg, k.Prev):
		if m.sel > 0 {
			m.sel--
			m.show()
		}
	case common.Scroll(&m.vp, msg, k):
	case key.Matches(msg, k.Cancel):
		m.choice = nil
	case key.Matches(msg, k.Refresh):
		return m.load()
	case key.Matches(msg, k.Confirm):
		if len(m.choice) == 0 || m.sending {
			return nil
		}
		if !m.rv.Eligible {
			return func() tea.Msg { return common.ErrMsg{Op: "resolve", Err: fmt.Errorf("not eligible: %s", m.rv.Reason)} }
		}
		d, labels := m.rv.Disputes[m.sel], slices.Clone(m.choice)
		m.sending = true
		return common.Run(m.c, "resolve task "+d.Title(), func(ctx context.Context, b backend.Backend) (resolved, error) {
			tx, err := b.Resolve(ctx, d.Chunk, d.Task, labels)
			return resolved{Task: d.Title(), Tx: tx}, err
		})
	}
	return nil
}

// View implements tea.Model.
func (m *Model) View() string {
	st := m.c.Styles
	switch {
	case !m.review.Loaded:
		return common.Fit(st.Subtle.Render(common.Loading("disputes", m.review.ErrText(), m.width)), m.width, m.height)
	case !m.rv.Eligible:
		return common.Fit(st.Title.Render("Review")+"\n\n"+common.Wrap("You cannot review yet: "+m.rv.Reason, m.width), m.width, m.height)
	case len(m.rv.Disputes) == 0:
		return common.Fit(fmt.Sprintf("%s · earned as reviewer %s\n\n%s", st.Title.Render("Review"), m.c.Amount(m.rv.Earned),
			st.Subtle.Render("No open disputes. Tasks without a quorum appear here.")), m.width, m.height)
	}
	d := m.rv.Disputes[m.sel]
	head := common.Spread(
		fmt.Sprintf("%s · dispute %d/%d · chunk %d · task %s", st.Title.Render("Review"), m.sel+1, len(m.rv.Disputes), d.Chunk, d.Title()),
		fmt.Sprintf("fee %s · earned %s", m.c.Amount(d.Fee), m.c.Amount(m.rv.Earned)), m.width)
	pos := ""
	if m.vp.TotalLineCount() > m.vp.Height {
		pos = fmt.Sprintf(" %d%% ", int(m.vp.ScrollPercent()*100))
	}
	rule := st.Subtle.Render("── text " + strings.Repeat("─", max(0, m.width-8-ansi.StringWidth(pos))) + pos)
	lines := []string{head, rule, m.vp.View(), m.tbl.View(), m.ruling()}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

func (m *Model) ruling() string {
	st := m.c.Styles
	var chips []string
	for _, l := range m.labels {
		ks := l.Binding.Keys()
		if len(ks) == 0 {
			continue
		}
		name := l.Name
		if slices.Contains(m.choice, l.ID) {
			name = st.Selected.Render("›" + name + "‹")
		} else {
			name = " " + name + " "
		}
		chips = append(chips, st.HotKey.Render("["+ks[0]+"]")+name)
	}
	tail := "pick one"
	switch {
	case m.sending:
		tail = "resolving…"
	case len(m.choice) > 0:
		tail = "enter: confirm"
	}
	return ansi.Truncate("ruling:"+strings.Join(chips, "")+" · "+st.Warn.Render(tail), m.width, "…")
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	var ks []string
	for _, l := range m.labels {
		ks = append(ks, l.Binding.Keys()...)
	}
	pick := key.NewBinding(key.WithDisabled())
	if len(ks) > 0 {
		pick = key.NewBinding(key.WithKeys(ks...), key.WithHelp(ks[0]+"-"+ks[len(ks)-1], "choose"))
	}
	return []key.Binding{pick, k.Confirm, k.Next, k.Prev, k.Down, k.Up, k.FullHelp, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	var ls []key.Binding
	for _, l := range m.labels {
		ls = append(ls, l.Binding)
	}
	return [][]key.Binding{
		ls,
		{k.Confirm, k.Cancel, k.Next, k.Prev},
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Refresh, k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}
