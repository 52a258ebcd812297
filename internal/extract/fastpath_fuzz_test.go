package extract

import (
	"strings"
	"testing"
)

// The fuzz tests below hold the text shortcuts (tables, byte searches,
// a cheap check before a regexp: FuzzPreSym) to the plain code they stand for, on any
// text an article can bring: invalid UTF-8, combining marks after Latin
// letters, Latin Extended, Arabic presentation forms, fullwidth digits.

// fastPathSeeds are texts of the edge cases, added to every fuzz test's
// corpus.
var fastPathSeeds = []string{
	"", "Poland signed for 48 K9 howitzers.", "Défense ÉTATS-UNIS Straße Ǆ İstanbul",
	"e\u0301 Ç\u0301 a\u0301ـb x\u0301y", "ﻣﺼﺮ ﺍﻟﺠﺰﺍﺋﺮ ﻻ", "ＦＡ－５０ １２ 機", "بـF-16 وCH-4 إف-١٦ ۱۲",
	"bad \xff byte \xe2\x80 cut", "PARIS (AFP) – Le ministère — a déclaré", "u$s 12 US$ 4 USD 5 €6",
	"\u0300\u0301 leading marks", "ǅǈǋ ȸȹ ɐ", "L’Armée d’après", "Ⅻ ① ²³",
}

// FuzzTokenize: countTokens counts the tokens tokenize makes, and each
// token's norm is the decomposing reference's (an Arabic token's after its
// article is taken off).
func FuzzTokenize(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, 0)
		if n := countTokens(s); n != len(toks) {
			t.Errorf("countTokens(%q) = %d, tokenize made %d", s, n, len(toks))
		}
		for _, tk := range toks {
			want := normWordNFD(tk.raw)
			if tk.arabic {
				want = stripArticle(want)
			}
			if tk.norm != want {
				t.Errorf("token %q of %q: norm %q, want %q", tk.raw, s, tk.norm, want)
			}
		}
	})
}

// FuzzIndexDash: indexDash is strings.IndexAny(s, "—–").
func FuzzIndexDash(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexDash(s), strings.IndexAny(s, "—–"); got != want {
			t.Errorf("indexDash(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzAttribHints: the attribution hints' substrings.in is containsAny
// over the same list.
func FuzzAttribHints(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add("according to the same source, d’après le ministère, وفقا لـ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := attribHints.in(s), containsAny(s, attribHintWords); got != want {
			t.Errorf("attribHints.in(%q) = %v, want %v", s, got, want)
		}
	})
}
