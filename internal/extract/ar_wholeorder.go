package extract

import "github.com/armswatch/armswatch/internal/domain"

// ruleArWholeOrder reads the whole order a delivery belongs to, told in a
// sentence of its own that names no system: "وأوضحت الشركة أن الطائرتين
// تندرجان ضمن طلبية تضم ما مجموعه 28 طائرة", "وتأتي الطائرتان ضمن طلبية
// قوامها 28 طائرة". The counted noun's kind is that of one named system
// the document already gives the pair; the order is that system's, at the
// ordered stage, with the order's count.
func ruleArWholeOrder(d *docScan, i int, sc *sentScan) {
	if sc.lw.code != "ar" || d.notice || len(sc.nums) == 0 || sc.doubtful() {
		return
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem {
			return
		}
	}
	for k := 0; k+1 < len(sc.toks); k++ {
		if !arFrameWords[sc.toks[k].norm] || !arInSet(arDealWords, sc.toks[k+1].norm) {
			continue
		}
		for _, n := range sc.nums {
			if n.tok0 < k+2 || n.tok0 > k+5 || n.value < 2 || n.value != float64(int(n.value)) || sc.boundaryBetween(k+1, n.tok0) || !sc.arCountsWeapon(n) {
				continue
			}
			cat := ""
			for _, g := range sc.mentions {
				if g.kind == mGeneric && g.tok0 == n.tok1 {
					cat = g.id
				}
			}
			if cat == "" && n.tok1 < len(sc.toks) {
				cat = arCountNouns[sc.toks[n.tok1].norm]
			}
			if cat == "" {
				continue
			}
			if j := d.arSoleSystemOf(cat); j >= 0 {
				prior := d.facts[j]
				q := int(n.value)
				if prior.Quantity >= q || d.arHasCount(prior.System.ID, q) {
					return
				}
				f := domain.Fact{Type: domain.TypeTransfer, Supplier: prior.Supplier, Recipient: prior.Recipient,
					System: prior.System, Quantity: q, Stage: domain.StageOrdered}
				d.add(i, sc, f, "transfer.system", 0.6)
			}
			return
		}
	}
}

// arCountNouns: plain nouns that count units of a kind after a number
// ("28 طائرة"), which the lexicon keeps out of its generic words as they
// also name civil craft.
var arCountNouns = map[string]string{
	normWord("طائرة"): "aircraft", normWord("طائرات"): "aircraft", normWord("مروحية"): "aircraft", normWord("مروحيات"): "aircraft",
	normWord("سفينة"): "ships", normWord("سفن"): "ships", normWord("عربة"): "armoured-vehicles", normWord("مركبة"): "armoured-vehicles",
}

// arSoleSystemOf returns the index of the last transfer of the one named
// system of category cat the document has so far, or -1 when it has none
// or several.
func (d *docScan) arSoleSystemOf(cat string) int {
	at, id := -1, ""
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.System.Category != cat || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		if id != "" && f.System.ID != id {
			return -1
		}
		at, id = j, f.System.ID
	}
	return at
}

// arHasCount reports whether a transfer of system id with quantity q is
// already among the document's facts.
func (d *docScan) arHasCount(id string, q int) bool {
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == id && f.Quantity == q {
			return true
		}
	}
	return false
}

// arOrderCountApart keeps an Arabic order's count apart from a smaller
// count of the same system with no stage, told in another sentence: "حطت
// أول طائرتين ..." and "ضمن طلبية تضم 28 طائرة" are the part and the
// whole, two events, not one deal's statements.
func (d *docScan) arOrderCountApart(o, c *candidate) bool {
	if d.lw.code != "ar" || o.f.Type != domain.TypeTransfer || c.f.Type != domain.TypeTransfer {
		return false
	}
	ord, part := o, c
	if ord.f.Stage != domain.StageOrdered {
		ord, part = c, o
	}
	return ord.f.Stage == domain.StageOrdered && part.f.Stage == "" && part.f.Quantity > 0 && ord.f.Quantity > part.f.Quantity &&
		ord.f.Evidence.Start != part.f.Evidence.Start
}
