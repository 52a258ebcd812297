package extract

// A total whose parts the next sentences give, each with its own amount
// ("una compra por un total de 665 millones de dólares. … De ese total, 455
// millones corresponden a misiles …; la compra incluye además 145 millones
// … y 65 millones …", "Leistungen im Wert von mehr als einer Milliarde
// Dollar genehmigt. … Raketen für 670 Millionen Dollar, … 106 Millionen
// Dollar sowie … 300 Millionen Dollar", "pour un montant global de 1,15
// milliard d'euros … 495,6 millions d'euros iront aux Griffon et 656,4
// millions aux Serval"): the amounts add up to it, so it is a sum over
// several items, the pair's aggregate, even when the sentence only says
// the deal may close ("podría cerrar") or speaks of help ("Rüstungshilfen").

// partsWindow is how many sentences after the total may hold its parts.
const partsWindow = 3

// totalOfNextParts keeps the sentence's largest amount as the pair's
// aggregate when at least two smaller amounts in its currency, in the
// next partsWindow sentences (stopping at an amount as large as it, or
// at a sentence naming another state), or one such amount follows a word
// for a part of it ("De ese total", "Davon", "Of that amount"), add up to it (within -10% / +15%: "more than
// $1 billion" for $1.076 billion of parts). It reports whether it kept one.
func (d *docScan) totalOfNextParts(i int, sc *sentScan) bool {
	money := sc.dealMoney()
	if len(money) == 0 {
		return false
	}
	total := money[0]
	for _, m := range money[1:] {
		if m.amount > total.amount && m.currency == total.currency {
			total = m
		}
	}
	if total.amount <= 0 || total.currency == "" {
		return false
	}
	// a ranking or an export report's figure is no package; the total
	// names at least one of its states
	named := sc.partyCodes()
	if len(named) == 0 || len(named) > 2 || sc.exportWord() {
		return false
	}
	// one amount in that currency: a sentence of several is a list or
	// holds its own parts (totalIncluding, deDavon)
	for _, m := range money {
		if m != total && m.currency == total.currency {
			return false
		}
	}
	sum, n, opened := 0.0, 0, false
scan:
	for k := i + 1; k < len(d.sents) && k <= i+partsWindow; k++ {
		// parts that go to another state are another list ("nach
		// Dänemark … , nach Saudi-Arabien …")
		for _, c := range d.sents[k].partyCodes() {
			if !contains(named, c) {
				break scan
			}
		}
		nk := d.sents[k]
		for _, m := range nk.dealMoney() {
			// "De ese total, 455 millones corresponden …": a part with
			// no currency of its own is in the total's
			if m.currency != total.currency && m.currency != "" {
				continue
			}
			if m.amount >= total.amount {
				break scan
			}
			// "De ese total, 455 millones …", "Davon entfallen 3,5
			// Milliarden …", "Of that amount, $400 million …": the
			// sentence opens on a word for a part of the total
			if nk.opensOnPartOfTotal(tokIndexAt(nk.toks, m.start)) {
				opened = true
			}
			sum += m.amount
			n++
		}
	}
	if !opened && (n < 2 || sum < 0.9*total.amount || sum > 1.15*total.amount) {
		return false
	}
	if sc.namesCompany() && len(sc.partyCodes()) == 0 {
		return false // a company's order book
	}
	sup, rec := d.pair(sc, "")
	sup, rec = sc.frDemonymRoles(sup, rec) // fr_demonym_roles.go
	if sup == rec {
		sup, rec = "", ""
	}
	sup, rec = d.otherSide(sc, sup, rec)
	if sup == "" || rec == "" {
		// "La Défense commandera … auprès d'industriels français": the
		// document's pair, when it holds the states the sentence names
		d.aggs = append(d.aggs, aggCand{f: aggregateFact("", "", total), i: i, sc: sc, total: true, named: sc.partyCodes()})
		return true
	}
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, total), i: i, sc: sc, total: true})
	return true
}

