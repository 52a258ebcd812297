package extract

import "strings"

// r15GenericAid reads military aid a text names generically, with no
// amount (aidMoney reads those) and no programme's name: "the rifles came
// under US military aid to the Lebanese army", "la ayuda militar
// estadounidense al ejército de Colombia", "im Rahmen der amerikanischen
// Militärhilfe für die libanesische Armee", "le dernier des programmes
// américains d'aide à la sécurité au Cameroun". The giver is the state
// whose adjective the aid phrase carries (aidOwnState, coop_r3_aid.go; in
// French and Spanish also the demonym of a word for programmes right
// before "d'"/"de" and the phrase, read forwards: "programmes américains
// d'aide" is aid the US gives); the receiver is the state of the armed
// forces named, the state marked as receiving, or the other state of the
// sentence; a sentence with two other states is left alone. The programme is the aid phrase as written. Arabic has
// arMilitaryAid (ar_r4_militaryaid.go); addUnnamedAid keeps one unnamed
// aid per receiver.
func (d *docScan) r15GenericAid(i int, sc *sentScan) {
	if sc.lw.code == "ar" || len(sc.money) > 0 || sc.doubtful() || sc.has("future") || sc.has("deal") {
		return
	}
	aid := sc.lw.set("aid")
	if aid == nil {
		return
	}
	if d.donationInKind(i, sc) {
		return
	}
	// the first aid phrase that carries its giver's adjective ("ce don …
	// des programmes américains d'aide à la sécurité")
	pos, n, own := -1, 0, ""
	for k := 0; k < len(sc.toks) && own == ""; k++ {
		m, _ := aid.at(sc.toks, k)
		if m == 0 || sc.civilAid(k, m) {
			continue
		}
		pos, n, own = k, m, sc.r15AidGiver(k, m)
	}
	if own == "" {
		return
	}
	// one receiver: a sentence with two other states ("for Israel and
	// Egypt") does not say whose aid it is
	others := map[string]bool{}
	for _, c := range sc.countries() {
		if c.id != own && c.sub != "agency" && !sc.placeOnly(c) && !sc.datelinePlace(c) {
			others[c.id] = true
		}
	}
	if len(others) > 1 {
		return
	}
	rec := sc.forcesOf()
	if rec == "" || rec == own {
		rec = sc.forcesDemonym()
	}
	if rec == "" || rec == own {
		rec = d.markedRecipient(sc)
	}
	if rec == "" || rec == own {
		rec = ""
		for _, c := range sc.countries() {
			if c.id == own || c.sub == "agency" || sc.placeOnly(c) || sc.datelinePlace(c) {
				continue
			}
			rec = c.id
		}
	}
	var words []string
	for _, t := range sc.toks[pos : pos+n] {
		words = append(words, t.raw)
	}
	d.addUnnamedAid(i, sc, strings.Join(words, " "), own, rec, 0.45) // fr_militaryaid.go
}

// r15AidGiver is the state whose adjective the aid phrase at [pos, pos+n)
// carries (aidOwnState), or in French and Spanish the demonym of a word
// for programmes right before "d'"/"de" and the phrase.
func (sc *sentScan) r15AidGiver(pos, n int) string {
	if own := sc.aidOwnState(pos, n); own != "" {
		return own
	}
	if (sc.lw.code != "fr" && sc.lw.code != "es") || pos < 3 {
		return ""
	}
	if w := sc.toks[pos-1].norm; w != "d" && w != "de" {
		return ""
	}
	for _, c := range sc.countries() {
		if c.sub == "demonym" && c.tok1 == pos-1 && c.tok0 >= 1 && sc.lw.isTok("r15assist-aid-program", &sc.toks[c.tok0-1]) {
			return c.id // "programmes américains d'aide", "programas estadounidenses de ayuda"
		}
	}
	return ""
}
