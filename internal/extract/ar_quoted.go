package extract

import "strings"

// arQuoteHeads are the normalised nouns the catalogue writes before a
// system's Arabic name ("منظومة بوك", "صواريخ هوك", "دبابات أبرامز"). A
// name the text puts alone in quotes, `"بوك"`, `منظومتي "بوك"`, is read
// as the catalogue's "<noun> <name>" alias: the quotes mark it as a name,
// and the noun the alias needs keeps a bare word ("فيس بوك") out.
var arQuoteHeads = []string{normWord("منظومة"), normWord("منظومات"), normWord("صواريخ"), normWord("دبابات"), normWord("طائرات"), normWord("مقاتلات"),
	// the other category nouns of the catalogue's Arabic aliases: `مدافع
	// "قيصر"` is "مدافع قيصر" (CAESAR), `مروحيات "كاراكال"`
	normWord("مدافع"), normWord("مدفع"), normWord("مروحيات"), normWord("مسيرات"), normWord("فرقاطات"), normWord("غواصات"),
	normWord("مدرعات"), normWord("كورفيتات"), normWord("زوارق"), normWord("صاروخ"), normWord("طائرة"), normWord("مقاتلة")}

// arQuotedSystem returns the system entry and token count of a name of one
// to three Arabic tokens in quotes at toks[i], or nil.
func (m *matcher) arQuotedSystem(toks []token, i int) (*entry, int) {
	if !toks[i].arabic || !strings.ContainsAny(toks[i].gap, "\"«“") {
		return nil, 0
	}
	n := 0
	for k := i + 1; k <= i+3 && k <= len(toks); k++ {
		if k == len(toks) || strings.ContainsAny(toks[k].gap, "\"»”“") {
			n = k - i
			break
		}
		if g := toks[k].gap; g != " " && g != "-" || !toks[k].arabic {
			return nil, 0
		}
	}
	if n == 0 {
		return nil, 0
	}
	var vb [maxArabicVariants]string
	firsts := appendArabicVariants(vb[:0], toks[i].norm)
	for _, h := range arQuoteHeads {
		hn := m.root.next[h]
		if hn == nil {
			continue
		}
		for _, f := range firsts {
			nd := hn.next[f]
			for k := i + 1; nd != nil && k < i+n; k++ {
				nd = nd.next[toks[k].norm]
			}
			if nd == nil {
				continue
			}
			for _, e := range nd.entries {
				if e.kind == mSystem && (e.lang == "" || e.lang == "*" || e.lang == "ar") {
					return e, n
				}
			}
		}
	}
	return nil, 0
}

// arDualOfTwoNames reports whether the dual noun at token i is followed
// by two names in quotes joined by "و": `منظومتي "بوك" و"تور"` (the two
// systems Buk and Tor). The dual counts the two names, one each, not two
// units of the first.
func (sc *sentScan) arDualOfTwoNames(i int) bool {
	if i+1 >= len(sc.toks) || !strings.ContainsAny(sc.toks[i+1].gap, "\"«“") {
		return false
	}
	for j := i + 2; j <= i+5 && j+1 < len(sc.toks); j++ {
		if sc.toks[j].norm == "و" && strings.ContainsAny(sc.toks[j+1].gap, "\"«“") && !sc.boundaryBetween(i+1, j) {
			return true
		}
	}
	return false
}
