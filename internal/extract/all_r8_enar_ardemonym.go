package extract

import "strings"

// Arabic dual demonyms: a dual noun takes a dual adjective, "غواصتين
// روسيتين" (two Russian submarines), "فرقاطتان فرنسيتان". The lexicon
// lists the singular and plural demonyms ("الروسية", "الروسيين"), so the
// dual named no state and a sentence such as "الجزائر تستلم غواصتين
// روسيتين" had no supplier. Each feminine demonym in "ية" also names its
// state in the dual, "يتين" and "يتان".

// arDualDemonyms returns the dual forms of an Arabic feminine demonym, or
// nil.
func arDualDemonyms(text string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	// "الكورية الجنوبية": every word of the phrase agrees
	var duals [2][]string
	for _, w := range words {
		if !strings.HasSuffix(w, "ية") {
			return nil
		}
		stem := strings.TrimSuffix(w, "ة")
		duals[0] = append(duals[0], stem+"تين")
		duals[1] = append(duals[1], stem+"تان")
	}
	return []string{strings.Join(duals[0], " "), strings.Join(duals[1], " ")}
}
