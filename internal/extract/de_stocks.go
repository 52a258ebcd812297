package extract

// deStockGiver reads the giver of weapons from its own stocks in German
// news: "Die Regierung in Prag hat schwere Waffen aus eigenen Beständen an
// die Ukraine geliefert, darunter T-72 sowjetischer Bauart", "von dort
// sollen 40 BMP-1 an die Ukraine gehen, die Athen aus Beständen der DDR
// übernommen hatte". A second-hand system whose only supplier is its
// maker's state goes from the one other state the sentence names (not the
// recipient, not the maker's state); none or several: no giver ("").
func (d *docScan) deStockGiver(sc *sentScan, rec, origin string) string {
	if d.doc.Language != "de" || !sc.has("second-hand") {
		return ""
	}
	giver := ""
	for _, c := range sc.countries() {
		if c.id == rec || c.id == origin || c.id == giver {
			continue
		}
		if giver != "" {
			return ""
		}
		giver = c.id
	}
	return giver
}
