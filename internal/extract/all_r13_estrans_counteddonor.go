package extract

import "github.com/armswatch/armswatch/internal/domain"

// all_r13_estrans_counteddonor.go: a named system in a sentence that names
// no state but the buyer and the giver, with the same count as a generic deal of its kind told a few
// sentences before, is that deal's goods, with that deal's supplier: "ocho
// aviones de combate usados que Corea del Sur le donó ... Los ocho Cessna
// A-37B fueron entregados", "Taiwán entrega a Honduras cuatro helicópteros
// ... El equipo donado consta de cuatro helicópteros UH-1H", "la Belgique a
// cédé six hélicoptères ... Les six NH90 sont arrivés". The supplier of a
// second-hand or donated system is the state that gives it up
// (annotating.md), not its maker's state nor another state of the text.

// r13CountedDonor returns the supplier of the generic deal of the same
// kind, recipient and count in the five sentences before sentence i, when
// the sentence names no state but the two and that deal's supplier differs from sup;
// else "".
func (d *docScan) r13CountedDonor(i int, sc *sentScan, m mention, f *domain.Fact, sup, rec string) string {
	if m.kind != mSystem || f.System == nil || f.System.Category == "" || f.Quantity <= 0 {
		return ""
	}
	for j := len(d.facts) - 1; j >= 0; j-- {
		g := d.facts[j]
		if j < len(d.meta) && (d.meta[j].sent >= i || d.meta[j].sent < i-5) {
			continue
		}
		if g.Type != domain.TypeTransfer || g.System == nil || g.System.ID != "" || g.System.Category != f.System.Category {
			continue
		}
		if g.Quantity != f.Quantity || g.Recipient == nil || g.Recipient.String() != rec || g.Supplier == nil {
			continue
		}
		s := g.Supplier.String()
		if s == "" || s == sup || s == rec {
			return ""
		}
		for _, c := range sc.countries() {
			if c.id != rec && c.id != s {
				return "" // the sentence names another seller
			}
		}
		return s
	}
	return ""
}
