package extract

import (
	"strings"
	"unicode/utf8"
)

// arCivilAgreement reports whether the Arabic agreement word at token p
// is given a civil purpose in its own phrase (up to the next comma or
// full stop) and no military one: "مذكرة تفاهم لتكوين الدبلوماسيين",
// "اتفاقين لدعم المؤسسات الصغيرة وللتعاون الثقافي". Such a memorandum,
// signed beside arms deals or on a state visit, is no defence agreement.
func (sc *sentScan) arCivilAgreement(p int) bool {
	if sc.lw.code != "ar" || p >= len(sc.toks) {
		return false
	}
	civil := false
	for k := p; k < len(sc.toks) && k < p+12; k++ {
		if k > p && strings.ContainsAny(sc.toks[k].gap, ",،.;؛:") {
			break
		}
		w := sc.toks[k].norm
		if arInSet(arMilitaryWords, w) {
			return false
		}
		if arInSet(arCivilWords, w) {
			civil = true
		}
	}
	return civil
}

// arCivilWords: domains of civil cooperation.
var arCivilWords = arWordSet(
	"الثقافي", "ثقافي", "الثقافية", "ثقافية", "الثقافة", "الاقتصادي", "اقتصادي",
	"الاقتصادية", "الاقتصاد", "التجاري", "تجاري", "التجارية", "التجارة",
	"الدبلوماسيين", "الدبلوماسي", "الدبلوماسية", "السياحة", "السياحي", "الطاقة",
	"التعليم", "التعليمي", "الصحة", "الصحي", "الزراعة", "الزراعي", "الاستثمار",
	"الاستثمارات", "المياه", "الرياضة", "الرياضي", "الإعلام", "الإعلامي", "الجمارك",
	"المؤسسات", "الشباب")

// arMilitaryWords: words that make an agreement's purpose military.
var arMilitaryWords = arWordSet(
	"عسكري", "العسكري", "العسكرية", "عسكرية", "الدفاع", "الدفاعي", "الدفاعية", "دفاعي",
	"دفاعية", "الأمني", "الأمنية", "أمني", "أمنية", "الجيش", "القوات", "التسليح",
	"الحربي", "الدفاعيين", "العسكريين")

// arWordSet normalises words as tokens are (normWord, the article
// dropped) into a set.
func arWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.TrimPrefix(normWord(w), "ال")] = true
	}
	return m
}

// arInSet looks a token's word up with its attached "و", "ل", "ال" and
// "لل" dropped (and the other clitics of arSetPrefixes,
// all_r13_leftovers_arclitics.go).
func arInSet(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x600 || r > 0x6ff {
		return false
	}
	for _, p := range arPrefixesByFirst[r-0x600] {
		if strings.HasPrefix(w, p) && set[w[len(p):]] {
			return true
		}
	}
	return false
}

// arPrefixesByFirst are arSetPrefixes but the empty one, by their first
// letter (offset in the Arabic block): a word is tried only with the
// prefixes it can start with.
var arPrefixesByFirst = func() (by [0x100][]string) {
	for _, p := range arSetPrefixes {
		if p != "" {
			r, _ := utf8.DecodeRuneInString(p)
			by[r-0x600] = append(by[r-0x600], p)
		}
	}
	return by
}()
