package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// deBoughtIn reads German word order, the verb last: "Ägypten hat vier
// Korvetten in Deutschland bestellt", "Die Schweiz hat in den USA 36
// Kampfjets erworben". A state after "in" whose clause ends in a buying
// verb is where the weapons were bought: the seller.
func (sc *sentScan) deBoughtIn(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok0 < 1 || sc.deMinistryIn(m) { // de_seat.go: "das Ministerium in Vilnius hat … bestellt"
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	if sc.toks[k].norm != "in" {
		return false
	}
	from, to := sc.clauseOf(m.tok0)
	// the finite verb second, the state at the clause's end: "Ägypten
	// bestellt außerdem eine Fregatte in Frankreich"
	if m.tok1 == to && sc.cueIn("buy-verb", from, k) {
		return true
	}
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

// deMakerSubject returns the state of a maker that opens a German clause
// as its subject and sells: "Rheinmetall liefert 50 Schützenpanzer an
// Ungarn", "Der Rüstungskonzern Rheinmetall hat von Ungarn einen Auftrag
// über 218 Schützenpanzer erhalten". The clause must supply (a giving
// verb) or take an order (a word for an order). A maker first in the
// sentence is past the reach of makerSupplier, which reads the word
// before it.
func (d *docScan) deMakerSubject(sc *sentScan) string {
	if sc.lw.code != "de" {
		return ""
	}
	for _, m := range sc.mentions {
		if m.kind != mNamed || m.sub != "maker" {
			continue
		}
		k := m.tok0 - 1
		for k >= 0 && (sc.lw.isTok("article", &sc.toks[k]) || sc.lw.isTok("company-word", &sc.toks[k]) || companyCompound(sc.toks[k].norm) || sc.deCityAdjective(k)) && !clauseBreak(sc.toks[k+1]) { // de_cityadj.go: "Die Kieler Werft TKMS"
			k--
		}
		if k >= 0 && !clauseBreak(sc.toks[k+1]) && !sc.deAfterFiniteVerb(k) { // de_makerv2.go: "Am Dienstag hat die Werft TKMS …"
			continue // not the first words of its clause
		}
		c := d.makerCountry(m.id)
		if c == "" {
			continue
		}
		_, to := sc.clauseOf(m.tok1)
		if _, ok := sc.lw.set("supply-verb").any(sc.toks, m.tok1, to); ok {
			return c
		}
		if orderNounIn(sc, m.tok1, to) {
			return c
		}
	}
	return ""
}

// companyCompound: a German compound for a company, "Rüstungskonzern",
// "Panzerhersteller", "Marinewerft".
func companyCompound(w string) bool {
	for _, s := range []string{"konzern", "hersteller", "unternehmen", "werft", "gruppe"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// orderNounIn reports whether toks[from:to] hold a German word for an
// order: "Auftrag", "Großauftrag", "Bestellung".
func orderNounIn(sc *sentScan, from, to int) bool {
	for k := from; k < to && k < len(sc.toks); k++ {
		w := sc.toks[k].norm
		if strings.Contains(w, "auftrag") || strings.HasPrefix(w, "bestellung") {
			return true
		}
	}
	return false
}

// deOrderFrom reads "von" before a state in an order a company receives:
// "Rheinmetall hat von Ungarn einen Auftrag über 218 Schützenpanzer
// erhalten", "KNDS erhielt von den Niederlanden einen Großauftrag". The
// state the order comes from buys, where "von" before a verb of getting
// would make it the source.
func (sc *sentScan) deOrderFrom(m mention) (sup, rec, ok bool) {
	if sc.lw.code != "de" {
		return false, false, false
	}
	from, to := sc.clauseOf(m.tok0)
	if !orderNounIn(sc, m.tok1, to) || !sc.cueIn("stage-received", from, to) {
		return false, false, false
	}
	return false, true, true
}

// deVonAfterVerb reads "von" before a state in a German main clause whose
// verb of getting or buying comes first (verb second): "Die Ukraine
// erhielt 12 Haubitzen M777 von den USA", "Litauen kaufte 18 Caesar von
// Frankreich". The state after "von" is the source, even when the
// system's maker is another state; germanVon reads the verb after it
// (verb last) and the passive.
func (sc *sentScan) deVonAfterVerb(m mention) (sup, rec, ok bool) {
	if sc.lw.code != "de" {
		return false, false, false
	}
	from, to := sc.clauseOf(m.tok0)
	for k := from; k < to; k++ {
		switch sc.toks[k].norm {
		case "wurde", "wurden", "worden", "wird", "werden":
			return false, false, false // the passive: "von" names the agent
		}
	}
	if orderNounIn(sc, from, to) {
		return false, false, false // deOrderFrom: "von Ungarn einen Auftrag erhalten"
	}
	for _, kind := range []string{"stage-received", "buy-verb"} {
		if sc.cueIn(kind, from, m.tok0) {
			return true, false, true
		}
	}
	return false, false, false
}
