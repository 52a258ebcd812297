package extract

import "github.com/armswatch/armswatch/internal/domain"

// lendGenericStage: "DSME delivered a frigate to the Royal Thai Navy ...
// The hull draws on the KDX-I destroyer design": the generic mention
// carries the event (stage, count, year) and is dropped in favour of the
// named system of the same pair and category (finish); when that named
// system states no stage of its own, it takes the generic's event instead
// of losing it. English only.
func (d *docScan) lendGenericStage(out []candidate) {
	if d.doc.Language != "en" {
		return
	}
	for i := range out {
		g := out[i].f
		if g.Type != domain.TypeTransfer || g.System == nil || g.System.ID != "" || g.Stage == "" {
			continue
		}
		target := -1
		for k := range out {
			n := out[k].f
			if n.Type != domain.TypeTransfer || n.System == nil || n.System.ID == "" || n.System.Category != g.System.Category ||
				n.Supplier.String() != g.Supplier.String() || n.Recipient.String() != g.Recipient.String() {
				continue
			}
			if n.Stage != "" {
				target = -1 // the named system has an event of its own
				break
			}
			if target < 0 {
				target = k
			}
		}
		if target < 0 {
			continue
		}
		n := &out[target]
		n.f.Stage, n.f.Year, n.f.Date = g.Stage, g.Year, g.Date
		if n.f.Quantity == 0 {
			n.f.Quantity = g.Quantity
		}
		if n.f.Value == nil && g.Value != nil {
			n.f.Value, n.f.ValueUSD = g.Value, g.ValueUSD
		}
		var fl []string
		for _, x := range n.m.flags {
			if x != "bare" {
				fl = append(fl, x)
			}
		}
		n.m.flags = fl
	}
}
