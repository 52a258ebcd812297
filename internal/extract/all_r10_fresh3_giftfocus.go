package extract

// fresh3GiftGiver: a sentence that names no state but calls its goods a
// gift ("El equipo donado consta de cuatro helicópteros UH-1H", "the
// donated boats", "le matériel offert comprend", "die geschenkten
// Fahrzeuge", "وتشمل الهدية") takes up the giver the document is about,
// not the maker's state: a second-hand or bought-in system given away is
// supplied by its giver (annotating.md). It returns the document's
// supplier when that differs from the system's origin, else "".
func (d *docScan) fresh3GiftGiver(sc *sentScan, origin string, sups []string) string {
	if origin == "" || len(sups) > 0 || len(sc.countries()) > 0 || !sc.has("fresh3-gift") {
		return ""
	}
	fs, fr := d.focus()
	if fs == "" || fs == origin || fs == fr {
		return ""
	}
	return fs
}
