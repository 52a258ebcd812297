package extract

import "strings"

// Memberships, round 16: a list of states followed by a member noun in
// apposition: "fournis par le Burkina Faso, le Mali, la Mauritanie, le
// Niger et le Tchad, les cinq États membres de cette organisation",
// "Mali, Niger and Chad, the three member states of the G5 Sahel", "Malí,
// Níger y Chad, los tres países miembros del G5". The noun follows the
// list's last state after a comma, an article and a count at most; the
// organisation is the one named right after the noun, else the one
// organisation the sentence names before the list ("cette
// organisation").

// r16coopListBeforeMembers returns the organisation and the states of the
// list that the member noun at tokens [p, end) follows, or no states.
func (sc *sentScan) r16coopListBeforeMembers(p, end int, orgs []mention) (mention, []string) {
	j := p
	for j > 0 && p-j < 3 && (sc.lw.isTok("article", &sc.toks[j-1]) || sc.toks[j-1].digit || sc.r16coopNumberAt(j-1)) {
		j--
	}
	if j == 0 || !strings.Contains(sc.toks[j].gap, ",") && !strings.Contains(sc.toks[j].gap, "،") {
		return mention{}, nil
	}
	last := ""
	for _, c := range sc.countries() {
		if c.tok1 == j && c.sub != "demonym" && c.sub != "agency" {
			last = c.id
		}
	}
	if last == "" {
		return mention{}, nil
	}
	var org *mention
	for k := range orgs {
		if orgs[k].tok0 >= end && orgs[k].tok0-end <= 3 {
			org = &orgs[k]
			break
		}
	}
	if org == nil {
		for k := range orgs {
			if orgs[k].tok1 <= j {
				if org != nil && org.id != orgs[k].id {
					return mention{}, nil // two organisations before: which one
				}
				org = &orgs[k]
			}
		}
	}
	if org == nil {
		return mention{}, nil
	}
	l := sc.listWith(last)
	if len(l) < 2 {
		return mention{}, nil
	}
	return *org, l
}

// r16coopNumberAt reports whether a number spans token k ("cinq",
// "three").
func (sc *sentScan) r16coopNumberAt(k int) bool {
	for _, n := range sc.nums {
		if n.tok0 <= k && k < n.tok1 {
			return true
		}
	}
	return false
}
