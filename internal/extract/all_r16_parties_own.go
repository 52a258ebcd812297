package extract

// r16OwnStockGiver: "Zuvor hatte Kopenhagen erklärt, alle seine 19
// Radhaubitzen vom Typ CAESAR an die Ukraine abzugeben", "Copenhague a
// annoncé qu'il allait céder ses 19 canons Caesar à l'Ukraine": a system
// after a possessive determiner ("seine", "ses", "its", "sus") is the own
// stock of the one state named before it, which gives it up, whoever
// made it (annotating.md: a second-hand system's supplier is the state
// that gives it). Only when the maker's state is the supplier for want of
// another and the sentence does not name it, and the state is not the
// recipient.
func (d *docScan) r16OwnStockGiver(sc *sentScan, m *mention, origin, sup, rec string) string {
	if m == nil || origin == "" || sup != origin || rec == "" || sc.names(origin) {
		return sup
	}
	ps := sc.lw.set("parties-own-possessive")
	if !sc.mayStart(ps) {
		return sup
	}
	pos := -1
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-6; k-- {
		if sc.countryAt(k) || gapBreaks(sc.toks[k+1].gap) {
			break
		}
		if sc.lw.isTok("parties-own-possessive", &sc.toks[k]) {
			pos = k
			break
		}
	}
	if pos < 0 {
		return sup
	}
	giver := ""
	for _, c := range sc.countries() {
		if c.tok0 >= pos || c.id == rec || c.id == origin || sc.inCurrency(c) || sc.placeOnly(c) || sc.adversary(c) || sc.mediaDemonym(c) {
			continue
		}
		if _, r := d.roleCues(sc, c); r {
			continue
		}
		if giver != "" && giver != c.id {
			return sup // two states before it: whose stock is not clear
		}
		giver = c.id
	}
	if giver == "" {
		return sup
	}
	return giver
}
