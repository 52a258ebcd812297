package extract

import "strings"

// companyAgreement reports whether the sentence's agreement is signed
// between companies: it names a maker or a company word (the lexicon's
// company and company-noun) and every state it names is only a company's
// nationality, a demonym ("Thales signed a memorandum with the Emirati
// group Edge", "Naval Group a signé un accord avec le groupe indien
// Mazagon Dock", "Indra firmó un memorando con la empresa emiratí Edge")
// or a state right before a maker ("Spain's Navantia"). A company's
// memorandum is no defence agreement between states.
func (sc *sentScan) companyAgreement() bool {
	if !sc.namesMaker() && !sc.has("company") && !sc.has("company-noun") {
		return false
	}
	cs := sc.countries()
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if c.sub == "demonym" || sc.makerAfter(c.tok1) {
			continue
		}
		return false
	}
	return true
}

// makerAfter reports whether a maker's name begins within two tokens
// after token t ("Spain's Navantia").
func (sc *sentScan) makerAfter(t int) bool {
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "maker" && m.tok0 >= t && m.tok0 <= t+2 {
			return true
		}
	}
	return false
}

// civilAid reports whether the aid phrase at tokens [p, p+n) is given a
// civil kind from three words before it to twelve after it, up to a comma
// or a full stop (the lexicon's aid-civil: "humanitarian aid", "ayuda
// humanitaria", "un don de 5 millions d'euros d'aide alimentaire",
// "humanitäre Hilfe", "un don de 10 millions de dollars pour la
// reconstruction des écoles") and no military one (agreement-military words in the
// same window). Such aid is not military assistance.
func (sc *sentScan) civilAid(p, n int) bool {
	civ, mil := sc.lw.set("aid-civil"), sc.lw.set("agreement-military")
	civil := false
	for k := max(0, p-3); k < len(sc.toks) && k < p+n+12; k++ {
		if k >= p+n && strings.ContainsAny(sc.toks[k].gap, ",;:.") {
			break
		}
		if m, _ := mil.at(sc.toks, k); m > 0 {
			return false
		}
		if m, _ := civ.at(sc.toks, k); m > 0 {
			civil = true
		}
	}
	return civil
}
