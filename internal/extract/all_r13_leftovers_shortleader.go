package extract

import "slices"

// A leader's surname that is also an ordinary word or a frequent first
// name (lang_<code>.tsv "leftovers-leader-surname": "Xi", "Petro",
// "Uribe") names no state alone (country_names.tsv lists it with a title
// or the full name only). Once the document has named that leader so
// ("President Xi Jinping", "Gustavo Petro"), the surname alone after it
// takes the leader up again ("Xi said", "Petro anunció") and names the
// same state; a surname two leaders share ("Petro Poroshenko") names the
// state of the one named last.
func (d *docScan) r13ShortLeaders() {
	ps := d.lw.set("leftovers-leader-surname")
	if ps == nil {
		return
	}
	seen := map[string]string{} // surname norm -> state
	for _, sc := range d.sents {
		if !sc.mayStart(ps) {
			continue // no surname in the sentence: most sentences
		}
		var add []mention
		for k, t := range sc.toks {
			if !d.lw.isTok("leftovers-leader-surname", &sc.toks[k]) {
				continue
			}
			in := -1
			for i, m := range sc.mentions {
				if k >= m.tok0 && k < m.tok1 {
					in = i
					break
				}
			}
			if in >= 0 {
				if m := sc.mentions[in]; m.kind == mCountry && m.sub == "metonym" && m.tok1-m.tok0 > 1 {
					seen[t.norm] = m.id
				}
				continue
			}
			c := seen[t.norm]
			if c == "" || !t.arabic && !isCapitalised(t.raw) {
				continue
			}
			add = append(add, mention{kind: mCountry, id: c, sub: "metonym", tok0: k, tok1: k + 1, start: t.start, end: t.end})
		}
		if len(add) == 0 {
			continue
		}
		sc.mentions = append(sc.mentions, add...)
		slices.SortStableFunc(sc.mentions, func(a, b mention) int { return a.tok0 - b.tok0 })
	}
}
