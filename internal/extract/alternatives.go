package extract

import "github.com/armswatch/armswatch/internal/domain"

// altPairs are the other readings of who supplies whom in a sentence, for
// the model to weigh against the rules' reading (sup, rec): the reverse,
// and each other state the sentence names in either role. Only in relaxed
// mode; the model keeps at most one reading per system mention.
func (d *docScan) altPairs(sc *sentScan, sup, rec string) [][2]string {
	var named []string
	for _, m := range sc.countries() {
		if !contains(named, m.id) {
			named = append(named, m.id)
		}
	}
	var out [][2]string
	seen := map[[2]string]bool{{sup, rec}: true}
	try := func(s, r string) {
		p := [2]string{s, r}
		if s == "" || r == "" || s == r || seen[p] {
			return
		}
		seen[p] = true
		out = append(out, p)
	}
	if contains(named, sup) && contains(named, rec) {
		try(rec, sup)
	}
	for _, c := range named {
		try(sup, c)
		try(c, rec)
	}
	return out
}

// addAlternatives adds the other role readings of a transfer the rules
// have just read as f, in the same group.
func (d *docScan) addAlternatives(i int, sc *sentScan, f domain.Fact, conf float64, flags []string) {
	if !d.relaxed || !altRoles {
		return
	}
	for _, p := range d.altPairs(sc, f.Supplier.String(), f.Recipient.String()) {
		g := f
		g.Supplier, g.Recipient = party(p[0]), party(p[1])
		d.pending = append(append([]string(nil), flags...), "alt-role")
		d.add(i, sc, g, "transfer.system", conf)
	}
}

// altRoles turns the rival role readings on; measured off (see the README).
var altRoles = false
