package extract

// frGiving reports whether token k, before "de la part de", "por parte
// de" or "on the part of", makes the party that follows the giver: a verb
// of receiving ("a reçu quatre vedettes de la part de la France", "recibió
// ... por parte de España") or a word for a gift ("un don de véhicules
// blindés de la part des États-Unis").
func (sc *sentScan) frGiving(k int) bool {
	if sc.lw.isTok("gift-noun", &sc.toks[k]) || receiving(sc.toks[k:k+1]) {
		return true
	}
	n, _ := sc.lw.set("stage-received").at(sc.toks, k)
	return n > 0
}