// docPairIncluding keeps the total before "including" as the document's
// pair's aggregate when the sentence does not name both states ("the
// administration has green-lighted $2.3 billion in arms sales to the
// kingdom, including $1 billion in missiles", "Washington a autorisé pour
// 2 milliards d'armes au royaume, dont 800 millions de missiles"): the
// sentence must speak of arms sales (an aggregate word) and of no
// company, and name at most the pair's states. sup and rec are what the
// sentence gave.
func (d *docScan) docPairIncluding(i int, sc *sentScan, p int, money []moneySpan, sup, rec string) bool {
	if _, ok := sc.lw.set("aggregate").any(sc.toks, 0, p); !ok || sc.namesCompany() || len(sc.partyCodes()) > 1 {
		return false
	}
	sup, rec = d.otherSide(sc, sup, rec)
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, money[0]), i: i, sc: sc, total: true, named: sc.partyCodes()})
	d.partValues(sc, p, money[1:]) // all_aggregate_parts.go
	return true
}

// otherSide fills the side of the pair the sentence left out with the
// state the document names most besides the one it gave ("La Défense
// commandera … auprès d'industriels français" in a story on Belgium);
// a sentence that speaks of a state by an anaphor ("the kingdom", "le
// royaume", "das Königreich") takes the headline's pair; else both stay ""
// for the document's pair (pickAggregates).
func (d *docScan) otherSide(sc *sentScan, sup, rec string) (string, string) {
	switch {
	case sup != "" && rec == "":
		if r := d.mostNamedOutside(map[string]bool{sup: true}, ""); r != "" {
			return sup, r
		}
	case rec != "" && sup == "":
		if s, _ := d.focus(); s != "" && s != rec {
			return s, rec
		}
		if s := d.mostNamedOutside(map[string]bool{rec: true}, ""); s != "" {
			return s, rec
		}
	}
	if sup != "" && rec != "" {
		return sup, rec
	}
	// "arms sales to the kingdom": the headline's pair
	if s, r := d.anaphorPair(sc, "", ""); s != "" && r != "" {
		return s, r
	}
	return "", ""
}

// opensOnPartOfTotal reports whether the sentence opens on a word for a
// part of the total just stated ("De ese total", "Davon", "Of that
// amount") before token t0: a scaled figure after it is an amount in the
// total's currency even when a verb follows ("455 millones corresponden
// a", "3,5 Milliarden entfallen auf").
func (sc *sentScan) opensOnPartOfTotal(t0 int) bool {
	p, ok := sc.lw.set("part-of-total").any(sc.toks, 0, min(3, len(sc.toks)))
	return ok && p < t0 && t0-p <= 6
}

// anaphorPair fills the sides of the pair a sentence leaves out when it
// names a state by an anaphor ("arms deals worth $3 billion for the
// kingdom", "des ventes d'armes au royaume", "für das Königreich",
// "للمملكة"): the headline's pair, when it agrees with the side the
// sentence gave.
func (d *docScan) anaphorPair(sc *sentScan, sup, rec string) (string, string) {
	if sup != "" && rec != "" || len(d.sents) == 0 || d.sents[0] == sc {
		return sup, rec
	}
	if _, ok := sc.lw.set("anaphor").any(sc.toks, 0, len(sc.toks)); !ok {
		return sup, rec
	}
	hs, hr := d.headlinePair()
	if hs == "" || hr == "" || hs == hr || sup != "" && sup != hs || rec != "" && rec != hr {
		return sup, rec
	}
	for _, c := range sc.partyCodes() {
		if c != hs && c != hr {
			return sup, rec
		}
	}
	return hs, hr
}

// headlinePair is the pair the headline states, read once per document
// when first asked (the pair reads the document's focus as it stands then).
func (d *docScan) headlinePair() (string, string) {
	if d.headPair == nil {
		s, r := d.pair(d.sents[0], "")
		d.headPair = &[2]string{s, r}
	}
	return d.headPair[0], d.headPair[1]
}
