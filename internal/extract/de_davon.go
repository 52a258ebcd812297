package extract

// deDavon reads a German export total followed by the share of one buyer
// after "davon": "Deutschland hat 2023 Rüstungsexporte im Wert von 12,2
// Milliarden Euro genehmigt, davon 4,4 Milliarden Euro für die Ukraine".
// The total is the exporter's with the world, no pair's; the amount
// after "davon" is the pair's, with the state named within five words
// after it. The exporter is the state named before "davon", else the
// document's. It reports whether it read the sentence.
func (d *docScan) deDavon(i int, sc *sentScan, money []moneySpan) bool {
	if sc.lw.code != "de" || len(money) < 2 {
		return false
	}
	p := -1
	for k, t := range sc.toks {
		if t.norm == "davon" {
			p = k
			break
		}
	}
	if p < 0 {
		return false
	}
	var share *moneySpan
	at := -1
	for k := range money {
		if t := tokIndexAt(sc.toks, money[k].start); t > p && t-p <= 3 {
			share, at = &money[k], t
			break
		}
	}
	if share == nil {
		return false
	}
	sup, rec := "", ""
	for _, c := range sc.countries() {
		if c.sub == "agency" {
			continue
		}
		if c.tok1 <= p && sup == "" {
			sup = c.id
		}
		if c.tok0 > at && c.tok0-at <= 6 && rec == "" && c.sub != "demonym" {
			rec = c.id
		}
	}
	if sup == "" {
		sup, _ = d.focus()
		sup = d.deRankingExporter(i, sup) // de_exports.go
	}
	if sup == "" || rec == "" || sup == rec {
		return false
	}
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, *share), i: i, sc: sc, total: true})
	return true
}
