package extract

import "github.com/armswatch/armswatch/internal/domain"

// An order told in one sentence and its first batch's arrival in the next,
// by a count and a word for "first" with no weapon named: "Litauen hat 2019
// 21 Panzerhaubitzen 2000 bestellt. Die ersten vier wurden im März 2023
// geliefert", "Lithuania ordered 21 PzH 2000 in 2019. The first four were
// delivered in March 2023", "Les quatre premiers ont été livrés en mars
// 2023", "Los primeros cuatro llegaron en marzo de 2023". The annotation
// rules make two facts of it ("ordered 24 … the first 6 arrived",
// docs/annotating.md); the transfer rule saw no weapon in the second
// sentence and batchOrderNext (all_batches.go) reads the other order, a
// batch first and the order after. r13FirstBatchNext adds the delivered
// batch: the one ordered transfer of the one or two sentences before (one
// deal only), a count smaller than the order's right after or before a
// word of the lexicon kind detrans-first ("ersten", "first", "premiers",
// "primeros"), a word of delivery or receipt in the count's clause, no
// weapon named and no other state, nothing negated, hypothetical or to
// come. The year is the one written in the sentence.
func (d *docScan) r13FirstBatchNext() {
	n := len(d.facts)
	for i := 1; i < len(d.sents); i++ {
		sc := d.sents[i]
		if len(sc.nums) == 0 {
			continue
		}
		k := -1
		for back := 1; back <= 2 && k != -2 && i-back >= 0; back++ {
			for _, j := range d.bySent[d.sents[i-back].s.start] {
				if j >= n || d.facts[j].Type != domain.TypeTransfer {
					continue
				}
				if k >= 0 && factKey(d.facts[k]) != factKey(d.facts[j]) {
					k = -2
					break
				}
				if k == -1 {
					k = j
				}
			}
			if k >= 0 {
				break
			}
		}
		if k < 0 {
			continue
		}
		f := d.facts[k]
		if f.Stage != domain.StageOrdered || f.System == nil || f.Quantity < 2 || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		x, ok := sc.r13FirstCount(f.Quantity)
		if !ok || d.hasCount(f, int(x.value)) {
			continue
		}
		from, to := sc.clauseOf(x.tok0)
		cue := -1
		for _, kind := range []string{"stage-delivered", "stage-received"} {
			for _, p := range sc.cuePositions(kind) {
				if p >= from && p < to && cue < 0 {
					cue = p
				}
			}
		}
		if cue < 0 || sc.negated() || sc.cueOf("hypothetical") || sc.has("future") || sc.has("future-receipt") {
			continue
		}
		other := false
		for _, m := range sc.mentions {
			if m.kind == mSystem || m.kind == mGeneric && m.id != f.System.Category {
				other = true
			}
		}
		for _, c := range sc.countries() {
			if c.id != f.Supplier.String() && c.id != f.Recipient.String() {
				other = true
			}
		}
		if other {
			continue
		}
		g := f
		g.Stage, g.Quantity, g.Value, g.ValueUSD, g.Year = domain.StageDelivered, int(x.value), nil, 0, sc.yearNear(cue)
		d.pending = append([]string(nil), d.meta[k].flags...)
		d.add(i, sc, g, "transfer.description", 0.6)
	}
}

// r13FirstCount returns a count below whole that a word for "first"
// stands right before or after: "die ersten vier", "the first four",
// "les quatre premiers", "los primeros cuatro".
func (sc *sentScan) r13FirstCount(whole int) (numSpan, bool) {
	for _, x := range sc.nums {
		if x.value < 1 || int(x.value) >= whole || x.value != float64(int(x.value)) {
			continue
		}
		before := x.tok0 > 0 && sc.lw.isTok("detrans-first", &sc.toks[x.tok0-1])
		after := x.tok1 < len(sc.toks) && sc.lw.isTok("detrans-first", &sc.toks[x.tok1])
		if before || after {
			return x, true
		}
	}
	return numSpan{}, false
}

// r13WholeThenFirst splits a sentence that names the whole order first
// and its first batch after it: "Von den 18 bestellten Radhaubitzen Caesar
// hat Tschechien die ersten zwei erhalten", "Of the 18 Caesar howitzers
// ordered from France, the Czech Republic has received the first two".
// The transfer read the whole's count with the sentence's receipt; it
// becomes the order (a word of ordering within five words of its count),
// and the first batch (r13FirstCount) a delivered fact of its own, with
// the year written in the sentence.
func (d *docScan) r13WholeThenFirst() {
	n := len(d.facts)
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.Quantity < 2 || f.Stage != domain.StageDelivered || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		i := d.meta[k].sent
		sc := d.sents[i]
		x, ok := sc.r13FirstCount(f.Quantity)
		if !ok || d.hasCount(f, int(x.value)) {
			continue
		}
		whole := -1
		for _, w := range sc.nums {
			if int(w.value) == f.Quantity && w.tok0 < x.tok0 {
				whole = w.tok1
			}
		}
		if whole < 0 {
			continue
		}
		ordered := false
		for _, p := range sc.cuePositions("stage-ordered") {
			if p >= whole && p <= whole+5 && p < x.tok0 {
				ordered = true
			}
		}
		if !ordered || sc.negated() || sc.cueOf("hypothetical") {
			continue
		}
		g := f
		g.Quantity, g.Value, g.ValueUSD = int(x.value), nil, 0
		d.facts[k].Stage, d.facts[k].Year = domain.StageOrdered, 0
		d.pending = append([]string(nil), d.meta[k].flags...)
		d.add(i, sc, g, f.Rule, f.Confidence)
	}
}

// r13FirstArrival reports whether the German stretch [from, to) of a
// present receipt speaks of the first units ("Katar erhält die ersten
// Leopard 2A7", "Die Schweiz bekommt ihre ersten F-35A", "Ukraine erhält
// erstes IRIS-T-System") and names no year: the first of a deal arriving
// is its delivery, not the order that dePresentReceipt
// (de_r6_presentreceipt.go) reads in the present; a year beside it ("bekommt
// die ersten 2026") schedules them.
func (sc *sentScan) r13FirstArrival(from, to int) bool {
	first := false
	for k := from; k < to && k < len(sc.toks); k++ {
		if sc.lw.isTok("detrans-first", &sc.toks[k]) {
			first = true
		}
	}
	if !first {
		return false
	}
	for _, y := range sc.years {
		if y.tok0 >= from && y.tok0 < to {
			return false
		}
	}
	return true
}
