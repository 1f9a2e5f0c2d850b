package styles

import (
	"os"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// Styles is the UI's palette. Plain is true when colours are off (NO_COLOR);
// views then rely on markers ("›", "✓") rather than colour alone.
type Styles struct {
	Plain bool

	App       lipgloss.Style
	Brand     lipgloss.Style
	Tab       lipgloss.Style
	ActiveTab lipgloss.Style

	Title  lipgloss.Style // screen headings
	Subtle lipgloss.Style // secondary text
	Bold   lipgloss.Style
	Good   lipgloss.Style // agreement, confirmed, up
	Bad    lipgloss.Style // disagreement, failed, down
	Warn   lipgloss.Style // pending, due soon

	Text     lipgloss.Style // the task text
	Selected lipgloss.Style // the row or label under the cursor / chosen
	Header   lipgloss.Style // table headers
	HotKey   lipgloss.Style // "[1]" before a label name
	Dialog   lipgloss.Style // confirmation prompts

	StatusBar lipgloss.Style
	StatusErr lipgloss.Style
	StatusMsg lipgloss.Style

	BarFull  lipgloss.Style
	BarEmpty lipgloss.Style

	Help help.Styles
}

// DefaultStyles returns the colour palette, or PlainStyles when the
// NO_COLOR environment variable is set (https://no-color.org).
func DefaultStyles() *Styles {
	if os.Getenv("NO_COLOR") != "" {
		return PlainStyles()
	}
	accent := lipgloss.AdaptiveColor{Light: "#5A56E0", Dark: "#7D79F6"}
	subtle := lipgloss.AdaptiveColor{Light: "#8A8A8A", Dark: "#767676"}
	good := lipgloss.AdaptiveColor{Light: "#1A7F37", Dark: "#3FB950"}
	bad := lipgloss.AdaptiveColor{Light: "#CF222E", Dark: "#F85149"}
	warn := lipgloss.AdaptiveColor{Light: "#9A6700", Dark: "#D29922"}

	s := PlainStyles()
	s.Plain = false
	s.Brand = s.Brand.Foreground(accent)
	s.ActiveTab = s.ActiveTab.Foreground(accent).Underline(true)
	s.Tab = s.Tab.Foreground(subtle)
	s.Title = s.Title.Foreground(accent)
	s.Subtle = s.Subtle.Foreground(subtle)
	s.Good = s.Good.Foreground(good)
	s.Bad = s.Bad.Foreground(bad)
	s.Warn = s.Warn.Foreground(warn)
	s.Selected = s.Selected.Foreground(accent)
	s.Header = s.Header.Foreground(subtle)
	s.HotKey = s.HotKey.Foreground(accent)
	s.StatusErr = s.StatusErr.Foreground(bad)
	s.StatusMsg = s.StatusMsg.Foreground(good)
	s.BarFull = s.BarFull.Foreground(accent)
	s.BarEmpty = s.BarEmpty.Foreground(subtle)
	h := help.New().Styles
	s.Help = h
	return s
}

// PlainStyles returns styles without colour: attributes only (bold,
// reverse), which NO_COLOR permits and which vanish under an ASCII profile.
func PlainStyles() *Styles {
	base := lipgloss.NewStyle()
	return &Styles{
		Plain:     true,
		App:       base,
		Brand:     base.Bold(true),
		Tab:       base,
		ActiveTab: base.Bold(true).Reverse(true),
		Title:     base.Bold(true),
		Subtle:    base,
		Bold:      base.Bold(true),
		Good:      base,
		Bad:       base.Bold(true),
		Warn:      base,
		Text:      base,
		Selected:  base.Bold(true),
		Header:    base.Bold(true),
		HotKey:    base.Bold(true),
		Dialog:    base.Bold(true),
		StatusBar: base,
		StatusErr: base.Bold(true),
		StatusMsg: base,
		BarFull:   base,
		BarEmpty:  base,
		Help: help.Styles{
			ShortKey:       base,
			ShortDesc:      base,
			ShortSeparator: base,
			Ellipsis:       base,
			FullKey:        base,
			FullDesc:       base,
			FullSeparator:  base,
		},
	}
}
