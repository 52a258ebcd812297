package extract

import "github.com/armswatch/armswatch/internal/domain"

// "Das Ministerium plant, weitere 15 F-35A zu bestellen. Im Jahr 2022
// hatte die Bundesregierung schon 35 Flugzeuge des Typs geordert": a
// generic word followed by "of the type" ("des Typs", "dieses Typs",
// "of the same type", "de ce type", "del mismo tipo") names the system of
// its kind the sentence or the four before it named last. Left a bare
// kind, the word had no maker's state, so no supplier, and the transfer
// was lost. The word takes the system and its maker's state, unless the
// sentence names another supplier.

// sameTypePhrases follow the generic word, by language.
var sameTypePhrases = map[string][][]string{
	"de": {{"des", "typs"}, {"dieses", "typs"}, {"desselben", "typs"}, {"des", "gleichen", "typs"}, {"gleichen", "typs"},
		{"vom", "gleichen", "typ"}, {"vom", "selben", "typ"}, {"dieses", "musters"}, {"des", "musters"}, {"dieses", "modells"}},
	"en": {{"of", "the", "type"}, {"of", "this", "type"}, {"of", "that", "type"}, {"of", "the", "same", "type"}, {"of", "this", "model"}},
	"fr": {{"de", "ce", "type"}, {"du", "même", "type"}, {"de", "ce", "modèle"}, {"du", "même", "modèle"}},
	"es": {{"de", "este", "tipo"}, {"de", "ese", "tipo"}, {"del", "mismo", "tipo"}, {"de", "este", "modelo"}, {"del", "mismo", "modelo"}},
}

// sameTypeAfter reports whether a "same type" phrase starts at token k.
func (sc *sentScan) sameTypeAfter(k int) bool {
	for _, ph := range sameTypePhrases[sc.lw.code] {
		if k+len(ph) > len(sc.toks) {
			continue
		}
		ok := true
		for j, w := range ph {
			if sc.toks[k+j].norm != normWord(w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sameTypeNamed names the generic mention m of sentence i with the system
// of its kind named last before it (this sentence, then up to four
// before), when a "same type" phrase follows m.
func (d *docScan) sameTypeNamed(i int, sc *sentScan, m mention, sys *domain.System, origin string) (*domain.System, string) {
	if m.kind != mGeneric || sys == nil || sys.ID != "" || !sc.sameTypeAfter(m.tok1) {
		return sys, origin
	}
	for j := i; j >= 0 && j >= i-4; j-- {
		s := d.sents[j]
		for k := len(s.mentions) - 1; k >= 0; k-- {
			o := s.mentions[k]
			if o.kind != mSystem || j == i && o.tok1 > m.tok0 {
				continue
			}
			ls, ok := d.x.systemOf(o)
			if !ok || ls.Category != m.id {
				continue
			}
			found := systemFact(ls, "")
			if origin != "" || multinational(found.Maker) && !sc.names(found.Origin) {
				return found, origin
			}
			return found, found.Origin
		}
	}
	return sys, origin
}
