package extract

import "strings"

// Partners in making a system named with "together with" and its kin,
// which coProducer (enfres_coproducer.go) does not read: "un reactor
// desarrollado por China junto con Pakistán", "developed by China
// together with Pakistan", "développé par la Chine conjointement avec le
// Pakistan", "den China zusammen mit Pakistan entwickelt hat", "التي
// طورتها الصين بالتعاون مع باكستان". The partner is no party to a transfer
// of the system in that sentence; the buyer is then the one named
// elsewhere, or the document's.

// coPartner reports whether m follows "together with" (and kin) that a
// verb of making governs, within a few words before it or, in German,
// after it.
func (sc *sentScan) coPartner(m mention) bool {
	if m.sub == "demonym" {
		return false
	}
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	// "with" (relation-prep of lang_<code>.tsv), and the "a" of "junto a"
	if k < 1 || !sc.lw.isTok("relation-prep", &sc.toks[k]) && sc.toks[k].norm != "a" || !sc.lw.isTok("together", &sc.toks[k-1]) {
		return false
	}
	if w := sc.toks[k].norm; w == "a" && sc.toks[k-1].norm != "junto" {
		return false // "a" is "with" only in "junto a"
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if sc.lw.hasStem("making-stem", sc.toks[j].norm) {
			return true
		}
		if strings.ContainsAny(sc.toks[j+1].gap, ";:()،؛") {
			break
		}
	}
	if sc.lw.code == "de" { // verb last: "zusammen mit Pakistan entwickelt hat"
		for j := m.tok1; j < len(sc.toks) && j <= m.tok1+3; j++ {
			if strings.ContainsAny(sc.toks[j].gap, ",;:()") {
				break
			}
			if sc.lw.hasStem("making-stem", sc.toks[j].norm) {
				return true
			}
		}
	}
	return false
}
