package tui

import (
	"context"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/lipgloss"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/footer"
	"github.com/kappa-dev/kappa/tui/components/statusbar"
	"github.com/kappa-dev/kappa/tui/components/tabs"
	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/screens/annotate"
	"github.com/kappa-dev/kappa/tui/screens/chunks"
	"github.com/kappa-dev/kappa/tui/screens/feedback"
	"github.com/kappa-dev/kappa/tui/screens/pilot"
	"github.com/kappa-dev/kappa/tui/screens/review"
	"github.com/kappa-dev/kappa/tui/screens/wallet"
	"github.com/kappa-dev/kappa/tui/styles"
)

// Backend is the interface the UI needs; see package backend.
type Backend = backend.Backend

// Options configure the UI. The zero value is valid: no timers, real clock,
// default styles and keys. DefaultOptions turns the timers on.
type Options struct {
	// Now is the clock (time on the current item); tests pass a fixed one.
	Now func() time.Time
	// Tick redraws the item timer this often; 0 turns it off.
	Tick time.Duration
	// Poll fetches Backend.Status this often; 0 polls once at start only.
	Poll time.Duration
	// Timeout bounds each backend call (default 30s).
	Timeout time.Duration
	// Styles and Keys override the defaults.
	Styles *styles.Styles
	Keys   *keys.KeyMap
	// Screen is the screen shown first (common.ScreenAnnotate...).
	Screen int
}

// DefaultOptions is what the kappa binary uses: a one-second item timer and
// a status poll every two seconds.
func DefaultOptions() Options {
	return Options{Now: time.Now, Tick: time.Second, Poll: 2 * time.Second, Timeout: 30 * time.Second}
}

// infoPolls is how many status polls a confirmation stays on screen.
const infoPolls = 3

// pollMsg carries a status poll's result; unlike other calls it is handled
// by the root model, which reschedules the next poll either way.
type pollMsg struct {
	status backend.Status
	err    error
}

// Model is the root model.
type Model struct {
	c       *common.Common
	opts    Options
	cancel  context.CancelFunc
	screens []common.Screen
	active  int

	tabs   *tabs.Model
	status *statusbar.Model
	footer *footer.Model

	width, height int

	instructions bool
	instrVP      viewport.Model
	instrWidth   int // width the instructions were rendered at
	footerH      int // lines the footer may use
	infoAge      int // polls since the confirmation in the status line
	schemaSeen   bool
}

// New returns the root model for tea.NewProgram. b may be slow or failing:
// the UI starts at once and fills in as calls return.
func New(b Backend, opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Styles == nil {
		opts.Styles = styles.DefaultStyles()
	}
	if opts.Keys == nil {
		opts.Keys = keys.DefaultKeyMap()
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &common.Common{Styles: opts.Styles, Keys: opts.Keys, Backend: b, Now: opts.Now, Ctx: ctx, Timeout: opts.Timeout}
	m := &Model{c: c, opts: opts, cancel: cancel, instrVP: viewport.New(0, 0)}
	m.screens = []common.Screen{
		annotate.New(c), chunks.New(c), feedback.New(c), review.New(c), pilot.New(c), wallet.New(c),
	}
	if opts.Screen >= 0 && opts.Screen < len(m.screens) {
		m.active = opts.Screen
	}
	titles := make([]string, len(m.screens))
	for i, s := range m.screens {
		titles[i] = s.Title()
	}
	m.tabs = tabs.New(c.Styles, titles)
	m.tabs.Active = m.active
	m.status = statusbar.New(c)
	m.footer = footer.New(c)
	return m
}

// Active returns the index of the screen shown.
func (m *Model) Active() int { return m.active }

// Screen returns screen i, for tests.
func (m *Model) Screen(i int) common.Screen { return m.screens[i] }

// Common returns the shared context, for tests.
func (m *Model) Common() *common.Common { return m.c }

// Init starts loading the campaign, schema, status and every screen's data.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{
		m.c.Call("load campaign", func(ctx context.Context, b backend.Backend) (tea.Msg, error) {
			c, err := b.Campaign(ctx)
			return common.CampaignMsg{Campaign: c}, err
		}),
		m.c.Call("load schema", func(ctx context.Context, b backend.Backend) (tea.Msg, error) {
			s, err := b.Schema(ctx)
			return common.SchemaMsg{Schema: s}, err
		}),
		m.poll(),
	}
	for _, s := range m.screens {
		cmds = append(cmds, s.Init())
	}
	if m.opts.Tick > 0 {
		cmds = append(cmds, m.tick())
	}
	return tea.Batch(cmds...)
}

