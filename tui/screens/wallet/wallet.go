package wallet

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/components/table"
)

// Model is the wallet screen.
type Model struct {
	c             *common.Common
	width, height int
	wallet        common.Loader[backend.Wallet]
	w             backend.Wallet // wallet.Data
	confirm       *big.Int       // amount awaiting confirmation
	confirmKeep   *big.Int       // with confirm: the stake the withdrawal keeps (nil: none)
	paid          *big.Int       // last polled paid total, to notice new credits
	sending       bool
	tbl           *table.Model
}

// New returns the wallet screen.
func New(c *common.Common) *Model {
	return &Model{c: c, wallet: common.NewLoader[backend.Wallet](), tbl: table.New(c.Styles, []table.Column{
		{Title: "time", Width: 11},
		{Title: "kind", Width: 8},
		{Title: "amount", Right: true},
		{Title: "status", Width: 9},
		{Title: "hash", Width: 11},
	})}
}

// Title implements common.Screen.
func (m *Model) Title() string { return "Wallet" }

// Captures takes y/n while a confirmation is open, so "n" answers the
// prompt instead of doing anything else.
func (m *Model) Captures(msg tea.KeyMsg) bool {
	return m.confirm != nil && (key.Matches(msg, m.c.Keys.Yes) || key.Matches(msg, m.c.Keys.No))
}

// Init loads the wallet.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return m.wallet.Load(m.c, "load wallet", func(ctx context.Context, b backend.Backend) (backend.Wallet, error) {
		return b.Wallet(ctx)
	})
}

const headLines = 7 // title, address, balance, credited, pending, prompt, blank

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.tbl.SetSize(w, max(2, h-headLines))
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := m.wallet.Take(msg); ok {
		m.w = m.wallet.Data
		m.rows()
		return m, nil
	}
	switch msg := msg.(type) {
	case common.ShownMsg:
		// Chunks finalize, disputes get resolved and balances move while
		// the user is on another screen: reload on arrival.
		return m, m.load()
	case common.Result[backend.Tx]: // the withdrawal
		m.sending = false
		if msg.Err != nil {
			return m, nil // the status line shows it
		}
		text := fmt.Sprintf("withdrew %s · tx %s", m.c.Amount(msg.Data.Amount), backend.ShortHash(msg.Data.Hash))
		return m, tea.Batch(m.load(), func() tea.Msg { return common.InfoMsg{Text: text} })
	case common.CampaignMsg:
		m.rows() // amounts depend on the token's decimals
	case common.StatusMsg:
		if m.wallet.Loaded && !m.sending {
			// Earnings move with finalized chunks; keep balances current
			// only when they visibly changed, to avoid needless calls.
			if msg.Status.Paid != nil && m.paid != nil && msg.Status.Paid.Cmp(m.paid) != 0 {
				m.paid = msg.Status.Paid
				return m, m.load()
			}
			m.paid = msg.Status.Paid
		}
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.Keys
	if m.confirm != nil {
		switch {
		case key.Matches(msg, k.Yes):
			amount, keep := m.confirm, m.confirmKeep
			m.confirm, m.confirmKeep, m.sending = nil, nil, true
			return common.Run(m.c, "withdraw", func(ctx context.Context, b backend.Backend) (backend.Tx, error) {
				if keep != nil {
					return b.WithdrawKeeping(ctx, keep)
				}
				return b.Withdraw(ctx, amount)
			})
		case key.Matches(msg, k.No):
			m.confirm, m.confirmKeep = nil, nil
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Withdraw):
		switch {
		case !m.wallet.Loaded || m.sending:
			return nil
		case m.w.Credited == nil || m.w.Credited.Sign() <= 0:
			return func() tea.Msg { return common.ErrMsg{Op: "withdraw", Err: fmt.Errorf("nothing credited yet")} }
		}
		m.confirm = new(big.Int).Set(m.w.Credited)
	case key.Matches(msg, k.WithdrawKeep):
		switch {
		case !m.wallet.Loaded || m.sending || m.w.StakeReserve == nil:
			return nil
		case m.w.Credited == nil || m.w.Credited.Cmp(m.w.StakeReserve) <= 0:
			return func() tea.Msg {
				return common.ErrMsg{Op: "withdraw", Err: fmt.Errorf("nothing credited above the %s of stake kept", m.c.Amount(m.w.StakeReserve))}
			}
		}
		m.confirm = new(big.Int).Sub(m.w.Credited, m.w.StakeReserve)
		m.confirmKeep = new(big.Int).Set(m.w.StakeReserve)
	case m.tbl.Navigate(msg, k):
	case key.Matches(msg, k.Refresh):
		return m.load()
	}
	return nil
}

