package extract

import (
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// German writes a kind of weapon as one compound word whose last part is
// a generic word of the lexicon: "Küstenpatrouillenboote",
// "Mehrzweckkampfhubschrauber", "Hochseepatrouillenbooten",
// "Minenschutzpanzer". A capitalised word that no lexicon entry matches
// and that ends in such a generic word (of five letters or more, after a
// first part of three letters or more) is a generic mention of that
// word's category. Heads whose compounds are mostly civil or no weapon
// ("Passagierflugzeuge", "Containerschiffe", "Trägerraketen",
// "Selbstmordbomber", "Wasserkanonen") are left out (deNotHead).

// deNotHead are generic words that do not make a compound a weapon.
var deNotHead = normSet("Flugzeuge", "Flugzeugen", "Schiffe", "Raketen", "Bomber", "Kanonen", "Helikopter", "Helikoptern", "Boote", "Bomben", "Patronen")

// deHeads maps the normal form of a one-word German generic to its entry.
type deHeads map[string]*entry

func newDeHeads(lex *lexicon.Lexicon) deHeads {
	h := deHeads{}
	for _, g := range lex.Generics {
		if g.Lang != "de" {
			continue
		}
		toks := tokenize(g.Text, 0)
		if len(toks) != 1 || deNotHead[toks[0].norm] || utf8.RuneCountInString(toks[0].norm) < 5 {
			continue
		}
		if _, ok := h[toks[0].norm]; !ok {
			h[toks[0].norm] = &entry{kind: mGeneric, id: g.Category, lang: "de", raw: []string{toks[0].raw}, nTokens: 1}
		}
	}
	return h
}

// compound returns the generic entry of the German compound t, or nil:
// the longest head that ends it, after at least three letters.
func (h deHeads) compound(t token) *entry {
	if len(h) == 0 || t.digit || t.arabic || !isCapitalised(t.raw) {
		return nil
	}
	w := t.norm
	n := 0
	for i := range w {
		if n >= 3 {
			if e := h[w[i:]]; e != nil {
				return e
			}
		}
		n++
	}
	return nil
}
