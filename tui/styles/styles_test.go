package styles

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func TestNoColorGivesPlain(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	if s := DefaultStyles(); !s.Plain {
		t.Fatal("NO_COLOR set but styles are not plain")
	}
	t.Setenv("NO_COLOR", "")
	if s := DefaultStyles(); s.Plain {
		t.Fatal("NO_COLOR unset but styles are plain")
	}
}

func TestPlainHasNoColour(t *testing.T) {
	s := PlainStyles()
	for name, st := range map[string]lipgloss.Style{
		"Bad": s.Bad, "Good": s.Good, "Title": s.Title, "Selected": s.Selected, "StatusErr": s.StatusErr,
	} {
		if _, ok := st.GetForeground().(lipgloss.NoColor); !ok {
			t.Errorf("plain %s style has a foreground colour: %v", name, st.GetForeground())
		}
	}
}
