package extract

// r16AupresBuy: "a acquis auprès des Pays-Bas 12 obusiers", "acquis 12
// M109 auprès du Danemark": after a buying verb, "auprès" with a
// contracted article names the seller, as "auprès de la Norvège" does
// (supplier-prep). Without a buying verb before it the state is a
// customer: "a signé des contrats auprès du Sénégal, du Mali et du Ghana".
func (sc *sentScan) r16AupresBuy(m mention) bool {
	if sc.lw.code != "fr" || m.tok0 < 2 {
		return false
	}
	switch sc.toks[m.tok0-1].norm {
	case "du", "des", "d", "d'":
	default:
		return false
	}
	if sc.toks[m.tok0-2].norm != "aupres" {
		return false
	}
	for _, p := range sc.cuePositions("buy-verb") {
		if p < m.tok0-2 {
			return true
		}
	}
	return false
}
