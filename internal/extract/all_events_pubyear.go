package extract

import "github.com/armswatch/armswatch/internal/domain"

// This file lets a year the rules took from the publication date give way
// to a year the text states: "واشنطن توافق على بيع 10 مروحيات أباتشي لمصر"
// under a page date of 2025, then "أعلنت الوكالة، اليوم الثلاثاء 27 نوفمبر
// 2018، ... بيع مصر عشر مروحيات": the headline's event took the page's
// year, the body dates the same approval. Two statements of one transfer
// with the same count (or one without), at one stage (or one without), are
// one event when one of them is dated only by the publication date,
// unless the dated one recalls an earlier event or the other adds units
// (all_events_flashback.go).

// pubYearOnly reports whether candidate c's year is the publication date's
// and none of its sentences writes a year but one relative to that date
// (factMeta.statedYear, kept through merges: asking costs no pass over
// the sentences).
func (d *docScan) pubYearOnly(c *candidate) bool {
	return !d.pub.IsZero() && c.f.Year == d.pub.Year() && !c.m.statedYear
}

// statesYear reports whether the sentence writes a year that is not read
// from the publication date ("اليوم", "this year" are).
func (sc *sentScan) statesYear() bool {
	for _, y := range sc.years {
		if !y.relative {
			return true
		}
	}
	return false
}

// candSents are the sentences that state candidate c, its own first.
func candSents(c *candidate) []int {
	out := []int{c.m.sent}
	for s := range c.m.sents {
		if s != c.m.sent {
			out = append(out, s)
		}
	}
	return out
}

// pubYearSame reports whether o and c, two transfers of one key that
// distinctEvent keeps apart, are one event whose year one of them took
// from the publication date.
func (d *docScan) pubYearSame(o, c *candidate) bool {
	a, b := o.f, c.f
	if a.Type != domain.TypeTransfer || a.Year == 0 || b.Year == 0 || a.Year == b.Year {
		return false
	}
	if a.Quantity != b.Quantity && a.Quantity != 0 && b.Quantity != 0 {
		return false
	}
	// one stage, or a statement without one that gives the same count
	// ("Fielded in 2000, the Stryker …" dates the system, not the deal)
	switch {
	case a.Stage != "" && b.Stage != "":
		if a.Stage != b.Stage {
			return false
		}
	case !sameCount(a, b):
		return false
	}
	pubA, pubB := d.pubYearOnly(o), d.pubYearOnly(c)
	if pubA == pubB {
		return false
	}
	und, dat := o, c
	if pubB {
		und, dat = c, o
	}
	if d.moreUnits(und) || dat.m.sent < len(d.sents) && d.sents[dat.m.sent].has("earlier-event") {
		return false
	}
	return true
}

// sameCount reports whether two facts give the same count.
func sameCount(a, b domain.Fact) bool { return a.Quantity != 0 && a.Quantity == b.Quantity }

// pubYearGives reports whether, merging c into o, o's year taken from the
// publication date gives way to the year c's text states: both count the
// same units, or o counts none and c tells the same stage ("Jakarta
// commande … après les Rafale" and "le contrat conclu en février 2022
// pour 42 Rafale"). A count told under the page's year keeps it against
// a dated statement without one (a framework of 2023 joined by an order
// of 2024).
func (d *docScan) pubYearGives(o, c *candidate) bool {
	if c.f.Year == 0 || !d.pubYearOnly(o) || d.pubYearOnly(c) {
		return false
	}
	return sameCount(o.f, c.f) || o.f.Quantity == 0 && o.f.Stage != "" && o.f.Stage == c.f.Stage
}
