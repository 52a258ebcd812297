package extract

import "github.com/armswatch/armswatch/internal/domain"

// An aggregate ("arms sales worth over $8.5 billion", "Rüstungsgüter für
// 254 Millionen Euro") took no year from any rule, while the gold dates it
// like the deals it sums: the year of the pair's transfers ("approved the
// sale of 130 Abrams ... worth $1.15 billion" under a 2016 date line), the
// year its sentence writes ("im vergangenen Jahr ... für 1,6 Milliarden
// Euro"), the year the opening of the story gives to the whole report
// ("Im vergangenen Jahr hat die Bundesregierung ... genehmigt. Größter
// Empfänger war die Türkei mit ... 1,9 Milliarden Mark"), else the
// publication date's. r8AggregateYears fills that year, in that order,
// after the rules ran.

// r8OpeningSents is how many sentences (the headline included) open a
// story (headline, date line, standfirst, first sentence): a year they
// write dates a report's figures.
const r8OpeningSents = 4

func (d *docScan) r8AggregateYears(cs []candidate) {
	for i := range cs {
		f := &cs[i].f
		if f.Type != domain.TypeAggregate || f.Year != 0 {
			continue
		}
		if y := r8PairYear(cs, f); y != 0 {
			f.Year = y
			continue
		}
		if s := cs[i].m.sent; s >= 0 && s < len(d.sents) {
			if y := d.sents[s].r8MoneyYear(f); y != 0 {
				f.Year = y
				continue
			}
		}
		if y := d.r8OpeningYear(); y != 0 {
			f.Year = y
			continue
		}
		if !d.pub.IsZero() {
			f.Year = d.pub.Year()
		}
	}
}

// r8PairYear is the one year the dated transfers between f's supplier and
// recipient share, or 0.
func r8PairYear(cs []candidate, f *domain.Fact) int {
	y := 0
	for _, c := range cs {
		g := c.f
		if g.Type != domain.TypeTransfer || g.Year == 0 || !r8SameParty(g.Supplier, f.Supplier) || !r8SameParty(g.Recipient, f.Recipient) {
			continue
		}
		if y != 0 && g.Year != y {
			return 0
		}
		y = g.Year
	}
	return y
}

// r8MoneyYear is the year written nearest the amount f states in the
// sentence (yearNear's rules: not a future clause's, not a range's
// start), or 0. A year the sentence compares with (after a word of the
// lexicon's quality-compare-year: "wie schon 2016", "gegenüber 2016",
// "compared with 2016") dates another figure.
func (sc *sentScan) r8MoneyYear(f *domain.Fact) int {
	if len(sc.years) == 0 {
		return 0
	}
	at := 0
	for _, mo := range sc.money {
		if f.Value != nil && mo.amount == f.Value.Amount {
			at = max(0, tokIndexAt(sc.toks, mo.start))
			break
		}
	}
	y := sc.yearNear(at)
	for _, ys := range sc.years {
		if ys.year == y && ys.tok0 > 0 && sc.lw.isTok("quality-compare-year", &sc.toks[ys.tok0-1]) {
			return 0
		}
	}
	return y
}

// r8OpeningYear is the year the first sentences write, when the first of
// them to write one writes only that year; 0 otherwise. The publication
// date's own year is passed over (the date line writes it, "AP,
// 04.11.2000, 12:15", and so does "on Sunday"): it is the last resort anyway.
func (d *docScan) r8OpeningYear() int {
	for s := 0; s < len(d.sents) && s < r8OpeningSents; s++ {
		y := 0
		for _, ys := range d.sents[s].years {
			if !d.pub.IsZero() && ys.year == d.pub.Year() {
				continue
			}
			if y != 0 && ys.year != y {
				return 0
			}
			y = ys.year
		}
		if y != 0 {
			return y
		}
	}
	return 0
}

// r8SameParty reports whether a and b name the same party.
func r8SameParty(a, b *domain.Party) bool {
	return a != nil && b != nil && *a == *b
}
