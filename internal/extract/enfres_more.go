package extract

import "github.com/armswatch/armswatch/internal/domain"

// The kinds more-before and more-after (lang_<code>.tsv) mark a count as
// a further batch of a system already named: "otros 14 aparatos",
// "another 14", "14 more", "14 autres appareils", "14 unidades más", "14
// additional units".
var (
	// unitWords count units of whatever system was named: "14 unidades",
	// "14 exemplaires", "14 units"
	unitWords = map[string]bool{"units": true, "unidades": true, "ejemplares": true, "exemplaires": true, "aparatos": true, "appareils": true, "examples": true}
)

// moreOfSame: "Taiwán donó dos UH-1H en 1996 y, entre 2001 y 2021,
// Paraguay recibió otros 14 aparatos del mismo tipo": a further batch of
// the system named before, with its own count, stage and year, for the
// pair of that system's transfer (or the buyer its clause names).
func (d *docScan) moreOfSame(i int, sc *sentScan) {
	if sc.has("denial") || sc.negated() {
		return
	}
	for _, n := range sc.nums {
		k := n.tok0
		if n.value < 2 || n.words == false && n.value > 10000 {
			continue
		}
		marked, next := false, n.tok1
		if k > 0 && sc.lw.isTok("more-before", &sc.toks[k-1]) {
			marked = true
		}
		if next < len(sc.toks) && sc.lw.isTok("more-after", &sc.toks[next]) {
			marked, next = true, next+1
		}
		if !marked {
			continue
		}
		// what is counted: a unit word, a generic noun, "of the same
		// type", or nothing more in the clause
		cat := ""
		if next < len(sc.toks) && !clauseBreak(sc.toks[next]) {
			w := sc.toks[next].norm
			switch {
			case unitWords[w]:
			case (w == "of" || w == "del" || w == "du" || w == "de") && sc.sameAfter(next+1):
			default:
				found := false
				for _, o := range sc.mentions {
					if o.kind == mGeneric && o.tok0 == next {
						cat, found = o.id, true
					}
				}
				if !found {
					continue
				}
			}
		}
		ref := d.moreReference(i, sc, k)
		if ref == nil || cat != "" && cat != ref.System.Category {
			continue
		}
		st, pos := sc.stageInClause(mention{tok0: k, tok1: n.tok1})
		if st == "" || st == domain.StageOther {
			continue
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: ref.Supplier, Recipient: ref.Recipient, System: ref.System, Stage: st, Quantity: int(n.value), Year: sc.yearNear(pos)}
		from, to := sc.clauseOf(k)
		for _, c := range sc.countries() {
			if c.tok0 >= from && c.tok0 < to && c.id != ref.Supplier.String() && c.sub != "demonym" {
				f.Recipient = party(c.id)
			}
		}
		d.moreClauseRoles(sc, from, to, ref, &f) // all_roles_r5_more.go: "Taïwan avait offert deux autres hélicoptères aux forces armées burkinabè"
		if f.Supplier.String() == ref.Supplier.String() {
			d.continuesImplicit(ref) // all_events_furtherbatch.go: its seller follows the batch it continues
		}
		d.add(i, sc, f, "transfer.more", 0.6)
	}
}

// moreReference is the transfer of a named system that a further batch at
// token k continues: one the sentence made before k, else the latest of
// the two sentences before.
func (d *docScan) moreReference(i int, sc *sentScan, k int) *domain.Fact {
	from := d.sents[max(0, i-2)].s.start
	for j := len(d.facts) - 1; j >= 0; j-- {
		f := &d.facts[j]
		if f.Evidence.Start < from {
			break
		}
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		if f.Evidence.Start == sc.s.start {
			// the system must be named before the count
			at := -1
			for _, m := range sc.mentions {
				if m.kind == mSystem && m.id == f.System.ID {
					at = m.tok0
					break
				}
			}
			if at < 0 || at > k {
				continue
			}
		}
		return f
	}
	return nil
}

// sameAfter: "(the) same", "(el) mismo", "(le) même" at token k.
func (sc *sentScan) sameAfter(k int) bool {
	if k < len(sc.toks) && sc.lw.isTok("article", &sc.toks[k]) {
		k++
	}
	return k < len(sc.toks) && sc.lw.isTok("same-word", &sc.toks[k])
}
