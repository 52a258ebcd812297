package extract

import "strings"

// A verb of going tells a delivery when goods go to a state: "Nach
// Dänemark gingen gepanzerte Radfahrzeuge", "einige der Jets gingen an
// Griechenland", "25 der Maschinen seien an Thailand gegangen", "the jets
// went to Greece", "fueron a parar a Venezuela", "sont allés au Maroc".
// The lexicon lists the past forms as stage-delivered cues (r8-de); the
// same verbs say many other things ("es ging um", "gingen davon aus",
// "went to the polls"), so goneToNotCue keeps such a cue only where a
// state stands after a preposition of destination in its clause.

// The words of these rules are lexicon kinds: quality-gone-verb (the
// words that start a going cue, its first word as the lexicon spells it:
// "gingen", "went", "fueron", "sont"), quality-dest-prep (the
// prepositions of destination before a state: "an", "nach", "to", "a",
// "al", "à", "au", "vers") and French quality-gone-participle (the
// participles of going after "sont": "allés", "partis").

// goneToNotCue reports whether the stage-delivered cue at i is a verb of
// going with no state as its destination in the clause.
func (sc *sentScan) goneToNotCue(kind string, i int) bool {
	if kind != "stage-delivered" || i >= len(sc.toks) {
		return false
	}
	if !sc.lw.isTok("quality-gone-verb", &sc.toks[i]) {
		return false
	}
	if sc.lw.code != "de" && !sc.goneCue(i) {
		return false // "sont livrés", "fue entregado": another cue of those words
	}
	if sc.lw.code == "de" && i+1 < len(sc.toks) && sc.lw.isTok("gone-other", &sc.toks[i+1]) {
		return true
	}
	if sc.goneApprovals() {
		return true // "Die meisten Genehmigungen gingen an Ungarn": approvals went there
	}
	from, to := sc.clauseOf(i)
	if sc.lw.code == "de" && to-1 > i && sc.lw.isTok("gone-other", &sc.toks[to-1]) {
		return true // "gingen die Exporte deutlich zurück"
	}
	for _, m := range sc.countries() {
		if m.tok0 < from || m.tok0 >= to {
			continue
		}
		k := m.tok0 - 1
		for k > from && sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
		if k >= from && k >= 0 && sc.lw.isTok("quality-dest-prep", &sc.toks[k]) {
			return false
		}
	}
	return true
}

// goneCue reports whether the cue at i is one of the going phrases
// (not another cue starting with "sont", "fue").
func (sc *sentScan) goneCue(i int) bool {
	if i+1 >= len(sc.toks) {
		return false
	}
	next := sc.toks[i+1].norm
	switch sc.lw.code {
	case "en", "es":
		return sc.lw.isWord("quality-dest-prep", next) // "went to", "fueron a", "fue al"
	case "fr":
		return sc.lw.isWord("quality-gone-participle", next) // "sont allés"
	}
	return false
}

// goneApprovals reports whether the sentence speaks of approvals: a
// stage-approved cue or a word that starts with one of the lexicon's
// quality-approval-stem stems (export approvals and licences: what goes to
// a state in a sentence holding one is an approval, "Die meisten
// Genehmigungen gingen an Ungarn", "most licences went to Hungary").
func (sc *sentScan) goneApprovals() bool {
	if len(sc.cuePositions("stage-approved")) > 0 {
		return true
	}
	for _, t := range sc.toks {
		if strings.HasPrefix(t.norm, "approvision") {
			continue // fr "approvisionnement": supplying, no approval
		}
		if sc.lw.hasStem("quality-approval-stem", t.norm) {
			return true
		}
	}
	return false
}
