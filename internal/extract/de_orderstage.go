package extract

import "strings"

// deOrderReceived reports whether the German verb of receiving at p gets
// an order, not goods: "Rheinmetall erhält einen Großauftrag über 218
// Lynx", "KNDS hat von den Niederlanden den Auftrag für 46 Leopard
// erhalten", "Saab bekam den Zuschlag". A company that receives an order
// has been ordered from; nothing was delivered yet.
func (sc *sentScan) deOrderReceived(p int) bool {
	if sc.lw.code != "de" || p < 0 || p >= len(sc.toks) {
		return false
	}
	if n, _ := sc.lw.set("stage-received").at(sc.toks, p); n == 0 {
		return false
	}
	from, to := sc.clauseOf(p)
	for k := max(from, p-8); k < to && k <= p+4; k++ {
		if k == p {
			continue
		}
		w := sc.toks[k].norm
		if w == "auftrag" && k > 0 && sc.toks[k-1].norm == "im" {
			continue // "im Auftrag der Regierung": on behalf of
		}
		if strings.Contains(w, "auftrag") && !strings.HasPrefix(w, "auftragg") || strings.HasPrefix(w, "bestellung") || strings.HasPrefix(w, "zuschlag") {
			return true
		}
	}
	return false
}
