package extract

// An amount that a sentence gives as a loan or as military aid between two
// states is assistance, not an aggregate of arms deals.
//
// Class of error fixed: the aggregate rules read any amount between two
// states with a word of arms trade nearby as a total of deals: "The US
// approved a $1.5 billion loan to Poland for arms purchases", "accordé à
// la Pologne un prêt de 2 milliards de dollars pour l'achat d'armes",
// "España enviará ayuda militar por valor de 1.000 millones de euros a
// Ucrania". The annotation rules make a loan or a grant of military aid an
// `assistance` fact (a programme of grants, loans, donations) and no
// aggregate. A word of the lexicon's `loan` kind, or of its `aid-money`
// kind (military aid, not a donation of named equipment, which stays the
// donation's total), within six words of the amount turns the aggregate
// into assistance from the supplier to the recipient, named by that word.

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// aggregateAsAid turns aggregate f, read in sc, into assistance when its
// amount stands by a word for a loan or for military aid, and returns the
// rule to record; otherwise it returns rule unchanged.
func (d *docScan) aggregateAsAid(sc *sentScan, f *domain.Fact, rule string) string {
	if f.Type != domain.TypeAggregate || f.Value == nil || f.Supplier == nil || f.Recipient == nil {
		return rule
	}
	at := -1
	for _, m := range sc.money {
		if m.amount == f.Value.Amount {
			at = tokIndexAt(sc.toks, m.start)
			break
		}
	}
	if at < 0 {
		return rule
	}
	name := ""
	for _, kind := range []string{"loan", "aid-money"} {
		ps := sc.lw.set(kind)
		if !sc.mayStart(ps) {
			continue
		}
		for k := max(at-6, 0); k < len(sc.toks) && k <= at+6; k++ {
			if n, _ := ps.at(sc.toks, k); n > 0 && sc.nearestMoney(k) == at {
				var words []string
				for _, t := range sc.toks[k : k+n] {
					words = append(words, t.raw)
				}
				name = strings.Join(words, " ")
				break
			}
		}
		if name != "" {
			break
		}
	}
	if name == "" {
		return rule
	}
	g := domain.Fact{Type: domain.TypeAssistance, Provider: f.Supplier, Recipient: f.Recipient,
		Program: &domain.Named{Name: name}, Value: f.Value, ValueUSD: f.ValueUSD, Year: f.Year}
	if g.Year == 0 {
		d.assistanceYear(sc, &g)
	}
	d.precisOrgAid(sc, &g) // all_r10_precis_assist.go: "The assistance measure, worth €31 million, will strengthen the Ukrainian Armed Forces"
	*f = g
	return "assistance.aid"
}

// nearestMoney returns the token index of the amount nearest token k (the
// earlier one on a tie), or -1: a cue between two amounts ("the equipment
// is worth $50 million, part of an aid package of over $220 million")
// belongs to the nearer one.
func (sc *sentScan) nearestMoney(k int) int {
	best := -1
	for _, m := range sc.money {
		t := tokIndexAt(sc.toks, m.start)
		if best < 0 || absInt(t-k) < absInt(best-k) {
			best = t
		}
	}
	return best
}
