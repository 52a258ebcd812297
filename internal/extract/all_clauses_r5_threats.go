package extract

import "strings"

// This file handles two readings of hypothetical cue words that say
// nothing about the sentence's event:
//   - an adjective of possibility on a threat ("to deter potential
//     threats", "ante una eventual amenaza", "تهديدات محتملة"): the danger
//     is possible, the aid, the exercise or the agreement is not (French
//     "éventuel", "potentiel" are fr_possible.go's);
//   - a cue right after a relative pronoun that is its subject ("a
//     roadmap that aims to strengthen ties", "Rafale which could carry
//     Meteor", "un accord qui pourrait s'étendre"): it describes the noun
//     before it (with a comma, all_clauses_r5_relative.go).

// arThreatNouns are the Arabic ones ("تهديدات محتملة", "هجمات محتملة").
var arThreatNouns = arWordSet("تهديد", "تهديدات", "هجمات", "هجوم", "مخاطر", "خطر", "أزمات", "أزمة", "اعتداءات", "اعتداء", "طوارئ")

// possibleThreat reports whether the hypothetical cue at i is an
// adjective of possibility next to a threat noun.
func (sc *sentScan) possibleThreat(kind string, i int) bool {
	if kind != "hypothetical" || sc.lw.code == "fr" {
		return false
	}
	w := sc.toks[i].norm
	if sc.lw.code == "ar" {
		if !strings.Contains(w, "محتمل") || i == 0 {
			return false
		}
		return arInSet(arThreatNouns, sc.toks[i-1].norm)
	}
	switch w {
	case "potential", "eventual", "eventuales", "possible", "eventuell", "mogliche", "moglichen":
	default:
		return false
	}
	for k := i + 1; k < len(sc.toks) && k <= i+2; k++ {
		if clauseGap(sc.toks[k]) {
			return false
		}
		if sc.lw.isTok("threat-noun", &sc.toks[k]) {
			return true
		}
	}
	return false
}

// subjectRelative are relative pronouns that stand as the subject of the
// verb right after them; Spanish "que" and French "que" are left out
// ("dijo que podría comprar" reports a plan).
var subjectRelative = map[string]bool{"that": true, "which": true, "who": true, "qui": true, "lequel": true, "laquelle": true, "cual": true, "cuales": true, "quien": true, "quienes": true}

// relativeSubjectCue reports whether the cue at p follows a relative
// pronoun that is its subject, with at most one word between ("that
// also aims to", "qui pourrait").
func (sc *sentScan) relativeSubjectCue(p int) bool {
	for k := p - 1; k >= 0 && k >= p-2; k-- {
		if clauseGap(sc.toks[k+1]) {
			return false
		}
		w := sc.toks[k].norm
		if subjectRelative[w] {
			// "that" after a verb of saying opens what was said: "said
			// that could change" is rare, "said that Egypt could" has a
			// subject between
			return k > 0 && (w != "that" || k == p-1 || !isCapitalised(sc.toks[k+1].raw))
		}
	}
	return false
}
