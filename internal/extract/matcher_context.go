package extract

import "sort"

// Some states' names are ordinary words in a language, and the lexicon
// leaves them out (country_names.tsv): Arabic "مالي" is Mali and
// "financial". contextStates reads such a word as the state only where
// the words around it say so: after a preposition of place or direction,
// a word for a state's institutions or a verb of receiving ("في مالي",
// "إلى مالي", "جيش مالي", "تسلمت مالي"), or with "ل" or "ب" attached
// ("لمالي"); never after a noun it could qualify ("دعم مالي").
func contextStates(toks []token, ms []mention, lang string) []mention {
	if lang != "ar" {
		return ms
	}
	taken := func(k int) bool {
		for _, m := range ms {
			if k >= m.tok0 && k < m.tok1 {
				return true
			}
		}
		return false
	}
	added := false
	for k := 0; k < len(toks); k++ {
		w := toks[k].norm
		prefix := ""
		switch {
		case w == "مالي":
		case w == "لمالي" || w == "بمالي": // not "ومالي": "عسكري ومالي" is "military and financial"
			prefix = w[:len("ل")]
		case w == "ومالي" && r14coopMaliInList(toks, ms, k): // all_r14_coop_armali.go: "موريتانيا ومالي والنيجر"
			prefix = w[:len("و")]
		default:
			continue
		}
		if taken(k) || !gapOK(toks[k].gap) {
			continue
		}
		if prefix == "" && (k == 0 || !arMaliBefore[toks[k-1].norm]) && !r14coopMaliInList(toks, ms, k) {
			continue
		}
		ms = append(ms, mention{kind: mCountry, id: "ML", sub: "name", tok0: k, tok1: k + 1,
			start: toks[k].start, end: toks[k].end, prefix: prefix})
		added = true
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].tok0 < ms[b].tok0 })
	}
	return ms
}

// arMaliBefore: words after which "مالي" is the state, not "financial".
var arMaliBefore = map[string]bool{
	"في": true, "الي": true, "من": true, "مع": true, "عن": true, "داخل": true, "شمال": true, "جنوب": true, "وسط": true, "شرق": true, "غرب": true,
	"جيش": true, "حكومه": true, "سلطات": true, "رئيس": true, "دوله": true, "جمهوريه": true, "قوات": true, "وزير": true, "وزاره": true, "شعب": true, "اراضي": true, "حدود": true,
	"تسلمت": true, "تسلم": true, "استلمت": true, "حصلت": true, "منحت": true, "سلمت": true,
}
