package extract

import "strings"

// fresh3CountsDeals reports whether the number n counts deals, not the
// system m after it: a word for a deal right after it, or after one more
// word, before m ("three export contracts for the K9", "drei
// Exportverträge für die K9", "trois contrats d'exportation", "tres
// contratos", "ثلاثة عقود").
func (sc *sentScan) fresh3CountsDeals(n numSpan, m mention) bool {
	deal := sc.lw.set("deal")
	for k := n.tok1; k <= n.tok1+1 && k < m.tok0 && k < len(sc.toks); k++ {
		if k > n.tok1 && clauseGap(sc.toks[k]) {
			return false
		}
		if c, _ := deal.at(sc.toks, k); c > 0 {
			return true
		}
		if sc.lw.code == "de" {
			w := sc.toks[k].norm
			for _, suf := range []string{"vertrage", "vertragen", "auftrage", "geschafte", "bestellungen"} {
				if strings.HasSuffix(w, suf) {
					return true // "Exportverträge", "Rüstungsaufträge"
				}
			}
		}
	}
	return false
}
