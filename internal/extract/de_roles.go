package extract

// deBoughtIn reads German word order, the verb last: "Ägypten hat vier
// Korvetten in Deutschland bestellt", "Die Schweiz hat in den USA 36
// Kampfjets erworben". A state after "in" whose clause ends in a buying
// verb is where the weapons were bought: the seller.
func (sc *sentScan) deBoughtIn(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 {
		return false
	}
	k := m.tok0 - 1
	if articles[sc.toks[k].norm] && k > 0 {
		k--
	}
	if sc.toks[k].norm != "in" {
		return false
	}
	_, to := sc.clauseOf(m.tok0)
	return sc.cueIn("buy-verb", m.tok1, to)
}
