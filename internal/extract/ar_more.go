package extract

import "github.com/armswatch/armswatch/internal/domain"

// arSameType: "وأن أنجولا طلبت ست طائرات من الطراز نفسه" (Angola ordered six
// aircraft of the same type): a count of the system named before, for the
// state the count's clause names, at the clause's stage; the system and
// its supplier are the latest transfer's of the sentence or the two
// before (moreReference).
func (d *docScan) arSameType(i int, sc *sentScan) {
	if d.lw.code != "ar" || sc.has("denial") || sc.negated() {
		return
	}
	for _, n := range sc.nums {
		if n.value < 1 || n.value > 10000 {
			continue
		}
		// the count, perhaps a generic noun, then "من الطراز نفسه"
		k := n.tok1
		for _, o := range sc.mentions {
			if o.kind == mGeneric && o.tok0 == k {
				k = o.tok1
			}
		}
		// or the counted noun the lexicon has no kind for ("ست طائرات")
		if !sc.arSameTypeAt(k) && !(k == n.tok1 && k < len(sc.toks) && sc.toks[k].arabic && sc.arSameTypeAt(k+1)) {
			continue
		}
		ref := d.moreReference(i, sc, n.tok0)
		if ref == nil {
			continue
		}
		st, pos := sc.stageInClause(mention{tok0: n.tok0, tok1: n.tok1})
		if st == "" || st == domain.StageOther {
			continue
		}
		from, to := sc.clauseOf(n.tok0)
		rec := ""
		for _, c := range sc.countries() {
			if c.tok0 >= from && c.tok0 < to && c.id != ref.Supplier.String() && c.sub != "demonym" {
				rec = c.id
			}
		}
		if rec == "" || rec == ref.Recipient.String() {
			continue // the same buyer's further batch is moreOfSame's
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: ref.Supplier, Recipient: party(rec), System: ref.System,
			Stage: st, Quantity: int(n.value), Year: sc.yearNear(pos)}
		d.add(i, sc, f, "transfer.more", 0.6)
	}
}

// arSameTypeAt: "من الطراز نفسه", "من النوع ذاته" at token k.
func (sc *sentScan) arSameTypeAt(k int) bool {
	if k+2 >= len(sc.toks) || sc.toks[k].norm != "من" {
		return false
	}
	switch sc.toks[k+1].norm {
	case "طراز", "نوع", "طائرات", "صنف":
	default:
		return false
	}
	switch sc.toks[k+2].norm {
	case "نفسه", "ذاته", "نفسها", "ذاتها":
		return true
	}
	return false
}
