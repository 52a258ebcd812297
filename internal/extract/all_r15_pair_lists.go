package extract

// A buyer in a list whose buyer role no word states: "the first orders,
// placed by Chile and Malaysia", "les premiers clients, le Chili et la
// Malaisie", "los primeros pedidos, que hicieron Chile y Malasia", "die
// ersten Bestellungen kamen aus Chile und Malaysia", "الطلبيات الأولى من
// تشيلي وماليزيا". The rules chose the list's first state as the
// recipient; conjoinedWith (roles.go) gives the rest of a list a fact only
// when one of its states carries a buyer's cue. r15pairUncuedList gives
// the others of an uncued list a candidate flagged "uncued-list", and the
// model weighs that doubt (the same list can be "the leaders of Chile and
// Malaysia").

// r15pairUncuedList returns the other states of rec's list when
// conjoinedWith gave none because the list has no buyer's cue: not the
// supplier (a list holding it, or a place of the list, makes it no list
// of buyers), no demonym, agency or topic, none with a supplier's cue.
func (d *docScan) r15pairUncuedList(sc *sentScan, rec, sup string) []string {
	cs := sc.countries()
	if len(cs) < 2 || len(cs) > 8 {
		return nil
	}
	at := -1
	for k, c := range cs {
		if c.id == rec && c.sub != "demonym" {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	lo, hi := at, at
	for lo > 0 && d.r15pairListLink(sc, cs, lo) {
		lo--
	}
	for hi+1 < len(cs) && d.r15pairListLink(sc, cs, hi+1) {
		hi++
	}
	if lo == hi {
		return nil
	}
	var out []string
	for k := lo; k <= hi; k++ {
		c := cs[k]
		if sc.placeOnly(c) {
			return nil // "deployed in Poland, Norway and Estonia": places, not buyers
		}
		if c.id == sup {
			return nil // "in Syria, Libya and Ukraine": the seller in the list, no list of buyers
		}
		if c.id == rec || c.sub == "demonym" || c.sub == "agency" || contains(out, c.id) || sc.topic(c) {
			continue
		}
		if s, r := d.roleCues(sc, c); s && !r {
			return nil // "bought from France and sold to Chile": not one list of buyers
		}
		out = append(out, c.id)
	}
	return out
}

// r15pairListLink reports whether cs[k] continues the list cs[k-1] is in,
// as conjoinedWith groups them.
func (d *docScan) r15pairListLink(sc *sentScan, cs []mention, k int) bool {
	return sc.listJoined(cs[k-1], cs[k]) && !sc.deClauseSubject(cs[k]) && !sc.closingComma(cs, k)
}

// r15pairRecipients is rec and the states of its list: conjoinedWith's
// when the list is cued, else r15pairUncuedList's after the first n.
func (d *docScan) r15pairRecipients(sc *sentScan, rec, sup string) (recs []string, n int) {
	recs = append([]string{rec}, d.conjoinedWith(sc, rec, sup)...)
	n = len(recs)
	if n == 1 && d.relaxed { // a doubt: only where the model decides
		recs = append(recs, d.r15pairUncuedList(sc, rec, sup)...)
	}
	return recs, n
}

// r15pairFlags are the pending flags of recipient k of r15pairRecipients.
func r15pairFlags(flags []string, k, n int) []string {
	if k < n {
		return flags
	}
	return append(flags[:len(flags):len(flags)], "uncued-list")
}
