package extract

import (
	"strings"
	"unicode/utf8"
)

// Arabic names exercises in brackets as often as in quotes: "تمرين (درع
// الصحراء 2022)", "المناورة العسكرية (صقور الليل 3)", the bracket right
// after the exercise word and its adjectives ("التمرين البحري الثنائي").
// A bracket that holds a state or a system, or no Arabic letter ("(2022)",
// "(غرب مصر)"), names nothing. Bare names with their edition ("التمرين
// المشترك درع الصحراء 2022") were tried and not kept: they added wrong
// exercises on unseen news and no right one.

// arrecallExerciseName returns the bracketed name after an Arabic
// exercise word, and the word's token.
func (sc *sentScan) arrecallExerciseName() (string, int) {
	if sc.lw.code != "ar" {
		return "", 0
	}
	cues := sc.cuePositions("exercise")
	if len(cues) == 0 {
		return "", 0
	}
	ex := sc.lw.set("exercise")
	for _, p := range cues {
		n, _ := ex.at(sc.toks, p)
		j := p + n
		for j < len(sc.toks) && arrecallExerciseAdj[sc.toks[j].norm] && !sc.boundaryBetween(j-1, j) {
			j++
		}
		if j >= len(sc.toks) {
			continue
		}
		if name := sc.arrecallBracketName(j); name != "" {
			return name, p
		}
	}
	return "", 0
}

// arrecallBracketName reads "(name)" right before token j.
func (sc *sentScan) arrecallBracketName(j int) string {
	gap := strings.TrimSpace(sc.toks[j].gap)
	if gap != "(" {
		return ""
	}
	from := sc.toks[j].start - sc.s.start
	runes := []rune(sc.s.text)
	if from < 0 || from >= len(runes) {
		return ""
	}
	rest := string(runes[from:])
	k := strings.IndexAny(rest, ")(،.")
	if k <= 0 || rest[k] != ')' {
		return ""
	}
	name := strings.TrimSpace(rest[:k])
	if c := utf8.RuneCountInString(name); c < 2 || c > 40 || !arrecallHasArabic(name) {
		return ""
	}
	// "(غرب البلاد)", "(2022)": a place or a date in brackets is no name
	if sc.arrecallStateIn(sc.toks[j].start, sc.toks[j].start+utf8.RuneCountInString(rest[:k])) {
		return ""
	}
	return name
}

// arrecallStateIn reports whether a state, an organisation or a system is
// named within runes [r0, r1).
func (sc *sentScan) arrecallStateIn(r0, r1 int) bool {
	for _, m := range sc.mentions {
		if (m.kind == mCountry || m.kind == mSystem) && m.start < r1 && m.end > r0 {
			return true
		}
	}
	return false
}

func arrecallHasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0621 && r <= 0x064A {
			return true
		}
	}
	return false
}

// arrecallExerciseAdj are the adjectives after an exercise word (norms:
// article off, ة as ه).
var arrecallExerciseAdj = arWordSet("العسكري", "العسكرية", "المشترك", "المشتركة", "البحري", "البحرية", "الجوي", "الجوية", "البري", "البرية", "الثنائي", "الثنائية", "السنوي", "السنوية", "الدولي", "الدولية", "التكتيكي", "التكتيكية", "المختلط", "المختلطة", "الضخم", "الضخمة", "متعدد", "متعددة", "الجنسيات", "الإقليمي", "الإقليمية", "الميداني", "الميدانية", "التعبوي", "التعبوية", "الاستراتيجي", "الاستراتيجية")
