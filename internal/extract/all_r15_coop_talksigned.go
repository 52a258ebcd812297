package extract

// Talks that ended in a signing are no plan: "Kagame et Talon ont
// concrétisé des discussions engagées depuis des mois : ils ont signé un
// accord de défense", "after months of negotiations, the two ministers
// signed a memorandum", "tras meses de conversaciones, firmaron un
// convenio", "nach langen Verhandlungen unterzeichneten beide Minister
// eine Vereinbarung". The talk noun is a hypothetical cue (a plan, when
// nothing follows it), but a past signing after it in the sentence
// states what the talks led to. all_clauses_r5_aftertalks.go reads "after
// talks" before the signing; this reads the talks first and the signing
// after, whatever word joins them.

// r15coopTalksSigned reports whether every hypothetical cue the sentence
// holds outside a relative clause is a talk noun (r15coop-talk-noun)
// with a past signing (r15coop-signed-past) after it, and the sentence
// is not negated.
func (sc *sentScan) r15coopTalksSigned() bool {
	if sc.negated() {
		return false
	}
	found := false
	for _, p := range sc.cuePositions("hypothetical") {
		if !sc.cueIn("hypothetical", p, p+1) || sc.inRelativeClause(p) || sc.relativeSubjectCue(p) {
			continue
		}
		if !sc.lw.isTok("r15coop-talk-noun", &sc.toks[p]) {
			return false
		}
		signed := false
		for k := p + 1; k < len(sc.toks); k++ {
			// "un accord qui n'a pas été signé", "talks, but nothing was
			// signed": no signing the talks ended in
			if sc.lw.isTok("r15coop-signed-past", &sc.toks[k]) && !sc.inRelativeClause(k) && !sc.r15coopNotBefore(k) {
				signed = true
				break
			}
		}
		if !signed {
			return false
		}
		found = true
	}
	return found
}

// r15coopNotBefore reports whether a negation word (r15coop-not: "not",
// "pas", "no", "nicht", "لم") stands in the four words before token k.
func (sc *sentScan) r15coopNotBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if sc.lw.isTok("r15coop-not", &sc.toks[j]) {
			return true
		}
	}
	return false
}
