package extract

import (
	"strconv"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// nameGenerics gives a transfer of a generic system ("six hélicoptères
// de combat", "douze de ces avions") the named system of the same
// category that a sentence next to it names: "Les six premiers appareils sont arrivés à Kano. Il s'agit
// d'avions A-29 Super Tucano", "Le Maroc a réceptionné six hélicoptères
// de combat. La cérémonie de réception des Apache AH-64E …". The named
// system must be the only one of that category the document names, come
// from the transfer's supplier (or from a state the document never names:
// A-29s built in the United States for Nigeria), and belong to no
// transfer to another buyer.
func (d *docScan) nameGenerics() {
	if d.notice {
		return
	}
	// a named system with a transfer of the same count to the same buyer
	// is told by it: the generic mention beside it stays generic, and
	// finish drops it ("two Su-30 fighter jets … the two aircraft"); one
	// with another count is another event ("six Apache received, of the
	// 24 aircraft ordered"). Guarding on the stage too kept fewer right
	// facts in cross-validation.
	told := map[string]bool{}
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.Recipient != nil && f.Quantity > 0 {
			told[f.System.ID+"|"+f.Recipient.String()+"|"+strconv.Itoa(f.Quantity)] = true
		}
	}
	for k := range d.facts {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		i := d.meta[k].sent
		s, pos, ok := d.onlyNamedNear(f.System.Category, i)
		if !ok || s.Origin != "" && s.Origin != f.Supplier.String() && d.names(s.Origin) {
			continue
		}
		if f.Quantity > 0 && told[s.ID+"|"+f.Recipient.String()+"|"+strconv.Itoa(f.Quantity)] || d.namedElsewhere(s.ID, f.Recipient.String()) {
			continue
		}
		f.System = systemFact(s, d.textAt(pos.start, pos.end))
		d.meta[k].flags = append(d.meta[k].flags, "named-near")
	}
}

// onlyNamedNear returns the named system of category cat that one of the
// three sentences before or after sentence i names, and the mention,
// when no other sentence within that reach names another system of that
// category: "six hélicoptères de combat, premier lot d'une commande de 24
// appareils … il s'agit d'OH-58D Kiowa", with Maule aircraft donated in
// a later paragraph.
func (d *docScan) onlyNamedNear(cat string, i int) (sys lexicon.System, at mention, ok bool) {
	id := ""
	near := false
	for j, sc := range d.sents {
		if j < i-3 || j > i+3 {
			continue
		}
		for _, m := range sc.mentions {
			if m.kind != mSystem {
				continue
			}
			s, found := d.x.systemOf(m)
			if !found || s.Category != cat {
				continue
			}
			if id != "" && s.ID != id {
				return sys, at, false
			}
			id = s.ID
			if j != i && j >= i-3 && j <= i+3 && !near {
				near, at = true, m
				sys = s
			}
		}
	}
	return sys, at, near
}

// namedElsewhere reports whether a transfer of system id goes to a buyer
// other than rec.
func (d *docScan) namedElsewhere(id, rec string) bool {
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == id && f.Recipient != nil && f.Recipient.String() != rec {
			return true
		}
	}
	return false
}
