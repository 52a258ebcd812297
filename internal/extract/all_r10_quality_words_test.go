package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR10QualityWordKinds: the words r10-quality moved from round 8's Go
// lists are read in their own language only.
func TestR10QualityWordKinds(t *testing.T) {
	cases := []wordKindCase{
		{"en", "quality-multitude", "dozens", true},
		{"fr", "quality-multitude", "dizaines", true},
		{"es", "quality-multitude", "decenas", true},
		{"de", "quality-multitude", "Dutzende", true},
		{"ar", "quality-multitude", "عشرات", true},
		{"en", "quality-multitude", "miles", false}, // Spanish "thousands", an English unit
		{"en", "quality-multitude", "dozen", false},
		{"en", "quality-batch-word", "shipment", true},
		{"fr", "quality-batch-word", "lot", true},
		{"es", "quality-batch-word", "cargamento", true},
		{"de", "quality-batch-word", "Lieferung", true},
		{"ar", "quality-batch-word", "دفعة", true},
		{"en", "quality-batch-word", "lot", false}, // "a lot of"
		{"en", "quality-batch-word", "equipment", false},
		{"en", "quality-destined", "earmarked", true},
		{"fr", "quality-destined", "destinées", true},
		{"es", "quality-destined", "destinados", true},
		{"en", "quality-destined", "destinados", false},
		{"de", "quality-destined", "bestimmt", false}, // verb last: not read
		{"en", "indefinite-one", "an", true},
		{"fr", "indefinite-one", "une", true},
		{"de", "indefinite-one", "eines", true},
		{"es", "indefinite-one", "una", true},
		{"en", "indefinite-one", "une", false},
		{"en", "quality-ship-noun", "cutter", true},
		{"fr", "quality-ship-noun", "navire", true},
		{"es", "quality-ship-noun", "guardacostas", true},
		{"de", "quality-ship-noun", "Kriegsschiff", true},
		{"ar", "quality-ship-noun", "فرقاطة", true},
		{"en", "quality-ship-noun", "frigates", false},
		{"en", "quality-ship-noun", "fragata", false},
		{"en", "quality-compare-year", "compared", true},
		{"de", "quality-compare-year", "gegenüber", true},
		{"fr", "quality-compare-year", "que", true},
		{"es", "quality-compare-year", "respecto", true},
		{"ar", "quality-compare-year", "بعام", true},
		{"en", "quality-compare-year", "que", false},
		{"de", "quality-compare-year", "with", false},
		{"ar", "quality-unit-noun", "مروحية", true},
		{"ar", "quality-unit-noun", "طائرات", false}, // a plural
		{"ar", "quality-unit-link", "طراز", true},
		{"en", "quality-unit-link", "من", false},
		{"en", "quality-buyer-filler", "of", true},
		{"fr", "quality-buyer-filler", "étrangers", true},
		{"es", "quality-buyer-filler", "del", true},
		{"de", "quality-buyer-filler", "des", true},
		{"en", "quality-buyer-filler", "del", false},
		{"en", "quality-descriptive", "wheeled", true},
		{"fr", "quality-descriptive", "chenilles", true},
		{"es", "quality-descriptive", "orugas", true},
		{"en", "quality-descriptive", "ruedas", false},
		{"de", "quality-gone-verb", "gingen", true},
		{"fr", "quality-gone-verb", "sont", true},
		{"en", "quality-gone-verb", "gingen", false},
		{"fr", "quality-dest-prep", "à", true},
		{"de", "quality-dest-prep", "nach", true},
		{"es", "quality-dest-prep", "al", true},
		{"en", "quality-dest-prep", "al", false},
		{"fr", "quality-gone-participle", "allées", true},
		{"fr", "quality-gone-participle", "livrés", false},
		{"en", "quality-type-link", "class", true},
		{"fr", "quality-type-link", "des", true},
		{"es", "quality-type-link", "tipo", true},
		{"en", "quality-type-link", "des", false},
		{"en", "quality-measure-unit", "mm", true},
		{"fr", "quality-measure-unit", "mètres", true},
		{"es", "quality-measure-unit", "nudos", true},
		{"de", "quality-measure-unit", "Tonnen", true},
		{"ar", "quality-measure-unit", "أمتار", true},
		{"ar", "quality-measure-unit", "t", true},
		{"en", "quality-measure-unit", "pies", false},
	}
	checkWordKinds(t, cases) // all_r9_words_lexicon_test.go
}

// TestR10QualityArWord: isArWord takes an attached conjunction,
// preposition or article off an Arabic word, as arInSet did, and reads
// nothing of another language's kind.
func TestR10QualityArWord(t *testing.T) {
	lx := lexicon.Default()
	cases := []wordKindCase{
		{"ar", "quality-multitude", "وعشرات", true},
		{"ar", "quality-multitude", "لمئات", true},
		{"ar", "quality-multitude", "الآلاف", true},
		{"ar", "quality-multitude", "عشرة", false},
		{"en", "quality-multitude", "عشرات", false},
		{"ar", "quality-batch-word", "والدفعة", true},
		{"fr", "quality-batch-word", "lot", true}, // a plain word of another language
		{"ar", "org-event", "لقمة", true},         // arEventNouns's, read by arOrgEvent
		{"ar", "org-event", "والبيان", true},
		{"ar", "org-event", "الختامي", true},
	}
	checkOneWord(t, lx, cases, (*langWords).isArWord)
}

