package annotate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/progress"
)

// View implements tea.Model. It always returns exactly the screen's height
// in lines, each at most its width.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.c.Styles
	if m.chunk == nil {
		msg := common.Loading("your chunk", m.loadErr, m.width)
		if m.noChunks {
			msg = "No chunk to label. Press tab to open the chunks screen and claim one, then r here."
		}
		return m.fit(st.Subtle.Render(common.Wrap(msg, m.width)))
	}
	lines := []string{m.header(), m.progress(), m.submission(), m.rule()}
	body := strings.Join(lines, "\n") + "\n" + m.text() + "\n" + strings.Join(m.labelRows(), "\n")
	return m.fit(body)
}

func (m *Model) fit(s string) string { return common.Fit(s, m.width, m.height) }

// text draws the visible part of the wrapped task text, padded to the
// viewport's height. The viewport keeps the scroll offset; drawing the
// lines here skips its per-frame lipgloss pass.
func (m *Model) text() string {
	top := min(max(m.vp.YOffset, 0), len(m.lines))
	end := min(top+m.vp.Height, len(m.lines))
	return common.Fit(strings.Join(m.lines[top:end], "\n"), m.width, m.vp.Height)
}

func (m *Model) header() string {
	st := m.c.Styles
	title := "labels"
	if m.c.Schema != nil {
		title = m.c.Schema.Title
	}
	t := m.tasks[m.cur]
	right := fmt.Sprintf("task %d/%d · ⏱ %s", m.cur+1, len(m.tasks), backend.FormatDuration(m.c.Now().Sub(m.shownAt)))
	left := fmt.Sprintf("%s · chunk %d", st.Title.Render(title), m.chunk.ID)
	if t.Given != nil {
		right = st.Good.Render("labeled") + " · " + right
	}
	return common.Spread(left, right, m.width)
}

func (m *Model) progress() string {
	st := m.c.Styles
	half := (m.width - 2) / 2
	chunk := progress.Bar(st, "chunk", m.labeled, len(m.tasks), half)
	total := 0
	if m.c.Campaign != nil {
		total = m.c.Campaign.TasksTotal
	}
	camp := progress.Bar(st, "campaign", m.done, total, m.width-2-half)
	return common.Spread(chunk, camp, m.width)
}

func (m *Model) submission() string {
	st := m.c.Styles
	var s string
	switch {
	case m.sub != nil:
		s = phaseLine(m.sub) + " · enter: next chunk"
		if m.sub.Err != "" {
			s = st.Bad.Render(s + " · error: " + m.sub.Err)
		} else if m.sub.Phase.Bad() {
			s = st.Bad.Render(s)
		} else {
			s = st.Good.Render(s)
		}
	case m.submit:
		s = st.Warn.Render("submitting… · enter: next chunk")
	case m.complete():
		s = st.Warn.Render("all labeled · enter: submit (commit now, reveal when due) · u: undo")
	default:
		s = st.Subtle.Render(fmt.Sprintf("%d to go · labels saved as you go", len(m.tasks)-m.labeled))
	}
	if n := m.saving(); n > 0 {
		s += st.Subtle.Render(fmt.Sprintf(" · saving %d…", n))
	}
	return ansi.Truncate(s, m.width, "…")
}

func phaseLine(s *backend.Submission) string {
	parts := []string{"submission: " + s.Phase.String()}
	if s.CommitTx != "" {
		parts = append(parts, "commit "+backend.ShortHash(s.CommitTx))
	}
	if s.RevealTx != "" {
		parts = append(parts, "reveal "+backend.ShortHash(s.RevealTx))
	} else if !s.RevealAt.IsZero() && s.Phase < backend.Revealed {
		parts = append(parts, "reveal due "+s.RevealAt.Format("15:04"))
	}
	return strings.Join(parts, " · ")
}

func (m *Model) rule() string {
	st := m.c.Styles
	t := m.tasks[m.cur]
	name := t.Name
	if name == "" {
		name = t.ID
	}
	label := " " + name + " "
	if t.Given != nil && m.c.Schema != nil {
		names := make([]string, len(t.Given))
		for i, id := range t.Given {
			names[i] = m.c.Schema.LabelName(id)
		}
		label += "→ " + strings.Join(names, "+") + " "
	}
	pos := ""
	if m.vp.TotalLineCount() > m.vp.Height {
		pos = fmt.Sprintf(" %d%% ", int(m.vp.ScrollPercent()*100))
	}
	fill := max(0, m.width-2-ansi.StringWidth(label)-ansi.StringWidth(pos))
	return ansi.Truncate(st.Subtle.Render("──"+label+strings.Repeat("─", fill)+pos), m.width, "")
}

// wideLabels is the width from which label descriptions are shown.
const wideLabels = 100

func (m *Model) description(id string) string {
	if m.c.Schema == nil {
		return ""
	}
	for _, l := range m.c.Schema.Labels {
		if l.ID == id {
			return l.Description
		}
	}
	return ""
}

// labelRows lays out the label chips, wrapping to the width.
func (m *Model) labelRows() []string {
	if len(m.labels) == 0 {
		return []string{""}
	}
	st := m.c.Styles
	multi := m.c.Schema != nil && m.c.Schema.Kind == backend.Multi
	var given []string
	if len(m.tasks) > 0 {
		given = m.tasks[m.cur].Given
	}
	var rows []string
	row := ""
	for _, l := range m.labels {
		ks := l.Binding.Keys()
		if len(ks) == 0 {
			continue
		}
		chip := st.HotKey.Render("["+ks[0]+"]") + " "
		desc := ""
		if m.width >= wideLabels {
			if d := m.description(l.ID); d != "" {
				desc = st.Subtle.Render(" (" + d + ")")
			}
		}
		switch {
		case multi && slices.Contains(m.toggled, l.ID):
			chip += st.Selected.Render("☑ "+l.Name) + desc
		case multi:
			chip += "☐ " + l.Name + desc
		case slices.Contains(given, l.ID):
			chip += st.Selected.Render(l.Name+" ✓") + desc
		default:
			chip += l.Name + desc + "  " // as wide as the ✓ variant: rows never reflow
		}
		if row != "" && ansi.StringWidth(row)+3+ansi.StringWidth(chip) > m.width {
			rows = append(rows, row)
			row = ""
		}
		if row != "" {
			row += "   "
		}
		row += chip
	}
	rows = append(rows, ansi.Truncate(row, m.width, "…"))
	return rows
}
