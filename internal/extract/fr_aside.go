package extract

import "strings"

// frRelatives are the French relative pronouns that open a clause about
// a noun of the main one.
var frRelatives = map[string]bool{"qui": true, "lequel": true, "laquelle": true, "lesquels": true, "lesquelles": true, "dont": true, "que": true, "qu": true}

// frAsideNegation reports whether the French negation at token p belongs
// to an aside, not to the main clause: "…, sans préciser le montant",
// "…, a indiqué le ministère, qui n'a pas donné de détails", "une option
// pour douze autres qui n'a jamais été levée", "un contrat qui ne
// comprend pas les missiles". The aside is "sans" after a comma, or a
// clause that a subject relative "qui" (or any relative after a comma)
// opens before the negation in its stretch of the sentence. "des drones
// que le Maroc n'a pas achetés" keeps its negation.
func (sc *sentScan) frAsideNegation(p int) bool {
	if sc.lw.code != "fr" || p <= 0 {
		return false
	}
	if sc.toks[p].norm == "sans" {
		return strings.Contains(sc.toks[p].gap, ",")
	}
	for r := p - 1; r > 0 && r >= p-10; r-- {
		w := sc.toks[r].norm
		if frRelatives[w] && (w == "qui" || w == "dont" || strings.Contains(sc.toks[r].gap, ",")) {
			return true
		}
		if w == "sans" && strings.Contains(sc.toks[r].gap, ",") {
			return true // "…, sans que le montant ne soit dévoilé"
		}
		if gapBreaks(sc.toks[r].gap) {
			return false
		}
	}
	return false
}
