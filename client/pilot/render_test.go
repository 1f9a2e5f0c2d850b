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

func TestRender(t *testing.T) {
	r := sampleReport(t)
	for _, f := range Formats {
		var viaRender, direct bytes.Buffer
		if err := Render(&viaRender, r, f); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		switch f {
		case "text":
			_ = WriteText(&direct, r)
		case "json":
			_ = WriteJSON(&direct, r)
		case "html":
			_ = WriteHTML(&direct, r)
		}
		if !bytes.Equal(viaRender.Bytes(), direct.Bytes()) || direct.Len() == 0 {
			t.Errorf("Render(%q) differs from its writer", f)
		}
	}
	if err := Render(&bytes.Buffer{}, r, "pdf"); err == nil {
		t.Error("Render accepted an unknown format")
	}
}

// TestHTMLEscapes: names and titles come from the chain and the schema, so
// the page must escape them.
func TestHTMLEscapes(t *testing.T) {
	p := loadSample(t)
	evil := `<script>alert("x")</script>`
	p.Campaign.Title = evil
	p.Campaign.Labels[0] = evil
	for i := range p.Observations {
		if p.Observations[i].Annotator == sampleAnnotators[0].addr {
			p.Observations[i].Annotator = evil
		}
	}
	r, err := Build(p, sampleOptions)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script") {
		t.Error("HTML report lets a name inject markup")
	}
	if !strings.Contains(buf.String(), "&lt;script&gt;") {
		t.Error("escaped name not found")
	}
}
