package extract

import (
	"strings"
	"unicode/utf8"
)

// arPrefixedNumber reads an Arabic number word that carries an attached
// preposition: "ستجهز العراق بثماني بطاريات" (with eight batteries), "بعشر
// مروحيات", "لثلاث فرقاطات". The remainder must be a number word of three
// letters or more ("لست", "I am not", is no "for six").
func (nw *numWords) arPrefixedNumber(toks []token) (float64, int) {
	if len(toks) == 0 || !toks[0].arabic {
		return 0, 0
	}
	// the dual of "thousand" in construct, "ألفي صاروخ": its normal form
	// loses the letters read as the article ("في"), so the word is
	// matched as written
	switch toks[0].raw {
	case "ألفي", "الفي", "ألفان", "الفان", "بألفي", "بالفي":
		return 2000, 1
	}
	rest := ""
	for _, p := range []string{"ب", "ل"} {
		if r, ok := strings.CutPrefix(toks[0].norm, p); ok && utf8.RuneCountInString(r) >= 3 {
			rest = r
			break
		}
	}
	if rest == "" || !nw.firsts[rest] {
		return 0, 0
	}
	// a short copy with the preposition cut: a number phrase is a few
	// words long
	w := make([]token, min(len(toks), 12))
	copy(w, toks)
	w[0].norm = rest
	return nw.parse(w)
}

// arNamedInBrackets: "280 صاروخا جو-جو من طراز (إيه.آي.إم-120سي)" — the
// designation written in brackets right after "of the type" still belongs
// to the count before it; the bracket is no clause boundary there.
func (sc *sentScan) arNamedInBrackets(m mention) bool {
	if m.tok0 < 1 || m.tok0 >= len(sc.toks) || !sc.toks[m.tok0-1].arabic {
		return false
	}
	if strings.TrimSpace(sc.toks[m.tok0].gap) != "(" {
		return false
	}
	switch sc.toks[m.tok0-1].norm {
	case "طراز", "نوع", "طرازي", "فئة":
		return true
	}
	return false
}

// arGenericPriced: "وافقت الخارجية على بيع مصر ذخائر بكلفة 201 مليون دولار"
// — in an Arabic sentence that names no system, the amount belongs to the
// one kind of arms it sells (its only generic word), as it does to a
// named system. With two kinds ("a surface-to-air system and a medium-range
// air defence system, $3 billion") the amount is the deal's total.
func (sc *sentScan) arGenericPriced(m mention, namedCount int) bool {
	if m.kind != mGeneric || namedCount > 0 || m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic || len(sc.money) != 1 {
		return false
	}
	// "ضمن حزمة مبيعات ... تبلغ قيمتها 20 بليون دولار": a package's or
	// the sales' total, no price of the one kind named
	for _, t := range sc.toks {
		if arInSet(arPackageWords, t.norm) {
			return false
		}
	}
	n := 0
	for _, o := range sc.mentions {
		if o.kind == mGeneric {
			n++
		}
	}
	return n == 1
}

var arPackageWords = arWordSet("حزمة", "حزم", "مبيعات", "صفقات", "إجمالي", "إجمالية", "مجموع")
