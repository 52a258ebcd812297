package extract

// This file handles hypothetical cues that stand in a relative clause
// ("IMET, grâce auquel des officiers étudient dans des écoles
// américaines", "FMF, which could also pay for spare parts", "un
// Abkommen, das beide Regierungen jedes Jahr prüfen"): they describe a
// noun of the sentence and do not make the whole sentence doubtful
// (doubtful in rules.go). The clause-scoped checks of a system keep their
// own rule (hypotheticalFor, enfres_relative.go).

// deRelativeArticles open a German relative clause after a comma.
var deRelativeArticles = map[string]bool{"die": true, "der": true, "das": true, "dem": true, "den": true, "denen": true, "deren": true, "dessen": true}

// relativeOpens reports whether token k opens a relative clause: a relative
// word right after a comma, or after a comma and a preposition ("grâce
// auquel", "con la cual", "mit denen").
func (sc *sentScan) relativeOpens(k int) bool {
	if k <= 0 || k >= len(sc.toks) {
		return false
	}
	w := sc.toks[k].norm
	if sc.lw.isWord("clause-relative", w) {
		return true
	}
	if sc.lw.code == "de" && deRelativeArticles[w] {
		end := sc.relativeEnd(k)
		return end-1 > k && !isCapitalised(sc.toks[end-1].raw) && !sc.toks[end-1].digit
	}
	return false
}

// relativeEnd returns the first token after the clause that starts at k.
func (sc *sentScan) relativeEnd(k int) int {
	e := k + 1
	for e < len(sc.toks) && !clauseGap(sc.toks[e]) {
		e++
	}
	return e
}

// inRelativeClause reports whether the cue at p stands in a relative
// clause: a relative word opens the stretch of p before it.
func (sc *sentScan) inRelativeClause(p int) bool {
	from, _ := sc.stretchOf(p)
	if from == 0 {
		return false // no comma opens the stretch
	}
	for k := from; k < p && k <= from+2; k++ {
		if sc.relativeOpens(k) && (k == from || sc.lw.isTok("clause-relative", &sc.toks[k])) {
			return true
		}
	}
	return false
}

// hypotheticalOutsideRelative reports a hypothetical cue of the sentence
// that does not stand in a relative clause.
func (sc *sentScan) hypotheticalOutsideRelative() bool {
	for _, p := range sc.cuePositions("hypothetical") {
		if sc.cueIn("hypothetical", p, p+1) && !sc.inRelativeClause(p) && !sc.relativeSubjectCue(p) { // all_clauses_r5_threats.go: "a roadmap that aims to"
			return true
		}
	}
	return false
}
