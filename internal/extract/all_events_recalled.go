package extract

import "github.com/armswatch/armswatch/internal/domain"

// This file reads an earlier order of the system a text is about, recalled
// in a sentence that names no system: "Germany and Israel signed a
// contract to extend Arrow 3 … Berlin had bought the system in 2023",
// "Am Mittwochmorgen legte ein Frachter mit den ersten 22 Bradley an …
// Zagreb hatte Anfang 2022 mit Washington den Kauf vereinbart", "Litauen
// hat die letzte Panzerhaubitze 2000 erhalten … Vilnius und Berlin hatten
// im September 2015 den Kauf vereinbart". batchOrderNext (all_batches.go)
// reads the order of a delivered batch beside a word for the deal; here
// the transfer before may be at any stage, and the sentence must say it
// recalls an earlier event (a word of the lexicon kind earlier-event:
// "had", "also", "hatte", "bereits", "avait", "ya", "كان قد" …), name the buyer, and date the order
// with a year of its own that no order of the deal has.

// recalledOrders adds, for each such sentence, an ordered transfer of the
// deal of the sentences before, dated by the year beside the order word,
// with the sentence's one count when it has one.
func (d *docScan) recalledOrders() {
	n := len(d.facts)
	var orders map[string][]int // the years of the ordered transfers by key, made when first asked
	for i := 1; i < len(d.sents); i++ {
		sc := d.sents[i]
		ordered := sc.cuePositions("stage-ordered")
		if len(ordered) == 0 || !sc.has("earlier-event") {
			continue
		}
		k := d.dealBeforeSentence(i, n)
		if k < 0 {
			continue
		}
		f := d.facts[k]
		if f.System == nil || f.System.ID == "" || sc.negated() || sc.cueOf("hypothetical") || sc.has("future") || sc.aggregateMoney() >= 0 {
			continue
		}
		year := 0
		for _, y := range sc.years {
			if !y.relative && !sc.datelineYearApart(y) {
				year = sc.yearNear(ordered[0])
				break
			}
		}
		if year == 0 {
			continue
		}
		if orders == nil {
			orders = d.orderYears()
		}
		if orderedIn(orders, f, year) || d.keyInSentence(f, i) {
			continue
		}
		named, kinds := false, map[string]bool{}
		for _, m := range sc.mentions {
			switch m.kind {
			case mSystem:
				named = true
			case mGeneric:
				kinds[m.id] = true
			case mNamed:
				// "ويستفيد الأردن كذلك من برنامج التمويل العسكري ... بموجب
				// مذكرة وُقّعت عام 2018": an aid program's memorandum
				named = named || m.sub == "program" && isAidProgram(m.id)
			}
		}
		others := false
		for _, c := range sc.countries() {
			if c.id != f.Supplier.String() && c.id != f.Recipient.String() {
				others = true
			}
		}
		// the buyer of the recalled order is named ("Zagreb hatte …"): "the
		// army had bought 1,228 in 1986" is its own purchase, not the deal
		// told before
		if named || others || !sc.names(f.Recipient.String()) || len(kinds) > 1 || len(kinds) == 1 && !kinds[f.System.Category] {
			continue
		}
		q := 0
		var counts []numSpan
		for _, x := range sc.nums {
			if l, _ := sc.lw.set("quantity-stop").at(sc.toks, x.tok1); l == 0 && x.value >= 2 && x.value < 10000 {
				counts = append(counts, x)
			}
		}
		if len(counts) == 1 {
			q = int(counts[0].value)
		}
		g := f
		g.Stage, g.Quantity, g.Year, g.Value, g.ValueUSD = domain.StageOrdered, q, year, nil, 0
		d.pending = append([]string(nil), d.meta[k].flags...)
		d.add(i, sc, g, "transfer.description", 0.6)
		orders[factKey(g)] = append(orders[factKey(g)], g.Year)
	}
}

// dealBeforeSentence returns the transfer of the nearest of the five
// sentences before sentence i that state one (sentences on the system's
// make, its cost or the ceremony may stand between) (only facts below n), when
// all that sentence's transfers are of one deal; -1 otherwise.
func (d *docScan) dealBeforeSentence(i, n int) int {
	for back := 1; back <= 5 && i-back >= 0; back++ {
		k := -1
		for _, j := range d.bySent[d.sents[i-back].s.start] {
			if j >= n || d.facts[j].Type != domain.TypeTransfer {
				continue
			}
			if k >= 0 && factKey(d.facts[k]) != factKey(d.facts[j]) {
				return -1
			}
			if k < 0 {
				k = j
			}
		}
		if k >= 0 {
			return k
		}
	}
	return -1
}

// orderYears are the years of the document's ordered transfers by key (0
// for an order with no year).
func (d *docScan) orderYears() map[string][]int {
	out := map[string][]int{}
	for _, g := range d.facts {
		if g.Stage == domain.StageOrdered {
			out[factKey(g)] = append(out[factKey(g)], g.Year)
		}
	}
	return out
}

// orderedIn reports whether the document already tells f's deal ordered
// in year, or ordered with no year.
func orderedIn(orders map[string][]int, f domain.Fact, year int) bool {
	for _, y := range orders[factKey(f)] {
		if y == year || y == 0 {
			return true
		}
	}
	return false
}
