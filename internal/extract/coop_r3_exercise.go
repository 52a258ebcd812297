package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Doubts on an exercise candidate: an Arabic document calling its exercise
// national (arNationalExercise, beside fr_exercise.go's nationalExercise),
// and a name read for the exercise that is no name (exerciseNotName).

// arNationalRe finds an exercise the Arabic text calls national ("مناورة
// وطنية", "تمرين وطني", "المناورات الوطنية"): one state training its own
// forces, no joint exercise. nationalRe (fr_exercise.go) reads the other
// languages.
var arNationalRe = regexp.MustCompile(`(?:مناورة|مناورات|المناورة|المناورات|تمرين|تمارين|التمرين|التمارين)\s+(?:ال)?وطني(?:ة|ه)?(?:\s|$|[،.,])`)

// arNationalExercise reports whether an Arabic document calls its exercise
// national, read once per document like nationalExercise.
func (d *docScan) arNationalExercise() bool {
	if d.lw.code != "ar" {
		return false
	}
	if d.arNational == 0 {
		d.arNational = 1
		if arNationalRe.MatchString(d.doc.Text) {
			d.arNational = 2
		}
	}
	return d.arNational == 2
}

// exerciseNotName reports whether the name read for an exercise is no
// name: words all in lower case, as a judgement the quotes made a name
// ("un exercice « inédit »", "un ejercicio “histórico”"), a weekday or a month
// read as a capitalised name ("a joint exercise Monday"), or in Arabic one
// indefinite word ending in the feminine "ة" that agrees with the
// exercise word as an adjective ("مناورة "خطرة""; names of one word are
// proper nouns: "تبوك", "مرجان").
func (sc *sentScan) exerciseNotName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if sc.lw.code == "ar" {
		w := words[0]
		return len(words) == 1 && strings.HasSuffix(w, "ة") && !strings.HasPrefix(w, "ال") && !strings.ContainsAny(w, "0123456789")
	}
	first := normWord(strings.Trim(words[0], ".,;:")) // normWord lower-cases
	if _, ok := sc.lw.months[first]; ok && len(words) == 1 {
		return true
	}
	for _, p := range sc.cuePositions("weekday") {
		if sc.toks[p].norm == first {
			return true
		}
	}
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
