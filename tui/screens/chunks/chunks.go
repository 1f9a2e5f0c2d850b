package chunks

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/table"
)

// claim is the result of a claim: the chunk asked for, and the chunk in
// its new state when the claim succeeded.
type claim struct {
	ID    uint64
	Chunk backend.Chunk
}

// work is the result of asking for work: the chunk the hub drew.
type work struct {
	Chunk backend.Chunk
}

// Model is the chunks screen.
type Model struct {
	c             *common.Common
	width, height int
	list          common.Loader[[]backend.Chunk]
	chunks        []backend.Chunk // list.Data, sorted
	claiming      map[uint64]bool
	asking        bool // a request for work is in flight
	rep           *int64
	tbl           *table.Model
}

// New returns the chunks screen.
func New(c *common.Common) *Model {
	return &Model{c: c, list: common.NewLoader[[]backend.Chunk](), claiming: map[uint64]bool{}, tbl: table.New(c.Styles, []table.Column{
		{Title: "chunk", Width: 5, Right: true},
		{Title: "tier", Width: 9},
		{Title: "tasks", Width: 7, Right: true},
		{Title: "reward/label", Width: 12, Right: true},
		{Title: "min rep", Width: 7, Right: true},
		{Title: "state", Width: 11}, // "gold missed"
		{Title: "deadline", Width: 0},
	})}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Chunks" }

// Captures implements common.Screen; this screen has no label hotkeys.
func (m *Model) Captures(tea.KeyMsg) bool { return false }

// Init loads the list.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.list.Load(m.c, "load chunks", func(ctx context.Context, b backend.Backend) ([]backend.Chunk, error) {
		return b.Chunks(ctx)
	})
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.tbl.SetSize(w, max(2, h-4))
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if r, ok := m.list.Take(msg); ok {
		if r.Err == nil {
			m.chunks = sorted(r.Data)
		}
		m.rows()
		return m, nil
	}
	switch msg := msg.(type) {
	case common.Result[claim]:
		delete(m.claiming, msg.Data.ID)
		if msg.Err != nil {
			m.rows()
			return m, nil // the status line shows it
		}
		return m, tea.Batch(
			func() tea.Msg {
				return common.InfoMsg{Text: fmt.Sprintf("claimed chunk %d: enter to label it", msg.Data.ID)}
			},
			func() tea.Msg { return common.ChunksChangedMsg{} },
		)
	case common.Result[work]:
		m.asking = false
		if msg.Err != nil {
			m.rows()
			return m, nil // the status line shows it
		}
		id := msg.Data.Chunk.ID
		return m, tea.Batch(
			func() tea.Msg {
				return common.InfoMsg{Text: fmt.Sprintf("you were given chunk %d: enter to label it", id)}
			},
			func() tea.Msg { return common.ChunksChangedMsg{} },
		)
	case common.ChunksChangedMsg, common.ShownMsg:
		// Labeled counts move while the user labels elsewhere.
		return m, m.load()
	case common.CampaignMsg:
		m.rows() // amounts depend on the token's decimals
	case common.StatusMsg:
		r := msg.Status.Reputation
		m.rep = &r
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case m.tbl.Navigate(msg, k):
	case key.Matches(msg, k.Refresh):
		return m.load()
	case key.Matches(msg, k.Work):
		switch {
		case !m.assigned():
			return errCmd("ask for work", errors.New("you pick chunks here: select one and press c"))
		case m.asking:
			return nil
		}
		m.asking = true
		return common.Run(m.c, "ask for work", func(ctx context.Context, b backend.Backend) (work, error) {
			got, err := b.Work(ctx)
			return work{Chunk: got}, err
		})
	case key.Matches(msg, k.Claim):
		c, ok := m.selected()
		switch {
		case m.assigned():
			return errCmd("claim", errors.New("the hub draws the seats here: press a to ask for work"))
		case !ok:
			return nil
		case c.State != backend.ChunkClaimable:
			return errCmd(fmt.Sprintf("claim chunk %d", c.ID), fmt.Errorf("already %s", c.State))
		case !c.Eligible:
			return errCmd(fmt.Sprintf("claim chunk %d", c.ID), fmt.Errorf("the %s tier needs reputation %d", c.Tier, c.MinReputation))
		case m.claiming[c.ID]:
			return nil
		}
		m.claiming[c.ID] = true
		m.rows()
		id := c.ID
		return common.Run(m.c, fmt.Sprintf("claim chunk %d", id), func(ctx context.Context, b backend.Backend) (claim, error) {
			got, err := b.Claim(ctx, id)
			return claim{ID: id, Chunk: got}, err
		})
	case key.Matches(msg, k.Open):
		c, ok := m.selected()
		if !ok {
			return nil
		}
		if c.State != backend.ChunkAssigned {
			return errCmd(fmt.Sprintf("open chunk %d", c.ID), fmt.Errorf("it is %s: claim it first", c.State))
		}
		id := c.ID
		return tea.Sequence(
			func() tea.Msg { return common.OpenChunkMsg{Chunk: id} },
			func() tea.Msg { return common.SwitchMsg{Screen: common.ScreenAnnotate} },
		)
	}
	return nil
}

// assigned reports whether the campaign's seats are drawn by the hub.
func (m *Model) assigned() bool { return m.c.Campaign != nil && m.c.Campaign.SeatsAssigned }

