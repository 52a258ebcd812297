package extract

import "github.com/armswatch/armswatch/internal/domain"

// A generic mention restating a named system ("Thailand orders Gripen E/F
// ... Worth 5.3 billion SEK, the agreement covers the supply of four
// aircraft", "Argentina compra los F-16 daneses ... los 24 aviones costarán
// 300 millones") is dropped for the named one (finish), but what it alone
// states is the named system's: its amount and its count go to the one
// named system of that pair and category that lacks them.

// lendToNamed gives the dropped generic out[g]'s amount and count to the
// named transfer it restates, when the document names one system of its
// category for its buyer, from its seller; between several candidates of that system,
// to the one of the generic's sentence, else of its stage, else the first.
func lendToNamed(out []candidate, g int) {
	f := out[g].f
	if f.Value == nil && f.Quantity == 0 {
		return
	}
	target, sysID := -1, ""
	for k := range out {
		h := out[k].f
		if h.Type != domain.TypeTransfer || h.System == nil || h.System.ID == "" || h.System.Category != f.System.Category ||
			h.Recipient.String() != f.Recipient.String() {
			continue
		}
		if sysID != "" && h.System.ID != sysID || h.Supplier.String() != f.Supplier.String() {
			return // two named systems of the kind for this buyer: which one the word restates, the text does not say
		}
		sysID = h.System.ID
		switch {
		case target < 0:
			target = k
		case out[k].m.sent == out[g].m.sent && out[target].m.sent != out[g].m.sent:
			target = k
		case out[target].m.sent != out[g].m.sent && h.Stage == f.Stage && out[target].f.Stage != f.Stage:
			target = k
		}
	}
	if target < 0 {
		return
	}
	t := &out[target].f
	if t.Value == nil && f.Value != nil {
		t.Value, t.ValueUSD = f.Value, f.ValueUSD
	}
	if t.Quantity == 0 && f.Quantity > 0 {
		t.Quantity = f.Quantity
	}
}
