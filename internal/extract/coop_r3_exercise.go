package extract

import "regexp"

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
