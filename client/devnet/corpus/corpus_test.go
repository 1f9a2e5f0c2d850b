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
		{"label and truth disagree", `{"id":"a","text":"x","label":"spam","truth":"ham"}`, `fields "label" ("spam") and "truth" ("ham") disagree`},
		{"label of another type", `{"id":"a","text":"x","label":[1]}`, `field "label": want a string or an integer`},
		{"empty id", `{"id":"","text":"x"}`, `field "id": empty`},
		{"empty text", `{"id":"a","text":""}`, `field "text": empty`},
		{"duplicate id", "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}", "line 3: id \"a\" already used on line 1"},
		{"line too long", "{\"id\":\"a\",\"text\":\"x\"}\n" + `{"id":"b","text":"` + strings.Repeat("x", MaxLineBytes) + `"}`, "line 2: longer than the limit of 65536 bytes per line"},
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

// TestReadForeignCorpus: a corpus from elsewhere reads as it is: extra
// fields (a tier, a dataset's own columns) are ignored, the label may be
// called "truth", and an integer class index is a label.
func TestReadForeignCorpus(t *testing.T) {
	in := `{"id":"1","text":"win a prize","truth":"spam","tier":1,"meta":{"src":"sms"}}
{"id":"2","text":"see you at 5","label":"ham","truth":"ham","extra":null}
{"id":"3","text":"rte pair","label":0}
{"id":"4","text":"unlabeled","label":null}
`
	items, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"spam", "ham", "0", ""}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d", len(items), len(want))
	}
	for i, it := range items {
		if it.Label != want[i] {
			t.Errorf("item %s: label %q, want %q", it.ID, it.Label, want[i])
		}
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
