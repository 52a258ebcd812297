package extract

// deRequestAddressee reports whether the German state m, after "an", is the
// state a request is addressed to, which is asked to supply: "Die Anfrage
// der Ukraine nach 200 Leopard-Panzern an Deutschland", "Die Ukraine
// richtete eine Anfrage über 200 Leopard-Panzer an Deutschland". The
// sentence has a word of request (stage-requested) before the state and
// no verb of giving.
func (sc *sentScan) deRequestAddressee(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 {
		return false
	}
	k := m.tok0 - 1
	for k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	// "Polen beantragte, Leopard an die Ukraine liefern zu dürfen": a
	// verb of giving makes "an" the destination again
	if sc.toks[k].norm != "an" || sc.has("supply-verb") {
		return false
	}
	for _, p := range sc.cuePositions("stage-requested") {
		if p < k {
			return true
		}
	}
	return false
}
