package extract

// deAfterFiniteVerb reports whether token k is the finite verb of a German
// main clause that opens with something else, so that the words after it
// are its subject: "Rund acht Monate nach dem ersten Boot hat die Kieler
// Werft TKMS das zweite U-Boot an Ägypten übergeben", "Im Juli lieferte
// Rheinmetall 20 Lynx an Ungarn". German puts the finite verb second and
// the subject right after it when an adverbial comes first.
func (sc *sentScan) deAfterFiniteVerb(k int) bool {
	if sc.lw.code != "de" || k < 1 || k >= len(sc.toks) || !isLowerWord(sc.toks[k].raw) {
		return false
	}
	if sc.lw.isTok("finite-aux", &sc.toks[k]) {
		return true
	}
	n, _ := sc.lw.set("supply-verb").at(sc.toks, k)
	return n == 1
}
