package extract

import "github.com/armswatch/armswatch/internal/domain"

// elidedCounts reads "Jordan received eight F-16s from the Netherlands
// and 36 from the United States": the second count, with the system left
// out, came from the state after it. Its transfer gets that count (the
// rules gave it the first one), or is made from the first when the rules
// missed it.
func (d *docScan) elidedCounts() {
	n := len(d.facts)
	for i, sc := range d.sents {
		for _, num := range sc.nums {
			p := num.tok1
			if p >= len(sc.toks) || !sc.lw.isTok("source-prep", &sc.toks[p]) || num.tok0 == 0 {
				continue
			}
			// a count standing alone after "and"/"y"/"et" or a comma
			if w := sc.toks[num.tok0-1].norm; !sc.lw.isWord("list-joiner", w) {
				continue
			}
			q := p + 1
			for q < len(sc.toks) && sc.lw.isTok("article", &sc.toks[q]) {
				q++
			}
			var src *mention
			for k := range sc.mentions {
				if m := &sc.mentions[k]; m.kind == mCountry && m.tok0 > p && m.tok0 <= q && m.sub != "demonym" {
					src = m
				}
			}
			if src == nil {
				continue
			}
			// the transfer told first in the sentence, with its own count
			// and another supplier
			first, own := -1, -1
			for k := 0; k < n; k++ {
				f := d.facts[k]
				if d.meta[k].sent != i || f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil || f.System == nil {
					continue
				}
				if f.Supplier.String() == src.id {
					own = k
				} else if first < 0 && f.Quantity > 0 && f.Quantity != int(num.value) && f.Recipient.String() != src.id {
					first = k
				}
			}
			if first < 0 && own >= 0 && d.facts[own].Quantity > 0 && d.facts[own].Quantity != int(num.value) {
				// "recibió ocho F-16 de Bélgica y 36 de Estados Unidos"
				// made one transfer, from the last state, with the first
				// count: the first count is the earlier state's
				if e := sc.earlierSource(src.tok0, d.facts[own].Recipient.String(), src.id); e != "" && !d.suppliesIn(i, e, n) {
					g := d.facts[own]
					g.Supplier = party(e)
					d.facts[own].Quantity = int(num.value)
					d.add(i, sc, g, g.Rule, g.Confidence)
				}
				continue
			}
			if first < 0 {
				continue
			}
			if own >= 0 {
				if d.facts[own].Quantity == d.facts[first].Quantity {
					d.facts[own].Quantity = int(num.value)
				}
				continue
			}
			g := d.facts[first]
			g.Supplier, g.Quantity, g.Value, g.ValueUSD = party(src.id), int(num.value), nil, 0
			d.add(i, sc, g, g.Rule, g.Confidence)
		}
	}
}

// earlierSource returns the state named after a source preposition before
// token before, other than rec and src ("de Bélgica" in "ocho F-16 de
// Bélgica y 36 de Estados Unidos").
func (sc *sentScan) earlierSource(before int, rec, src string) string {
	for _, m := range sc.mentions {
		if m.kind != mCountry || m.sub == "demonym" || m.tok0 >= before || m.id == rec || m.id == src {
			continue
		}
		k := m.tok0 - 1
		for k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
			k--
		}
		if k >= 0 && sc.lw.isTok("source-prep", &sc.toks[k]) {
			return m.id
		}
	}
	return ""
}

// suppliesIn reports whether one of the first n facts of sentence i has
// supplier code.
func (d *docScan) suppliesIn(i int, code string, n int) bool {
	for k := 0; k < n; k++ {
		if f := d.facts[k]; d.meta[k].sent == i && f.Supplier != nil && f.Supplier.String() == code {
			return true
		}
	}
	return false
}
