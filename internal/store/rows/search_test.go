package rows

import (
	"strings"
	"testing"
)

func TestSnippet(t *testing.T) {
	const s, e = "\x02", "\x03"
	long := strings.Repeat("filler words here ", 1000)
	tests := []struct {
		name, text, q, want string
	}{
		{"whole short text", "France sold Rafale jets to Egypt.", "rafale", "France sold " + s + "Rafale" + e + " jets to Egypt."},
		{"upper case", "EGYPT BUYS RAFALE", "Rafale", "EGYPT BUYS " + s + "RAFALE" + e},
		{"every match in the window", "Rafale and rafale again", "RAFALE", s + "Rafale" + e + " and " + s + "rafale" + e + " again"},
		{"prefix", "The Rafales flew.", "rafa*", "The " + s + "Rafales" + e + " flew."},
		{"not a prefix search", "The Rafales flew.", "rafa", "The Rafales flew."},
		{"phrase word", "Poland ordered F-16 jets.", "F-16", "Poland ordered " + s + "F" + e + "-" + s + "16" + e + " jets."},
		{"two words", "Egypt and France signed.", "france egypt", s + "Egypt" + e + " and " + s + "France" + e + " signed."},
		{"match through diacritics", "La France et l'Égypte.", "egypte", "La France et l'" + s + "Égypte" + e + "."},
		{"diacritics in the query", "Cooperation with Egypt.", "coopération", s + "Cooperation" + e + " with Egypt."},
		{"no match in the text: the beginning", "Égypte achète des avions.", "rafale", "Égypte achète des avions."},
		{"window in a long text", long + "Egypt ordered Rafale jets. " + long, "rafale",
			"…words here filler words here filler words here filler words here filler words here filler words here Egypt ordered " + s + "Rafale" + e +
				" jets. filler words here filler words here filler words here filler words here filler words here filler words…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Snippet(tt.text, SearchWords(tt.q)); got != tt.want {
				t.Errorf("Snippet(%q)\n got %q\nwant %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestSnippetBounded checks that the snippet of a match deep in a long text
// is cut from a window around it: its length and the text tokenised stay
// bounded whatever the text's length.
func TestSnippetBounded(t *testing.T) {
	for _, size := range []int{1 << 10, 1 << 16, 4 << 20} {
		text := strings.Repeat("lorem ipsum dolor ", size/18) + "Rafale " + strings.Repeat("sit amet ", size/9)
		before := SnippetBytes()
		got := Snippet(text, SearchWords("rafale"))
		if work := SnippetBytes() - before; work > 2*SnippetRadius {
			t.Errorf("%d bytes: tokenised %d bytes", size, work)
		}
		if len(got) > 2*SnippetRadius+16 || !strings.Contains(got, "\x02Rafale\x03") {
			t.Errorf("%d bytes: snippet %q", size, got)
		}
	}
}

// TestIndexWord checks the case-insensitive search against a plain search
// of the lower-cased text.
func TestIndexWord(t *testing.T) {
	texts := []string{"", "a", "Rafale", "the RAFALE and the rafale", "raf rafa rafal RaFaLe", "xx F-16 f16 F16",
		"frigate Frigate FRIGATE", "zzzzzzzzzzq", "ƒ Ünïcode Rafale", strings.Repeat("ab", 100) + "abc"}
	words := []string{"rafale", "Rafale", "f16", "frigate", "q", "zq", "abc", "the", "a", "x"}
	for _, text := range texts {
		for _, w := range words {
			want := strings.Index(strings.ToLower(text), strings.ToLower(w))
			if got := indexWord(text, w); got != want {
				t.Errorf("indexWord(%q, %q) = %d, want %d", text, w, got, want)
			}
		}
	}
	// Non-ASCII words: as typed, lower, capitalised or upper case.
	if got := indexWord("le char Leclerc et l'ÉGYPTE", "égypte"); got != strings.Index("le char Leclerc et l'ÉGYPTE", "ÉGYPTE") {
		t.Errorf("indexWord(égypte) = %d", got)
	}
}

// TestSnippetOf: a passage's snippet marks the cuts of the document, not
// those of the passage; at an edge of the passage that is not one of the
// document, the word there may be cut and is left out.
func TestSnippetOf(t *testing.T) {
	const s, e = "\x02", "\x03"
	for _, tc := range []struct {
		head, tail bool
		want       string
	}{
		{true, true, "Egypt ordered " + s + "Rafale" + e + " jets."},
		{false, true, "…ordered " + s + "Rafale" + e + " jets."},
		{true, false, "Egypt ordered " + s + "Rafale" + e + "…"},
		{false, false, "…ordered " + s + "Rafale" + e + "…"},
	} {
		if got := SnippetOf("Egypt ordered Rafale jets.", SearchWords("rafale"), tc.head, tc.tail); got != tc.want {
			t.Errorf("SnippetOf(head %v, tail %v) = %q, want %q", tc.head, tc.tail, got, tc.want)
		}
	}
}
