package extract

import (
	"fmt"
	"runtime"
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

// TestWindowsInParallel: windows scanned at once give what they give one
// by one: the same candidates in the same order, with the same evidence.
func TestWindowsInParallel(t *testing.T) {
	x := New(lexicon.Default())
	x.SetModel(nil)
	deals := []string{
		"Morocco received 24 AH-64E Apache helicopters from the United States.",
		"Greece ordered 24 Rafale jets from France.",
		"Poland signed a contract for 96 AH-64E Apache helicopters.",
		"Egypt took delivery of two FREMM frigates from Italy.",
	}
	filler := strings.Repeat("The committee met again on Tuesday to discuss the budget of the coast guard. ", 30) + "\n\n"
	var b strings.Builder
	for i := 0; b.Len() < 9*windowRunes; i++ {
		b.WriteString(filler)
		if i%25 == 0 {
			b.WriteString(deals[(i/25)%len(deals)] + "\n\n")
		}
	}
	doc := &domain.Document{Language: "en", Published: "2024-01-02", Text: b.String()}
	run := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var out strings.Builder
		for _, c := range x.windowCandidates(doc, false) {
			fmt.Fprintf(&out, "%s %d-%d\n", pairOf(c.Fact), c.Fact.Evidence.Start, c.Fact.Evidence.End)
		}
		return out.String()
	}
	one, four := run(1), run(4)
	if one == "" || strings.Count(one, "\n") < 4 {
		t.Fatalf("one by one: %q", one)
	}
	if four != one {
		t.Errorf("in parallel:\n%s\none by one:\n%s", four, one)
	}
}
