package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// deTypeNames reads a system's short name that the lexicon lists only in
// longer aliases (a common word or a surname alone is no system: "Puma",
// "Fuchs", "Bradley", "Tornado"), when a German sentence gives it as the
// type of a generic word: "Schützenpanzer vom Typ Bradley", "Kampfjets des
// Typs Tornado", "Seefernaufklärer vom Typ Poseidon", or as the first part
// of a compound with it, "Fuchs-Panzer", "Tornado-Kampfjets". The name is
// taken when it is a word of the aliases of exactly one system of the
// generic word's category; it becomes that system's mention.
func (d *docScan) deTypeNames(sc *sentScan) {
	if d.lw.code != "de" {
		return
	}
	var added []mention
	for _, g := range sc.mentions {
		if g.kind != mGeneric {
			continue
		}
		k := -1
		switch {
		case g.tok1+2 < len(sc.toks) && deTypeWord(sc.toks[g.tok1].norm, sc.toks[g.tok1+1].norm):
			k = g.tok1 + 2 // "Schützenpanzer vom Typ Bradley"
		case g.tok0 > 0 && sc.toks[g.tok0].gap == "-":
			k = g.tok0 - 1 // "Fuchs-Panzer"
		}
		if k < 0 || sc.inMention(k) {
			continue
		}
		t := sc.toks[k]
		r := []rune(t.raw)
		if len(r) < 4 || !unicode.IsUpper(r[0]) {
			continue
		}
		id := d.x.typeNames[t.norm+"|"+g.id]
		if id == "-" {
			id = d.r13KindName(sc, g, k) // all_r13_detrans_kindname.go: "Schützenpanzer vom Typ Puma"
		}
		if id == "" || id == "-" {
			continue
		}
		added = append(added, mention{kind: mSystem, id: id, start: t.start, end: t.end, tok0: k, tok1: k + 1})
	}
	sc.addMentions(added)
}

// addMentions adds mentions to the sentence's, keeping them in text order
// (a copy: the sentence's slice may be shared).
func (sc *sentScan) addMentions(added []mention) {
	if len(added) == 0 {
		return
	}
	ms := append(append([]mention(nil), sc.mentions...), added...)
	for i := len(sc.mentions); i < len(ms); i++ {
		for j := i; j > 0 && ms[j].tok0 < ms[j-1].tok0; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	sc.mentions = ms
}

// deTypeWord: "vom Typ", "des Typs", "der Klasse", "vom Modell", "der
// Baureihe".
func deTypeWord(a, b string) bool {
	switch a + " " + b {
	case "vom typ", "des typs", "des typ", "der klasse", "vom modell", "des modells", "der baureihe":
		return true
	}
	return false
}

// inMention reports whether token k belongs to a mention of the sentence.
func (sc *sentScan) inMention(k int) bool {
	for _, m := range sc.mentions {
		if k >= m.tok0 && k < m.tok1 {
			return true
		}
	}
	return false
}

// typeNameIndex maps the capitalised words of the systems' aliases by
// category to the system: "bradley|armoured-vehicles" -> "m2-bradley";
// "-" when the word names several systems of the category. New makes it
// once (Extractor.typeNames).
func typeNameIndex(lex *lexicon.Lexicon) map[string]string {
	idx := map[string]string{}
	for _, s := range lex.Systems {
		seen := map[string]bool{}
		for _, a := range append([]string{s.Name}, s.Aliases...) {
			for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
				r := []rune(w)
				if len(r) < 4 || !unicode.IsUpper(r[0]) {
					continue
				}
				ok := true
				for _, c := range r {
					if !unicode.IsLetter(c) {
						ok = false
					}
				}
				if !ok {
					continue
				}
				key := normWord(w) + "|" + s.Category
				if seen[key] {
					continue
				}
				seen[key] = true
				if old, had := idx[key]; had && old != s.ID {
					idx[key] = "-"
				} else {
					idx[key] = s.ID
				}
			}
		}
	}
	return idx
}
