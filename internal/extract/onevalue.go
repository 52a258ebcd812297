package extract

import "github.com/armswatch/armswatch/internal/domain"

// valueToSoleTransfer gives an amount the rules first read as an
// aggregate to the pair's one transfer, when the pair has only one system
// and that transfer has no value of its own: "two Italian frigates for a
// total of $30 million", "un contrat de 20 millions d'euros pour deux
// patrouilleurs". A value that covers one system (with its support) is
// that system's value; an aggregate is for a total over several. The
// transfer must be stated in the amount's sentence; an official notice
// keeps its total as an aggregate (the dev gold's reading). It reports
// whether the amount was given.
func (d *docScan) valueToSoleTransfer(c aggCand, systems map[string][]string) bool {
	k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
	if d.notice || len(systems[k]) != 1 || c.f.Value == nil {
		return false
	}
	var at []int
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil ||
			f.Supplier.String()+"|"+f.Recipient.String() != k {
			continue
		}
		if f.Value != nil {
			return false // the system has its price; the amount is another
		}
		if d.meta[j].sent == c.i || d.meta[j].sents[c.i] {
			at = append(at, j)
		}
	}
	if len(at) == 0 {
		return false
	}
	for _, j := range at {
		v := *c.f.Value
		d.facts[j].Value = &v
		d.facts[j].ValueUSD = c.f.ValueUSD
	}
	return true
}
