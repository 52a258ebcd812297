package extract

import "github.com/armswatch/armswatch/internal/domain"

// Counts that follow a transfer of a named system in the same sentence and
// take the system up without naming it again (French, Spanish, English):
//
//   - a further order of the same buyer in a clause with no verb: "le Qatar
//     en a commandé 24, puis 12 de plus en décembre 2017", "Brasil encargó
//     36 Gripen en 2014 y luego otros 4 más en 2022", "then 12 more in
//     2017";
//   - another buyer with its own count after a contrast word: "Argentina
//     compró 24 F-16 a Dinamarca, mientras Chile compró 12 a los Países
//     Bajos", "tandis que la Grèce en a acheté 18", "while Chile bought 12".

// fresMoreCounts adds the further orders and the other buyers'
// orders that sentences with a transfer of a named system go on to count.
func (d *docScan) fresMoreCounts() {
	if d.notice || d.lw.code != "fr" && d.lw.code != "es" && d.lw.code != "en" {
		return
	}
	n := len(d.facts)
	for j := 0; j < n; j++ {
		f := d.facts[j]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.Supplier == nil || f.Recipient == nil || f.Quantity == 0 {
			continue
		}
		i := d.meta[j].sent
		sc := d.sents[i]
		if f.Evidence.Start != sc.s.start || sc.doubtful() || sc.negated() || sc.has("denial") {
			continue
		}
		at := -1 // the fact's own count
		for _, x := range sc.nums {
			if int(x.value) == f.Quantity {
				at = x.tok1
				break
			}
		}
		if at < 0 {
			continue
		}
		for _, x := range sc.nums {
			if x.tok0 < at || x.value < 2 || x.value > 10000 || sc.sysMentionAfter(x.tok1) || d.sentHasCount(sc, f.System.ID, int(x.value)) {
				continue
			}
			if g, ok := d.fresFurther(sc, f, x, at); ok {
				d.add(i, sc, g, "transfer.more", 0.6)
				continue
			}
			if g, ok := d.fresOtherBuyer(sc, f, x, at); ok {
				d.add(i, sc, g, "transfer.more", 0.6)
			}
		}
	}
}

// fresFurther: "…, puis 12 de plus en 2017" / "y luego otros 4 más": a
// sequence word and a mark of more before or after the count, no state in
// its clause; the stage is that of the deal before unless the clause has
// its own.
func (d *docScan) fresFurther(sc *sentScan, f domain.Fact, x numSpan, at int) (domain.Fact, bool) {
	from, to := sc.clauseOf(x.tok0)
	seq := false
	for k := max(from, x.tok0-3); k < x.tok0; k++ {
		if sc.lw.isTok("then-word", &sc.toks[k]) {
			seq, from = true, k // "y luego otros 4": the clause opens at the sequence word
		}
	}
	more := x.tok0 > 0 && sc.lw.isTok("more-before", &sc.toks[x.tok0-1])
	if k := x.tok1; k < len(sc.toks) {
		w := sc.toks[k].norm
		if sc.lw.isWord("more-after", w) || w == "de" && k+1 < len(sc.toks) && sc.toks[k+1].norm == "plus" {
			more = true
		}
	}
	if !seq || !more {
		return f, false
	}
	for _, c := range sc.countries() {
		if c.tok0 >= from && c.tok0 < to {
			return f, false
		}
	}
	g := domain.Fact{Type: domain.TypeTransfer, Supplier: f.Supplier, Recipient: f.Recipient, System: f.System, Stage: f.Stage, Quantity: int(x.value)}
	pos := x.tok0
	if st, p := sc.stageInClause(mention{tok0: x.tok0, tok1: x.tok1}); st != "" && p >= from && p < to {
		g.Stage, pos = st, p
	}
	if g.Stage == "" || g.Stage == domain.StageOther {
		return f, false
	}
	g.Year = sc.yearNearIn(pos, from, to)
	return g, true
}

// fresOtherBuyer: "…, mientras Chile compró 12 (a los Países Bajos)": a
// contrast word, a state, a stage word and a bare count in one clause.
func (d *docScan) fresOtherBuyer(sc *sentScan, f domain.Fact, x numSpan, at int) (domain.Fact, bool) {
	from, to := sc.clauseOf(x.tok0)
	open := -1
	for k := max(at, x.tok0-8); k < x.tok0; k++ {
		if sc.lw.isTok("while-word", &sc.toks[k]) {
			open = k
		}
	}
	if open < 0 {
		return f, false
	}
	if open < from {
		from = open
	}
	buyer, seller := "", ""
	for _, c := range sc.countries() {
		if c.tok0 <= open || c.tok0 >= to || c.sub == "demonym" {
			continue
		}
		switch {
		case c.tok1 <= x.tok0 && buyer == "":
			buyer = c.id
		case c.tok0 >= x.tok1 && c.tok0-x.tok1 <= 3 && seller == "" && sc.sellerPrepBefore(c.tok0, x.tok1):
			seller = c.id
		}
	}
	if buyer == "" || buyer == f.Recipient.String() || buyer == f.Supplier.String() {
		return f, false
	}
	st, p := sc.stageInClause(mention{tok0: x.tok0, tok1: x.tok1})
	if p < open || p > x.tok0 || st != domain.StageOrdered && st != domain.StageDelivered {
		return f, false
	}
	if seller == "" {
		seller = f.System.Origin
		if seller == "" {
			seller = f.Supplier.String()
		}
	}
	if seller == "" || seller == buyer {
		return f, false
	}
	g := domain.Fact{Type: domain.TypeTransfer, Supplier: party(seller), Recipient: party(buyer), System: f.System, Stage: st, Quantity: int(x.value)}
	g.Year = sc.yearNearIn(p, open, to)
	return g, true
}

// sellerPrepBefore: a seller preposition (and an article) between the
// count ending at from and the state at c.
func (sc *sentScan) sellerPrepBefore(c, from int) bool {
	for k := from; k < c; k++ {
		w := sc.toks[k].norm
		if !sc.lw.isWord("seller-prep", w) && !sc.lw.isWord("article", w) && w != "de" {
			return false
		}
	}
	return c > from && sc.lw.isTok("seller-prep", &sc.toks[from])
}

// sysMentionAfter: a system or a generic noun right after a count: that
// count is another rule's.
func (sc *sentScan) sysMentionAfter(k int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 >= k && m.tok0 <= k+2 {
			return true
		}
	}
	return false
}

// sentHasCount: the sentence already has a transfer of the system with
// that count.
func (d *docScan) sentHasCount(sc *sentScan, id string, q int) bool {
	for _, k := range d.bySent[sc.s.start] {
		g := d.facts[k]
		if g.Type == domain.TypeTransfer && g.System != nil && g.System.ID == id && g.Quantity == q {
			return true
		}
	}
	return false
}