func (m *Model) poll() tea.Cmd {
	b, ctx, timeout := m.c.Backend, m.c.Ctx, m.opts.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	return func() tea.Msg {
		if b == nil {
			return pollMsg{err: common.ErrNoBackend}
		}
		cctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		s, err := b.Status(cctx)
		return pollMsg{status: s, err: err}
	}
}

func (m *Model) tick() tea.Cmd {
	return tea.Tick(m.opts.Tick, func(time.Time) tea.Msg { return common.TickMsg{} })
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.KeyMsg:
		return m, m.key(msg)
	case pollMsg:
		// Confirmations fade after a few polls; errors stay until a key.
		if msg, isErr := m.status.Message(); msg != "" && !isErr {
			if m.infoAge++; m.infoAge >= infoPolls {
				m.status.Clear()
			}
		}
		var cmd tea.Cmd
		if m.opts.Poll > 0 {
			cmd = tea.Tick(m.opts.Poll, func(time.Time) tea.Msg { return common.PollMsg{} })
		}
		if msg.err != nil {
			m.status.SetError(common.ErrMsg{Op: "status", Err: msg.err})
			return m, cmd
		}
		m.status.SetStatus(msg.status)
		return m, tea.Batch(cmd, m.broadcast(common.StatusMsg{Status: msg.status}))
	case common.PollMsg:
		return m, m.poll()
	case common.TickMsg:
		return m, m.tick()
	case common.Failed:
		// A failed call of any screen, typed (Result) or not (ErrMsg).
		if err := msg.Failure(); err != nil {
			m.status.SetError(err)
		}
	case common.InfoMsg:
		m.status.SetInfo(msg.Text)
		m.infoAge = 0
		return m, nil
	case common.CampaignMsg:
		c := msg.Campaign
		m.c.Campaign = &c
	case common.SchemaMsg:
		s := msg.Schema
		m.c.Schema = &s
		m.instrWidth = 0 // re-render instructions
	case common.SwitchMsg:
		return m, m.switchTo(msg.Screen)
	}
	return m, m.broadcast(msg)
}

// broadcast hands a non-key message to every screen: data messages are
// typed per screen, and shared ones (status, schema) matter to several.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.screens))
	for i, s := range m.screens {
		next, cmd := s.Update(msg)
		if ns, ok := next.(common.Screen); ok {
			m.screens[i] = ns
		}
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.Keys
	m.status.Clear()
	if key.Matches(msg, k.Quit) && msg.String() == "ctrl+c" {
		return m.quit()
	}
	if m.instructions {
		switch {
		case key.Matches(msg, k.Quit):
			return m.quit()
		case key.Matches(msg, k.Instructions), key.Matches(msg, k.Cancel):
			m.instructions = false
		default:
			common.Scroll(&m.instrVP, msg, k)
		}
		return nil
	}
	active := m.screens[m.active]
	if active.Captures(msg) {
		return m.send(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.NextScreen):
		return m.switchTo((m.active + 1) % len(m.screens))
	case key.Matches(msg, k.PrevScreen):
		return m.switchTo((m.active + len(m.screens) - 1) % len(m.screens))
	case key.Matches(msg, k.Instructions):
		m.instructions = true
		m.renderInstructions()
		m.instrVP.GotoTop()
		return nil
	case key.Matches(msg, k.FullHelp):
		m.footer.ToggleAll()
		m.layout()
		return nil
	}
	for i, b := range k.Screens {
		if i < len(m.screens) && key.Matches(msg, b) {
			return m.switchTo(i)
		}
	}
	return m.send(msg)
}

