package extract

// firstNotWords are the words that may stand between a negation and the
// word for first in "ce n'est pas la première fois", "pas une première",
// "it is not the first time", "no es la primera vez", "nicht das erste
// Mal".
var firstNotWords = map[string]bool{"n": true, "ne": true, "est": true, "pas": true, "la": true, "le": true, "une": true, "un": true,
	"is": true, "not": true, "the": true, "es": true, "ist": true, "nicht": true, "das": true, "el": true}

// firstWordsNeg are the words for first after such a negation.
var firstWordsNeg = map[string]bool{"premiere": true, "premier": true, "first": true, "primera": true, "primer": true, "erste": true}

// notFirstTime reports whether the negation at token p only says that
// something has happened before: "Ce n'est pas la première fois que Lagos
// se fournit auprès d'Ocea : le constructeur a déjà vendu au Nigéria huit
// FPB 72", "Ce n'est pas une première : le groupe turc a déjà fourni
// plusieurs dizaines de blindés". That affirms an earlier deal; it denies
// nothing.
func (sc *sentScan) notFirstTime(p int) bool {
	for k := p; k < len(sc.toks) && k <= p+4; k++ {
		w := sc.toks[k].norm
		if firstWordsNeg[w] {
			return k > p
		}
		if k > p && gapBreaks(sc.toks[k].gap) || !firstNotWords[w] {
			return false
		}
	}
	return false
}

// notBefore reports whether the plain negation at token p only puts off a
// date: "deux chasseurs de mines, qui ne seront toutefois pas livrés avant
// 2025", "will not be delivered before 2026", "no antes de 2025". The
// deal stands; only its delivery waits. Only a year counts: "pas avant
// la fin de la guerre" is a refusal.
func (sc *sentScan) notBefore(p int) bool {
	if !sc.lw.isTok("plain-negation", &sc.toks[p]) {
		return false
	}
	for k := p + 1; k < len(sc.toks) && k <= p+6; k++ {
		if gapBreaks(sc.toks[k].gap) {
			return false
		}
		if !sc.lw.isTok("before-word", &sc.toks[k]) {
			continue
		}
		for j := k + 1; j < len(sc.toks) && j <= k+3; j++ {
			t := sc.toks[j]
			if t.digit && len(t.raw) == 4 && (t.raw[:2] == "19" || t.raw[:2] == "20") {
				return true
			}
		}
		return false
	}
	return false
}
