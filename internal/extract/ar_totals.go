package extract

// arTotalOverSystems reports whether an Arabic sentence that names two
// systems or more gives an amount as their total: "صفقة منظومتي "بوك"
// و"تور" بقيمة إجمالية تناهز مليار دولار", "بتكلفة إجمالية تبلغ". The
// amount is no one system's price; the pair's aggregate takes it
// (ruleAggregate, severalSystems).
func (sc *sentScan) arTotalOverSystems() bool {
	if sc.lw.code != "ar" || len(sc.money) == 0 {
		return false
	}
	if sc.arGoodsIncluding() >= 0 { // ar_goodsworth.go: "عتادا قيمته 1.15 مليار دولار، يتضمن 130 دبابة و20 مدرعة"
		return true
	}
	n := 0
	first := ""
	for _, m := range sc.mentions {
		if m.kind != mSystem || m.id == first {
			continue
		}
		if first == "" {
			first = m.id
		}
		n++
	}
	if n < 2 {
		return false
	}
	// one amount before every system of the sentence ("صفقة بقيمة ملياري
	// دولار لشراء 46 مقاتلة ميغ-29 و46 مروحية كا-52"): the deal's whole
	// sum, not the first system's price
	if sc.arOneAmountFirst() {
		return true
	}
	for _, p := range sc.cuePositions("total") {
		for _, mo := range sc.money {
			t := tokIndexAt(sc.toks, mo.start)
			// the word for "total" just before the amount ("بقيمة إجمالية
			// تبلغ 3 مليارات") or just after it ("3 مليارات إجمالا")
			if p < t && t-p <= 3 || p >= tokIndexAt(sc.toks, mo.end) && p-tokIndexAt(sc.toks, mo.end) <= 2 {
				if !sc.boundaryBetween(min(p, t)+1, max(p, t)) {
					return true
				}
			}
		}
	}
	return false
}

// arStageElsewhere reports whether the stage an Arabic sentence about a
// deal's amount states stands in another clause than the amount, about
// something else: "أن قيمة الصفقة تبلغ 5,2 مليار دولار، وأنها جزء من حزمة
// أوسع أقرتها الإدارة" (the wider package was approved, the deal was
// signed). The amount is the deal's, at the deal's own stage.
func (sc *sentScan) arStageElsewhere(pos int) bool {
	if sc.lw.code != "ar" || pos < 0 || len(sc.money) == 0 {
		return false
	}
	t := tokIndexAt(sc.toks, sc.money[0].start)
	if pos < t {
		return sc.boundaryBetween(pos+1, t)
	}
	return sc.boundaryBetween(tokIndexAt(sc.toks, sc.money[0].end), pos)
}

// arGoodsWorth reports whether an Arabic sentence's amount is the worth of
// arms in general named just before it in its clause: "أقر بيع عتاد عسكري
// لإسرائيل تتجاوز قيمته 20 مليار دولار", "صفقات أسلحة بلغت قيمتها". Such an
// amount is a total of the pair's deals, not the price of the deal the
// document is about. The word for value ("قيمة") and one deal ("صفقة
// أسلحة") do not count.
func (sc *sentScan) arGoodsWorth() bool {
	if sc.lw.code != "ar" || len(sc.money) == 0 {
		return false
	}
	if sc.arGoodsIncluding() >= 0 { // ar_goodsworth.go: "بلغت قيمة الصفقة ستة مليارات دولار، وشملت كذلك صواريخ"
		return true
	}
	t := tokIndexAt(sc.toks, sc.money[0].start)
	for _, p := range sc.cuePositions("aggregate") {
		if p >= t || t-p > 6 || sc.arValueWord(p) || arInSet(arOneDealWords, sc.toks[p].norm) {
			continue
		}
		if !sc.boundaryBetween(p+1, t) {
			return true
		}
	}
	return false
}

// arOneDealWords: "صفقة", "عقد" (one deal), with their attached letters.
var arOneDealWords = arWordSet("صفقة", "عقد", "زبون")

// arOneAmountFirst reports whether the sentence has one amount (or one sum
// told in two currencies), standing before all its system mentions.
func (sc *sentScan) arOneAmountFirst() bool {
	end := tokIndexAt(sc.toks, sc.money[0].end)
	for _, mo := range sc.money[1:] {
		if tokIndexAt(sc.toks, mo.start)-end > 3 || mo.currency == sc.money[0].currency {
			return false
		}
		end = tokIndexAt(sc.toks, mo.end)
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok0 < end {
			return false
		}
	}
	return true
}
