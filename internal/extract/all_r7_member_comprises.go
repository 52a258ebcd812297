package extract

import "strings"

// ruleMemberComprises: an organisation followed by a word of composition
// and the list of its states, in every language: "the G5 Sahel, which
// brings together Mauritania, Mali and Chad", "une confédération
// réunissant le Burkina Faso, le Mali et le Niger", "la alianza, integrada
// por Chile y Perú", "das Bündnis, dem Polen und Estland angehören",
// "المجموعة التي تضم موريتانيا ومالي وتشاد": a membership for each state of
// the list. The organisation is the last one named in the twelve words
// before the word, with no state between (a place aside), or the one
// right after it in a verb-first sentence, and not the organisation of an
// event ("a NATO summit bringing together ...": orgEvent, arOrgEvent).
func ruleMemberComprises(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	set := sc.lw.set("org-comprises")
	if set == nil {
		return
	}
	for _, p := range sc.cuePositions("org-comprises") {
		n, _ := set.at(sc.toks, p)
		var org *mention
		start := p + n
		for k := range sc.mentions {
			m := &sc.mentions[k]
			if m.kind != mNamed || m.sub != "organization" || sc.outside(*m) {
				continue
			}
			if m.tok1 <= p && p-m.tok1 <= 12 {
				org = m
			} else if m.tok0 >= start && m.tok0-start <= 1 && org == nil {
				// verb first: "تضم مجموعة الساحل الخمس موريتانيا ومالي"
				org = m
				start = m.tok1
				break
			}
		}
		if org == nil || statusOrgs[org.id] || sc.orgEvent(*org) || sc.arOrgEvent(*org) {
			continue
		}
		between := false
		for _, c := range sc.countries() {
			// a place between ("l'AES à Niamey, qui a créé ...") is no
			// other subject
			if c.tok0 >= org.tok1 && c.tok1 <= p && c.sub != "capital" && !sc.placeOnly(c) {
				between = true
			}
		}
		if between {
			continue
		}
		members := sc.statesListedAr(start)
		if len(members) < 2 {
			members = sc.statesListedAr(sc.r16coopAfterCount(start)) // all_r16_coop_comprises.go: "يضم 41 دولة بينها السعودية ومصر"
		}
		if len(members) < 2 {
			continue
		}
		d.addMembers(i, sc, *org, members, "membership.comprises")
	}
}

// statesListedAr is statesListedFrom for a list that opens at most one
// word after start, whose Arabic states may be joined by a prefixed "و"
// with no word between ("موريتانيا ومالي والنيجر").
func (sc *sentScan) statesListedAr(start int) []string {
	var states []string
	prev := -1
	for _, c := range sc.countries() {
		if c.tok0 < start || c.sub == "demonym" || c.sub == "agency" {
			continue
		}
		if prev < 0 && c.tok0-start > 1 {
			break
		}
		if prev >= 0 && !sc.joined(prev, c.tok0) && !(c.tok0 == prev && strings.HasPrefix(c.prefix, "و")) {
			break
		}
		if !contains(states, c.id) {
			states = append(states, c.id)
		}
		prev = c.tok1
	}
	return states
}
