package extract

import (
	"strconv"
	"strings"
)

// arMoneyWords reads Arabic amounts written in words, which the shared
// scan leaves out: a number in words before a scale word and a currency
// ("خمسة مليارات دولار"), with "ب"/"و" attached to its first word
// ("بثلاثة مليارات دولار": for three billion dollars), or a scale word
// alone, which counts one, or two in the dual ("مليار دولار", "بمليار
// دولار", "ملياري دولار"). A number in words it takes is no count any
// more. Run after the numbers in digits and in words (used marks the
// tokens they took).
func (sc *sentScan) arMoneyWords(used map[int]bool) {
	if sc.lw.code != "ar" || sc.lw.curr == nil || sc.lw.nums == nil {
		return
	}
	toks := sc.toks
	if _, ok := sc.lw.curr.any(toks, 0, len(toks)); !ok {
		return // no currency named: no amount (most sentences)
	}
	scales := sc.lw.set("scale")
	var buf [8]token // the words read as a number: the first one stripped, then up to seven
	for i := 0; i < len(toks); i++ {
		if used[i] || toks[i].digit || !toks[i].arabic {
			continue
		}
		first := toks[i]
		first.setNorm(arStripLead(first.norm))
		words := append(append(buf[:0], first), toks[i+1:min(len(toks), i+8)]...)
		v, j := 1.0, i
		if x, n := sc.lw.nums.parse(words); n > 0 {
			v, j = x, i+n
		}
		if j >= len(toks) || used[j] {
			continue
		}
		at := toks[j]
		if j == i {
			at = first
		}
		scale := 0.0
		if j == i && arPluralScales[at.norm] {
			continue // "بملايين الدولارات": millions, no amount
		}
		if n, val := scales.at([]token{at}, 0); n > 0 {
			scale, _ = strconv.ParseFloat(val, 64)
		} else if d, ok := arDualScales[at.norm]; ok && j == i {
			v, scale = 2, d
		}
		if scale < 1e3 {
			continue
		}
		k := j + 1
		n, cur := sc.lw.curr.at(toks, k)
		if n == 0 || v*scale < 1000 {
			continue
		}
		end := k + n
		sc.money = append(sc.money, moneySpan{start: toks[i].start, end: toks[end-1].end, amount: v * scale, currency: cur, qualifier: sc.qualifier(i)})
		for t := i; t < end; t++ {
			used[t] = true
		}
		// "ثلاثة" of "ثلاثة مليارات دولار" is no count of three
		kept := sc.nums[:0]
		for _, x := range sc.nums {
			if x.tok0 < i || x.tok0 >= end {
				kept = append(kept, x)
			}
		}
		sc.nums = kept
		i = end - 1
	}
}

// arStripLead takes an attached "و", "ب" or "وب" off a word.
func arStripLead(w string) string {
	if len(w) <= len("ب")+2 {
		return w
	}
	w = strings.TrimPrefix(w, "و")
	return strings.TrimPrefix(w, "ب")
}

// arPluralScales: scale words in the plural, which need a number before
// them to make an amount.
var arPluralScales = map[string]bool{"ملايين": true, "مليارات": true, "الاف": true, "بلايين": true}

// arDualScales: the dual of a scale word counts two ("ملياري دولار").
var arDualScales = map[string]float64{"ملياري": 1e9, "مليوني": 1e6, "مليارين": 1e9, "مليونين": 1e6}
