package extract

import "strings"

// deClauseBuyer returns, for a German sentence whose clauses each name
// their own buyer before their goods ("Togo bekam im Sommer Drohnen,
// Niger erwarb sechs, und Äthiopien, Marokko und Tunesien haben TB2
// gekauft"), the buyer nearest before the system when a comma parts it
// from rec, the buyer chosen so far, and none from the system: the
// system is the later clause's. conjoinedWith then adds the rest of that
// clause's list. "" leaves rec.
func (sc *sentScan) deClauseBuyer(sys mention, recMs []mention, rec, except string) string {
	if sc.lw.code != "de" || rec == "" {
		return ""
	}
	var near, chosen *mention
	for k := range recMs {
		c := &recMs[k]
		if c.sub == "demonym" || c.id == except || c.tok1 > sys.tok0 {
			continue
		}
		if near == nil || c.tok0 > near.tok0 {
			near = c
		}
		if c.id == rec && chosen == nil {
			chosen = c
		}
	}
	if near == nil || chosen == nil || near.id == rec || near.tok0 <= chosen.tok0 {
		return ""
	}
	if commaIn(sc.toks, near.tok1, sys.tok0+1) || !commaIn(sc.toks, chosen.tok1, near.tok0+1) {
		return ""
	}
	// the chosen buyer's clause must name goods of its own: "Togo bekam
	// Drohnen, Niger erwarb TB2", not "Polen, das schon viel kaufte, hat
	// nun K2 bestellt"
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 >= chosen.tok1 && o.tok1 <= near.tok0 {
			return near.id
		}
	}
	return ""
}

// commaIn reports whether a comma (or a semicolon) stands before one of
// the tokens in [a, b).
func commaIn(toks []token, a, b int) bool {
	for t := a; t < b && t < len(toks); t++ {
		if strings.ContainsAny(toks[t].gap, ",;") {
			return true
		}
	}
	return false
}
