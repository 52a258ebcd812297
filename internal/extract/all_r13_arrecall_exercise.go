package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Arabic names exercises without quotes as often as with them: in
// brackets ("تمرين (درع الصحراء 2022)", "المناورة العسكرية (صقور الليل
// 3)") or bare with their edition or year after the exercise word and its
// adjectives ("التمرين البحري الثنائي نسيم البحر 14", "التدريب المشترك درع
// الصحراء 2022"). Arabic has no capitals to mark a name, so a bare name is
// one to three words that end in an edition (1–99) or a year, none of them
// a function word, a month or a state, and no counted unit after the
// number ("تمرين استمر 10 أيام" names nothing).

// arrecallExerciseName returns the bracketed or bare name after an Arabic
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
		if name := sc.arrecallBareName(j); name != "" {
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

// arrecallBareName reads one to three words ending in an edition or a
// year from token j.
func (sc *sentScan) arrecallBareName(j int) string {
	for k := j; k < len(sc.toks) && k < j+4; k++ {
		t := sc.toks[k]
		if k > j && sc.boundaryBetween(k-1, k) {
			return ""
		}
		if t.digit {
			if k == j || !arrecallEdition(t.raw) {
				return ""
			}
			if k+1 < len(sc.toks) && !sc.boundaryBetween(k, k+1) && arrecallUnitAfter[sc.toks[k+1].norm] {
				return ""
			}
			if sc.arrecallStateIn(sc.toks[j].start, t.end) {
				return ""
			}
			return strings.TrimSpace(string([]rune(sc.s.text)[sc.toks[j].start-sc.s.start : t.end-sc.s.start]))
		}
		if !t.arabic || arrecallNameStop[t.norm] || arrecallNameStop[stripArticle(strings.TrimPrefix(t.norm, "و"))] || sc.lw.isWord("month", t.norm) || sc.lw.isWord("weekday", t.norm) {
			return ""
		}
	}
	return ""
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

// arrecallEdition: an edition number (1–99) or a year (1990–2039).
func arrecallEdition(raw string) bool {
	v, err := strconv.Atoi(raw)
	return err == nil && (v >= 1 && v <= 99 || v >= 1990 && v <= 2039)
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
var arrecallExerciseAdj = normArabicSet("العسكري", "العسكرية", "المشترك", "المشتركة", "البحري", "البحرية", "الجوي", "الجوية", "البري", "البرية", "الثنائي", "الثنائية", "السنوي", "السنوية", "الدولي", "الدولية", "التكتيكي", "التكتيكية", "المختلط", "المختلطة", "الضخم", "الضخمة", "متعدد", "متعددة", "الجنسيات", "الإقليمي", "الإقليمية", "الميداني", "الميدانية", "التعبوي", "التعبوية", "الاستراتيجي", "الاستراتيجية")

// arrecallNameStop are words no exercise name holds: prepositions,
// pronouns, time and counting words, verbs of taking part.
var arrecallNameStop = normArabicSet("في", "مع", "بين", "على", "من", "إلى", "عن", "التي", "الذي", "اللذين", "اللتين", "الذين", "اليوم", "أمس", "يوم", "أيام", "عام", "العام", "سنة", "لمدة", "مدة", "مشاركة", "بمشاركة", "حيث", "خلال", "شهر", "منذ", "قبل", "بعد", "هذا", "هذه", "ذلك", "تلك", "نحو", "حوالي", "أكثر", "أقل", "ثم", "كما", "أو", "قرابة", "زهاء", "نسخة", "النسخة", "دورة", "الدورة", "نسختها", "دورتها", "رقم", "المرحلة", "مرحلة", "استمر", "استمرت", "يستمر", "تستمر", "شارك", "شاركت", "يشارك", "تشارك", "بلغ", "بلغت", "ضم", "ضمت", "يضم", "تضم", "عدد", "بعدد", "قوامها", "قوامه", "لنحو", "وحدة", "وحدات", "جندي", "جنود")

// arrecallUnitAfter are nouns a number before them counts ("10 أيام",
// "5000 جندي"): the number is a count, not the name's edition.
var arrecallUnitAfter = normArabicSet("يوما", "يوم", "أيام", "أسابيع", "أسبوع", "أسبوعا", "ساعة", "ساعات", "شهر", "أشهر", "جندي", "جنديا", "جنود", "عسكري", "عسكريا", "دولة", "دول", "طائرة", "طائرات", "سفينة", "سفن", "قطعة", "مقاتلة", "ألف", "آلاف", "مليون", "فردا", "فرد", "عنصر", "عنصرا", "مشارك", "مشاركا", "كيلومتر", "كلم", "كم", "ميل", "بالمئة", "بالمائة", "في المئة", "دقيقة", "دقائق")

// normArabicSet is a set of Arabic words as tokens' norm spells them
// (normalised letters, article off).
func normArabicSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[stripArticle(normWord(w))] = true
	}
	return m
}
