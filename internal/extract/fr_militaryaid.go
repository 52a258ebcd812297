package extract

import "github.com/armswatch/armswatch/internal/domain"

// frMilitaryAid adds an assistance fact for a French "assistance / aide /
// soutien / appui militaire" whose giver and receiver the sentence
// marks, with no amount (aidMoney reads those): the giver is the demonym
// or the "de" state right after "militaire", or a state named before the
// noun that no preposition of receiving marks; the receiver is a state
// after "à"/"au"/"aux" or the demonym of armed forces after the noun.
// The program is named by the words of the text ("assistance militaire").
func (d *docScan) frMilitaryAid(i int, sc *sentScan) {
	if sc.lw.code != "fr" || len(sc.money) > 0 || sc.doubtful() || sc.has("future") || sc.has("deal") {
		return
	}
	nk := -1
	for k := 0; k+1 < len(sc.toks); k++ {
		if generalAidWords[sc.toks[k].norm] && (sc.toks[k+1].norm == "militaire" || sc.toks[k+1].norm == "militaires") && !gapBreaks(sc.toks[k+1].gap) {
			nk = k
			break
		}
	}
	if nk < 0 {
		return
	}
	after := nk + 2
	prov, rec := "", ""
	for _, c := range sc.countries() {
		if sc.placeOnly(c) {
			continue
		}
		prep := sc.wordBefore(c)
		recPrep := false
		if prep >= 0 {
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, prep); n == 1 {
				recPrep = true
			}
		}
		switch {
		case c.tok0 == after && c.sub == "demonym" && prov == "":
			prov = c.id // "l'assistance militaire française"
		case c.tok0 <= after+2 && c.tok0 >= after && c.sub != "demonym" && prep >= 0 && (sc.toks[prep].norm == "de" || sc.toks[prep].norm == "des" || sc.toks[prep].norm == "du") && prov == "":
			prov = c.id // "le soutien militaire des États-Unis"
		case c.tok1 <= nk && c.sub != "demonym" && !recPrep && sc.frReceivesBetween(c.tok1, nk) && rec == "":
			rec = c.id // "Le Mali a reçu une aide militaire de la Russie"
		case c.tok1 <= nk && c.sub != "demonym" && !recPrep && prov == "":
			prov = c.id // "La France apporte une assistance militaire"
		case c.tok0 >= after && recPrep && c.sub != "demonym" && rec == "":
			rec = c.id // "au Cameroun", "à l'Ukraine"
		case c.tok0 >= after && c.sub == "demonym" && c.tok0 > 0 && (sc.lw.isTok("force-word", &sc.toks[c.tok0-1]) || sc.lw.isTok("force-tail", &sc.toks[c.tok0-1]) || sc.frTraineeAt(c.tok0-1)) && rec == "":
			rec = c.id // "aux forces armées camerounaises"
		}
	}
	d.addUnnamedAid(i, sc, sc.toks[nk].raw+" "+sc.toks[nk+1].raw, prov, rec, 0.45)
}

// frReceivesBetween reports a French verb of receiving in toks[from:to]:
// "a reçu", "bénéficie de", "a obtenu".
func (sc *sentScan) frReceivesBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if n, _ := sc.lw.set("stage-received").at(sc.toks, k); n > 0 {
			return true
		}
		if w := sc.toks[k].norm; frReceivedParticiples[w] || w == "beneficie" || w == "beneficient" || w == "beneficier" {
			return true
		}
	}
	return false
}

// addUnnamedAid adds aid that no program names ("aide militaire", "don",
// "formación", "مساعدات عسكرية": name) from prov to rec, unless a state is
// missing, both are one, or rec already has aid in the document.
func (d *docScan) addUnnamedAid(i int, sc *sentScan, name, prov, rec string, conf float64) {
	if prov == "" || rec == "" || prov == rec || d.hasAssistance("", rec) {
		return
	}
	f := domain.Fact{Type: domain.TypeAssistance, Provider: party(prov), Recipient: party(rec),
		Program: &domain.Named{Name: name}}
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.aid", conf)
}
