package extract

import (
	"strconv"
	"strings"
)

// ruleR16fresh2CountedMembers: a count of states with a plural state noun
// and the organisation they belong to, beside a list of exactly that many
// states, makes each listed state a member: "Les trois pays de l'Alliance
// des États du Sahel (AES), le Burkina Faso, le Mali et le Niger, ont
// lancé …" (the list after the organisation, past an acronym in
// brackets), "… fournis par le Burkina Faso, le Mali, la Mauritanie, le
// Niger et le Tchad, les cinq États membres de cette organisation" (the
// list before the count; the organisation the one the sentence names,
// taken up by a common noun). The count must equal the list's length.
// Hooked in rules.go under the apposition rule's name.
func ruleR16fresh2CountedMembers(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	var orgs []mention
	ids := map[string]bool{}
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "organization" && !sc.outside(m) {
			orgs = append(orgs, m)
			ids[m.id] = true
		}
	}
	if len(orgs) == 0 {
		return
	}
	nouns := sc.lw.set("states-noun")
	for p := 0; p < len(sc.toks); p++ {
		count, cn := sc.r16fresh2Count(p)
		if count < 2 || count > 9 {
			continue
		}
		nn, _ := nouns.at(sc.toks, p+cn)
		if nn == 0 {
			continue
		}
		end := p + cn + nn
		// the organisation right after the noun ("of the AES", "de
		// l'Alliance …", "der Allianz …")
		var org *mention
		for k := range orgs {
			if o := orgs[k]; o.tok0 >= end && o.tok0-end <= 3 {
				org = &orgs[k]
				break
			}
		}
		if org != nil {
			start := org.tok1
			for _, m := range orgs { // "l'Alliance des États du Sahel (AES),": the acronym too
				if m.id == org.id && m.tok0 >= start && m.tok0-start <= 1 && !strings.ContainsAny(sc.toks[m.tok0].gap, ",،") {
					start = m.tok1
				}
			}
			members := sc.statesListedFrom(start, func(tok0 int) bool { return sc.listStart(start, tok0) })
			if len(members) == count {
				d.addMembers(i, sc, *org, members, "membership.apposition")
				return
			}
		} else if len(ids) == 1 && sc.r16fresh2OrgWordAfter(end) {
			org = &orgs[0] // "… de cette organisation": the one organisation the sentence names
		}
		if org == nil {
			continue
		}
		// the list right before the count: "le Niger et le Tchad, les cinq États membres"
		if members := sc.r16fresh2ListRightBefore(p); len(members) == count {
			d.addMembers(i, sc, *org, members, "membership.apposition")
			return
		}
	}
}

// r16fresh2Count reads a small count at token p: digits, a number word
// ("trois", "five", "beiden") or a word for two ("both", "ambos"); it
// returns the count and how many tokens it used.
func (sc *sentScan) r16fresh2Count(p int) (int, int) {
	t := &sc.toks[p]
	if t.digit {
		if v, err := strconv.Atoi(t.norm); err == nil {
			return v, 1
		}
		return 0, 0
	}
	if n, _ := sc.lw.set("r16fresh2-both").at(sc.toks, p); n > 0 {
		return 2, n
	}
	if v, n := sc.lw.nums.parse(sc.toks[p : p+1]); n == 1 && v == float64(int(v)) {
		return int(v), 1
	}
	return 0, 0
}

// r16fresh2OrgWordAfter reports whether a common noun for an organisation
// follows token end within three tokens: "États membres de cette
// organisation", "member states of the alliance".
func (sc *sentScan) r16fresh2OrgWordAfter(end int) bool {
	words := sc.lw.set("r16fresh2-org-word")
	for t := end; t < len(sc.toks) && t <= end+3; t++ {
		if n, _ := words.at(sc.toks, t); n > 0 {
			return true
		}
	}
	return false
}

// r16fresh2ListRightBefore returns the list of states that ends right
// before token p, with only a comma and at most an article between: "le
// Niger et le Tchad, les cinq États".
func (sc *sentScan) r16fresh2ListRightBefore(p int) []string {
	last := -1
	for k, c := range sc.countries() {
		if c.tok1 <= p && c.sub != "demonym" && c.sub != "agency" {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	c := sc.countries()[last]
	if p-c.tok1 > 1 || !strings.ContainsAny(sc.toks[c.tok1].gap, ",،") {
		return nil
	}
	if p-c.tok1 == 1 && !sc.lw.isTok("article", &sc.toks[c.tok1]) && sc.toks[c.tok1].norm != "les" && sc.toks[c.tok1].norm != "die" {
		return nil
	}
	return sc.listBefore(c.tok1, 0)
}
