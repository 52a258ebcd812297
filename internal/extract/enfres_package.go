package extract

import "github.com/armswatch/armswatch/internal/domain"

// packageBefore returns, for a sentence listing what "the package covers",
// a transfer standing for the package that one of the two sentences before
// states as a total between two states at a stage ("has signed off on arms
// sales to Taiwan worth $1.8 billion. The package covers 11 truck-mounted
// rocket launchers, 135 missiles and 6 sensor pods"), or nil. Its pair
// and stage are what the listed systems inherit.
func (d *docScan) packageBefore(i int) *domain.Fact {
	for k := len(d.aggs) - 1; k >= 0; k-- {
		c := d.aggs[k]
		if c.i >= i || c.i < i-2 {
			continue
		}
		f := c.f
		if f.Supplier == nil || f.Recipient == nil {
			continue
		}
		st, pos := c.sc.stageOf(0, 0)
		if st == "" || st == domain.StageOther {
			continue
		}
		y := c.sc.yearNear(pos)
		if y == 0 {
			y = d.docYear()
		}
		return &domain.Fact{Type: domain.TypeTransfer, Supplier: f.Supplier, Recipient: f.Recipient, Stage: st, Year: y}
	}
	return nil
}
