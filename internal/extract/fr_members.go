package extract

import "github.com/armswatch/armswatch/internal/domain"

// founderWords name the states an organisation was made of, listed after
// them: "le G5 Sahel, créé en 2014 par la Mauritanie, le Mali ...",
// "l'AES, qui regroupe le Mali, le Burkina Faso et le Niger".
var founderWords = map[string]bool{"cree": true, "creee": true, "fonde": true, "fondee": true, // followed by "par"
	"regroupe": true, "regroupant": true, "reunit": true, "reunissant": true, "rassemble": true, "rassemblant": true}

// frFounders adds a membership for each state of the list that follows
// an organisation's founding or grouping word.
func (d *docScan) frFounders(i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	for _, o := range sc.mentions {
		if o.kind != mNamed || o.sub != "organization" || sc.outside(o) || sc.orgEvent(o) { // coop_event.go: "le sommet de l'OTAN réunissant ..."
			continue
		}
		start := -1
		for k := o.tok1; k < len(sc.toks) && k <= o.tok1+4 && start < 0; k++ {
			w := sc.toks[k].norm
			if !founderWords[w] {
				continue
			}
			if w[0] == 'c' || w[0] == 'f' { // "créé ... par"
				for j := k + 1; j < len(sc.toks) && j <= k+6; j++ {
					if sc.toks[j].norm == "par" {
						start = j + 1
						break
					}
				}
			} else {
				start = k + 1
			}
		}
		if start < 0 {
			continue
		}
		members := sc.statesListedFrom(start, func(tok0 int) bool { return tok0-start <= 1 }) // coop_memberlist.go
		if len(members) < 2 {
			continue
		}
		d.addMembers(i, sc, o, members, "membership.founders")
	}
}

// hasMembership reports whether the sentence already has the membership.
func (d *docScan) hasMembership(sc *sentScan, member, org string) bool {
	for _, f := range d.facts {
		if f.Type == domain.TypeMembership && f.Evidence.Start == sc.s.start && f.Member.String() == member && f.Organization != nil && f.Organization.ID == org {
			return true
		}
	}
	return false
}
