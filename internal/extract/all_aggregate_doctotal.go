package extract

// docPairTotal keeps a stated total whose sentence names no state ("The
// estimated cost is US$1.685bn", "Le coût estimé s'élève à 1,6 milliard
// d'euros", "Die geschätzten Kosten belaufen sich auf …") after sentences
// that list a package's systems: the document's pair's aggregate, kept
// only when that pair has several systems (pickAggregates). It reports
// whether it kept one.
func (d *docScan) docPairTotal(i int, sc *sentScan, money []moneySpan, isTotal bool) bool {
	if d.notice || !isTotal || len(money) == 0 || len(sc.partyCodes()) > 0 {
		return false
	}
	// "Insgesamt wurden Güter für 664,7 Millionen Franken ausgeführt": an
	// export report's total with the world (all_aggregate_world.go)
	if sc.exportWord() {
		return false
	}
	// "Den Auftragswert bezifferte der Konzern auf insgesamt 2 Milliarden
	// Euro": a company's orders, no buyer's deal (as in ruleAggregate)
	if sc.namesCompany() {
		return false
	}
	if sc.namesWeapon() {
		return false
	}
	// the total names the amount that follows it ("the estimated cost is
	// …", "das Gesamtvolumen liegt bei …"), not an adverb elsewhere in the
	// sentence ("zusammen mit", "in all")
	for _, mo := range money {
		if t := tokIndexAt(sc.toks, mo.start); sc.cueIn("total", t-5, t) {
			d.aggs = append(d.aggs, aggCand{f: aggregateFact("", "", mo), i: i, sc: sc, total: true, multi: true})
			return true
		}
	}
	return false
}
