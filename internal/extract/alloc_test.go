package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormWordFastPath(t *testing.T) {
	for _, w := range []string{"defence", "Defence", "F-16", "2024", "défense", "Défense", "Straße", "ÉTATS",
		"l’armée", "الجزائر", "أعلنت", "مصر", "وزارة", "إس", "طائرةً", "ـ", "É", "e\u0301", "İstanbul", "ǅ", "\xff", ""} {
		if got, want := normWord(w), normWordNFD(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { normWord("defence") }); n != 0 {
		t.Errorf("normWord of a lower-case ASCII word allocates %.0f times", n)
	}
	if n := testing.AllocsPerRun(100, func() { normWord("مصر") }); n != 0 {
		t.Errorf("normWord of a normal Arabic word allocates %.0f times", n)
	}
}

func TestCountTokens(t *testing.T) {
	for _, s := range []string{"", "Poland signed for 48 K9 howitzers.", "F-16V Block70", "بـ 24 طائرةً", "x\u0301y 12ab", "  ", "ـا", "a\u0301ـb"} {
		if got, want := countTokens(s), len(tokenize(s, 0)); got != want {
			t.Errorf("countTokens(%q) = %d, tokenize made %d", s, got, want)
		}
	}
	s := "the ministry signed a contract for forty-eight howitzers worth 2.4 billion dollars."
	if n := testing.AllocsPerRun(50, func() { tokenize(s, 0) }); n != 1 {
		t.Errorf("tokenize of a lower-case ASCII sentence allocates %.0f times, want 1 (the slice)", n)
	}
}

func TestSplitGroups(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []group
	}{
		{"1,234.5", []group{{0, "1"}, {',', "234"}, {'.', "5"}}},
		{"12", []group{{0, "12"}}},
		{"1 000", []group{{0, "1"}, {' ', "000"}}},
		{",5", []group{{0, ""}, {',', "5"}}},
		{"3,", []group{{0, "3"}, {',', ""}}},
	} {
		got := splitGroups(c.in)
		if len(got) != len(c.want) {
			t.Errorf("splitGroups(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("splitGroups(%q) = %v, want %v", c.in, got, c.want)
			}
		}
	}
}

// TestSentenceTexts: a sentence's text is the text between its rune
// offsets, for valid text (sliced) and damaged text (copied).
func TestSentenceTexts(t *testing.T) {
	long := strings.Repeat("Le Maroc a reçu 12 F-16, ", 120) // cut at commas
	for _, text := range []string{
		"Poland signed. Then Korea delivered!\n\nأعلنت الوزارة؟ Yes.",
		"Évidemment. L’armée a reçu 24 Rafale.\nNext line",
		long,
		"bad \xff byte. Next \xfe one.",
	} {
		r := []rune(text)
		ss := splitSentences(text)
		if len(ss) == 0 {
			t.Fatalf("no sentences in %q", text)
		}
		for _, s := range ss {
			if want := string(r[s.start:s.end]); s.text != want {
				t.Errorf("sentence %d-%d: %q, want %q", s.start, s.end, s.text, want)
			}
		}
	}
}

// FuzzSplitSentences: sentence texts are what their offsets say, whatever
// the text.
func FuzzSplitSentences(f *testing.F) {
	f.Add("Poland signed. Then Korea delivered!\n\nأعلنت الوزارة؟ Yes.")
	f.Add("bad \xff byte. Next \xfe one.")
	f.Fuzz(func(t *testing.T, text string) {
		r := []rune(text)
		for _, s := range splitSentences(text) {
			if s.start < 0 || s.end > len(r) || s.start > s.end || s.text != string(r[s.start:s.end]) {
				t.Fatalf("sentence %d-%d %q does not match the text", s.start, s.end, s.text)
			}
		}
	})
}

// TestNormArabicWord: the Arabic fast path gives what the decomposing
// path gives, for every rune of the Arabic block alone and after a
// letter, and for words of the corpus's spellings.
func TestNormArabicWord(t *testing.T) {
	var words []string
	for r := rune(0x600); r <= 0x6FF; r++ {
		words = append(words, string(r), "ب"+string(r), string(r)+"ة")
	}
	words = append(words, "أعلنت", "الإمارات", "طائرةً", "مؤسسة", "سوريا", "١٢", "القوّات", "ـ", "")
	for _, w := range words {
		got, ok := normArabicWord(w)
		if !ok {
			t.Errorf("normArabicWord(%q): not taken", w)
			continue
		}
		if want := normWordNFD(w); got != want {
			t.Errorf("normArabicWord(%q) = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"F-16", "défense", "بـF", "إف-١٦"} {
		if _, ok := normArabicWord(w); ok {
			t.Errorf("normArabicWord(%q) taken: not of the Arabic block alone", w)
		}
	}
}

// TestArabicMark: arabicMark is unicode.Mn over the Arabic block.
func TestArabicMark(t *testing.T) {
	for r := rune(0x600); r <= 0x6FF; r++ {
		if got, want := arabicMark(r), unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("arabicMark(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestNormLatinWord checks normLatinWord's premise (no rune below
// latinNormEnd is a combining mark, so NFD never reorders across runes)
// and compares it with the reference on every such rune, alone and in
// words.
func TestNormLatinWord(t *testing.T) {
	var all []rune
	for r := rune(0); r < latinNormEnd; r++ {
		if p := norm.NFD.PropertiesString(string(r)); p.CCC() != 0 || unicode.Is(unicode.Mn, r) {
			t.Fatalf("U+%04X is a combining mark (ccc %d)", r, p.CCC())
		}
		if got, want := normWord(string(r)), normWordNFD(string(r)); got != want {
			t.Errorf("normWord(%q) = %q, want %q", string(r), got, want)
		}
		all = append(all, r)
	}
	for i := 0; i+7 <= len(all); i += 3 {
		w := string(all[i:i+7]) + string(all[(i*7)%len(all)]) + "Ab"
		if got, want := normWord(w), normWordNFD(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"Défense", "ÉTATS-UNIS", "Straße", "Ǆ", "İ", "Ç\u0301", "É\u0301", "L’Armée", "Ñandú"} {
		if got, want := normWord(w), normWordNFD(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { normWord("Défense") }); n != 1 {
		t.Errorf("normWord of a capitalised French word allocates %.0f times, want 1", n)
	}
}

// TestTokenKinds checks tokenize's shortcuts against the unicode tables:
// asciiKind, isMark, and the Arabic letters isArabicLetter takes at once.
func TestTokenKinds(t *testing.T) {
	for r := rune(0); r < 0x700; r++ {
		want := 0
		switch {
		case unicode.IsDigit(r):
			want = 2
		case unicode.IsLetter(r):
			want = 1
		}
		if r < utf8.RuneSelf && int(asciiKind[r]) != want {
			t.Errorf("asciiKind[%q] = %d, want %d", r, asciiKind[r], want)
		}
		if got, want := isMark(r), unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isMark(%U) = %v, want %v", r, got, want)
		}
		if got, want := isArabicLetter(r), r >= 0x600 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r); got != want {
			t.Errorf("isArabicLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
