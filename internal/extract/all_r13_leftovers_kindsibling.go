package extract

import "github.com/armswatch/armswatch/internal/lexicon"

// A bare one-word name that the catalogue gives to one system may be the
// short name of another system of another kind: Arabic "هوك" is the BAE
// Hawk trainer alone, but "صواريخ من طراز هوك" and "منظومة الدفاع الجوي
// هوك" are the MIM-23 Hawk missile; "Verba" alone is the MANPADS, a
// "lance-roquettes de type Verba" the Ukrainian launcher. A kind noun of
// the lexicon (generic.tsv) right before the name (through "من طراز", "of
// type", "de type", "vom Typ", "del tipo") or right after it tells them
// apart: when it names a kind other than the matched system's, and exactly
// one other system of that kind carries the word as the last word of one
// of its names, the name is that system.

// kindSiblings index the catalogue for kindSibling.
type kindSiblings struct {
	cat    map[string]string   // system id -> category
	byLast map[string][]string // normalised last word of a name -> system ids
}

func newKindSiblings(lex *lexicon.Lexicon) *kindSiblings {
	k := &kindSiblings{cat: map[string]string{}, byLast: map[string][]string{}}
	for _, s := range lex.Systems {
		k.cat[s.ID] = s.Category
		for _, a := range append([]string{s.Name, s.Designation}, s.Aliases...) {
			toks := tokenize(a, 0)
			if len(toks) < 2 || r13NatoCode(toks[:len(toks)-1]) {
				continue // "SS-N-25 Switchblade" (all_r13_review13_nato.go)
			}
			last := toks[len(toks)-1].norm
			ids := k.byLast[last]
			if len(ids) == 0 || ids[len(ids)-1] != s.ID {
				k.byLast[last] = append(ids, s.ID)
			}
		}
	}
	return k
}

// kindConnectors may stand between a kind noun and a name.
var kindConnectors = map[string]bool{
	"من": true, "طراز": true, "نوع": true,
	"of": true, "type": true, "the": true, "class": true,
	"de": true, "du": true, "type-": true, "modele": true,
	"del": true, "tipo": true, "modelo": true, "clase": true,
	"vom": true, "typ": true, "typs": true, "der": true, "des": true,
}

// kindBareWords are kind nouns generic.tsv leaves out on purpose (alone
// they name no transfer's category) but that tell a name's kind.
var kindBareWords = map[string]string{normWord("صواريخ"): "missiles", normWord("طائرات"): "aircraft"}

// genericCategory returns the category of the generic word toks (one
// entry of the lexicon), or "".
func (m *matcher) genericCategory(toks []token, lang string) string {
	var fb [maxArabicVariants]string
	firsts := append(fb[:0], toks[0].norm)
	if toks[0].arabic {
		firsts = appendArabicVariants(fb[:0], toks[0].norm)
	}
	for _, f := range firsts {
		if c := kindBareWords[f]; c != "" && len(toks) == 1 {
			return c
		}
		if c := m.genericAt(f, toks, lang); c != "" {
			return c
		}
	}
	return ""
}

// kindNounNear returns the category of a kind noun right before toks[i]
// (through connectors) or right after toks[i+n-1], or "".
func (m *matcher) kindNounNear(toks []token, i, n int, lang string) string {
	k := i - 1
	for skipped := 0; k >= 0 && skipped < 3 && kindConnectors[toks[k].norm]; skipped++ {
		k--
	}
	if k >= 0 && k < i {
		for s := max(0, k-3); s <= k; s++ { // the longest first
			if c := m.genericCategory(toks[s:k+1], lang); c != "" {
				return c
			}
		}
	}
	if j := i + n; j < len(toks) {
		for e := min(len(toks), j+4); e > j; e-- {
			if c := m.genericCategory(toks[j:e], lang); c != "" {
				return c
			}
		}
	}
	return ""
}

// kindGroup puts the categories of things fired together: a missile's
// word may name an air-defence system ("صواريخ هوك").
func kindGroup(c string) string {
	switch c {
	case "missiles", "air-defence", "artillery", "ammunition", "naval-weapons":
		return "munitions"
	}
	return c
}

// kindSibling returns the system a one-word system name toks[i] (matched
// as id) names next to a kind noun of another kind, or "".
func (m *matcher) kindSibling(toks []token, i, n int, id, lang string) string {
	if m.kinds == nil || n != 1 {
		return ""
	}
	cat := m.kinds.cat[id]
	ids := m.kinds.byLast[toks[i].norm]
	if len(ids) == 0 || len(ids) == 1 && ids[0] == id {
		return ""
	}
	want := m.kindNounNear(toks, i, n, lang)
	if want == "" || want == cat {
		return ""
	}
	pick := func(ok func(string) bool) string {
		found := ""
		for _, c := range ids {
			if c == id || !ok(m.kinds.cat[c]) {
				continue
			}
			if found != "" && found != c {
				return "-"
			}
			found = c
		}
		return found
	}
	if c := pick(func(x string) bool { return x == want }); c != "" {
		if c == "-" {
			return ""
		}
		return c
	}
	if kindGroup(want) == kindGroup(cat) {
		return ""
	}
	if c := pick(func(x string) bool { return kindGroup(x) == kindGroup(want) }); c != "-" {
		return c
	}
	return ""
}
