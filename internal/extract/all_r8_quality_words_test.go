package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestIsWordReadsTheLanguagesOwnKind: the word lists moved to the
// lexicon answer per language, for a word's normalised form.
func TestIsWordReadsTheLanguagesOwnKind(t *testing.T) {
	cases := []wordKindCase{
		{"fr", "government", "Gouvernement", true},
		{"fr", "government", "exécutif", true},
		{"de", "government", "Regierung", true},
		{"ar", "government", "الحكومة", true}, // read as its normalised form
		{"en", "government", "gouvernement", false},
		{"es", "goods-opener", "La", true},
		{"en", "goods-opener", "Die", false},
		{"de", "counterpart", "Amtskollegin", true},
		{"ar", "counterpart", "نظرائه", true},
		{"fr", "list-intro", "notamment", true},
		{"fr", "list-intro", "including", false},
		{"es", "retire", "retirados", true},
		{"ar", "relation-prep", "مع", true},
		{"de", "relation-prep", "with", false},
		{"de", "also-opener", "Außerdem", true},
		{"es", "contents-opener", "La", true},
		{"de", "contents-opener", "Die", false},
	}
	checkWordKinds(t, cases) // all_r9_words_lexicon_test.go
}

// TestRetirePhrasesLongest: a phrase of kind retire is read whole, the
// longest first ("retirés du service", not "retirés"), in both German
// spellings of "außer".
func TestRetirePhrasesLongest(t *testing.T) {
	lx := lexicon.Default()
	cases := []struct {
		lang, text string
		want       [][2]int
	}{
		{"fr", "Les avions retirés du service seront vendus", [][2]int{{2, 5}}},
		{"de", "Die außer Dienst gestellten Panzer", [][2]int{{1, 4}}},
		{"de", "Die ausser Dienst gestellten Panzer", [][2]int{{1, 4}}},
		{"en", "The jets were decommissioned in 2020", [][2]int{{3, 4}}},
		{"ar", "الطائرات المتقاعدة", nil},
	}
	for _, c := range cases {
		sc := &sentScan{toks: tokenize(c.text, 0), lw: newLangWords(lx.Lang(c.lang), c.lang)}
		got := sc.retirePhrases()
		if len(got) != len(c.want) {
			t.Errorf("%s %q: spans %v, want %v", c.lang, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q: spans %v, want %v", c.lang, c.text, got, c.want)
			}
		}
	}
}
