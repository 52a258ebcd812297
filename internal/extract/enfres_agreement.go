package extract

import "github.com/armswatch/armswatch/internal/domain"

// agreementTold: "Cameroun-Russie : ce que contient leur nouvel accord de
// défense. Signé le 12 avril dernier, le texte vise à ...": a sentence
// that signs "the text" without naming it an agreement, after one of the
// two sentences before named an agreement between two states.
func agreementTold(d *docScan, i int, sc *sentScan) {
	if i == 0 || sc.doubtful() || sc.has("agreement-future") {
		return
	}
	signs := sc.cuePositions("agreement-sign")
	if len(signs) == 0 {
		return
	}
	noun := false
	for k, t := range sc.toks {
		if sc.lw.isWord("doc-noun", t.norm) && k > 0 && sc.lw.isTok("doc-determiner", &sc.toks[k-1]) {
			noun = true
		}
	}
	if !noun {
		return
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		prev := d.sents[j]
		if len(prev.cuePositions("agreement")) == 0 || prev.has("agreement-future") || prev.doubtful() {
			continue
		}
		parties, _ := prev.parties()
		if len(parties) != 2 {
			continue
		}
		year := sc.yearNear(signs[0])
		if year == 0 {
			year = d.docYear()
		}
		d.add(i, sc, domain.Fact{Type: domain.TypeAgreement, Parties: parties, Year: year}, "agreement.signed", 0.6)
		return
	}
}
