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
		case "تعد", "يعد", "تعتبر", "يعتبر", "هي", "هو", "بأنها", "بانها", "بأنه", "بانه", "وصف", "وصفت", "توصف", "يوصف", "كانت", "كان", "ستكون", "سيكون":
			return true
		}
	}
	return false
}
