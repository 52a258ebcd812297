package extract

import "strings"

// arMediaDemonym reports whether an Arabic demonym qualifies a news outlet
// or a source that the sentence quotes: "نقلت وكالة الأناضول التركية أن
// قطر تسلمت 6 طائرات رافال", "قالت صحيفة وول ستريت جورنال الأمريكية",
// "أفاد موقع ديفنس نيوز الأمريكي", "ذكرت مصادر إعلامية روسية". The outlet's
// state reports the deal: it is no seller standing in for a maker's state
// the text never names (arUnnamedOrigin). It stays a party otherwise: a
// state's own agency often reports what that state received ("وكالة
// الأنباء الجزائرية"); dropping these demonyms from every pair lowered
// unseen Arabic recall from .60 to .50.
func (sc *sentScan) arMediaDemonym(m mention) bool {
	if sc.lw.code != "ar" || m.sub != "demonym" {
		return false
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-5; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",،.;؛:") {
			return false
		}
		if sc.countryAt(k) {
			return false
		}
		// "وكالة التعاون الأمني الدفاعي الأمريكية" (the DSCA), "مصادر
		// في وزارة الدفاع الروسية": an agency of the state, which acts
		if arInSet(arMilitaryWords, sc.toks[k].norm) || arInSet(arStateWords, sc.toks[k].norm) {
			return false
		}
		if arInSet(arMediaWords, sc.toks[k].norm) {
			return true
		}
	}
	return false
}

// arStateWords: words of a state's bodies between an outlet word and a
// demonym, which make it no outlet ("وكالة التعاون", "تقرير وزارة").
var arStateWords = arWordSet("وزارة", "الخارجية", "البنتاغون", "البنتاجون", "الحكومة", "التعاون",
	"الكونغرس", "الرئاسة", "السفارة", "الدولة", "الأمن")

// arMediaWords: news outlets and sources.
var arMediaWords = arWordSet(
	"وكالة", "وكالات", "صحيفة", "صحف", "جريدة", "موقع", "مجلة", "قناة", "شبكة", "إذاعة",
	"تلفزيون", "الإعلام", "إعلامية", "إعلامي", "مصادر", "مصدر", "تقرير", "تقارير", "نشرة")
