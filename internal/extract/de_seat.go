package extract

import "strings"

// deMinistryIn reports whether a German state's name (mostly its capital)
// follows "in" after a ministry or a government: "das
// Verteidigungsministerium in Vilnius", "die Regierung in Berlin". The
// name tells whose ministry it is, a party, not where something happened.
func (sc *sentScan) deMinistryIn(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 2 || sc.toks[m.tok0-1].norm != "in" {
		return false
	}
	return deMinistryWord(sc.toks[m.tok0-2].norm)
}

// deMinistryWord: a German word for a ministry or a government,
// "Verteidigungsministerium", "Regierung", "Bundesregierung".
func deMinistryWord(w string) bool {
	for _, s := range []string{"ministerium", "regierung"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// deSoldBackBy returns the state that sells a system back to its maker's
// state when the sentence names the maker's state only after "an" or
// "nach" and the other state with no cue of its own: "Der Bundesrat hat
// den Verkauf von 25 Leopard 2 an Deutschland genehmigt" (the approving
// government sells). soldBackToMaker reads the giver that has a cue.
func (d *docScan) deSoldBackBy(sc *sentScan, origin string, sups, recs, others []string) string {
	if d.lw.code != "de" || origin == "" || len(sups) > 0 || len(others) != 1 || !contains(recs, origin) || others[0] == origin {
		return ""
	}
	for _, m := range sc.countries() {
		if m.id != origin {
			continue
		}
		k := m.tok0 - 1
		if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
		if (k < 0 || sc.toks[k].norm != "an" && sc.toks[k].norm != "nach") && !d.deToMaker(sc, m) { // de_tomaker.go: "an die Firma …, die Rheinmetall GmbH in Deutschland"
			return ""
		}
	}
	return others[0]
}

// deApproverSells reads a German export approval by a state's
// government or licensing body named in the sentence (a metonym, "der
// Bundesrat", or an agency) when the seller so far is only the system's
// maker state, not named here: "Der Bundesrat hat die Ausfuhrbewilligung
// für 25 Leopard-2-Panzer erteilt". The approving state exports; when
// the buyer so far is that state, the goods go back to the maker's state.
func (d *docScan) deApproverSells(sc *sentScan, origin, sup, rec string) (string, string) {
	if d.lw.code != "de" || sup == "" || sup != origin || sc.names(sup) || !sc.has("stage-approved") || !exportWordIn(sc) {
		return sup, rec
	}
	for _, m := range sc.countries() {
		if (m.sub == "agency" || m.sub == "metonym") && m.id != sup {
			if rec == m.id {
				return m.id, sup
			}
			return m.id, rec
		}
	}
	return sup, rec
}
