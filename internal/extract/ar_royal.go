package extract

// arRoyalWord reports whether an Arabic token is an honorific adjective of
// a monarchy's armed forces ("الملكية", "السلطاني", "الأميري") that stands
// between the words for the forces and the state's demonym: "القوات
// الجوية الملكية السعودية", "لسلاح الجو السلطاني العماني". The forces are
// the state's all the same (arabicForcesBefore in roles.go).
func arRoyalWord(t token) bool {
	if !t.arabic {
		return false
	}
	var vb [maxArabicVariants]string
	for _, v := range appendArabicVariants(vb[:0], t.norm) {
		if arRoyalWords[stripArticle(v)] {
			return true
		}
	}
	return false
}

// arRoyalWords, normalised without the article (ة → ه).
var arRoyalWords = map[string]bool{
	"ملكيه": true, "ملكي": true, "سلطاني": true, "سلطانيه": true,
	"اميري": true, "اميريه": true,
}
