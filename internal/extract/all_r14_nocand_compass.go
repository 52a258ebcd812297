package extract

import "strings"

// r14CompassPrefixes are the German compass words written in one word
// with a state's name: "Nordirak", "Ostukraine", "Südlibanon", longest
// first.
var r14CompassPrefixes = [...]string{"nordost", "nordwest", "sudost", "sudwest", "nord", "sud", "ost", "west"}

// r14CompassState reads a German compound of a compass word and a state's
// name ("Waffen für die Kurden im Nordirak", "Raketen für die
// Ostukraine") as the state, when no alias of the lexicon spells the whole
// word (Südkorea, Nordmazedonien, Osttimor are states of their own and
// match first). Only a state's name counts, not its demonym or capital.
func (m *matcher) r14CompassState(toks []token, i int, lang string) *entry {
	t := &toks[i]
	if lang != "de" || t.digit || t.arabic || !isCapitalised(t.raw) || len(t.norm) < 7 {
		return nil
	}
	for _, p := range r14CompassPrefixes {
		if !strings.HasPrefix(t.norm, p) {
			continue
		}
		rest := t.norm[len(p):]
		if len(rest) < 4 {
			return nil
		}
		n := m.root.next[rest]
		if n == nil {
			return nil
		}
		for _, e := range n.entries {
			if e.kind == mCountry && (e.sub == "name" || e.sub == "variant") && (e.lang == "" || e.lang == "*" || e.lang == lang) {
				return e
			}
		}
		return nil
	}
	return nil
}
