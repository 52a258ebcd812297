package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// A short name that several systems of one category share ("Puma": the
// German infantry fighting vehicle, Iveco's Puma 4x4, OTT's Puma M26) is
// no system by itself (deTypeNames leaves it, "-"); but the kind word the
// sentence gives it with often picks one, because the catalogue lists the
// pair as an alias of exactly one of them: "Schützenpanzer vom Typ Puma"
// is the alias "Schützenpanzer Puma", "Radpanzer vom Typ Boxer" the alias
// "Radpanzer Boxer". r13AddKindNames indexes each two-word alias "<Kind>
// <Name>" under "@kind|name" (the kind's trailing dative "n" dropped as
// well: "Schützenpanzern vom Typ Puma"); r13KindName reads it where the
// short name alone is ambiguous.

// r13AddKindNames adds the two-word kind-and-name aliases of the systems to
// idx (typeNameIndex's map), "-" where two systems share one.
func r13AddKindNames(idx map[string]string, lex *lexicon.Lexicon) {
	for _, s := range lex.Systems {
		for _, a := range s.Aliases {
			ws := strings.Fields(a)
			if len(ws) != 2 {
				continue
			}
			k, n := []rune(ws[0]), []rune(ws[1])
			if len(k) < 4 || len(n) < 3 || !unicode.IsUpper(k[0]) || !unicode.IsUpper(n[0]) || !r13Letters(k) {
				continue
			}
			key := "@" + normWord(ws[0]) + "|" + normWord(ws[1])
			if old, had := idx[key]; had && old != s.ID {
				idx[key] = "-"
			} else {
				idx[key] = s.ID
			}
		}
	}
}

func r13Letters(r []rune) bool {
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// r13KindName returns the system that the kind word of the generic g and
// the name at token k name together, "" for none.
func (d *docScan) r13KindName(sc *sentScan, g mention, k int) string {
	if g.tok1 < 1 || g.tok1 > len(sc.toks) || k >= len(sc.toks) {
		return ""
	}
	kind, name := sc.toks[g.tok1-1].norm, sc.toks[k].norm
	for _, kw := range []string{kind, strings.TrimSuffix(kind, "n")} {
		if id := d.x.typeNames["@"+kw+"|"+name]; id != "" && id != "-" {
			return id
		}
	}
	return ""
}
