package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fresh3AgreedDelivery reports whether the delivery noun at p is what
// states agreed or signed on: "Zuvor war die Lieferung von 48 Haubitzen an
// Finnland vereinbart worden", "agreed the delivery of 48 K9 howitzers",
// "ont convenu de la livraison de", "acordaron la entrega de", "اتفقا على
// تسليم": an order, not a delivery. The noun has an article or determiner
// before it; the verb (a word of the lexicon's fresh3-agree; not a
// word of signing, which a delivery also "se concretó") stands within ten words in the same clause (after a German noun, up to
// sixteen: the verb stands last).
func (sc *sentScan) fresh3AgreedDelivery(p int) bool {
	if p <= 0 || p >= len(sc.toks) || receiving(sc.toks[p:p+1]) {
		return false
	}
	w := sc.toks[p-1].norm
	r, _ := utf8.DecodeRuneInString(sc.toks[p].raw)
	noun := sc.lw.isWord("article-before", w) || sc.lw.isWord("determiner", w) || w == "a" && sc.lw.code == "en" ||
		sc.lw.code == "de" && unicode.IsUpper(r) || sc.toks[p].arabic && sc.arDeliveryNoun(p) // German nouns are capitalised
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
		agree := sc.lw.isTok("fresh3-agree", &sc.toks[k]) || sc.toks[k].arabic && sc.lw.isArWord("fresh3-agree", sc.toks[k].norm) // "واتفقت"
		if !agree || sc.fresh3AgreedGoods(k) {
			continue
		}
		if k < p && !sc.boundaryBetween(k+1, p) || k > p && !sc.boundaryBetween(p+1, k) {
			return true
		}
	}
	return false
}

// arDeliveryNoun reports whether the Arabic word of delivery at p is a
// verbal noun, not a finite verb: it has the article ("التسليم",
// "بالتسليم") or follows "على" ("اتفقا على تسليم"). A verb ("وسلمت فرنسا")
// tells a delivery of its own, whatever was agreed in the clause before
// ("واتفق البلدان على تعزيز التعاون وسلمت فرنسا مصر 24 طائرة رافال").
func (sc *sentScan) arDeliveryNoun(p int) bool {
	raw := sc.toks[p].raw
	for _, pre := range []string{"ال", "وال", "بال", "لل", "ولل"} {
		if strings.HasPrefix(raw, pre) {
			return true
		}
	}
	return sc.toks[p-1].norm == "علي"
}

// fresh3AgreedGoods reports whether the word of agreeing at k describes
// the goods or another noun, not the delivery: a participle right after
// the goods ("the delivery of the 48 K9 howitzers agreed in 2017 was
// completed", "la livraison des 48 obusiers convenus en 2017") or right
// before a count or the goods ("die Lieferung der 2017 vereinbarten 48
// Panzerhaubitzen"), or the verb of a relative clause ("الذي اتفق عليه
// البلدان", "that was agreed"): the delivery's own verb is elsewhere.
func (sc *sentScan) fresh3AgreedGoods(k int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && (m.tok1 == k || m.tok0 == k+1) {
			return true
		}
	}
	if k+1 < len(sc.toks) && sc.toks[k+1].digit && !isYear(sc.toks[k+1].raw) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := sc.toks[j].norm
		if sc.lw.isWord("relative-pronoun", w) || sc.lw.isWord("clause-relative", w) || w == "that" && sc.lw.code == "en" ||
			sc.toks[j].arabic && (w == "ذي" || w == "تي") { // "الذي", "التي": the tokens' norm drops the article
			return true
		}
	}
	return false
}
