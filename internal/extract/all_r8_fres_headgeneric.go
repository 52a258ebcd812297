package extract

import (
	"regexp"
	"strings"
)

// A generic word that heads a named system a few descriptive words later
// names that system, not a second one: "vehículos de combate blindados a
// rueda (VCBR) 8x8 M1126 Stryker", "véhicules blindés à roues (VBMR) 6x6
// Griffon", "wheeled armoured vehicles (APC) 8x8 Stryker". systemFollows
// (transfer.go) took only four words with no bracket between; past them
// the generic word made a category-only transfer of its own, a duplicate
// of the named one (a false positive) that also took the roles the
// sentence gives the system (reversed, when the named system was later
// read as the seller's).

// headsSystem reports whether the generic mention k describes a system
// mention after a run of descriptive words: a bracketed acronym, a
// wheel-count ("8x8"), words for wheels, tracks, type and model.
func (sc *sentScan) headsSystem(k int) bool {
	g := sc.mentions[k]
	for _, o := range sc.mentions[k+1:] {
		if o.tok0-g.tok1 > 8 {
			return false
		}
		if o.kind == mCountry && o.sub == "demonym" || o.kind == mGeneric {
			continue // "vehículos de combate blindados": a second generic word describes
		}
		if o.kind != mSystem {
			return false
		}
		for t := g.tok1; t < o.tok0; t++ {
			if !sc.descriptiveAt(t) {
				return false
			}
		}
		return !sc.cueIn("host", g.tok1, o.tok0)
	}
	return false
}

// descriptiveAt reports whether token t only describes the goods between a
// generic word and a system's name (a word of the lexicon's
// quality-descriptive among others: "wheeled", "à roues", "del modelo").
func (sc *sentScan) descriptiveAt(t int) bool {
	tk := sc.toks[t]
	w := tk.norm
	if strings.ContainsAny(tk.gap, ",;:.!?\n") {
		return false
	}
	// "(VCBR)": a bracketed acronym
	if strings.Contains(tk.gap, "(") && t+1 < len(sc.toks) && strings.Contains(sc.toks[t+1].gap, ")") {
		return true
	}
	if strings.Contains(tk.gap, ")") && t > 0 && strings.Contains(sc.toks[t-1].gap, "(") {
		// the word after the bracket: judged by itself below
	} else if strings.ContainsAny(tk.gap, "()") {
		return false
	}
	return wheelCountRe.MatchString(w) || sc.wheelCountAt(t) || sc.genericAt(t) || sc.lw.isWord("quality-descriptive", w) || sc.countryTokens()[t] != countryNone && sc.isDemonymAt(t)
}

// isDemonymAt reports whether token t is inside a demonym mention.
func (sc *sentScan) isDemonymAt(t int) bool {
	for _, m := range sc.countries() {
		if m.sub == "demonym" && t >= m.tok0 && t < m.tok1 {
			return true
		}
	}
	return false
}

var wheelCountRe = regexp.MustCompile(`^\d+x\d+$`)

// wheelCountAt reports whether token t is a piece of a wheel count the
// tokenizer split ("8x8" as "8", "x", "8").
func (sc *sentScan) wheelCountAt(t int) bool {
	tight := func(k int) bool { return k >= 0 && k < len(sc.toks) && sc.toks[k].gap == "" }
	w := sc.toks[t].norm
	switch {
	case w == "x":
		return t > 0 && t+1 < len(sc.toks) && tight(t) && tight(t+1) && sc.toks[t-1].digit && sc.toks[t+1].digit
	case sc.toks[t].digit:
		return t+1 < len(sc.toks) && sc.toks[t+1].norm == "x" && tight(t+1) || t > 0 && sc.toks[t-1].norm == "x" && tight(t)
	}
	return false
}

// headCount returns the count before the generic word that heads the
// system mention m past descriptive words ("cuatro vehículos blindados a
// rueda (VCBR) 8x8 M1126 Stryker"), or 0.
func (sc *sentScan) headCount(m mention) int {
	if m.kind != mSystem {
		return 0
	}
	for k, g := range sc.mentions {
		if g.kind != mGeneric || g.tok1 > m.tok0 || m.tok0-g.tok1 > 8 || !sc.headsSystem(k) {
			continue
		}
		// the first system after g must be m
		for _, o := range sc.mentions[k+1:] {
			if o.kind == mSystem {
				if o.tok0 == m.tok0 {
					return sc.quantityBefore(g)
				}
				break
			}
		}
	}
	return 0
}
