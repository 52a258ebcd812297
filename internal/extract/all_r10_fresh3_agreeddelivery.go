package extract

import (
	"unicode"
	"unicode/utf8"
)

// fresh3AgreedDelivery reports whether the delivery noun at p is what
// states agreed or signed on: "Zuvor war die Lieferung von 48 Haubitzen an
// Finnland vereinbart worden", "agreed the delivery of 48 K9 howitzers",
// "ont convenu de la livraison de", "acordaron la entrega de", "اتفقا على
// تسليم": an order, not a delivery. The noun has an article or determiner
// before it; the verb (one of the words of agreeing below; not a
// word of signing, which a delivery also "se concretó") stands within ten words in the same clause (after a German noun, up to
// sixteen: the verb stands last).
func (sc *sentScan) fresh3AgreedDelivery(p int) bool {
	if p <= 0 || p >= len(sc.toks) || receiving(sc.toks[p:p+1]) {
		return false
	}
	w := sc.toks[p-1].norm
	r, _ := utf8.DecodeRuneInString(sc.toks[p].raw)
	noun := sc.lw.isWord("article-before", w) || sc.lw.isWord("determiner", w) || w == "a" && sc.lw.code == "en" ||
		sc.lw.code == "de" && unicode.IsUpper(r) && p > 0 || sc.toks[p].arabic // German nouns are capitalised
	if !noun {
		return false
	}
	after := 10
	if sc.lw.code == "de" {
		after = 16 // the verb stands last
	}
	for k := max(0, p-10); k < len(sc.toks) && k <= p+after; k++ {
		if k == p {
			continue
		}
		if !fresh3AgreeWords[sc.toks[k].norm] {
			continue
		}
		if k < p && !sc.boundaryBetween(k+1, p) || k > p && !sc.boundaryBetween(p+1, k) {
			return true
		}
	}
	return false
}

// fresh3AgreeWords are verbs of agreeing on something, normalised.
var fresh3AgreeWords = normSet("agreed", "agree", "agrees", "convenu", "convenue", "convenus", "conviennent",
	"acordaron", "acordo", "acordado", "acordada", "pactaron", "pacto", "pactado", "pactada",
	"vereinbart", "vereinbarten", "vereinbarte", "verstandigt", "اتفق", "اتفقت", "اتفقا", "اتفقتا")
