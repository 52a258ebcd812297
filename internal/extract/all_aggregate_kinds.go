package extract

import "github.com/armswatch/armswatch/internal/domain"

// otherKinds reports whether the pair's transfers name, beside one named
// system, equipment of another kind: "24 Rafale jets and a frigate", "K9
// howitzers and ammunition carriers" ("cat:ships" beside "rafale"). An
// amount for the pair then covers several systems and stays their
// aggregate (annotating.md), not the named system's price; a generic
// statement of the named system's own kind ("five warships" beside
// "Avante 2200") is still one system (oneSystem). The other kind must be
// counted ("a frigate", "36 carriers"): an uncounted kind is often only the
// named system's armament or its carrier ("un avion de transport a livré
// … BrahMos").
func (d *docScan) otherKinds(pair string) bool {
	named := map[string]bool{}
	var generic []string
	for _, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil || f.System == nil ||
			f.Supplier.String()+"|"+f.Recipient.String() != pair {
			continue
		}
		if f.System.ID != "" {
			named[f.System.Category] = true
		} else if f.System.Category != "" && f.Quantity > 0 {
			generic = append(generic, f.System.Category)
		}
	}
	if len(named) == 0 {
		return false
	}
	for _, c := range generic {
		if !named[c] {
			return true
		}
	}
	return false
}