func (m *Model) rows() {
	rows := make([][]string, len(m.w.Txs))
	for i, t := range m.w.Txs {
		amount := ""
		if t.Amount != nil {
			amount = m.c.Amount(t.Amount)
		}
		status := t.Status
		if t.Err != "" {
			status += ": " + t.Err
		}
		rows[i] = []string{t.At.Format("01-02 15:04"), t.Kind, amount, status, backend.ShortHash(t.Hash)}
	}
	m.tbl.SetRows(rows)
}

// View implements tea.Model.
func (m *Model) View() string {
	st := m.c.Styles
	if !m.wallet.Loaded {
		return common.Fit(st.Subtle.Render(common.Loading("wallet", m.wallet.ErrText(), m.width)), m.width, m.height)
	}
	prompt := st.Subtle.Render("w: withdraw the credited balance to this address")
	if m.w.StakeReserve != nil && m.w.StakeReserve.Sign() > 0 {
		prompt = st.Subtle.Render("w: withdraw the credited balance · K: keep " + m.c.Amount(m.w.StakeReserve) + " of it to stake")
	}
	switch {
	case m.sending:
		prompt = st.Warn.Render("withdrawing…")
	case m.confirm != nil && m.confirmKeep != nil:
		prompt = st.Dialog.Render(fmt.Sprintf("Withdraw %s, keeping %s of stake? y: yes · n: no", m.c.Amount(m.confirm), m.c.Amount(m.confirmKeep)))
	case m.confirm != nil:
		prompt = st.Dialog.Render(fmt.Sprintf("Withdraw %s to %s? y: yes · n: no", m.c.Amount(m.confirm), backend.ShortAddr(m.w.Address)))
	}
	lines := []string{
		st.Title.Render("Wallet"),
		"address   " + m.w.Address,
		"balance   " + m.c.Amount(m.w.Balance),
		"credited  " + m.c.Amount(m.w.Credited) + st.Subtle.Render("  (withdrawable)"),
		"pending   " + m.c.Amount(m.w.Pending) + st.Subtle.Render("  (revealed, not yet finalized)"),
		"staked    " + m.c.Amount(m.w.Staked) + st.Subtle.Render("  (locked in your seats; "+m.c.Amount(m.w.Stake)+" a task)"),
	}
	if m.w.Slashed != nil && m.w.Slashed.Sign() > 0 {
		lines = append(lines, "slashed   "+m.c.Amount(m.w.Slashed)+st.Subtle.Render("  (burned: lapses, missing reveals, failed gold)"))
	}
	lines = append(lines,
		prompt,
		"",
	)
	if len(m.w.Txs) == 0 {
		lines = append(lines, st.Subtle.Render("No transactions yet."))
	} else {
		lines = append(lines, m.tbl.View())
	}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.confirm != nil {
		return []key.Binding{k.Yes, k.No}
	}
	return []key.Binding{k.Withdraw, k.WithdrawKeep, k.Down, k.Up, k.Refresh, k.NextScreen, k.FullHelp, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Withdraw, k.WithdrawKeep, k.Yes, k.No, k.Refresh},
		{k.Instructions, k.FullHelp, k.NextScreen, k.PrevScreen, k.Quit},
	}
}
