package extract

import "github.com/armswatch/armswatch/internal/domain"

// all_r13_estrans_counteddonor.go: a named system in a sentence that names
// no state but the buyer and the giver (or a maker's state: "de
// fabricación brasileña"), with the same count as a generic deal of its kind told a few
// sentences before, is that deal's goods, with that deal's supplier: "ocho
// aviones de combate usados que Corea del Sur le donó ... Los ocho Cessna
// A-37B fueron entregados", "Taiwán entrega a Honduras cuatro helicópteros
// ... El equipo donado consta de cuatro helicópteros UH-1H", "la Belgique a
// cédé six hélicoptères ... Les six NH90 sont arrivés". The supplier of a
// second-hand or donated system is the state that gives it up
// (annotating.md), not its maker's state nor another state of the text.

// r13GenericDeal is a generic deal a sentence told ("cuatro helicópteros"
// going from Taiwan to Honduras), noted whether or not it became a
// candidate: a headline's generic deal may be doubted away while the named
// system of a later sentence still needs its giver.
type r13GenericDeal struct {
	sent          int
	sup, rec, cat string
	q             int
}

// r13NoteGeneric notes a generic deal of sentence i whose count is q, when
// the sentence itself names its giver.
func (d *docScan) r13NoteGeneric(i int, sc *sentScan, m mention, sup, rec string, q int) {
	if m.kind != mGeneric || q <= 0 || sup == "" || rec == "" || sup == rec || !sc.names(sup) {
		return
	}
	d.r13Generic = append(d.r13Generic, r13GenericDeal{sent: i, sup: sup, rec: rec, cat: m.id, q: q})
}

// r13CountedDonor returns the supplier of the generic deal of the same
// kind, recipient and count in the five sentences before sentence i (or of
// the deal of the same system told there, when its supplier is no mere
// origin), when the sentence names no state but the two (or a maker's state) and that
// supplier differs from sup; else "".
func (d *docScan) r13CountedDonor(i int, sc *sentScan, m mention, f *domain.Fact, sup, rec string) string {
	if m.kind != mSystem || f.System == nil || f.System.Category == "" || f.Quantity <= 0 {
		return ""
	}
	giver := ""
	for j := len(d.r13Generic) - 1; j >= 0 && giver == ""; j-- {
		g := d.r13Generic[j]
		if g.sent < i && g.sent >= i-5 && g.cat == f.System.Category && g.rec == rec && g.q == f.Quantity {
			giver = g.sup
		}
	}
	for j := len(d.facts) - 1; j >= 0 && giver == ""; j-- {
		g := d.facts[j]
		if j >= len(d.meta) || d.meta[j].sent >= i || d.meta[j].sent < i-5 || d.implicitSup[j] {
			continue
		}
		if g.Type != domain.TypeTransfer || g.System == nil || g.System.ID != f.System.ID || g.Quantity != f.Quantity {
			continue
		}
		if g.Recipient == nil || g.Recipient.String() != rec || g.Supplier == nil {
			continue
		}
		giver = g.Supplier.String()
	}
	if giver == "" || giver == sup || giver == rec {
		return ""
	}
	for _, c := range sc.countries() {
		if c.id != rec && c.id != giver && !sc.madeMention(c) {
			return "" // the sentence names another seller (not only where something was made: "el Legacy, de fabricación brasileña")
		}
	}
	return giver
}
