package extract

// cueAt returns the number of tokens of the cue of ps at token i: the
// phrase spelled there, or a German separable verb whose particle closes
// the clause (deSplitCue).
func (sc *sentScan) cueAt(ps *phraseSet, i int) int {
	if n, _ := ps.at(sc.toks, i); n > 0 {
		return n
	}
	if n := sc.arReceivedWith(ps, i); n > 0 { // all_stage_r5_words.go: "توصلت بالدفعة الثالثة"
		return n
	}
	return sc.deSplitCue(ps, i)
}

// deSplitCue finds a German cue the lexicon lists as a verb and its
// particle ("stimmte zu", "trat bei", "traf ein", "fragte an", "stellt
// zur Verfügung") with the finite verb at token i and the particle closing
// its clause, the objects between them: "Die Bundesregierung stimmte der Lieferung von 150
// Panzerhaubitzen nach Indonesien zu", "Finnland trat im April 2023 der
// Nato bei", "Die ersten vier Leopard 2 trafen im März in Tschechien ein".
// It returns 1 (the verb, where the cue starts) or 0.
func (sc *sentScan) deSplitCue(ps *phraseSet, i int) int {
	if ps == nil || sc.lw.code != "de" || i >= len(sc.toks) || !isLowerWord(sc.toks[i].raw) {
		return 0
	}
	if ps.notStart(&sc.toks[i]) {
		return 0
	}
	to := sc.clauseEnd(i)
	if to-1 <= i+1 {
		return 0
	}
	// a one-word particle ("zu", "bei", "ab"), or a phrase of two words
	// closing the clause ("stellt der Ukraine Panzer zur Verfügung")
	if isLowerWord(sc.toks[to-1].raw) {
		pair := []token{sc.toks[i], sc.toks[to-1]}
		pair[1].gap = " "
		pair[1].setNorm(particleWord(pair[1]))
		if n, _ := ps.at(pair, 0); n == 2 {
			return 1
		}
	}
	if to-2 > i+1 && isLowerWord(sc.toks[to-2].raw) {
		three := []token{sc.toks[i], sc.toks[to-2], sc.toks[to-1]}
		three[1].gap, three[2].gap = " ", " "
		if n, _ := ps.at(three, 0); n == 3 {
			return 1
		}
	}
	return 0
}

// deSplitAny reports whether a German separable verb cue of ps, split by
// its objects, occurs in the sentence (deSplitCue): "Schweden trat im
// März 2024 der Nato bei".
func (sc *sentScan) deSplitAny(ps *phraseSet) bool {
	if ps == nil || sc.lw.code != "de" {
		return false
	}
	for i := range sc.toks {
		if sc.deSplitCue(ps, i) > 0 {
			return true
		}
	}
	return false
}

// clauseEnd is the end of the clause of token t, as clauseOf gives it,
// read from a table made in one pass over the sentence: deSplitCue asks
// it at every word where a cue may start, and clauseOf's own walk would
// make that quadratic in the sentence's length.
func (sc *sentScan) clauseEnd(t int) int {
	if sc.clauseEnds == nil {
		sc.clauseEnds = make([]int32, len(sc.toks))
		end := len(sc.toks)
		for k := len(sc.toks) - 1; k >= 0; k-- {
			sc.clauseEnds[k] = int32(end)
			if tokEndsClause(&sc.toks[k]) {
				end = k
			}
		}
		sc.r13DeClauseEnds() // all_r13_detrans_relative.go
	}
	return int(sc.clauseEnds[t])
}
