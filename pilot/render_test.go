package pilot

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func sampleReport(t *testing.T) *Report {
	t.Helper()
	r, err := Build(loadSample(t), sampleOptions)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestGoldenText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if w := ansi.StringWidth(line); w > TextWidth {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, w, TextWidth, line)
		}
	}
	golden(t, "report.txt", buf.Bytes())
}

func TestGoldenJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json", buf.Bytes())
}

func TestGoldenHTML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	// self-contained: nothing fetched, nothing run
	for _, bad := range []string{"<script", "src=", "href=", "url(", "@import", "http://", "https://", "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("HTML report contains %q: it must be self-contained", bad)
		}
	}
	for _, want := range []string{`id="chart-time"`, `id="chart-accuracy"`, `id="chart-earnings"`, "<svg", `class="careless"`, `class="rec"`} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML report lacks %s", want)
		}
	}
	golden(t, "report.html", buf.Bytes())
}
