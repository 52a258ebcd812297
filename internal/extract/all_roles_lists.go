package extract

import "strings"

// Lists of buyers in all languages: "Togo, Niger, Äthiopien und Marokko
// haben TB2 gekauft", "already operated by Chile, Peru and Colombia",
// "vendidos a Chile, Perú y Colombia", "بيعت إلى توغو والنيجر والمغرب".
// conjoinedWith (roles.go) gives every state of a cued list one fact; the
// two helpers here let it read an Arabic list whose "و" is attached to the
// name, and tell the model that a state with no cue of its own shares the
// buyer's cue of its list.

// arAttachedAnd reports whether b follows a with only an attached "و"
// between them: "توغو والنيجر".
func (sc *sentScan) arAttachedAnd(a, b mention) bool {
	return b.tok0 == a.tok1 && strings.HasPrefix(b.prefix, "و") && a.sub != "demonym" && b.sub != "demonym"
}

// listJoined reports whether two successive country mentions are joined
// as items of one list.
func (sc *sentScan) listJoined(a, b mention) bool {
	return sc.joined(a.tok1, b.tok0) || sc.arAttachedAnd(a, b) || sc.alsoJoined(a, b) || sc.repeatedPrepJoined(a, b) || sc.parenJoined(a, b)
}

// alsoJoined reports whether b follows a after an additive conjunction
// (cue kind list-also), the list's preposition repeated or not: "to Togo
// as well as to Niger", "au Togo ainsi qu'au Niger", "a Togo así como a
// Níger", "an Togo wie auch an Niger", "إلى توغو وكذلك إلى النيجر".
func (sc *sentScan) alsoJoined(a, b mention) bool {
	if a.sub == "demonym" || b.sub == "demonym" {
		return false
	}
	k := a.tok1
	n, _ := sc.lw.set("list-also").at(sc.toks, k)
	if n == 0 {
		return false
	}
	k += n
	if m, _ := sc.lw.set("recipient-prep").at(sc.toks, k); m > 0 {
		k += m
	}
	for k < b.tok0 && sc.lw.isTok("article", &sc.toks[k]) {
		k++
	}
	return k == b.tok0
}

// listedRecipient reports whether the state mention c, which the text
// gives no role of its own, stands in a list whose other item is marked
// as the buyer: "an Togo, Niger und Marokko", "a Chile, Perú y Colombia".
func (d *docScan) listedRecipient(sc *sentScan, c mention) bool {
	return d.listedRecipientIn(sc, c, nil)
}

// listedRecipientIn is listedRecipient keeping what it reads of each list
// item in *memo (indexed as sc.countries(): 0 not read, 1 the buyer, 2 no
// list item, 3 neither) across the calls of one pairFor, which asks it for
// every state: a list of n states would otherwise read n² role cues.
func (d *docScan) listedRecipientIn(sc *sentScan, c mention, memo *[]int8) bool {
	if c.sub == "demonym" || sc.placeOnly(c) {
		return false
	}
	cs := sc.countries()
	at := -1
	for k, o := range cs {
		if o.tok0 == c.tok0 {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	if memo != nil && *memo == nil {
		*memo = make([]int8, len(cs))
	}
	check := func(k int) (bool, bool) {
		if memo != nil && (*memo)[k] != 0 {
			return (*memo)[k] == 1, (*memo)[k] == 2
		}
		v := int8(3)
		if o := cs[k]; o.sub == "demonym" || o.sub == "agency" {
			v = 2
		} else if s, r := d.roleCues(sc, o); r && !s {
			v = 1
		}
		if memo != nil {
			(*memo)[k] = v
		}
		return v == 1, v == 2
	}
	for k := at - 1; k >= 0 && sc.listJoined(cs[k], cs[k+1]) && !sc.deClauseSubject(cs[k+1]); k-- {
		if ok, stop := check(k); ok {
			return true
		} else if stop {
			break
		}
	}
	for k := at + 1; k < len(cs) && sc.listJoined(cs[k-1], cs[k]) && !sc.deClauseSubject(cs[k]); k++ {
		if ok, stop := check(k); ok {
			return true
		} else if stop {
			break
		}
	}
	return false
}

// prepFamily puts the forms of one preposition together: "du Burkina
// Faso, de l'Angola et de la Mauritanie", "al Perú y a Chile".
var prepFamily = map[string]string{
	"de": "de", "du": "de", "des": "de", "d": "de", "del": "de",
	"a": "a", "al": "a", "au": "a", "aux": "a",
	"to": "to", "an": "an", "nach": "nach", "fur": "fur", "for": "for", "pour": "pour", "para": "para",
	"from": "from", "von": "von", "aus": "aus", "desde": "desde",
	"الي": "الي", "من": "من", // Arabic as tokens are normalised: "إلى" → "الي"
}

// prepBefore returns the family of the preposition right before a state's
// name, articles skipped, or "".
func (sc *sentScan) prepBefore(m mention) string {
	k := m.tok0 - 1
	for k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return ""
	}
	w := sc.toks[k].norm
	if f := prepFamily[w]; f != "" {
		return f
	}
	return prepFamily[strings.TrimPrefix(w, "و")] // "وإلى أنغولا"
}

// repeatedPrepJoined reports whether b follows a in a list that repeats
// a's preposition before each item: "auprès du Burkina Faso, de l'Angola
// et de la Mauritanie", "al Perú, a Chile y a Colombia", "an Togo und an
// Niger", "to Togo and to Niger", "إلى بوركينا فاسو وإلى أنغولا".
func (sc *sentScan) repeatedPrepJoined(a, b mention) bool {
	if a.sub == "demonym" || b.sub == "demonym" || b.tok0-a.tok1 < 1 || b.tok0-a.tok1 > 4 {
		return false
	}
	p := sc.prepBefore(a)
	if p == "" || sc.prepBefore(b) != p {
		return false
	}
	conj, prep := strings.ContainsAny(sc.toks[a.tok1].gap, ",،"), false
	for k := a.tok1; k < b.tok0; k++ {
		switch w := sc.toks[k].norm; {
		case sc.nameConj(w): // roles.go
			conj = true
		case sc.lw.isWord("article", w):
		case prepFamily[w] == p && !prep:
			prep = true
		case strings.HasPrefix(w, "و") && prepFamily[strings.TrimPrefix(w, "و")] == p && !prep:
			conj, prep = true, true // "إلى توغو وإلى النيجر"
		default:
			return false
		}
	}
	return conj && prep
}

// parenJoined reports whether b follows a in a list after a bracket on a:
// "Ungarn (jeweils 14), Südafrika (17 im Dienst) und Thailand", "Chile
// (2002), Malaysia (2005) and India".
func (sc *sentScan) parenJoined(a, b mention) bool {
	if a.sub == "demonym" || b.sub == "demonym" || a.tok1 >= b.tok0 || !strings.Contains(sc.toks[a.tok1].gap, "(") {
		return false
	}
	for k := a.tok1 + 1; k <= b.tok0 && k <= a.tok1+12; k++ {
		if g := sc.toks[k].gap; strings.Contains(g, ")") {
			if strings.Contains(g[strings.Index(g, ")"):], "(") {
				return false
			}
			return sc.joined(k, b.tok0)
		}
	}
	return false
}
