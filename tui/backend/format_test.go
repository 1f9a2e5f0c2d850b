package backend

import (
	"math/big"
	"testing"
	"time"
)

func amt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad test amount " + s)
	}
	return v
}

// TestFormatAmount: the TUI's wrappers of client/token (whose tests cover
// the formatting itself) show a nil amount as Unknown.
func TestFormatAmount(t *testing.T) {
	kap := Token{Symbol: "KAP", Decimals: 18}
	tests := []struct {
		name, got, want string
	}{
		{"nil is unknown", FormatAmount(nil, kap), Unknown},
		{"grouped and exact", FormatAmount(amt("1234567500000000000000000"), kap), "1,234,567.5 KAP"},
		{"approx nil is unknown", FormatApprox(nil, kap, 2), Unknown},
		{"approx marks dropped digits", FormatApprox(amt("26142857142857142857"), kap, 2), "≈26.14 KAP"},
		{"approx exact stays unmarked", FormatApprox(amt("35000000000000000000"), kap, 2), "35 KAP"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		num, den int
		want     string
	}{
		{0, 0, Unknown}, // nothing decided yet
		{1, 3, "33.3%"}, // rounds down
		{2, 3, "66.7%"}, // rounds up
		{7, 8, "87.5%"}, // exact
		{32, 32, "100.0%"},
		{-1, 3, Unknown}, // nonsense input is not a crash
	}
	for _, tc := range tests {
		if got := Percent(tc.num, tc.den); got != tc.want {
			t.Errorf("Percent(%d,%d) = %q, want %q", tc.num, tc.den, got, tc.want)
		}
	}
}

func TestPerHour(t *testing.T) {
	tests := []struct {
		name string
		amt  *big.Int
		d    time.Duration
		want *big.Int
	}{
		{"half hour doubles", amt("10"), 30 * time.Minute, amt("20")},
		{"truncates", amt("10"), 7 * time.Hour, amt("1")},
		{"zero time unknown", amt("10"), 0, nil},
		{"nil amount unknown", nil, time.Hour, nil},
	}
	for _, tc := range tests {
		got := PerHour(tc.amt, tc.d)
		if (got == nil) != (tc.want == nil) || (got != nil && got.Cmp(tc.want) != 0) {
			t.Errorf("%s: PerHour = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{-time.Second, "0.0s"},
		{4200 * time.Millisecond, "4.2s"},
		{75 * time.Second, "1:15"},
		{3723 * time.Second, "1:02:03"},
	}
	for _, tc := range tests {
		if got := FormatDuration(tc.d); got != tc.want {
			t.Errorf("FormatDuration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestShortAddr(t *testing.T) {
	if got := ShortAddr("0x1234567890abcdef1234567890abcdef12345678"); got != "0x1234…5678" {
		t.Errorf("ShortAddr = %q", got)
	}
	if got := ShortAddr("alice"); got != "alice" {
		t.Errorf("ShortAddr(non-address) = %q", got)
	}
}

func TestAgreementGoldConfusions(t *testing.T) {
	fs := []ChunkFeedback{{
		Outcomes: []Outcome{
			{Mine: []string{"pos"}, Accepted: []string{"pos"}, Gold: true},
			{Mine: []string{"neu"}, Accepted: []string{"pos"}},
			{Mine: []string{"neu"}, Accepted: []string{"pos"}, Gold: true},
			{Mine: []string{"neg"}, Accepted: []string{"neu"}},
			{Mine: []string{"neg"}, Accepted: nil, Disputed: true},   // undecided: not counted
			{Mine: []string{"b", "a"}, Accepted: []string{"a", "b"}}, // sets, order-free
		},
	}}
	if a, d := Agreement(fs); a != 2 || d != 5 {
		t.Errorf("Agreement = %d/%d, want 2/5", a, d)
	}
	if r, n := GoldScore(fs); r != 1 || n != 2 {
		t.Errorf("GoldScore = %d/%d, want 1/2", r, n)
	}
	got := Confusions(fs, 5)
	want := []Confusion{{"neu", "pos", 2}, {"neg", "neu", 1}}
	if len(got) != len(want) {
		t.Fatalf("Confusions = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Confusions[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	if got := Confusions(fs, 1); len(got) != 1 {
		t.Errorf("Confusions(n=1) returned %d", len(got))
	}
}

func TestEnumStrings(t *testing.T) {
	if Phase(99).String() != "unknown" || ChunkState(-1).String() != "unknown" {
		t.Error("out-of-range enums must not panic and must say unknown")
	}
	if Revealing.String() != "revealing" || Finalized.String() != "finalized" || Multi.String() != "multi" {
		t.Error("enum names changed")
	}
}

func TestDisputeTitle(t *testing.T) {
	tests := []struct {
		d    Dispute
		want string
	}{
		{Dispute{Task: "bafkrei-task", Name: "fortune-001"}, "fortune-001"},
		{Dispute{Task: "bafkrei-task"}, "bafkrei-task"}, // no name: the id
	}
	for _, tc := range tests {
		if got := tc.d.Title(); got != tc.want {
			t.Errorf("Title() = %q, want %q", got, tc.want)
		}
	}
}