// take is the key that gets a seat in this campaign: ask for work, or claim.
func (m *Model) take() key.Binding {
	if m.assigned() {
		return m.c.Keys.Work
	}
	return m.c.Keys.Claim
}

func errCmd(op string, err error) tea.Cmd {
	return func() tea.Msg { return common.ErrMsg{Op: op, Err: err} }
}

func (m *Model) selected() (backend.Chunk, bool) {
	if len(m.chunks) == 0 {
		return backend.Chunk{}, false
	}
	return m.chunks[m.tbl.Cursor()], true
}

// sorted orders chunks: the user's own first (by state), then claimable
// ones the user may take, then the rest; by tier and id within a group.
func sorted(cs []backend.Chunk) []backend.Chunk {
	out := append([]backend.Chunk(nil), cs...)
	group := func(c backend.Chunk) int {
		switch {
		case c.State == backend.ChunkClaimable && c.Eligible:
			return 1
		case c.State == backend.ChunkClaimable:
			return 2
		case c.State == backend.ChunkFinalized || c.State == backend.ChunkDisputed ||
			c.State == backend.ChunkGoldMissed || c.State == backend.ChunkLapsed:
			return 3
		}
		return 0
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if group(a) != group(b) {
			return group(a) < group(b)
		}
		if a.Tier != b.Tier {
			return a.Tier > b.Tier // "standard" before "hard": easy work first
		}
		return a.ID < b.ID
	})
	return out
}

func (m *Model) rows() {
	rows := make([][]string, len(m.chunks))
	for i, c := range m.chunks {
		state := c.State.String()
		due := deadline(c)
		if c.State == backend.ChunkClaimable && m.assigned() {
			// nobody claims here: the chunk waits for whoever the hub draws
			state, due = "in the pool", ""
		}
		if c.State == backend.ChunkAssigned {
			state = fmt.Sprintf("%d/%d done", c.Labeled, c.Tasks)
		}
		if m.claiming[c.ID] {
			state = "claiming…"
		}
		rep := fmt.Sprint(c.MinReputation)
		if c.State == backend.ChunkClaimable && !c.Eligible {
			rep += "✗"
		}
		rows[i] = []string{
			fmt.Sprint(c.ID), c.Tier, fmt.Sprint(c.Tasks), backend.FormatAmount(c.Reward, m.c.Token()),
			rep, state, due,
		}
	}
	m.tbl.SetRows(rows)
}

func deadline(c backend.Chunk) string {
	var what string
	t := c.ClaimBy
	switch c.State {
	case backend.ChunkClaimable:
		what = "claim"
	case backend.ChunkAssigned:
		what, t = "commit", c.CommitBy
	case backend.ChunkCommitted:
		what, t = "reveal", c.RevealBy
	default:
		return ""
	}
	if t.IsZero() {
		return ""
	}
	return what + " " + t.Format("01-02 15:04")
}

// View implements tea.Model.
func (m *Model) View() string {
	st := m.c.Styles
	if !m.list.Loaded {
		return common.Fit(st.Subtle.Render(common.Loading("chunks", m.list.ErrText(), m.width)), m.width, m.height)
	}
	mine, open := 0, 0
	for _, c := range m.chunks {
		if c.State == backend.ChunkClaimable {
			open++
		} else {
			mine++
		}
	}
	others := "claimable"
	if m.assigned() {
		others = "in the pool"
	}
	head := fmt.Sprintf("%s · %d yours · %d %s", st.Title.Render("Chunks"), mine, open, others)
	rep := ""
	if m.rep != nil {
		rep = fmt.Sprintf("your reputation %d", *m.rep)
	}
	lines := []string{common.Spread(head, rep, m.width), ""}
	if len(m.chunks) == 0 {
		lines = append(lines, st.Subtle.Render("No chunks assigned or open in this campaign."))
	} else {
		lines = append(lines, m.tbl.View(), "", m.detail())
	}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// detail explains the selected chunk's requirement and what keys do.
func (m *Model) detail() string {
	st := m.c.Styles
	c, _ := m.selected()
	switch {
	case c.State == backend.ChunkClaimable && c.Eligible && m.assigned():
		return st.Good.Render(fmt.Sprintf("chunk %d: %s tier, you qualify · the hub draws seats: a to ask for work", c.ID, c.Tier))
	case c.State == backend.ChunkClaimable && c.Eligible:
		return st.Good.Render(fmt.Sprintf("chunk %d: %s tier, reputation ≥ %d: you qualify · c to claim", c.ID, c.Tier, c.MinReputation))
	case c.State == backend.ChunkClaimable:
		return st.Bad.Render(fmt.Sprintf("chunk %d: %s tier needs reputation ≥ %d", c.ID, c.Tier, c.MinReputation))
	case c.State == backend.ChunkAssigned:
		return fmt.Sprintf("chunk %d: yours, %d of %d labeled · enter to label", c.ID, c.Labeled, c.Tasks)
	}
	return fmt.Sprintf("chunk %d: %s", c.ID, c.State)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Down, k.Up, m.take(), k.Open, k.Refresh, k.NextScreen, k.FullHelp, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{m.take(), k.Open, k.Refresh},
		{k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}
