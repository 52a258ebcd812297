package extract

import "github.com/armswatch/armswatch/internal/domain"

// deStockGiver reads the giver of weapons from its own stocks in German
// news: "Die Regierung in Prag hat schwere Waffen aus eigenen Beständen an
// die Ukraine geliefert, darunter T-72 sowjetischer Bauart", "von dort
// sollen 40 BMP-1 an die Ukraine gehen, die Athen aus Beständen der DDR
// übernommen hatte". A second-hand system whose only supplier is its
// maker's state goes from the one other state the sentence names (not the
// recipient, not the maker's state); none or several: no giver ("").
func (d *docScan) deStockGiver(sc *sentScan, i int, rec, origin string) []string {
	if d.doc.Language != "de" || !sc.has("second-hand") {
		return nil
	}
	giver := ""
	for _, c := range sc.countries() {
		if c.id == rec || c.id == origin || c.id == giver {
			continue
		}
		if giver != "" {
			return nil
		}
		giver = c.id
	}
	if giver != "" {
		return []string{giver}
	}
	return d.deBothGivers(sc, i, rec, origin)
}

// deBothGivers reads "Beide Länder hatten T-72 aus eigenen Beständen an
// die Ukraine abgegeben": the two states are the pair that the nearest of
// the three sentences before names together (no others, not the
// recipient, not the maker's state).
func (d *docScan) deBothGivers(sc *sentScan, i int, rec, origin string) []string {
	both := false
	for k := 0; k+1 < len(sc.toks); k++ {
		if w := sc.toks[k].norm; (w == "beide" || w == "beiden") && sc.lw.isTok("both-noun", &sc.toks[k+1]) {
			both = true
		}
	}
	if !both {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		var pair []string
		for _, c := range d.sents[j].countries() {
			if c.sub != "demonym" && c.id != rec && c.id != origin && !contains(pair, c.id) {
				pair = append(pair, c.id)
			}
		}
		if len(pair) == 2 {
			return pair
		}
	}
	return nil
}

// deMoreGivers adds the fact of each further giver (deStockGiver).
func (d *docScan) deMoreGivers(i int, sc *sentScan, f domain.Fact, givers []string, flags []string, conf float64) {
	for _, g := range givers {
		d.pending = flags
		h := f
		h.Supplier = party(g)
		d.add(i, sc, h, "transfer.system", conf)
	}
}
