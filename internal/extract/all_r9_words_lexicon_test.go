package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR9WordsKinds: the word lists moved to the lexicon by r9-words answer
// per language, for a word's normalised form, in a sentence's langWords
// and in the matcher's.
func TestR9WordsKinds(t *testing.T) {
	cases := []wordKindCase{
		{"fr", "article", "L", true},
		{"es", "article", "Los", true},
		{"en", "article", "los", false},
		{"de", "article", "dem", true},
		{"es", "article", "les", false},
		{"es", "company-word", "empresa", true},
		{"ar", "company-word", "شركة", true},
		{"de", "company-word", "Werft", true},
		{"de", "company-word", "firma", false},
		{"fr", "force-word", "Armée", true},
		{"es", "force-word", "Aérea", true},
		{"ar", "force-word", "الجوية", true},
		{"de", "force-word", "Streitkräfte", true},
		{"en", "force-word", "ejercito", false},
		{"fr", "determiner", "cette", true},
		{"es", "determiner", "su", true},
		{"de", "determiner", "its", false},
		{"fr", "agent-prep", "par", true},
		{"en", "agent-prep", "por", false},
		{"es", "with-prep", "con", true},
		{"de", "with-prep", "mit", false},
		{"es", "and-conj", "e", true},
		{"en", "and-conj", "und", false},
		{"de", "name-joiner", "sowie", true},
		{"de", "and-conj", "sowie", false},
		{"fr", "relative-pronoun", "lesquelles", true},
		{"es", "relative-pronoun", "que", true},
		{"en", "relative-pronoun", "qui", false},
		{"fr", "of-prep", "sur", true},
		{"ar", "of-prep", "من", true},
		{"en", "of-prep", "von", false},
		{"de", "partitive-article", "dieser", true},
		{"de", "partitive-share", "mehrere", true},
		{"fr", "partitive-article", "der", false},
		{"de", "designation-stop", "Weltkrieg", true},
		{"fr", "institution-word", "Dimanche", true},
		{"es", "function-word", "hacia", true},
		{"en", "function-word", "de", false},
		{"ar", "together", "بالتعاون", true},
		{"es", "partner-noun", "colaboración", true},
		{"fr", "sale-word", "fourniture", true},
		{"fr", "seller-prep", "auprès", true},
		{"de", "retire-agent-prep", "vom", true},
		{"de", "purpose-prep", "für", true},
		{"en", "purpose-prep", "für", false},
		{"es", "sentence-opener", "Estas", true},
		{"fr", "source-prep", "du", true},
		{"es", "list-joiner", "o", true},
		{"de", "clause-relative", "welche", true},
		{"de", "media-noun", "Presse", true},
		{"ar", "batch-prep", "من", true},
		{"en", "more-before", "another", true},
		{"fr", "more-after", "supplémentaires", true},
		{"de", "whole-order", "Auftrag", true},
		{"es", "launched-object", "licitación", true},
		{"en", "launched-object", "licitacion", false},
		{"en", "former-word", "surplus", true},
		{"fr", "purchase-noun", "achats", true},
		{"ar", "definite", "هذه", true},
		{"es", "article-before", "sus", true},
		{"es", "first-one", "primera", true},
		{"de", "part-possessive", "ihrer", true},
		{"de", "order-relative", "die", true},
		{"fr", "sequence-word", "après", true},
		{"de", "sequence-fill", "monatelangen", true},
		{"fr", "out-of", "sur", true},
		{"fr", "force-tail", "armées", true},
		{"en", "force-tail", "armees", false},
		{"en", "give-verb", "donate", true},
		{"fr", "train-word", "entraînés", true},
		{"fr", "instructor-word", "formateurs", true},
		{"es", "train-noun", "capacitación", true},
		{"fr", "value-noun", "coût", true},
		{"fr", "pledge-word", "engagées", true},
		{"fr", "parts-word", "pièces", true},
		{"fr", "enclitic-aux", "déjà", true},
		{"de", "indefinite-one", "einem", true},
		{"es", "indefinite-one", "una", true},
		{"de", "present-get", "erhält", true},
		{"de", "gone-other", "zurück", true},
		{"fr", "indefinite-one", "eine", false}, // r10-quality: French has "une" in this kind now (r8QuantityOne)
		{"de", "threat-noun", "Bedrohung", true},
		{"fr", "chosen-word", "sélectionnés", true},
		{"de", "also-word", "bereits", true},
		{"ar", "than-word", "من", true},
		{"es", "infinitive-mark", "para", true},
		{"ar", "ago-before", "منذ", true},
		{"fr", "draft-noun", "protocole", true},
		{"es", "doc-determiner", "dicho", true},
		{"fr", "same-word", "même", true},
		{"de", "plain-negation", "nicht", true},
		{"ar", "visit-word", "زيارة", true},
		{"de", "subordinator", "während", true},
		{"fr", "when-word", "lorsque", true},
		{"es", "second-hand-word", "reacondicionados", true},
		{"en", "when-word", "quand", false},
		{"ar", "pilot-word", "الطيار", true},
		{"ar", "goods-noun", "معدات", true},
		{"ar", "already-verb", "وسبق", true},
		{"ar", "contract-noun", "صفقة", true},
		{"fr", "contract-noun", "contrat", false},
		{"de", "future-give", "überlassen", true},
		{"de", "dative-plural", "Niederlanden", true},
		{"es", "train-word", "capacitaron", true},
		{"fr", "trainer-craft", "hélicoptères", true},
		{"es", "trainer-craft", "helicópteros", true},
		{"de", "talks-about", "über", true},
		{"es", "found-verb", "fundaron", true},
		{"en", "variant-word", "block", true},
		{"en", "found-verb", "fundaron", false},
		{"de", "whole-filler", "zunächst", true},
		{"ar", "batch-filler", "بين", true},
		{"es", "class-word", "proyecto", true},
		{"fr", "ship-class-word", "classe", true},
		{"de", "platform-word", "für", true},
		{"en", "platform-word", "für", false},
		{"de", "both-noun", "Länder", true},
	}
	checkWordKinds(t, cases)
}

