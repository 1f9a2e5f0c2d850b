package corpus

import (
	"strings"
	"testing"
)

func TestFortunes(t *testing.T) {
	items, err := Fortunes()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 300 {
		t.Fatalf("got %d items, want 300", len(items))
	}
	counts := map[string]int{}
	for _, it := range items {
		counts[it.Label]++
	}
	want := []string{"computers", "science", "food", "love", "sports"}
	for _, l := range want {
		if counts[l] != 60 {
			t.Errorf("label %s: %d items, want 60", l, counts[l])
		}
	}
	if got := len(Labels(items)); got != len(want) {
		t.Errorf("Labels: %d distinct, want %d", got, len(want))
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not json", "{", "line 1"},
		{"unknown field", `{"id":"a","text":"x","extra":1}`, `unknown field "extra"`},
		{"empty id", `{"id":"","text":"x"}`, `field "id": empty`},
		{"empty text", `{"id":"a","text":""}`, `field "text": empty`},
		{"duplicate id", "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}", "line 3: id \"a\" already used on line 1"},
		{"line too long", `{"id":"a","text":"` + strings.Repeat("x", MaxLineBytes) + `"}`, "token too long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","label":"l"}`))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Read(strings.NewReader(string(data)))
		if err != nil {
			return
		}
		for _, it := range items {
			if it.ID == "" || it.Text == "" {
				t.Fatalf("accepted item with empty id or text: %+v", it)
			}
		}
	})
}
