package extract

import "github.com/armswatch/armswatch/internal/domain"

// copyNouns count copies of a system without naming it: "52 exemplaires
// de la version 8x8", "en a commandé 9 unités".
var copyNouns = map[string]bool{"exemplaires": true, "exemplaire": true, "unites": true}

// frCopies reads a sentence that names no system but counts copies of
// one ("La République tchèque a commandé 52 exemplaires de la version
// 8x8"): the copies are of the named system of the transfer told in the
// three sentences before, bought by the state the sentence names.
func (d *docScan) frCopies(i int, sc *sentScan) {
	if d.notice || i == 0 || sc.negated() {
		return
	}
	for k, t := range sc.toks {
		if !copyNouns[t.norm] {
			continue
		}
		m := mention{kind: mGeneric, start: t.start, end: t.end, tok0: k, tok1: k + 1}
		q := sc.quantityBefore(m)
		if q == 0 {
			continue
		}
		pk := d.priorNamedTransfer(i, sc)
		if pk < 0 {
			return
		}
		prior := d.facts[pk]
		stage, pos := sc.stageOf(k, k+1)
		if stage == "" || sc.futureClause(k) || sc.hypotheticalAt(k) || sc.hypotheticalAt(pos) {
			return
		}
		m.id = prior.System.Category
		s, r := d.pairFor(sc, prior.System.Origin, &m)
		if r == "" || !sc.names(r) {
			return // the buyer of the copies is named in the sentence
		}
		if (s == "" || !sc.names(s)) && prior.Supplier != nil {
			s = prior.Supplier.String()
		}
		if s == "" || s == r {
			return
		}
		if prior.Recipient != nil && r == prior.Recipient.String() && q == prior.Quantity {
			return // told again
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: party(s), Recipient: party(r), System: prior.System, Stage: stage, Quantity: q, Year: sc.yearNear(pos)}
		if f.Year == 0 && !d.pub.IsZero() {
			f.Year = d.pub.Year()
		}
		d.add(i, sc, f, "transfer.copies", 0.6)
		return
	}
}

// priorNamedTransfer returns the index of the latest transfer of a named
// system told in the three sentences before sentence i (-1: none).
func (d *docScan) priorNamedTransfer(i int, sc *sentScan) int {
	from := d.sents[max(0, i-3)].s.start
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := &d.facts[k]
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.Evidence.Start >= from && f.Evidence.Start < sc.s.start {
			return k
		}
	}
	return -1
}
