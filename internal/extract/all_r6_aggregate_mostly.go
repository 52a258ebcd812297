package extract

import "github.com/armswatch/armswatch/internal/domain"

// A value of deliveries said to be "mostly" of one kind ("Bei den
// Lieferungen an die Schweiz im Umfang von 170 Millionen Mark habe es
// sich überwiegend um Munition gehandelt", "des livraisons de 170 millions
// d'euros, principalement des munitions", "deliveries worth $170 million,
// mainly ammunition") covers more than that kind: the pair's aggregate,
// not that transfer's value alone.

// mostlyAggregate keeps the sentence's one amount as the pair's aggregate
// when a word for "mostly" qualifies the goods and no system is named by
// its name (only kinds). It reports whether it kept one.
func (d *docScan) mostlyAggregate(i int, sc *sentScan, money []moneySpan) bool {
	if len(money) != 1 || !sc.has("mostly") || len(sc.partyCodes()) > 2 {
		return false
	}
	generic := false
	for _, m := range sc.mentions {
		switch m.kind {
		case mSystem:
			return false
		case mGeneric:
			generic = true
		}
	}
	if !generic || sc.namesCompany() {
		return false
	}
	sup, rec := d.pair(sc, "")
	sup, rec = d.deExporter(i, sc, sup, rec) // de_exports.go
	if sup == rec {
		sup, rec = "", ""
	}
	sup, rec = d.otherSide(sc, sup, rec) // all_r6_aggregate_sum.go
	if sup == "" || rec == "" {
		return false
	}
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, money[0]), i: i, sc: sc, total: true, mostly: true})
	// the amount is not the kind's own price
	for _, k := range d.bySent[sc.s.start] {
		f := &d.facts[k]
		if f.Type == domain.TypeTransfer && f.Value != nil && f.Value.Amount == money[0].amount && f.Value.Currency == money[0].currency {
			f.Value, f.ValueUSD = nil, 0
		}
	}
	return true
}
