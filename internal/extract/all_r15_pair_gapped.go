package extract

import "github.com/armswatch/armswatch/internal/domain"

// A second buyer in a later clause whose system is left out: "Egypt
// bought 24 Rafale, and Qatar ordered 24 more", "L'Égypte a acheté 24
// Rafale, et le Qatar en a commandé 24", "Egipto compró 24 Rafale y Catar
// encargó otros 24", "Ägypten kaufte 24 Rafale, Katar bestellte weitere
// 24", "اشترت مصر 24 طائرة رافال، في حين اشترت قطر 24 طائرة". The rules
// read the first clause's buyer only. r15pairGapped gives the later
// clause's buyer the same supplier and system, flagged "gapped-buyer", with
// the clause's own count and no year (the first clause's is its deal's).

// r15pairGapped adds a candidate for each later clause of the sentence
// that names a buyer (a buyer's cue, no supplier's), no system of its own
// (a word of the same category may stand for it) and no other state, and
// that holds a count or that word. f is the fact just added for the
// system mention m; flags its doubts. Only where the model decides, and
// not for a buyer another rule already gave the system.
func (d *docScan) r15pairGapped(i int, sc *sentScan, m mention, f domain.Fact, flags []string, conf float64) {
	if !d.relaxed || m.kind != mSystem || f.System == nil || f.Supplier == nil || f.Recipient == nil {
		return
	}
	sup, rec := f.Supplier.String(), f.Recipient.String()
	_, to := sc.clauseOf(m.tok0)
	cs := sc.countries()
	done := ""
	for k, c := range cs {
		if c.tok0 < to || d.hasTransfer(f.System, c.id) || c.id == sup || c.id == rec || c.id == done || c.sub == "demonym" || c.sub == "agency" || sc.placeOnly(c) {
			continue
		}
		cf, ct := sc.clauseOf(c.tok0)
		if cf < to { // "Egipto compró 24 Rafale y Catar encargó otros 24": an "and" opens the clause
			cf = -1
			for t := c.tok0 - 1; t >= m.tok1; t-- {
				if sc.lw.isTok("and-conj", &sc.toks[t]) {
					cf = t
					break
				}
			}
			if cf < 0 || c.tok0-cf > 3 {
				continue
			}
		}
		if s, r := d.roleCues(sc, c); s || !r {
			continue
		}
		// no other state in the clause, beside a list the rules read
		other := false
		for j, o := range cs {
			if j != k && o.tok0 >= cf && o.tok0 < ct && o.id != sup {
				other = true
			}
		}
		if other {
			continue
		}
		// no system between the first clause and this one's end: a
		// system of its own, or another's the buyer may get
		ownWord, sys := false, false
		for _, x := range sc.mentions {
			if x.tok0 < m.tok1 || x.tok0 >= ct {
				continue
			}
			if x.kind == mSystem && x.id != m.id {
				sys = true
			}
			if x.kind == mGeneric && x.tok0 >= cf {
				if x.id != "" && x.id != f.System.Category {
					sys = true
				}
				ownWord = true
			}
		}
		if sys {
			continue
		}
		q := 0
		for _, n := range sc.nums {
			if n.tok0 >= cf && n.tok1 <= ct && n.value >= 1 && n.value == float64(int(n.value)) {
				q = int(n.value)
				break
			}
		}
		if q == 0 && !ownWord {
			continue
		}
		g := f
		g.Recipient, g.Quantity, g.Value, g.ValueUSD, g.Year = party(c.id), q, nil, 0, 0 // the year is the first deal's
		d.pending = append(flags[:len(flags):len(flags)], "gapped-buyer")
		d.add(i, sc, g, "transfer.system", conf)
		done = c.id
	}
}
