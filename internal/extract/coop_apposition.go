package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// appositionExerciseRe finds a capitalised name followed by an apposition
// that calls it an exercise: "participa en Dynamic Mariner, un ejercicio de
// respuesta a crisis", "Cutlass Express, an annual maritime exercise",
// "Sea Border, un exercice conjoint", "Iron Wolf, eine Übung der Nato".
// The name is one to four capitalised words and an optional edition.
var appositionExerciseRe = regexp.MustCompile(`((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,3}(?:\s+\d{1,4})?),\s+(?:an?|un|una|une|ein|eine|einer)\s+(?:[\p{L}-]+\s+){0,2}(?i:exercise|drill|ejercicio|maniobras|exercice|manœuvre|manoeuvre|übung|manöver|militärübung|marineübung)\b`)

// exerciseApposition returns the name an apposition calls an exercise and
// the token of the sentence's first exercise word. A name that is a state
// or an organisation ("Spain, a NATO exercise host") is not one, nor is
// one capitalised word that opens the sentence ("Meanwhile, an exercise
// of …", "Además, un ejercicio …": an adverb, not a name); the first
// match that is a name wins.
func (sc *sentScan) exerciseApposition() (string, int) {
	ps := sc.cuePositions("exercise")
	if len(ps) == 0 || !strings.Contains(sc.s.text, ",") {
		return "", 0
	}
	for _, ix := range appositionExerciseRe.FindAllStringSubmatchIndex(sc.s.text, -1) {
		name := strings.TrimSpace(sc.s.text[ix[2]:ix[3]])
		if strings.TrimSpace(sc.s.text[:ix[2]]) == "" && !strings.ContainsAny(name, " \t") {
			continue
		}
		r0 := sc.s.start + utf8.RuneCountInString(sc.s.text[:ix[2]])
		r1 := sc.s.start + utf8.RuneCountInString(sc.s.text[:ix[3]])
		party := false
		for _, m := range sc.mentions {
			if (m.kind == mCountry || m.kind == mNamed) && m.start < r1 && m.end > r0 {
				party = true
				break
			}
		}
		if !party {
			return name, ps[0]
		}
	}
	return "", 0
}
