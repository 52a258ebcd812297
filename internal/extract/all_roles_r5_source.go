package extract

// German states named as the source between the subject and the verb at
// the clause's end: "Die Ukraine hatte bereits Haubitzen aus den USA
// erhalten", "Polen hat von Deutschland zwölf Hubschrauber erhalten". The
// subject's verb search in roleCues (roles.go) stops at another state,
// unless that state is an object (a dative, "an die Ukraine"); a state
// after "aus" or a source "von" is one too, so the receiving verb still
// makes the subject the recipient.

// deSourceObject reports whether a German state name is the object of a
// source preposition: "aus den USA", "von Deutschland" before a receiving
// verb (germanVon, roles.go, tells the source "von" from the passive
// agent).
func (sc *sentScan) deSourceObject(m mention) bool {
	if sc.lw.code != "de" {
		return false
	}
	if sc.sourcePrep(m) {
		return true
	}
	if w := sc.wordBefore(m); w >= 0 && (sc.toks[w].norm == "von" || sc.toks[w].norm == "vom") {
		sup, _, ok := sc.germanVon(m)
		return ok && sup
	}
	return false
}
