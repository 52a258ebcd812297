package extract

import (
	"math"

	"github.com/armswatch/armswatch/internal/domain"
)

// r15OneItemPrice reports whether an aggregate candidate's amount is the
// price of the one system its own sentence transfers between the pair
// ("Washington also approved the sale of munitions for the helicopters
// worth about $201 million", "Die Regierung bestellt zwei Fregatten für
// 1,2 Milliarden Euro"): a one-item deal's total is that item's value
// (annotating.md), so the amount goes to the transfer (when it has none)
// and no aggregate is written. A sentence that transfers two or more
// systems, a stated combined sum or a list of goods keeps the aggregate.
// It also drops an amount that is another currency's form of a pair
// transfer's price stated in the same sentence ("the $519 million (about
// €480 million) pay for the Aegis system").
func (d *docScan) r15OneItemPrice(c aggCand) bool {
	sc := c.sc
	if d.notice || sc == nil || c.f.Value == nil || c.f.Supplier == nil || c.f.Recipient == nil || c.mostly {
		return false
	}
	if sc.has("combined") || sc.goodsIncluding() >= 0 || sc.arGoodsIncluding() >= 0 {
		return false
	}
	k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
	v := *c.f.Value
	near := func(a, b float64) bool { return math.Abs(a-b) <= 0.02*math.Max(a, b) }
	var at []int
	keys := map[string]bool{}
	// a kind the pair's named system belongs to ("the helicopters" after
	// "ten Apache helicopters") is that system again
	namedCat := map[string]bool{}
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.Supplier != nil && f.Recipient != nil &&
			f.Supplier.String()+"|"+f.Recipient.String() == k {
			namedCat[f.System.Category] = true
		}
	}
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		inSent := d.meta[j].sent == c.i || d.meta[j].sents[c.i]
		same := f.Supplier.String()+"|"+f.Recipient.String() == k
		// the same sentence gives the transfer's price and this amount in
		// another currency: a conversion, one price
		if same && f.Value != nil {
			if f.Value.Currency != v.Currency {
				for _, m := range sc.money {
					if m.currency == f.Value.Currency && near(m.amount, f.Value.Amount) {
						if r15Adjacent(sc, m, v) {
							return true
						}
					}
				}
			}
		}
		if !inSent || same && f.System != nil && f.System.ID == "" && namedCat[f.System.Category] {
			continue
		}
		keys[systemKey(f)] = true
		if same {
			at = append(at, j)
		}
	}
	if len(at) == 0 || len(keys) != 1 {
		return false
	}
	// a system or kind of system the sentence writes that is not the
	// item: two items
	item := d.facts[at[0]].System
	kinds := 0
	for _, m := range sc.mentions {
		if m.kind == mGeneric && item != nil && item.ID == "" && m.id == item.Category {
			kinds++ // "a surface-to-air missile system and a medium-range air defence system"
		}
		if m.kind == mSystem && !keys[m.id] {
			return false
		}
		if m.kind == mGeneric && item != nil && m.id != item.Category && !namedCat[m.id] {
			return false
		}
	}
	if kinds > 1 {
		return false
	}
	for _, j := range at {
		if d.facts[j].Value != nil {
			return false // the system has its own price; the amount is another
		}
	}
	for _, j := range at {
		val := v
		d.facts[j].Value = &val
		d.facts[j].ValueUSD = c.f.ValueUSD
	}
	return true
}

// r15Adjacent: the money span m and the amount v are written next to each
// other (at most a few characters apart, as in "$519 million (€480
// million)"): one amount and its conversion.
func r15Adjacent(sc *sentScan, m moneySpan, v domain.Money) bool {
	for _, o := range sc.money {
		if o.currency != v.Currency || o.amount != v.Amount {
			continue
		}
		gap := o.start - m.end
		if o.start < m.start {
			gap = m.start - o.end
		}
		if gap >= 0 && gap <= 12 {
			return true
		}
	}
	return false
}
