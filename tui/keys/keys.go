package keys

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is the full set of fixed bindings. Screens pick the ones they use
// for their help; matching is always key.Matches, never string compares.
type KeyMap struct {
	// Global.
	Quit         key.Binding
	NextScreen   key.Binding
	PrevScreen   key.Binding
	Screens      [6]key.Binding // 1..6 jump to a screen (unless a label owns the key)
	Instructions key.Binding
	FullHelp     key.Binding

	// Movement.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Next     key.Binding // next task / chunk / dispute
	Prev     key.Binding

	// Actions.
	Undo     key.Binding
	Skip     key.Binding
	Confirm  key.Binding
	Cancel   key.Binding
	Claim    key.Binding
	Work     key.Binding
	Open     key.Binding
	Withdraw key.Binding
	// WithdrawKeep withdraws all but the stake for the seats to come.
	WithdrawKeep key.Binding
	Yes          key.Binding
	No           key.Binding
	Refresh      key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() *KeyMap {
	k := &KeyMap{
		Quit:         key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		NextScreen:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next screen")),
		PrevScreen:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev screen")),
		Instructions: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "instructions")),
		FullHelp:     key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "all keys")),

		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("ctrl+u", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("ctrl+d", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Next:     key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n/→", "next")),
		Prev:     key.NewBinding(key.WithKeys("p", "left"), key.WithHelp("p/←", "prev")),

		Undo:         key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Skip:         key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Confirm:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
		Cancel:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Claim:        key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "claim")),
		Work:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "ask for work")),
		Open:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "label it")),
		Withdraw:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "withdraw")),
		WithdrawKeep: key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "withdraw, keep stake")),
		Yes:          key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes")),
		No:           key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
		Refresh:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
	}
	for i := range k.Screens {
		n := fmt.Sprint(i + 1)
		k.Screens[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, "screen "+n))
	}
	return k
}

// reserved lists the keys a label hotkey may not take on the annotate and
// review screens, because those screens already give them a meaning.
func (k *KeyMap) reserved() map[string]string {
	r := map[string]string{}
	for _, b := range []key.Binding{
		k.Quit, k.NextScreen, k.PrevScreen, k.Instructions, k.FullHelp,
		k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Next, k.Prev,
		k.Undo, k.Skip, k.Confirm, k.Cancel, k.Refresh,
	} {
		for _, s := range b.Keys() {
			r[s] = b.Help().Desc
		}
	}
	return r
}

// LabelKey is the binding of one schema label.
type LabelKey struct {
	ID      string
	Name    string
	Binding key.Binding
}

// fallbackKeys are handed out, in order, to labels whose hotkey is missing,
// taken twice, or reserved.
const fallbackKeys = "123456789abcdefhilmotvwxyz0"

// LabelBindings builds one binding per label (ids, names and wanted
// hotkeys in schema order). A missing, duplicate or reserved hotkey is
// replaced by the first free fallback key and explained in a warning, so a
// bad schema still yields a usable screen. Hotkeys are case-sensitive single
// keys as bubbletea names them.
func (k *KeyMap) LabelBindings(ids, names, hotkeys []string) ([]LabelKey, []string) {
	reserved := k.reserved()
	used := map[string]bool{}
	var warnings []string
	out := make([]LabelKey, len(ids))
	done := make([]bool, len(ids))
	valid := func(h string) bool {
		_, res := reserved[h]
		return h != "" && !res && !used[h] && len([]rune(h)) == 1
	}
	// First pass: honour every valid wish, so that a fallback never steals
	// a key a later label asked for.
	for i := range ids {
		h := strings.TrimSpace(hotkeys[i])
		if valid(h) {
			used[h] = true
			done[i] = true
			out[i] = LabelKey{ID: ids[i], Name: names[i], Binding: key.NewBinding(key.WithKeys(h), key.WithHelp(h, names[i]))}
		}
	}
	for i := range ids {
		if done[i] {
			continue
		}
		h := strings.TrimSpace(hotkeys[i])
		var got string
		for _, r := range fallbackKeys {
			if valid(string(r)) {
				got = string(r)
				break
			}
		}
		switch {
		case got == "":
			warnings = append(warnings, fmt.Sprintf("label %q has no free hotkey", names[i]))
			out[i] = LabelKey{ID: ids[i], Name: names[i], Binding: key.NewBinding(key.WithDisabled())}
			continue
		case h == "":
			warnings = append(warnings, fmt.Sprintf("label %q has no hotkey; using %q", names[i], got))
		case reserved[h] != "":
			warnings = append(warnings, fmt.Sprintf("hotkey %q of label %q is taken by %s; using %q", h, names[i], reserved[h], got))
		default:
			warnings = append(warnings, fmt.Sprintf("hotkey %q of label %q is not a free single key; using %q", h, names[i], got))
		}
		used[got] = true
		out[i] = LabelKey{ID: ids[i], Name: names[i], Binding: key.NewBinding(key.WithKeys(got), key.WithHelp(got, names[i]))}
	}
	return out, warnings
}
