package extract

import "strings"

// A name and a number written apart before an English weapon noun: "the
// Falke 2 drone", "a Orka 3 patrol boat", "12 Falke 2 drones". The number
// is part of the model's name, not a count, when the noun is singular (no
// count stands before a singular noun) or when a count already stands
// before the name. designations.go asks it before it reads "Some 20
// drones" as a count; the name it then makes covers the number, which the
// scan (scan.go, designationPart) then no longer counts.

// nameNumberBeforeNoun reports whether the number at toks[e-1], after the
// capitalised name toks[st:e-1], belongs to the name of the weapon noun at
// toks[e].
func nameNumberBeforeNoun(toks []token, st, e int, lang string) bool {
	if lang != "en" || st >= e-1 || e >= len(toks) || !toks[e-1].digit || len(toks[e-1].raw) > 3 {
		return false
	}
	for t := st; t < e-1; t++ {
		if toks[t].digit || !isCapitalised(toks[t].raw) {
			return false
		}
	}
	if st == 0 {
		return false // "Some 20 drones", "About 20 drones": a sentence's first word
	}
	if englishSingular(toks[e].norm) {
		return true
	}
	// "12 Falke 2 drones", "two Falke 2 drones": the count comes first
	p := toks[st-1]
	return p.digit || englishCountWords[p.norm]
}

// englishSingular: an English noun without the plural's s ("drone",
// "frigate"; "class" and "chassis" are singular too).
func englishSingular(w string) bool {
	return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is")
}

// englishCountWords are the counts in words that may stand before a
// model's name.
var englishCountWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true}
