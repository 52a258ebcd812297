package extract

import "github.com/armswatch/armswatch/internal/domain"

// "Togo bekam im Sommer eine Lieferung der Drohnen, Niger erwarb im Mai
// ein halbes Dutzend, und auch Äthiopien, Marokko und Tunesien haben TB2
// gekauft": a German sentence of clauses, each opening on its own buyer,
// names the system in its last clause only; the clauses before leave it
// out (ellipsis). deClauseBuyer (de_clausebuyer.go) keeps the system for
// the last clause's buyers; ruleDeElliptic adds, as candidates flagged
// de-elliptic, the buyers of the earlier clauses: a state opening the
// clause, a verb of buying or getting right after it, and no system of
// its own in the clause. The seller and system are the last clause's
// fact; the count and the stage are the clause's.
func ruleDeElliptic(d *docScan, i int, sc *sentScan) {
	if d.lw.code != "de" || d.notice {
		return
	}
	var base *domain.Fact
	for _, k := range d.bySent[sc.s.start] {
		f := d.facts[k]
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.Supplier != nil && f.Recipient != nil && d.meta[k].sent == i {
			base = &f
			break
		}
	}
	if base == nil {
		return
	}
	// the last clause's system: its first mention in the sentence
	sysAt := -1
	for _, m := range sc.mentions {
		if m.kind != mSystem {
			continue
		}
		if s, ok := d.x.systemOf(m); ok && s.ID == base.System.ID {
			sysAt = m.tok0
			break
		}
	}
	if sysAt < 0 {
		return
	}
	have := map[string]bool{base.Supplier.String(): true}
	for _, k := range d.bySent[sc.s.start] {
		if f := d.facts[k]; f.Type == domain.TypeTransfer && f.Recipient != nil {
			have[f.Recipient.String()] = true
		}
	}
	buy, got := sc.lw.set("buy-verb"), sc.lw.set("stage-received")
	for _, c := range sc.countries() {
		if c.tok1 >= sysAt || c.sub == "demonym" || have[c.id] {
			continue
		}
		from, to := sc.clauseOf(c.tok0)
		if to >= len(sc.toks) || to > sysAt || !clauseGap(sc.toks[to]) {
			continue // the system's own clause, or no comma closes this one
		}
		// the state opens its clause, a verb of buying or getting follows it
		k := from
		if k < len(sc.toks) && sc.lw.isTok("article", &sc.toks[k]) {
			k++
		}
		if k != c.tok0 || c.tok1 >= to {
			continue
		}
		if n, _ := buy.at(sc.toks, c.tok1); n == 0 {
			if n, _ := got.at(sc.toks, c.tok1); n == 0 {
				continue
			}
		}
		own := false
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok0 >= from && o.tok0 < to {
				own = true
			}
		}
		if own {
			continue
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: base.Supplier, Recipient: party(c.id), System: base.System}
		for _, n := range sc.nums {
			if n.tok0 >= from && n.tok1 <= to && n.value >= 1 && n.value < 10000 && !sc.isYearNum(n) {
				f.Quantity = int(n.value)
			}
		}
		if st, pos := sc.stageInClause(mention{tok0: c.tok1, tok1: c.tok1 + 1}); st != "" {
			f.Stage = st
			f.Year = sc.yearNear(pos)
			if f.Year == 0 && !d.pub.IsZero() {
				f.Year = d.pub.Year() // as ruleTransfer: an event with a stage and no year is of the publication's
			}
		}
		have[c.id] = true
		d.pending = []string{"de-elliptic"}
		d.add(i, sc, f, "transfer.system", 0.5)
	}
}

// isYearNum reports whether a number of the sentence is one of its years.
func (sc *sentScan) isYearNum(n numSpan) bool {
	return n.words == false && n.value >= 1900 && n.value <= 2100
}
