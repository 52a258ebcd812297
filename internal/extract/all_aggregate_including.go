package extract

// A worth of goods named by a general word for arms, then an example after
// "including": the pair's aggregate, not the example's price
// (goodsIncluding reads it, goodsIncludingAgg makes the aggregate).

// goodsIncluding finds the amount of a sentence that values goods named by
// a word for arms in general and then gives an example after "including":
// "Für Indien wurden Rüstungsgüter im Wert von rund 2,2 Millionen Euro
// freigegeben, unter anderem Getriebe für den Kampfpanzer Leopard 2",
// "military equipment worth $2.2 million, including gearboxes for the
// Leopard 2", "des équipements militaires d'une valeur de …, notamment",
// "material militar por valor de …, entre ellos". The amount covers more
// than the system named after it, so it is the pair's aggregate
// (annotating.md), not that system's price. An amount after "including"
// is the system's own ("… worth €11 billion, including two frigates for
// €1.1 billion": totalIncluding). It returns the index of the amount in
// sc.money, or -1.
func (sc *sentScan) goodsIncluding() int {
	if len(sc.money) == 0 {
		return -1
	}
	inc := sc.cuePositions("including")
	if len(inc) == 0 || len(sc.cuePositions("aggregate")) == 0 {
		return -1
	}
	for j, mo := range sc.money {
		t0, e := tokIndexAt(sc.toks, mo.start), tokIndexAt(sc.toks, mo.end)
		if !sc.cueIn("aggregate", t0-8, t0) {
			continue
		}
		for _, q := range inc {
			if q < e || q-e > 8 {
				continue
			}
			for _, m := range sc.money[j+1:] {
				if tokIndexAt(sc.toks, m.start) > q {
					return -1
				}
			}
			for _, m := range sc.mentions {
				if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > q {
					return j
				}
			}
		}
	}
	return -1
}

// goodsIncludingAgg makes the aggregate of a sentence goodsIncluding
// reads. The pair is the one the sentence's transfers go between (the
// example system's, whose seller the export report gives), else the
// sentence's own. It reports whether it made one.
func (d *docScan) goodsIncludingAgg(i int, sc *sentScan) bool {
	at := sc.goodsIncluding()
	if at < 0 {
		return false
	}
	sup, rec := "", ""
	for _, f := range d.sentenceTransfers(sc) {
		if f.Supplier == nil || f.Recipient == nil {
			continue
		}
		s, r := f.Supplier.String(), f.Recipient.String()
		if sup != "" && (s != sup || r != rec) {
			return false // transfers between several pairs: whose total is unclear
		}
		sup, rec = s, r
	}
	if sup == "" {
		sup, rec = d.pair(sc, "")
		sup, rec = d.deExporter(i, sc, sup, rec) // de_exports.go
	}
	if sup == "" || rec == "" || sup == rec {
		return false
	}
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, sc.money[at]), i: i, sc: sc, total: true})
	return true
}