// wordKindCase is a one-word text, a language's lexicon kind and whether
// the word is of the kind.
type wordKindCase struct {
	lang, kind, text string
	want             bool
}

// checkWordKinds asks isWord, of the language's words and of the matcher,
// for each case's word in its normalised form.
func checkWordKinds(t *testing.T, cases []wordKindCase) {
	t.Helper()
	lx := lexicon.Default()
	m := buildMatcher(lx)
	for _, c := range cases {
		lw := newLangWords(lx.Lang(c.lang), c.lang)
		toks := tokenize(c.text, 0)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", c.text, len(toks))
		}
		if got := lw.isWord(c.kind, toks[0].norm); got != c.want {
			t.Errorf("%s %s %q: %v, want %v", c.lang, c.kind, c.text, got, c.want)
		}
		if got := m.isWord(c.lang, c.kind, toks[0].norm); got != c.want {
			t.Errorf("matcher %s %s %q: %v, want %v", c.lang, c.kind, c.text, got, c.want)
		}
	}
}

// TestR9WordsStems: a kind of stems matches a word by its beginning, in
// the word's own language only.
func TestR9WordsStems(t *testing.T) {
	lx := lexicon.Default()
	cases := []struct {
		lang, kind, text string
		want             bool
	}{
		{"es", "making-stem", "producción", true},
		{"fr", "making-stem", "développé", true},
		{"de", "making-stem", "hergestellt", true},
		{"ar", "making-stem", "صنعت", true},
		{"en", "making-stem", "sold", false},
		{"en", "making-stem", "entwickelt", false},
	}
	for _, c := range cases {
		lw := newLangWords(lx.Lang(c.lang), c.lang)
		toks := tokenize(c.text, 0)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", c.text, len(toks))
		}
		if got := lw.hasStem(c.kind, toks[0].norm); got != c.want {
			t.Errorf("%s %s %q: %v, want %v", c.lang, c.kind, c.text, got, c.want)
		}
	}
}

// r9Kinds are the kinds r9-words moved from Go lists; isWord and hasStem
// read their one-word phrases only.
var r9Kinds = []string{"both-noun", "whole-filler", "batch-filler", "class-word", "ship-class-word", "platform-word", "adversary-word", "agent-prep", "ago-before", "aid-prep-before", "already-verb", "also-word", "and-conj", "article", "article-before", "as-word", "attack-noun", "batch-prep", "before-word", "buy-from-verb", "buy-noun", "buy-participle", "chosen-word", "clause-relative", "company-word", "complement-prep", "conjunction-word", "contract-noun", "contract-word", "currency-of", "dative-plural", "definite", "delivery-noun", "demonstrative", "designation-stop", "determiner", "doc-determiner", "doc-noun", "donation-opener", "draft-noun", "enclitic-aux", "finite-aux", "first-one", "fly-word", "force-tail", "force-word", "former-word", "found-verb", "function-word", "future-give", "gift-noun", "give-verb", "gone-other", "goods-noun", "hedge-type", "hedge-word", "indefinite-one", "infinitive-mark", "institution-word", "instructor-word", "launched-object", "list-joiner", "making-stem", "media-noun", "model-opener", "more-after", "more-before", "name-joiner", "of-prep", "order-noun", "order-relative", "ordinal-word", "out-of", "owner-word", "part-possessive", "partitive-article", "partitive-share", "partner-noun", "parts-word", "pilot-word", "place-prep", "plain-negation", "plan-word", "platform-filler", "pledge-word", "possessive", "present-get", "price-noun", "pronoun-subject", "prospect-noun", "purchase-noun", "purpose-prep", "receive-verb", "relative-pronoun", "report-word", "retire-agent-prep", "sale-noun", "sale-word", "same-word", "second-hand-word", "seller-prep", "sentence-opener", "sequence-fill", "sequence-word", "source-prep", "subordinator", "talks-about", "than-word", "then-word", "threat-noun", "together", "trade-noun", "train-noun", "train-word", "trainer-craft", "transfer-noun", "value-noun", "variant-word", "visit-word", "when-word", "whether-word", "while-word", "whole-end", "whole-order", "with-prep"}

// TestR9KindsAreOneWord: every entry of a moved kind is one token, so
// that isWord (or hasStem) can read it; a phrase would be silently dead.
func TestR9KindsAreOneWord(t *testing.T) {
	lx := lexicon.Default()
	for _, code := range lx.Langs() {
		for _, kind := range r9Kinds {
			for _, w := range lx.Lang(code).Words[kind] {
				if toks := tokenize(w.Text, 0); len(toks) != 1 {
					t.Errorf("lang_%s.tsv %s %q: %d tokens", code, kind, w.Text, len(toks))
				}
			}
		}
	}
}