func (m *Model) send(msg tea.Msg) tea.Cmd {
	next, cmd := m.screens[m.active].Update(msg)
	if ns, ok := next.(common.Screen); ok {
		m.screens[m.active] = ns
	}
	// The footer height depends on the active screen's help.
	m.layout()
	return cmd
}

func (m *Model) quit() tea.Cmd {
	m.cancel()
	return tea.Quit
}

func (m *Model) switchTo(i int) tea.Cmd {
	if i < 0 || i >= len(m.screens) || i == m.active {
		return nil
	}
	m.active = i
	m.tabs.Active = i
	m.layout()
	next, cmd := m.screens[i].Update(common.ShownMsg{})
	if ns, ok := next.(common.Screen); ok {
		m.screens[i] = ns
	}
	return cmd
}

// layout gives every component its size: one line of tabs, the status line,
// the footer (one line, or more with the full help), the rest to the screen.
func (m *Model) layout() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	m.tabs.SetSize(m.width, 1)
	m.status.SetSize(m.width, 1)
	m.footer.SetSize(m.width, 0)
	// The full help may not fit a short terminal: it then gets what is left
	// after one line of body, and View cuts it.
	fh := min(lipgloss.Height(m.footer.View(m.screens[m.active])), max(1, m.height-3))
	m.footerH = fh
	body := max(1, m.height-2-fh)
	if m.c.Width != m.width || m.c.Height != body {
		m.c.Width, m.c.Height = m.width, body
		for _, s := range m.screens {
			s.SetSize(m.width, body)
		}
	}
	m.instrVP.Width, m.instrVP.Height = m.width, body
	if m.instructions {
		m.renderInstructions()
	}
}

// renderInstructions renders the schema's Markdown with glamour at the
// current width, once per width.
func (m *Model) renderInstructions() {
	if m.instrWidth == m.width && m.width > 0 {
		return
	}
	m.instrWidth = m.width
	text := "The instructions have not loaded yet."
	if m.c.Schema != nil {
		text = renderMarkdown(m.c.Schema.Instructions, m.width, m.c.Styles.Plain)
	}
	m.instrVP.SetContent(text)
}

func renderMarkdown(md string, width int, plain bool) string {
	style := "dark"
	if plain {
		style = "notty"
	}
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(style),
		glamour.WithWordWrap(max(10, width-4)),
		glamour.WithColorProfile(lipgloss.ColorProfile()),
	)
	if err == nil {
		var out string
		if out, err = r.Render(md); err == nil {
			return out
		}
	}
	// Unrenderable Markdown is still readable as text.
	return common.Wrap(md, width)
}

// View implements tea.Model.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var body string
	if m.instructions {
		body = common.Fit(m.instrVP.View(), m.c.Width, m.c.Height)
	} else {
		body = common.Fit(m.screens[m.active].View(), m.c.Width, m.c.Height)
	}
	foot := strings.Split(m.footer.View(m.helpKeys()), "\n")
	if len(foot) > m.footerH {
		foot = foot[:m.footerH]
	}
	all := m.tabs.View() + "\n" + body + "\n" + m.status.View() + "\n" + strings.Join(foot, "\n")
	if m.height < 4 {
		// Too short for the frame (tabs, body, status, help): cut it.
		return common.Fit(all, m.width, m.height)
	}
	return all
}

// helpKeys is the active screen's help, or the instructions' own keys.
func (m *Model) helpKeys() interface {
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
} {
	if m.instructions {
		return instrHelp{m.c.Keys}
	}
	return m.screens[m.active]
}

type instrHelp struct{ k *keys.KeyMap }

// ShortHelp lists the keys that work while the instructions are open.
func (h instrHelp) ShortHelp() []key.Binding {
	close := key.NewBinding(key.WithKeys("?", "esc"), key.WithHelp("?/esc", "close"))
	return []key.Binding{close, h.k.Down, h.k.Up, h.k.PageDown, h.k.Quit}
}

// FullHelp is the short help: the overlay has few keys.
func (h instrHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
