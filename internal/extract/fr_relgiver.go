package extract

// frReceivedParticiples are participles of receiving and buying, whose
// subject in a relative clause is the recipient.
var frReceivedParticiples = map[string]bool{"recu": true, "recue": true, "recus": true, "recues": true,
	"receptionne": true, "receptionnes": true, "receptionnee": true, "receptionnees": true, "achete": true, "achetes": true,
	"achetee": true, "achetees": true, "acquis": true, "acquise": true, "acquises": true, "commande": true, "commandes": true,
	"commandee": true, "commandees": true, "obtenu": true, "obtenus": true, "obtenue": true, "obtenues": true}

// frRelativeGiver reports whether the state m is the subject of a French
// relative clause on the thing given, "que"/"qu'" before the state and a
// verb of giving or a pledge to give after it: "le système de défense
// aérienne de fabrication américaine qu'Ottawa s'est engagé à fournir à
// l'Ukraine", "les blindés que la France a livrés au Tchad", "le NASAMS
// que le Canada a promis à Kiev". The state that gives supplies, whoever
// made the system (docs/annotating.md).
func (sc *sentScan) frRelativeGiver(m mention) bool {
	if sc.lw.code != "fr" || m.kind != mCountry || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 || sc.toks[k].norm != "que" && sc.toks[k].norm != "qu" {
		return false
	}
	if sc.frConjunctionQue(k) { // all_roles_r5_frque.go: "tandis que les Pays-Bas ont livré"
		return false
	}
	end := min(len(sc.toks), m.tok1+6)
	for j := m.tok1; j < end; j++ {
		if j > m.tok1 && gapBreaks(sc.toks[j].gap) {
			return false
		}
		if n, _ := sc.lw.set("stage-received").at(sc.toks, j); n > 0 || frReceivedParticiples[sc.toks[j].norm] {
			return false // "les corvettes que le Maroc a reçues": the subject gets them
		}
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, j); n > 0 {
			return true
		}
		if n, _ := sc.lw.set("stage-delivered").at(sc.toks, j); n > 0 {
			return true
		}
		if sc.toks[j].norm == "promis" {
			return true // "que le Canada a promis à Kiev"
		}
		if sc.lw.isTok("pledge-word", &sc.toks[j]) && sc.frGiveInfinitiveAfter(j, len(sc.toks)) {
			return true
		}
	}
	return false
}

// frRelativeGiverSup returns, among the suppliers of a sentence, the
// state that a French relative clause names as the giver
// (frRelativeGiver), else sup: in "le système de défense aérienne de
// fabrication américaine qu'Ottawa s'est engagé à fournir" and "le NASAMS
// que le Canada a promis", the maker's state comes first but Canada gives.
func (sc *sentScan) frRelativeGiverSup(sup string, sups []string, supMs []mention) string {
	if sc.lw.code != "fr" || len(sups) == 0 {
		return sup
	}
	for _, m := range supMs {
		if m.id != sup && contains(sups, m.id) && sc.frRelativeGiver(m) {
			return m.id
		}
	}
	return sup
}
