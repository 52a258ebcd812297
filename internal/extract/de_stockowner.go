package extract

import "strings"

// deStockOwner reads the state whose stocks weapons come from in German
// news, wherever the phrase stands: "Aus Beständen der Bundeswehr erhält
// die Ukraine vier Panzerhaubitzen", "Aus den Beständen der polnischen
// Armee bekam die Ukraine 14 Leopard 2", "Aus deutschen Beständen erhält
// die Ukraine …". Put first, before the verb, the owner would otherwise
// be read as the subject that gets the weapons; it gives them.
func (sc *sentScan) deStockOwner(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 1 {
		return false
	}
	// "aus deutschen Beständen": the demonym right before the stocks
	if m.sub == "demonym" && m.tok1 < len(sc.toks) && stockNoun(sc.toks[m.tok1].norm) {
		return ausBefore(sc, m.tok0)
	}
	// "aus (den) Beständen der Bundeswehr", "… der polnischen Armee"
	k := m.tok0 - 1
	if w := sc.toks[k].norm; (w == "der" || w == "des") && k > 0 {
		k--
	}
	return stockNoun(sc.toks[k].norm) && ausBefore(sc, k)
}

// stockNoun reports whether a German word names stocks of weapons:
// "Beständen", "Lagerbeständen", "Bundeswehrbeständen", "Depots".
func stockNoun(w string) bool {
	return strings.HasSuffix(w, "bestanden") || strings.HasSuffix(w, "bestande") || w == "depots" || w == "arsenalen"
}

// ausBefore reports whether "aus" stands at most three words before token
// k in its clause: "aus Beständen", "aus den früheren Beständen".
func ausBefore(sc *sentScan, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if sc.toks[j].norm == "aus" {
			return true
		}
		if clauseBreak(sc.toks[j+1]) {
			return false
		}
	}
	return false
}

// deFormerStocks gives the German state as the seller of weapons from the
// former East German or the Bundeswehr's stocks ("2700 Strela aus
// früheren NVA-Beständen", "Flugabwehrraketen aus DDR-Beständen",
// "Schützenpanzer aus Bundeswehrbeständen") when the sentence names no
// giver but the maker's state: the Federal Republic gives them up, not the
// Soviet or other maker. Another state named besides the recipient is left
// to deStockGiver ("die Athen einst aus DDR-Beständen übernommen hatte").
func (d *docScan) deFormerStocks(sc *sentScan, origin, sup, rec string) (string, string) {
	if d.lw.code != "de" || sup == "" || sup != origin || sc.names(origin) || rec == "DE" || rec == "" {
		return sup, rec
	}
	for _, c := range sc.countries() {
		if c.id != rec && c.id != origin {
			return sup, rec
		}
	}
	for k, t := range sc.toks {
		if !stockNoun(t.norm) {
			continue
		}
		w := t.norm
		if k > 0 && t.gap == "-" {
			w = sc.toks[k-1].norm + w // "NVA-Beständen"
		}
		for _, p := range []string{"nva", "ddr", "bundeswehr"} {
			if strings.HasPrefix(w, p) {
				return "DE", rec
			}
		}
	}
	return sup, rec
}
