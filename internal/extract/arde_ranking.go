package extract

// rankingRows reads a German ranking of an exporter's licences told one
// state a sentence, or listed without a word for exports: "Ganz vorn steht
// Algerien mit 1,36 Milliarden Euro." "Für Saudi-Arabien halbierten sich
// die Genehmigungen auf 254 Millionen Euro." "Es folgen Großbritannien
// (238,2 Millionen Euro), Singapur (171,6 Millionen Euro)". Each state's
// amount is an aggregate from the exporter when this sentence or one of
// the two before it speaks of a ranking (a "ranking" cue: Abnehmer,
// Empfängerländer, Einzelgenehmigungen). perCountry reads the rows that
// name two states or more next to an arms-exports word.
func (d *docScan) rankingRows(i int, sc *sentScan, money []moneySpan) bool {
	if d.lw.code != "de" || i >= len(d.sents) {
		return false
	}
	ctx := false
	for j := i; j >= 0 && j >= i-2; j-- {
		if d.sents[j].has("ranking") {
			ctx = true
			break
		}
	}
	// a row right after another row goes on with the ranking
	for _, a := range d.aggs {
		if a.i == i-1 && a.total && a.f.Supplier != nil {
			ctx = true
		}
	}
	if !ctx {
		return false
	}
	sup := d.exporter()
	if sup == "" {
		sup, _ = d.focus()
	}
	if sup == "" {
		sup = d.soleExporter()
	}
	if sup == "" {
		sup = d.deReportExporter(i) // de_report.go: the total "im Wert von 6,2 Milliarden Euro genehmigt" opens the report
	}
	if sup == "" {
		return false
	}
	hits := sc.stateAmounts(money, 12, sup, true)
	if len(hits) == 0 {
		hits = sc.deAmountThenState(money, sup)
	}
	hits = sc.buyerRows(hits) // all_aggregate_world.go: "Mit Bewilligung des Seco gingen Güter für …"
	if len(hits) == 0 {
		return false
	}
	for _, h := range hits {
		d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, h.code, h.mo), i: i, sc: sc, total: true})
	}
	return true
}

// soleExporter is the one state named in the document's sentences about
// arms exports that carry no amount: "hat die Bundesregierung deutlich
// mehr Rüstungsexporte genehmigt".
func (d *docScan) soleExporter() string {
	got := ""
	for _, sc := range d.sents {
		if len(sc.money) > 0 || !sc.has("aggregate") {
			continue
		}
		pc := sc.partyCodes()
		if len(pc) != 1 || got != "" && got != pc[0] {
			continue
		}
		got = pc[0]
	}
	return got
}

// deAmountThenState reads a German ranking row whose subject comes last:
// "Auf dem sechsten Rang liegen mit 206,1 Millionen Euro die Vereinigten
// Arabischen Emirate". An amount after "mit" goes to the state named right
// after it (an article between), not the exporter.
func (sc *sentScan) deAmountThenState(money []moneySpan, skip string) []stateAmount {
	if sc.lw.code != "de" {
		return nil
	}
	var hits []stateAmount
	for _, m := range money {
		t := tokIndexAt(sc.toks, m.start)
		if t < 1 || sc.toks[t-1].norm != "mit" {
			continue
		}
		end := tokIndexAt(sc.toks, m.end)
		for _, c := range sc.countries() {
			if c.tok0 < end || c.tok0-end > 2 || c.sub == "demonym" || c.sub == "agency" || c.id == skip {
				continue
			}
			if hardBreakBetween(sc.toks, end, c.tok0) {
				continue
			}
			hits = append(hits, stateAmount{c.id, m})
			break
		}
	}
	return hits
}
