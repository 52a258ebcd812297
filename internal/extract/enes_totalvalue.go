package extract

import "github.com/armswatch/armswatch/internal/domain"

// totalOffTransfers takes a stated total off the transfers of its sentence:
// "weapons worth €7bn from France, including 24 Rafale jets and a FREMM
// frigate", "armas por valor de 7.000 millones de euros, entre ellas 24
// Rafale y una fragata FREMM". The amount covers several systems of the
// pair and is their aggregate (annotating.md), not the price of the first
// system named; a transfer keeps an amount of its own. Arabic totals are
// read by ar_totals.go, where an amount right after one system stays its
// value.
func (d *docScan) totalOffTransfers(c aggCand) {
	if !c.total || c.f.Value == nil || d.notice || d.lw.code == "ar" {
		return
	}
	k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
	var same []int
	systems := 0
	var seen []string
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil ||
			f.Supplier.String()+"|"+f.Recipient.String() != k || d.meta[j].sent != c.i {
			continue
		}
		if s := systemKey(f); !contains(seen, s) {
			seen = append(seen, s)
			systems++
		}
		if f.Value != nil && f.Value.Amount == c.f.Value.Amount && f.Value.Currency == c.f.Value.Currency {
			same = append(same, j)
		}
	}
	if systems < 2 {
		return
	}
	for _, j := range same {
		d.facts[j].Value = nil
		d.facts[j].ValueUSD = 0
	}
}
