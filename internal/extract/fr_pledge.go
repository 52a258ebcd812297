package extract

// French pledges written with "s'engager à" or "promettre de" and a verb
// of giving: "Ottawa s'est engagé la semaine dernière à fournir à
// l'Ukraine un système de défense aérienne", "la France s'engage à livrer
// six canons", "les Pays-Bas ont promis de céder deux chasseurs de mines".
// A state that commits itself to give has pledged: the transfer is
// approved (docs/annotating.md), as with the future "fournira"
// (fr_futuregive.go).

// frFutureOrPledge returns the position of a French future verb of giving
// (frFutureGive) or of a pledge to give (frPledgeGive) in toks[from:to],
// or -1.
func (sc *sentScan) frFutureOrPledge(from, to int) int {
	if v := sc.frFutureGive(from, to); v >= 0 {
		return v
	}
	return sc.frPledgeGive(from, to)
}

// frPledgeGive returns the position of "engagé"/"promis" in toks[from:to]
// when a state ends right before its reflexive or auxiliary ("Ottawa
// s'est engagé", "le Canada a promis", "qu'Ottawa s'engage") and an
// infinitive of giving follows within six words after "à"/"de"; or -1.
func (sc *sentScan) frPledgeGive(from, to int) int {
	if sc.lw.code != "fr" {
		return -1
	}
	for v := from; v < to && v < len(sc.toks); v++ {
		if !sc.lw.isTok("pledge-word", &sc.toks[v]) {
			continue
		}
		if !sc.frGiveInfinitiveAfter(v, to) {
			continue
		}
		// the subject ends before "s'est", "se sont", "s'", "a", "ont"
		s := v
		for s > from && s >= v-2 {
			w := sc.toks[s-1].norm
			if w == "s" || w == "se" || w == "est" || w == "sont" || w == "a" || w == "ont" {
				s--
				continue
			}
			break
		}
		if s < v && sc.stateEndsAt(s) {
			return v
		}
	}
	return -1
}

// frGiveInfinitiveAfter reports "à"/"de" and an infinitive of giving
// within six words after v, in the same clause.
func (sc *sentScan) frGiveInfinitiveAfter(v, to int) bool {
	for k := v + 1; k+1 < to && k <= v+6; k++ {
		if gapBreaks(sc.toks[k].gap) {
			return false
		}
		w := sc.toks[k].norm
		if (w == "a" || w == "de" || w == "d") && frNearFutureGive[sc.toks[k+1].norm] {
			return true
		}
	}
	return false
}
