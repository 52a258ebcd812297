package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// countedHeads: the name of a system that the catalogue lists only after
// or before a word of its kind ("blindés Bastion", "hélicoptères Tigre",
// "Gazelle helicopter") because the name alone is an ordinary word
// (bastion, tigre, gazelle, griffon) names the system on its own when a
// number counts it, capitalised inside the sentence: "dix Bastions",
// "92 Griffon de plus", "deux Tigre", "zwölf Gepard". The name must belong
// to one system only and name no maker, and it is read so only in the
// languages of the words of its kind that the catalogue writes it with
// ("Leopard tanks": English, not "18 Leopard ayudará" in Spanish).
func (m *matcher) addCountedHeads(lex *lexicon.Lexicon) {
	generic := map[string][]string{} // the word of a kind -> its languages
	for _, g := range lex.Generics {
		k := normJoin(tokenize(g.Text, 0))
		generic[k] = append(generic[k], g.Lang)
	}
	heads := map[string]string{}
	langs := map[string]map[string]bool{} // the languages whose word of a kind goes with the name
	for _, s := range lex.Systems {
		for _, a := range s.Aliases {
			toks := tokenize(a, 0)
			if len(toks) < 2 {
				continue
			}
			var head token
			var rest []token
			switch {
			case isCapitalised(toks[len(toks)-1].raw) && !isCapitalised(toks[0].raw):
				head, rest = toks[len(toks)-1], toks[:len(toks)-1]
			case isCapitalised(toks[0].raw) && !isCapitalised(toks[len(toks)-1].raw):
				head, rest = toks[0], toks[1:]
			default:
				continue
			}
			gl := generic[normJoin(rest)]
			if head.digit || head.arabic || isUpperWord(head.raw) || len([]rune(head.raw)) < 4 || len(gl) == 0 {
				continue
			}
			if langs[head.norm] == nil {
				langs[head.norm] = map[string]bool{}
			}
			for _, l := range gl {
				langs[head.norm][l] = true
			}
			if id, ok := heads[head.norm]; ok && id != s.ID {
				heads[head.norm] = ""
				continue
			}
			heads[head.norm] = s.ID
		}
	}
	for _, n := range lex.Named { // "deux Saab" are a maker's aircraft
		if n.Kind == "maker" {
			for _, a := range append([]string{n.Name}, n.Aliases...) {
				if toks := tokenize(a, 0); len(toks) > 0 {
					delete(heads, toks[0].norm)
				}
			}
		}
	}
	m.counted = map[string]*entry{}
	m.countedLangs = map[string]map[string]bool{}
	m.countOne = map[string]bool{} // "ein Krug Bier", "un Bastion": an article
	for _, code := range lex.Langs() {
		for _, w := range lex.Lang(code).Words["number"] {
			if toks := tokenize(w.Text, 0); w.Value == "1" && len(toks) == 1 {
				m.countOne[toks[0].norm] = true
			}
		}
	}
	for w, id := range heads {
		if id == "" {
			continue
		}
		if n := m.root.next[w]; n != nil && len(n.entries) > 0 {
			continue // the name alone already names something
		}
		m.counted[w] = &entry{kind: mSystem, id: id, lang: "*", raw: []string{w}, nTokens: 1}
		m.countedLangs[w] = langs[w]
	}
}

// countedHead returns the system that toks[i] names as a counted head
// (addCountedHeads), or nil.
func (m *matcher) countedHead(toks []token, i int, lang string) *entry {
	if i == 0 || lang == "ar" || m.counted == nil {
		return nil
	}
	t := toks[i]
	if !isCapitalised(t.raw) || isUpperWord(t.raw) || t.digit {
		return nil
	}
	p := toks[i-1]
	if !(p.digit || m.isWord(lang, "number", p.norm)) || m.countOne[p.norm] || p.raw == "1" {
		return nil
	}
	if p.digit && p.gap == "" && i >= 2 { // "6x6 Guarani": a wheel formula
		return nil
	}
	if strings.HasSuffix(p.raw, ".") || t.gap != " " {
		return nil
	}
	w := t.norm
	if m.counted[w] == nil {
		w = strings.TrimSuffix(w, "s")
	}
	if e := m.counted[w]; e != nil && m.countedLangs[w][lang] {
		return e
	}
	return nil
}

func normJoin(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.norm
	}
	return strings.Join(parts, " ")
}
