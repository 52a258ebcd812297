package extract

import (
	"regexp"
	"strings"
)

// namedAsRe finds a quoted name given with a naming word: "Baptisé
// « Xaritoo 2022 », cet exercice …", "dénommé « Flintlock »", "dubbed
// 'Sea Breeze'", "denominado «Solidaridad»".
var namedAsRe = regexp.MustCompile(`(?i:baptisée?s?|dénommée?s?|intitulée?s?|surnommée?s?|dubbed|code-?named|denominad[oa]s?|bautizad[oa]s?)\s*[«"“„]\s*([^»"”“«]{2,40}?)\s*[»"”“]`)

// namedExercise returns the name a naming word gives in a sentence that
// speaks of an exercise, when the name comes before the exercise word
// ("Baptisé « X », cet exercice interarmées réunit …"), and the token
// of the exercise word.
func (sc *sentScan) namedExercise() (string, int) {
	ps := sc.cuePositions("exercise")
	if len(ps) == 0 {
		return "", 0
	}
	low := strings.ToLower(sc.s.text)
	if !containsAny(low, namedAsHints) {
		return "", 0
	}
	if mm := namedAsRe.FindStringSubmatch(sc.s.text); mm != nil {
		return strings.TrimSpace(mm[1]), ps[0]
	}
	return "", 0
}

// namedAsHints are the words namedAsRe needs, lower case.
var namedAsHints = []string{"baptis", "dénomm", "intitul", "surnomm", "dubbed", "named", "denominad", "bautizad"}
