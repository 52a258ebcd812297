package extract

import (
	"regexp"
	"strings"
)

// deNamedExercise reads a German exercise named with "unter dem Namen",
// "mit dem Namen", "namens" or "Codename" in a sentence about training:
// "Mehr als 6.000 Soldaten trainieren unter dem Namen „Allied Spirit“",
// "Die Marinen üben unter dem Codenamen „Baltic Shield“". The sentence has
// an exercise word or a verb of training (üben, trainieren). It returns
// the name and the token of the training word.
func (sc *sentScan) deNamedExercise() (string, int) {
	if sc.lw.code != "de" {
		return "", 0
	}
	low := sc.lower()
	if !strings.Contains(low, "name") {
		return "", 0
	}
	at := -1
	if ps := sc.cuePositions("exercise"); len(ps) > 0 {
		at = ps[0]
	}
	for k := 0; k < len(sc.toks) && at < 0; k++ {
		if trainingVerbDE(sc.toks[k].norm) {
			at = k
		}
	}
	if at < 0 {
		return "", 0
	}
	if mm := deNamedRe.FindStringSubmatch(sc.s.text); mm != nil {
		return strings.TrimSpace(mm[1]), at
	}
	return "", 0
}

// deNamedRe finds the name after "unter dem Namen", "mit dem Namen",
// "namens", "Codename(n)": quoted, or capitalised words.
var deNamedRe = regexp.MustCompile(`(?:(?:unter|mit) dem (?:Code)?[Nn]amen|namens|Codenamen?)\s+[«"“„»]?\s*((?:\p{Lu}[\p{L}0-9-]*)(?:\s+(?:\p{Lu}[\p{L}0-9-]*|\d{4}))*)`)

// trainingVerbDE reports whether a German word is a form of üben or
// trainieren ("üben", "übt", "übten", "trainieren", "trainierten").
func trainingVerbDE(w string) bool {
	switch w {
	case "uben", "ubt", "ubte", "ubten", "geubt":
		return true
	}
	return strings.HasPrefix(w, "trainier")
}
