package extract

import (
	"unicode"
	"unicode/utf8"
)

// deBoughtIn reads German word order, the verb last: "Ägypten hat vier
// Korvetten in Deutschland bestellt", "Die Schweiz hat in den USA 36
// Kampfjets erworben". A state after "in" whose clause ends in a buying
// verb is where the weapons were bought: the seller.
func (sc *sentScan) deBoughtIn(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 {
		return false
	}
	k := m.tok0 - 1
	if articles[sc.toks[k].norm] && k > 0 {
		k--
	}
	if sc.toks[k].norm != "in" {
		return false
	}
	_, to := sc.clauseOf(m.tok0)
	return sc.cueIn("buy-verb", m.tok1, to)
}

// deMainVerbRole reads a German giving verb used as the main verb, with
// the states bare around it: "Deutschland überlässt Israel zwei Drohnen"
// (subject, verb, dative: the state after the verb receives) and, the
// object first, "Zwei Drohnen überlässt Deutschland Israel", "Drei
// Patriot-Systeme schickt Deutschland an die Ukraine" (the state right
// after the verb is its subject and gives; a bare state after it
// receives). ok is false when neither shape holds.
func (sc *sentScan) deMainVerbRole(m mention) (sup, rec, ok bool) {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 {
		return false, false, false
	}
	verbEndsAt := func(k int) bool {
		for j := k; j >= 0 && j >= k-1; j-- {
			if n, _ := sc.lw.set("supply-verb").at(sc.toks, j); n > 0 && j+n == k+1 && !receiving(sc.toks[j:k+1]) {
				return isLowerWord(sc.toks[j].raw)
			}
		}
		return false
	}
	bare := func(k int) bool { return k >= 0 && k < len(sc.toks) && sc.toks[k].gap == " " }
	// subject state, verb, this state: "Deutschland überlässt Israel"
	if verbEndsAt(m.tok0-1) && bare(m.tok0) {
		for _, c := range sc.countries() {
			if c.tok1 < m.tok0 && c.sub != "demonym" && c.tok1 <= m.tok0-1 && verbStartsAfter(sc, c.tok1, m.tok0) {
				return false, true, true
			}
		}
		// verb, this state: "überlässt Deutschland Israel", "Drei
		// Patriot-Systeme schickt Deutschland an die Ukraine": the object
		// first, the subject right after the verb
		return true, false, true
	}
	// verb, a state, this state: the recipient of "überlässt Deutschland Israel"
	if bare(m.tok0) && m.tok0 >= 2 {
		for _, c := range sc.countries() {
			if c.tok1 == m.tok0 && c.sub != "demonym" && verbEndsAt(c.tok0-1) {
				return false, true, true
			}
		}
	}
	return false, false, false
}

// verbStartsAfter reports whether the tokens [from, to) are one giving
// verb: the subject state ends right before the verb.
func verbStartsAfter(sc *sentScan, from, to int) bool {
	n, _ := sc.lw.set("supply-verb").at(sc.toks, from)
	return n > 0 && from+n == to
}

func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
