package extract

// English reported pledge: "He said South Korea would donate a corvette
// to the navy", "the minister announced that Germany would send 18
// howitzers". The "would" of reported speech is the future of the
// announcement, not a condition: a state that announced it will give has
// pledged, and the transfer is approved (docs/annotating.md), as with
// "will send". A "would" with no reporting verb before it ("Japan would
// supply radars under the deal") or with another hypothetical word in the
// clause ("if", "could") stays a hypothetical.

// enReportedWould reports whether the "would" at p stands right after a
// state (its subject), a verb of giving follows it (one adverb may
// stand between: "would also send") and a reporting verb comes before
// the state (at most four words before it).
func (sc *sentScan) enReportedWould(p int) bool {
	if sc.lw.code != "en" || p <= 0 || p+1 >= len(sc.toks) || sc.toks[p].norm != "would" {
		return false
	}
	v := p + 1
	if !sc.lw.isTok("give-verb", &sc.toks[v]) && v+1 < len(sc.toks) && !gapBreaks(sc.toks[v+1].gap) {
		v++ // "would also send", "would soon deliver"
	}
	if !sc.lw.isTok("give-verb", &sc.toks[v]) || sc.boundaryBetween(p+1, v) {
		return false
	}
	for _, c := range sc.countries() {
		if c.tok1 != p || c.sub == "demonym" {
			continue
		}
		for k := c.tok0 - 1; k >= 0 && k >= c.tok0-4; k-- {
			if sc.lw.isTok("report-word", &sc.toks[k]) {
				return true
			}
		}
	}
	return false
}

// enReportedPledge returns the position of the verb of giving of a
// reported pledge in the clause [from, to), or -1.
func (sc *sentScan) enReportedPledge(from, to int) int {
	if sc.lw.code != "en" {
		return -1
	}
	pledge := -1
	for _, p := range sc.cuePositions("hypothetical") {
		if p < from || p >= to {
			continue
		}
		if !sc.enReportedWould(p) {
			return -1 // "if", "could": a condition or a possibility
		}
		pledge = p + 1
	}
	return pledge
}
