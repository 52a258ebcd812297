package extract

import (
	"regexp"
	"strings"
)

// namedAsRe finds a quoted name given with a naming word: "Baptisé
// « Xaritoo 2022 », cet exercice …", "dénommé « Flintlock »", "dubbed
// 'Sea Breeze'", "denominado «Solidaridad»", and the plain naming
// participles (round 16): "Appelées « Western Accord », ces manœuvres …",
// "un exercice nommé « Chergui 2022 »", "an exercise called "Balikatan
// 2024"", "un ejercicio llamado «Unitas»", "eine Übung namens „Nordwind“",
// "mit dem Namen „X“", "Codename „X“". Each word must start a word
// ("renamed", "Renommés", "so-called" are no naming) and the quote must
// follow it at once.
var namedAsRe = regexp.MustCompile(`(?i:\b(?:baptisée?s?|dénommée?s?|intitulée?s?|surnommée?s?|dubbed|code-?named|denominad[oa]s?|bautizad[oa]s?|appelée?s?|nommée?s?|called|named|llamad[oa]s?|namens|mit dem Namen|unter dem Namen|Codenamen?))\s*[«"“„]\s*([^»"”“«]{2,40}?)\s*[»"”“]`)

// namedExercise returns the name a naming word gives in a sentence that
// speaks of an exercise, when the name comes before the exercise word
// ("Baptisé « X », cet exercice interarmées réunit …"), and the token
// of the exercise word.
func (sc *sentScan) namedExercise() (string, int) {
	ps := sc.cuePositions("exercise")
	if len(ps) == 0 {
		return "", 0
	}
	if n := namedAs(sc.s.text, sc.lower()); n != "" {
		return n, ps[0]
	}
	return "", 0
}

// namedAs returns the quoted name a naming word gives in a sentence (low
// is its lower-case text), or "".
func namedAs(text, low string) string {
	if !containsAny(low, namedAsHints) {
		return ""
	}
	if mm := namedAsRe.FindStringSubmatch(text); mm != nil {
		return strings.TrimSpace(mm[1])
	}
	return ""
}

// namedAsHints are the words namedAsRe needs, lower case.
var namedAsHints = []string{"baptis", "dénomm", "intitul", "surnomm", "dubbed", "named", "denominad", "bautizad", "appel", "nomm", "called", "llamad", "namen", "codename"}

// nationalRe finds an exercise the text calls national: "cette manœuvre
// nationale", "un exercice national", "a national exercise", "el
// ejercicio nacional", "die nationale Übung".
var nationalRe = regexp.MustCompile(`(?i)(?:exercices?|man(?:œ|oe)uvres?|ejercicios?|maniobras?|exercises?)\s+(?:nationa(?:l|le|les|ux)|nacional(?:es)?)\b|\bnational\s+(?:exercises?|drills?)\b|\bnationale[nrs]?\s+(?:Übung|Übungen|Manöver|Militärübung|Großübung)\b`)

// nationalExercise reports whether the document calls its exercise
// national: one state training its own forces ("SALOUM 2024", "cette
// manœuvre nationale") is no joint exercise. The text is read once per
// document (its answer kept in d.national), not once per exercise, and
// only when it has the word every pattern of nationalRe needs: the
// case-folding automaton costs about a thousand instructions a byte.
func (d *docScan) nationalExercise() bool {
	if d.national == 0 {
		d.national = 1
		if low := strings.ToLower(d.doc.Text); (strings.Contains(low, "nationa") || strings.Contains(low, "nacional")) && nationalRe.MatchString(d.doc.Text) {
			d.national = 2
		}
	}
	return d.national == 2
}
