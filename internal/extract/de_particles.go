package extract

import "strings"

// deParticle reports whether a German cue word at token i is the particle
// of a separable verb rather than the cue: "bereit" is "ready, willing"
// ("ist bereit, Panzer zu liefern", a hypothetical) but the particle of
// "bereitstellen" when it closes a clause whose verb is a form of
// "stellen": "Die USA stellen der Ukraine Militärhilfe im Wert von 250
// Millionen Dollar bereit" provides the aid.
func (sc *sentScan) deParticle(kind string, i int) bool {
	if sc.lw.code != "de" || kind != "hypothetical" || sc.toks[i].norm != "bereit" {
		return false
	}
	if _, to := sc.clauseOf(i); to != i+1 {
		return false // the particle closes its clause
	}
	// the verb may stand before a parenthesis: "stellt der Ukraine Hilfe
	// im Wert von 250 Millionen Dollar (rund 225 Millionen Euro) bereit"
	for k := 0; k < i; k++ {
		if strings.HasPrefix(sc.toks[k].norm, "stell") && isLowerWord(sc.toks[k].raw) {
			return true
		}
	}
	return false
}

// deSeparableRole reads a German separable verb split by its objects: the
// finite verb at token k and its particle closing the clause, "Die
// Slowakei gab 13 MiG-29 an die Ukraine ab", "Estland gibt neun Haubitzen
// an die Ukraine weiter", "Die USA stellen der Ukraine Munition bereit".
// The verb and its particle together are looked up as the cue the
// lexicon lists joined ("gab ab", "stellen bereit"): a giving verb makes
// its subject the supplier, a verb of getting or buying the recipient.
func (sc *sentScan) deSeparableRole(k int) (rec, sup, ok bool) {
	if sc.lw.code != "de" || k >= len(sc.toks) || !isLowerWord(sc.toks[k].raw) {
		return false, false, false
	}
	if !mayOpenAt(sc.lw.set("stage-received"), &sc.toks[k]) && !mayOpenAt(sc.lw.set("supply-verb"), &sc.toks[k]) {
		return false, false, false // no joined verb opens at k: spare the clause (all_r14_speed_clause.go)
	}
	_, to := sc.clauseOf(k)
	if to-1 <= k+1 || !isLowerWord(sc.toks[to-1].raw) {
		return false, false, false
	}
	pair := []token{sc.toks[k], sc.toks[to-1]}
	pair[1].gap = " "
	pair[1].setNorm(particleWord(pair[1]))
	if n, _ := sc.lw.set("stage-received").at(pair, 0); n == 2 {
		return true, false, true
	}
	if n, _ := sc.lw.set("supply-verb").at(pair, 0); n == 2 {
		return false, true, true
	}
	return false, false, false
}

// particleSuffix marks the normalised form given to a German verb particle
// that closes its clause, so that it is no longer read as the preposition
// of the same spelling ("ab 2025", a future date).
const particleSuffix = "\u00b7p"

// deMarkParticles marks the particle "ab" that closes a German clause:
// "Polen schloss mit Südkorea einen Vertrag über 180 K2 ab" concludes a
// contract, "Die Slowakei gab 13 MiG-29 an die Ukraine ab" hands them
// over; neither is "ab" of a date ("ab 2025"), which never ends a clause.
func deMarkParticles(toks []token, lang string) {
	if lang != "de" {
		return
	}
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.norm != "ab" || !isLowerWord(t.raw) {
			continue
		}
		if k+1 == len(toks) || clauseBreak(toks[k+1]) {
			t.norm += particleSuffix
		}
	}
}

// particleWord is the word of a token without its particle mark.
func particleWord(t token) string { return strings.TrimSuffix(t.norm, particleSuffix) }
