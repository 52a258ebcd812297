package extract

import "strings"

// coProducer reports whether a state is named as the partner a system was
// made with: "producida en colaboración con el gobierno de Estados Unidos",
// "developed in cooperation with the United States", "développé en
// coopération avec la France". A partner in making the system is no party
// to a transfer of it in that sentence.
func (sc *sentScan) coProducer(m mention) bool {
	if m.sub == "demonym" {
		return false
	}
	// back over an article and "the government of" to the preposition
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k >= 1 && (sc.toks[k].norm == "de" || sc.toks[k].norm == "of" || sc.toks[k].norm == "du") && sc.lw.isTok("government", &sc.toks[k-1]) { // lang_<code>.tsv
		k -= 2
		if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
	}
	if k < 1 || !sc.lw.isTok("with-prep", &sc.toks[k]) || !sc.lw.isTok("partner-noun", &sc.toks[k-1]) {
		return false
	}
	// a verb of making within the four words before "in cooperation"
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		w := sc.toks[j].norm
		if sc.lw.hasStem("making-stem", w) { // lang_<code>.tsv
			return true
		}
		if strings.ContainsAny(sc.toks[j+1].gap, ";:()،؛") {
			break
		}
	}
	return false
}
