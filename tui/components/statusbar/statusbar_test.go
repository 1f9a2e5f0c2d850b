package statusbar

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kappa-dev/kappa/tui/backend"
	"github.com/kappa-dev/kappa/tui/common"
	"github.com/kappa-dev/kappa/tui/keys"
	"github.com/kappa-dev/kappa/tui/styles"
)

func newBar(w int) *Model {
	c := &common.Common{Styles: styles.PlainStyles(), Keys: keys.DefaultKeyMap(),
		Campaign: &backend.Campaign{Token: backend.Token{Symbol: "KAP", Decimals: 2}}}
	m := New(c)
	m.SetSize(w, 1)
	return m
}

func TestStatusBar(t *testing.T) {
	up := backend.Conn{State: backend.ConnUp}
	st := backend.Status{Chain: up, IPFS: backend.Conn{State: backend.ConnDown}, Reputation: 7,
		Pending: big.NewInt(150), Paid: big.NewInt(12345)}
	tests := []struct {
		name      string
		width     int
		status    *backend.Status
		err, info string
		want      []string // substrings, in order
		not       []string
	}{
		{"before the first poll", 60, nil, "", "", []string{"connecting…"}, nil},
		{"full figures", 80, &st, "", "", []string{"rep 7 · pending 1.5 KAP · paid 123.45 KAP · chain ✓ · ipfs ✗"}, nil},
		{"info shortens the figures", 60, &st, "", "claimed chunk 3", []string{"claimed chunk 3", "rep 7 · paid 123.45 KAP · chain ✓"}, []string{"pending"}},
		{"long error keeps connections only", 60, &st, "claim chunk 3: reputation 7 below 150", "",
			[]string{"✗ claim chunk 3: reputation 7 below 150", "chain ✓ · ipfs ✗"}, []string{"rep 7"}},
		{"huge error is cut, never wraps", 40, &st, strings.Repeat("boom ", 40), "", []string{"✗ boom", "…"}, nil},
		{"newlines in errors are flattened", 80, &st, "line one\nline two", "", []string{"✗ line one line two"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newBar(tc.width)
			if tc.status != nil {
				m.SetStatus(*tc.status)
			}
			if tc.err != "" {
				m.SetError(errors.New(tc.err))
			}
			if tc.info != "" {
				m.SetInfo(tc.info)
			}
			v := m.View()
			if w := ansi.StringWidth(v); w != tc.width || strings.Contains(v, "\n") {
				t.Fatalf("status line %q is %d cells, want one line of %d", v, w, tc.width)
			}
			rest := v
			for _, s := range tc.want {
				i := strings.Index(rest, s)
				if i < 0 {
					t.Fatalf("status line %q lacks %q (in order)", v, s)
				}
				rest = rest[i+len(s):]
			}
			for _, s := range tc.not {
				if strings.Contains(v, s) {
					t.Errorf("status line %q shows %q", v, s)
				}
			}
		})
	}
}

func TestClear(t *testing.T) {
	m := newBar(40)
	m.SetError(errors.New("x"))
	if _, isErr := m.Message(); !isErr {
		t.Fatal("error not recorded")
	}
	m.Clear()
	if msg, _ := m.Message(); msg != "" {
		t.Errorf("Clear left %q", msg)
	}
}
