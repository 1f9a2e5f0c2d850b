package annotate

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/keys"
)

// TasksMsg carries the tasks of the chunk being opened.
type TasksMsg struct {
	Chunk uint64
	Tasks []backend.Task
}

// SavedMsg reports the outcome of a SaveLabel or ClearLabel call.
type SavedMsg struct {
	Chunk uint64
	Task  string
	Err   error
}

// submitted is the chunk a submission was asked for.
type submitted struct{ Chunk uint64 }

// undo is one step of the undo history: the task and its label before.
type undo struct {
	index int
	prev  []string
}

// Model is the annotate screen.
type Model struct {
	c             *common.Common
	width, height int

	labels   []keys.LabelKey
	warnings []string

	loading  bool
	chunk    *backend.Chunk
	tasks    []backend.Task
	labeled  int // tasks with a label, kept as a counter so keys stay O(1)
	cur      int
	shownAt  time.Time
	history  []undo
	toggled  []string             // multi-label selection not yet confirmed
	queue    []backend.GivenLabel // saves not yet sent, in the order given
	inflight bool                 // one save is running
	sub      *backend.Submission
	submit   bool // Submit was requested
	done     int  // campaign tasks finalized
	noChunks bool
	find     common.Loader[[]backend.Chunk] // the user's chunks, to pick one to label
	opening  common.Loader[TasksMsg]        // the tasks of the chunk being opened
	loadErr  string                         // why finding or opening a chunk failed; r retries
	finished map[uint64]bool                // chunks submitted in this session

	vp    viewport.Model // scroll position and bounds
	lines []string       // the wrapped text, drawn directly (see View)
}