// checkOneWord asks read, in each case's language, whether the case's one
// word is of its kind.
func checkOneWord(t *testing.T, lx *lexicon.Lexicon, cases []wordKindCase, read func(lw *langWords, kind, norm string) bool) {
	t.Helper()
	for _, c := range cases {
		lw := newLangWords(lx.Lang(c.lang), c.lang)
		toks := tokenize(c.text, 0)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", c.text, len(toks))
		}
		if got := read(lw, c.kind, toks[0].norm); got != c.want {
			t.Errorf("%s %s %q: %v, want %v", c.lang, c.kind, c.text, got, c.want)
		}
	}
}

// r10QualityKinds are the kinds r10-quality moved from Go lists; isWord,
// isArWord and hasStem read their one-word phrases only.
var r10QualityKinds = []string{"quality-multitude", "quality-batch-word", "quality-destined", "quality-approval-stem", "quality-ship-noun", "quality-compare-year", "quality-unit-noun", "quality-unit-link", "quality-buyer-filler", "quality-descriptive", "quality-sale-stem", "quality-gone-verb", "quality-dest-prep", "quality-gone-participle", "quality-type-link", "quality-measure-unit"}

// TestR10QualityKindsAreOneWord: every entry of a moved kind is one token
// (a phrase would be silently dead).
func TestR10QualityKindsAreOneWord(t *testing.T) {
	lx := lexicon.Default()
	for _, kind := range r10QualityKinds {
		n := 0
		for _, code := range lx.Langs() {
			for _, w := range lx.Lang(code).Words[kind] {
				n++
				if toks := tokenize(w.Text, 0); len(toks) != 1 {
					t.Errorf("lang_%s.tsv %s %q: %d tokens", code, kind, w.Text, len(toks))
				}
			}
		}
		if n == 0 {
			t.Errorf("no word of kind %s", kind)
		}
	}
}

// TestR10QualityStems: quality-approval-stem matches a word by its
// beginning, in the word's own language only.
func TestR10QualityStems(t *testing.T) {
	lx := lexicon.Default()
	cases := []wordKindCase{
		{"de", "quality-approval-stem", "Genehmigungen", true},
		{"de", "quality-approval-stem", "Ausfuhrgenehmigung", true},
		{"en", "quality-approval-stem", "licences", true},
		{"fr", "quality-approval-stem", "autorisations", true},
		{"es", "quality-approval-stem", "autorizaciones", true},
		{"es", "quality-approval-stem", "permisos", true},
		{"en", "quality-approval-stem", "Genehmigungen", false},
		{"de", "quality-approval-stem", "gingen", false},
	}
	checkOneWord(t, lx, cases, (*langWords).hasStem)
}

// TestR10QualityFoldedKinds: a kind folded into another is gone from every
// language (a rule still reading it would go blind), and the kind it went
// into holds the words of both, phrases included.
func TestR10QualityFoldedKinds(t *testing.T) {
	lx := lexicon.Default()
	for _, code := range lx.Langs() {
		for _, gone := range []string{"program-benefit", "member-event"} {
			if n := len(lx.Lang(code).Words[gone]); n > 0 {
				t.Errorf("lang_%s.tsv: %d words of the folded kind %s", code, n, gone)
			}
		}
	}
	cases := []struct{ lang, kind, text string }{
		{"en", "aid-benefit", "has benefited from"}, // program-benefit's
		{"en", "aid-benefit", "a recipient of"},     // program-benefit's
		{"en", "aid-benefit", "beneficiaries"},      // aid-benefit's
		{"de", "aid-benefit", "erhielt Mittel aus"},
		{"es", "aid-benefit", "se beneficia de"},
		{"fr", "aid-benefit", "bénéficiaire du"},
		{"ar", "aid-benefit", "تستفيد من"},
		{"en", "org-event", "secretary general"}, // org-event's
		{"en", "org-event", "exercises"},         // member-event's
		{"fr", "org-event", "manœuvres"},
		{"es", "org-event", "sede"},
		{"de", "org-event", "Übungen"},
		{"ar", "org-event", "مناورات"},
	}
	for _, c := range cases {
		lw := newLangWords(lx.Lang(c.lang), c.lang)
		toks := tokenize(c.text, 0)
		if n, _ := lw.set(c.kind).at(toks, 0); n != len(toks) {
			t.Errorf("%s %s %q: matched %d of %d tokens", c.lang, c.kind, c.text, n, len(toks))
		}
	}
}

// TestR10QualityArStems: hasArStem reads a stem after an attached
// conjunction, preposition or article, whatever pronoun follows.
func TestR10QualityArStems(t *testing.T) {
	lw := newLangWords(lexicon.Default().Lang("ar"), "ar")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"لتسليمها", true},
		{"لبيع", true},
		{"والتوريد", true},
		{"تزويد", true},
		{"بيان", false},
		{"شراء", false},
	} {
		toks := tokenize(c.text, 0)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", c.text, len(toks))
		}
		if got := lw.hasArStem("quality-sale-stem", toks[0].norm); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
