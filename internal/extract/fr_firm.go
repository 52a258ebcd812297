package extract

// firmDemonym reports whether the demonym m, after "à"/"au" and an
// article, names the state of a firm rather than a receiving force: "a
// commandé 322 véhicules à l'américain Oshkosh", "au groupe allemand
// Rheinmetall", "à l'italien Leonardo", "al grupo español Indra". The
// demonym follows a word for a firm (companyDemonym), or
// is a noun that a maker or a capitalised name follows ("l'américain
// Oshkosh"), where "à l'armée ukrainienne" puts the demonym after the
// force it qualifies.
func (sc *sentScan) firmDemonym(m mention) bool {
	if sc.companyDemonym(m) {
		return true
	}
	if m.sub != "demonym" || m.tok0 < 1 || sc.lw.code != "es" && sc.lw.code != "fr" {
		return false
	}
	if !sc.lw.isTok("article", &sc.toks[m.tok0-1]) || m.tok1 >= len(sc.toks) || gapBreaks(sc.toks[m.tok1].gap) {
		return false
	}
	for _, o := range sc.mentions {
		if o.tok0 != m.tok1 {
			continue
		}
		// a maker right after; a state or a system is no firm
		return o.kind == mNamed && o.sub == "maker"
	}
	return isCapitalised(sc.toks[m.tok1].raw)
}

// forcesAfterRecipientPrep reports whether the demonym m qualifies armed
// forces that follow "à"/"au"/"aux" (or "a"/"al" in Spanish): "L'UE a
// remis à l'armée nigérienne 12 véhicules blindés", "aux Forces armées
// maliennes". Those forces get what the sentence hands over; with no
// state as the subject, the demonym otherwise became the seller. A buying
// verb before ("acheté à l'armée française") makes them the seller, and
// is left to the other cues.
func (sc *sentScan) forcesAfterRecipientPrep(m mention) bool {
	if m.tok0 < 2 || sc.lw.code != "fr" && sc.lw.code != "es" {
		return false
	}
	k, force := m.tok0-1, false
	for k >= 0 && m.tok0-k <= 5 && (sc.lw.isTok("force-word", &sc.toks[k]) || sc.lw.isTok("force-tail", &sc.toks[k]) || sc.lw.isTok("article", &sc.toks[k])) {
		if gapBreaks(sc.toks[k+1].gap) {
			return false
		}
		force = force || sc.lw.isTok("force-word", &sc.toks[k]) || sc.toks[k].norm == "armees"
		k--
	}
	if !force || k < 0 {
		return false
	}
	// k is the word before the forces' name, articles included in it
	if n, _ := sc.lw.set("recipient-prep").at(sc.toks, k); n != 1 {
		return false
	}
	from, _ := sc.clauseOf(k)
	_, buy := sc.lw.set("buy-verb").any(sc.toks, from, k)
	return !buy
}
