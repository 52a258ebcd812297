package extract

// ruleMemberApposition: a member noun followed by the states it names,
// "fellow NATO members Turkey and Hungary", "die Bündnismitglieder Türkei
// und Ungarn", "les pays membres de la CEDEAO, le Ghana et le Sénégal",
// "los miembros de la OTAN Turquía y Hungría": a membership for each
// state of the list. The organisation is the one named right before the
// noun or right after it ("members of NATO"), else, for a noun that holds
// it ("Bündnismitglieder"), the one organisation the sentence names.
func ruleMemberApposition(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	nouns := sc.lw.set("member-noun")
	var orgs []mention
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "organization" && !sc.outside(m) {
			orgs = append(orgs, m)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for p := 0; p < len(sc.toks); p++ {
		n, _ := nouns.at(sc.toks, p)
		if n == 0 {
			continue
		}
		end := p + n
		if o, ms := sc.r16coopListBeforeMembers(p, end, orgs); len(ms) >= 2 { // all_r16_coop_memberafter.go: "A, B et C, les cinq États membres de cette organisation"
			d.addMembers(i, sc, o, ms, "membership.apposition")
			p = end - 1
			continue
		}
		var org *mention
		start := end
		for k := range orgs {
			o := orgs[k]
			if o.tok1 <= p && p-o.tok1 <= 1 || o.tok0 >= p && o.tok1 <= end { // "NATO members", "NATO-Mitglieder"
				org, start = &orgs[k], end
			} else if o.tok0 >= end && o.tok0-end <= 3 {
				org, start = &orgs[k], o.tok1 // "members of NATO, Turkey and Hungary"
			}
		}
		if org == nil && len(orgs) == 1 && sc.lw.code == "de" {
			org = &orgs[0] // "die Bündnismitglieder Türkei und Ungarn ... in die NATO"
		}
		if org == nil {
			continue
		}
		members := sc.statesListedFrom(start, func(tok0 int) bool { return sc.listStart(start, tok0) })
		if len(members) < 2 {
			continue
		}
		d.addMembers(i, sc, *org, members, "membership.apposition")
		p = end - 1
	}
}

// listStart reports whether a list beginning at token c follows token
// start with at most an article or a comma between: "members Turkey",
// "membres de l'OTAN, la Turquie".
func (sc *sentScan) listStart(start, c int) bool {
	if c == start {
		return true
	}
	if c-start > 1 {
		return false
	}
	return sc.lw.isTok("article", &sc.toks[start])
}

// statesListedFrom returns the states of a list from token start on,
// joined by commas and "and" ("Turkey and Hungary", "le Ghana et le
// Sénégal"); opens tells whether the first state found opens it.
func (sc *sentScan) statesListedFrom(start int, opens func(tok0 int) bool) []string {
	var states []string
	prev := -1
	for _, c := range sc.countries() {
		if c.tok0 < start || c.sub == "demonym" || c.sub == "agency" {
			continue
		}
		if prev < 0 && !opens(c.tok0) || prev >= 0 && !sc.joined(prev, c.tok0) {
			break
		}
		if !contains(states, c.id) {
			states = append(states, c.id)
		}
		prev = c.tok1
	}
	return states
}

// addMembers adds a membership of org for each state of members that the
// sentence does not already make one.
func (d *docScan) addMembers(i int, sc *sentScan, org mention, members []string, rule string) {
	ne, _ := d.x.lex.NamedEntry(org.id)
	for _, mb := range members {
		if d.hasMembership(sc, mb, org.id) {
			continue
		}
		d.add(i, sc, d.membership(sc, []mention{org}, 0, org, mb, ne), rule, 0.6)
	}
}
