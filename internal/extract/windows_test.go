package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestWindows: a document longer than a window is read in windows of whole
// paragraphs; evidence offsets point into the whole text, a fact stated in
// several windows is one, and the facts are those of the windows' texts.
func TestWindows(t *testing.T) {
	x := New(lexicon.Default())
	x.SetModel(nil)
	filler := strings.Repeat("The committee met again on Tuesday to discuss the budget of the coast guard and the schedule of its patrols. ", 40) + "\n\n"
	deal := "Morocco received 24 AH-64E Apache helicopters from the United States.\n\n"
	other := "Greece ordered 24 Rafale jets from France.\n\n"
	var b strings.Builder
	for b.Len() < 3*windowRunes {
		b.WriteString(filler)
	}
	b.WriteString(deal)
	for b.Len() < 5*windowRunes {
		b.WriteString(filler)
	}
	b.WriteString(deal)
	b.WriteString(other)
	doc := &domain.Document{Language: "en", Published: "2024-01-02", Text: b.String()}
	facts, err := x.Facts(doc)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	var got []string
	for _, f := range facts {
		got = append(got, pairOf(f))
		if f.Evidence.End > len(runes) || string(runes[f.Evidence.Start:f.Evidence.End]) != f.Evidence.Text {
			t.Errorf("%s: evidence [%d, %d) is not its text %q", pairOf(f), f.Evidence.Start, f.Evidence.End, f.Evidence.Text)
		}
	}
	want := "transfer US>MA ah-64-apache|transfer FR>GR rafale"
	if strings.Join(got, "|") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestCutWindow: a window ends after a paragraph, a line or a full stop in
// its second half, else at the limit, on a rune boundary.
func TestCutWindow(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"aaaaaa\n\nbbbbbb", 10, "aaaaaa\n\n"},
		{"aaaaaa\nbbbbbb", 10, "aaaaaa\n"},
		{"aaaaaa. bbbbbb", 10, "aaaaaa. "},
		{"a\n\nbbbbbbbbbbbb", 10, "a\n\nbbbbbbb"},
		{"ééééééééééééé", 5, "ééééé"},
	}
	for _, tc := range tests {
		got := cutWindow(tc.s, tc.max)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("cutWindow(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
		}
	}
}
