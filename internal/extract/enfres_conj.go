package extract

// conjoinedSuppliers returns the other states of a list that the sentence
// gives as where a system comes from ("from Germany and Denmark", "desde
// Alemania y Dinamarca", "Germany and Denmark delivered"), leaving out the
// recipient: each is a supplier of its own.
func (d *docScan) conjoinedSuppliers(sc *sentScan, sup, rec string) []string {
	cs := sc.countries()
	group := make([]int, len(cs))
	for k := 1; k < len(cs); k++ {
		group[k] = group[k-1]
		if !sc.listJoined(cs[k-1], cs[k]) || sc.deClauseSubject(cs[k]) || sc.r15ClauseAfterJoin(cs[k-1], cs[k]) { // all_r15_lead_clauselist.go: "from France and Qatar ordered" // de_clauses.go: "von den USA, Deutschland erwirbt"
			group[k] = group[k-1] + 1
		}
	}
	g, first := -1, -1
	for k, c := range cs {
		if c.id == sup && c.sub != "demonym" && g < 0 {
			g = group[k]
		}
	}
	if g < 0 {
		return nil
	}
	for k := range cs {
		if group[k] == g {
			first = k
			break
		}
	}
	// the list opens on a word for a source ("from", "desde") or is the
	// subject of a supplying verb ("Germany and Denmark delivered")
	cued := sc.sourcePrep(cs[first])
	for k, c := range cs {
		if group[k] == g && !cued {
			if s, r := d.roleCues(sc, c); s && !r {
				cued = true
			}
		}
	}
	if !cued {
		return nil
	}
	var out []string
	for k, c := range cs {
		if group[k] == g && c.id != sup && c.id != rec && c.sub != "demonym" && c.sub != "agency" && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// systemFrom reports a state after "de"/"desde" right after a system in a
// sentence that receives or buys it: "recibió 14 F-16 de Bélgica", "a reçu
// huit F-16 d'occasion des Pays-Bas": the source (for a used system, its
// former owner), not a genitive of the buyer ("la Fuerza Aérea de Chile
// recibió").
func (sc *sentScan) systemFrom(m mention) bool {
	if sc.lw.code != "es" && sc.lw.code != "fr" || m.sub == "demonym" {
		return false
	}
	k := sc.wordBefore(m)
	if k < 0 {
		return false
	}
	switch sc.toks[k].norm {
	case "de", "desde", "d", "del", "des", "du":
	default:
		return false
	}
	j := k - 1
	for j > 0 && (sc.lw.isTok("second-hand-word", &sc.toks[j]) || sc.toks[j].norm == "d") {
		j--
	}
	at := false
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 == j+1 {
			at = true
		}
	}
	if !at {
		return false
	}
	return sc.has("stage-received") || sc.has("buy-verb") || receiving(sc.toks)
}
