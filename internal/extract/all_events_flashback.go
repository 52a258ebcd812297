package extract

import "github.com/armswatch/armswatch/internal/domain"

// This file keeps apart two events of one system at one stage when the
// text reports one without a date and, further on, recalls an earlier one
// with its year: "Une vingtaine de TB2 ont été livrés au Mali … En
// décembre 2022, le pays avait aussi reçu des TB2". In a document without
// a publication date the reported event has no year, and finish would give
// it the recalled one's; the words of the dated sentence ("also", "had",
// "déjà", "bereits", "كانت قد": lexicon kind earlier-event) tell the two
// apart. (Words that add units before the undated mention, "another
// eight", kind more-units, were tried as a second sign: the recalled batch
// alone then fell below the model's threshold where the merged fact had
// kept it; they only guard all_events_pubyear.go.)

// flashbackApart reports whether o and c, two transfers of one key at one
// stage, one dated and one not, are two events: the undated one comes
// first and the dated one's sentence recalls an earlier event.
func (d *docScan) flashbackApart(o, c *candidate) bool {
	a, b := o.f, c.f
	if a.Type != domain.TypeTransfer || a.Stage == "" || a.Stage != b.Stage || (a.Year == 0) == (b.Year == 0) {
		return false
	}
	und, dat := o, c
	if und.f.Year != 0 {
		und, dat = c, o
	}
	if und.m.sent >= dat.m.sent || dat.m.sent >= len(d.sents) {
		return false
	}
	return d.sents[dat.m.sent].has("earlier-event")
}

// moreUnits reports whether a sentence of candidate c has a word of
// more-units within three tokens before a mention of c's system
// ("another eight K-8P", "receives more K-8 trainers", "weitere K2-Panzer",
// "otros 14 UH-1H"); "more than 20" bounds a count and adds nothing.
func (d *docScan) moreUnits(c *candidate) bool {
	ps := d.lw.set("more-units")
	if ps == nil || c.f.System == nil {
		return false
	}
	for _, i := range candSents(c) {
		if i < 0 || i >= len(d.sents) {
			continue
		}
		sc := d.sents[i]
		for _, m := range sc.mentions {
			if !d.mentionOf(m, c.f.System) {
				continue
			}
			for k := max(0, m.tok0-3); k < m.tok0; k++ {
				n, _ := ps.at(sc.toks, k)
				if n == 0 || sc.boundaryBetween(k+1, m.tok0) {
					continue
				}
				if e := k + n; e < len(sc.toks) && sc.lw.isTok("than-word", &sc.toks[e]) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// mentionOf reports whether mention m names system s (a named system by
// its entry, a generic one by its category).
func (d *docScan) mentionOf(m mention, s *domain.System) bool {
	switch m.kind {
	case mSystem:
		if s.ID == "" {
			return false
		}
		e, ok := d.x.systemOf(m)
		return ok && e.ID == s.ID
	case mGeneric:
		return s.ID == "" && m.id == s.Category
	}
	return false
}