// New returns the annotate screen.
func New(c *common.Common) *Model {
	return &Model{
		c: c, vp: viewport.New(0, 0), finished: map[uint64]bool{},
		find: common.NewLoader[[]backend.Chunk](), opening: common.NewLoader[TasksMsg](),
	}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Annotate" }

// Init loads the user's chunks to open the first one that needs labels.
func (m *Model) Init() tea.Cmd {
	m.loading = true
	return m.loadChunks()
}

func (m *Model) loadChunks() tea.Cmd {
	return m.find.Load(m.c, "find a chunk to label", func(ctx context.Context, b backend.Backend) ([]backend.Chunk, error) {
		return b.Chunks(ctx)
	})
}

func (m *Model) open(id uint64) tea.Cmd {
	m.loading = true
	return m.opening.Load(m.c, fmt.Sprintf("load chunk %d", id), func(ctx context.Context, b backend.Backend) (TasksMsg, error) {
		ts, err := b.Tasks(ctx, id)
		return TasksMsg{Chunk: id, Tasks: ts}, err
	})
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.Width = w
	m.vp.Height = max(1, h-m.chromeHeight())
	m.render()
}

// chromeHeight is everything but the text: three header lines, the task
// rule and the label rows.
func (m *Model) chromeHeight() int {
	return 4 + len(m.labelRows())
}

// Captures claims the label hotkeys, which may be digits that would
// otherwise switch screens.
func (m *Model) Captures(msg tea.KeyMsg) bool {
	if m.chunk == nil {
		return false
	}
	for _, l := range m.labels {
		if key.Matches(msg, l.Binding) {
			return true
		}
	}
	return false
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if r, ok := m.find.Take(msg); ok {
		return m, m.found(r)
	}
	if r, ok := m.opening.Take(msg); ok {
		if r.Err != nil {
			m.loading, m.loadErr = false, r.Err.Error()
			return m, nil
		}
		msg = r.Data // as if the tasks had been handed over
	}
	switch msg := msg.(type) {
	case common.SchemaMsg:
		s := msg.Schema
		ids, names, hot := make([]string, len(s.Labels)), make([]string, len(s.Labels)), make([]string, len(s.Labels))
		for i, l := range s.Labels {
			ids[i], names[i], hot[i] = l.ID, l.Name, l.Hotkey
		}
		m.labels, m.warnings = m.c.Keys.LabelBindings(ids, names, hot)
		m.SetSize(m.width, m.height)
		if len(m.warnings) > 0 {
			return m, info("schema: " + strings.Join(m.warnings, "; "))
		}
	case common.OpenChunkMsg:
		if m.chunk != nil && m.chunk.ID == msg.Chunk {
			return m, nil
		}
		return m, m.open(msg.Chunk)
	case TasksMsg:
		m.loadErr = ""
		m.setTasks(msg.Chunk, msg.Tasks)
	case SavedMsg:
		m.inflight = false
		next := m.dispatch()
		if msg.Err != nil {
			m.revert(msg.Chunk, msg.Task)
			return m, tea.Batch(next, func() tea.Msg { return common.ErrMsg{Op: "label " + msg.Task + " not saved", Err: msg.Err} })
		}
		return m, next
	case common.Result[submitted]:
		if msg.Err != nil {
			if m.sub == nil {
				m.submit = false // not handed over: enter may try again
			}
			return m, nil // the status line shows it
		}
		id := msg.Data.Chunk
		if m.chunk != nil && m.chunk.ID == id && m.sub == nil {
			m.sub = &backend.Submission{Chunk: id, Phase: backend.Committing}
		}
		return m, tea.Batch(info(fmt.Sprintf("chunk %d submitted: committing in the background", id)),
			func() tea.Msg { return common.ChunksChangedMsg{} })
	case common.StatusMsg:
		m.done = msg.Status.TasksDone
		if m.chunk != nil {
			for i := range msg.Status.Submissions {
				if s := msg.Status.Submissions[i]; s.Chunk == m.chunk.ID {
					m.sub = &s
					m.submit = true
				}
			}
		}
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// found picks the chunk to label from the user's chunks: the first one
// assigned and not submitted in this session.
func (m *Model) found(r common.Result[[]backend.Chunk]) tea.Cmd {
	m.loading = false
	if r.Err != nil {
		m.loadErr = r.Err.Error()
		return nil
	}
	if m.chunk != nil {
		return nil
	}
	for _, c := range r.Data {
		if c.State == backend.ChunkAssigned && !m.finished[c.ID] {
			return m.open(c.ID)
		}
	}
	m.noChunks = true
	return nil
}

func info(s string) tea.Cmd { return func() tea.Msg { return common.InfoMsg{Text: s} } }

func (m *Model) setTasks(id uint64, ts []backend.Task) {
	m.loading, m.noChunks = false, false
	m.chunk = &backend.Chunk{ID: id, Tasks: len(ts)}
	m.tasks, m.history, m.toggled, m.sub, m.submit = ts, nil, nil, nil, false
	m.labeled = 0
	for _, t := range ts {
		if t.Given != nil {
			m.labeled++
		}
	}
	m.cur = 0
	if i := m.nextUnlabeled(-1); i >= 0 {
		m.cur = i
	}
	m.show()
}

// show displays task cur from the top and starts its clock.
func (m *Model) show() {
	m.shownAt = m.c.Now()
	m.toggled = nil
	m.render()
	m.vp.GotoTop()
}

func (m *Model) render() {
	if len(m.tasks) == 0 || m.width <= 0 {
		m.lines = nil
		m.vp.SetContent("")
		return
	}
	wrapped := common.Wrap(m.tasks[m.cur].Text, m.width)
	m.lines = strings.Split(wrapped, "\n")
	m.vp.SetContent(wrapped)
}

// nextUnlabeled returns the first unlabeled task after i, wrapping around,
// or -1 when every task is labeled.
func (m *Model) nextUnlabeled(i int) int {
	n := len(m.tasks)
	for k := 1; k <= n; k++ {
		j := (i + k + n) % n // i may be -1: start at 0
		if m.tasks[j].Given == nil {
			return j
		}
	}
	return -1
}

func (m *Model) complete() bool { return len(m.tasks) > 0 && m.labeled == len(m.tasks) }

func (m *Model) locked() bool { return m.submit || m.sub != nil }

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.Keys
	if m.chunk == nil || len(m.tasks) == 0 {
		if key.Matches(msg, k.Refresh) && !m.loading {
			m.loadErr, m.noChunks, m.loading = "", false, true
			return m.loadChunks()
		}
		return nil
	}
	for _, l := range m.labels {
		if key.Matches(msg, l.Binding) {
			return m.pick(l.ID)
		}
	}
	switch {
	case common.Scroll(&m.vp, msg, k):
	case key.Matches(msg, k.Next):
		if m.cur < len(m.tasks)-1 {
			m.cur++
			m.show()
		}
	case key.Matches(msg, k.Prev):
		if m.cur > 0 {
			m.cur--
			m.show()
		}
	case key.Matches(msg, k.Skip):
		j := m.nextUnlabeled(m.cur)
		if j < 0 || j == m.cur {
			return info("nothing else to label in this chunk")
		}
		m.cur = j
		m.show()
	case key.Matches(msg, k.Undo):
		return m.undo()
	case key.Matches(msg, k.Cancel):
		m.toggled = nil
	case key.Matches(msg, k.Confirm):
		if m.c.Schema != nil && m.c.Schema.Kind == backend.Multi && len(m.toggled) > 0 {
			return m.give(slices.Clone(m.toggled))
		}
		if m.locked() {
			// Submitted: enter moves on to the next assigned chunk.
			m.finished[m.chunk.ID] = true
			m.chunk, m.tasks, m.lines, m.loading = nil, nil, nil, true
			return m.loadChunks()
		}
		if m.complete() && m.saving() > 0 {
			// Submit only what the journal holds.
			return info("labels are still being saved; press enter again in a moment")
		}
		if m.complete() {
			m.submit = true
			id := m.chunk.ID
			return common.Run(m.c, fmt.Sprintf("submit chunk %d", id), func(ctx context.Context, b backend.Backend) (submitted, error) {
				return submitted{id}, b.Submit(ctx, id)
			})
		}
	}
	return nil
}

// pick handles a label hotkey: single-label gives it at once, multi-label
// toggles it in the pending selection.
func (m *Model) pick(id string) tea.Cmd {
	if m.locked() {
		return info("chunk submitted: labels are final")
	}
	if m.c.Schema != nil && m.c.Schema.Kind == backend.Multi {
		if i := slices.Index(m.toggled, id); i >= 0 {
			m.toggled = slices.Delete(m.toggled, i, i+1)
		} else {
			m.toggled = append(m.toggled, id)
		}
		return nil
	}
	return m.give([]string{id})
}

// give records labels for the current task, saves them, and moves on.
func (m *Model) give(labels []string) tea.Cmd {
	t := &m.tasks[m.cur]
	m.history = append(m.history, undo{index: m.cur, prev: t.Given})
	if t.Given == nil {
		m.labeled++
	}
	t.Given = labels
	spent := m.c.Now().Sub(m.shownAt)
	gl := backend.GivenLabel{Chunk: m.chunk.ID, Task: t.ID, Labels: labels, Spent: spent}
	if j := m.nextUnlabeled(m.cur); j >= 0 {
		m.cur = j
	}
	m.show()
	return m.save(gl)
}

// save queues a label change. Saves are sent one at a time, in the order
// given: run concurrently, a label, its undo and a new label for the same
// task could reach the journal in any order.
func (m *Model) save(gl backend.GivenLabel) tea.Cmd {
	m.queue = append(m.queue, gl)
	if m.inflight {
		return nil
	}
	return m.dispatch()
}

// saving counts label changes not yet confirmed by the backend.
func (m *Model) saving() int {
	n := len(m.queue)
	if m.inflight {
		n++
	}
	return n
}

// dispatch sends the next queued save, if any.
func (m *Model) dispatch() tea.Cmd {
	if m.inflight || len(m.queue) == 0 {
		return nil
	}
	gl := m.queue[0]
	m.queue = m.queue[1:]
	m.inflight = true
	b, parent, timeout := m.c.Backend, m.c.Ctx, m.c.Timeout
	return func() tea.Msg {
		ctx, cancel := callCtx(parent, timeout)
		defer cancel()
		var err error
		if b == nil {
			err = common.ErrNoBackend
		} else if gl.Labels == nil {
			err = b.ClearLabel(ctx, gl.Chunk, gl.Task)
		} else {
			err = b.SaveLabel(ctx, gl)
		}
		return SavedMsg{Chunk: gl.Chunk, Task: gl.Task, Err: err}
	}
}

func callCtx(parent context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if parent == nil {
		parent = context.Background()
	}
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	return context.WithTimeout(parent, timeout)
}

// undo restores the previous label of the last labeled task and shows it.
func (m *Model) undo() tea.Cmd {
	if m.locked() {
		return info("chunk submitted: labels are final")
	}
	if len(m.history) == 0 {
		return info("nothing to undo")
	}
	h := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	t := &m.tasks[h.index]
	if t.Given != nil {
		m.labeled--
	}
	if h.prev != nil {
		m.labeled++
	}
	t.Given = h.prev
	m.cur = h.index
	m.show()
	return m.save(backend.GivenLabel{Chunk: m.chunk.ID, Task: t.ID, Labels: h.prev})
}

// revert marks a task unlabeled after its save failed, so the screen never
// claims a label the journal does not hold.
func (m *Model) revert(chunk uint64, task string) {
	if m.chunk == nil || m.chunk.ID != chunk {
		return
	}
	for i := range m.tasks {
		if m.tasks[i].ID == task && m.tasks[i].Given != nil {
			m.tasks[i].Given = nil
			m.labeled--
		}
	}
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{m.labelHelp(), k.Undo, k.Skip, k.Next, k.Prev, k.Instructions, k.FullHelp, k.Quit}
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
		{k.Confirm, k.Cancel, k.Undo, k.Skip},
		{k.Next, k.Prev, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}

func (m *Model) labelHelp() key.Binding {
	var ks []string
	for _, l := range m.labels {
		ks = append(ks, l.Binding.Keys()...)
	}
	desc := "label"
	if m.c.Schema != nil && m.c.Schema.Kind == backend.Multi {
		desc = "toggle, enter confirm"
	}
	if len(ks) == 0 {
		return key.NewBinding(key.WithDisabled())
	}
	return key.NewBinding(key.WithKeys(ks...), key.WithHelp(ks[0]+"-"+ks[len(ks)-1], desc))
}

// State is a read-only snapshot of the screen, for tests and for callers
// that want to show where the annotator is.
type State struct {
	Chunk     uint64 // 0 with Loaded false when no chunk is open
	Loaded    bool
	Index     int    // position of the current task in the chunk
	Task      string // id of the current task
	Given     []string
	Labeled   int
	Total     int
	Toggled   []string // multi-label selection awaiting enter
	Submitted bool
	Saving    int
	Scroll    int // first visible line of the text
	Undo      int // steps that can be undone
}

// State returns a snapshot of the screen.
func (m *Model) State() State {
	s := State{Labeled: m.labeled, Total: len(m.tasks), Toggled: slices.Clone(m.toggled),
		Submitted: m.locked(), Saving: m.saving(), Scroll: m.vp.YOffset, Undo: len(m.history), Index: m.cur}
	if m.chunk != nil {
		s.Chunk, s.Loaded = m.chunk.ID, true
	}
	if m.cur < len(m.tasks) {
		s.Task, s.Given = m.tasks[m.cur].ID, slices.Clone(m.tasks[m.cur].Given)
	}
	return s
}
