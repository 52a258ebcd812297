package extract

import "strings"

// arDescribedAs reports whether the text between an exercise word and a
// quotation ("هذه المناورات تعد "الأضخم في المنطقة""; "the manoeuvres are
// "the largest in the region"") holds a verb of being or calling: the
// quotation describes the exercise, it does not name it.
func arDescribedAs(between string) bool {
	for _, w := range strings.Fields(between) {
		w = strings.Trim(w, "«\"“„،,")
		switch strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف") {
		case "طراز", "طرازات", "نوع", "بطراز": // "مروحيات من طراز "زد-20"": a system's type, not the exercise's name
			return true
		case "تعد", "يعد", "تعتبر", "يعتبر", "هي", "هو", "بأنها", "بانها", "بأنه", "بانه", "وصف", "وصفت", "توصف", "يوصف", "كانت", "كان", "ستكون", "سيكون":
			return true
		}
	}
	return false
}

// arAttackBy reports whether an Arabic demonym qualifies an attack or a
// threat ("خشية ضربات يمنية", "هجمات حوثية", "تهديدات إيرانية"), or
// sanctions and objections ("رغم العقوبات الأمريكية"): the state weapons
// are bought against, or in spite of, no party to the deal.
func (sc *sentScan) arAttackBy(m mention) bool {
	if m.sub != "demonym" || m.tok0 == 0 || !sc.toks[m.tok0].arabic {
		return false
	}
	return sc.lw.isTok("attack-noun", &sc.toks[m.tok0-1])
}
