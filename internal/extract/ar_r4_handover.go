package extract

// arHandsOver reports whether the unvowelled Arabic "تسلم" at token k is
// "تُسلِّم" (hands over), not "تَسلَّم" (received), which the lexicon reads it
// as: a state stands right before it and another right after it ("فرنسا
// تسلم الجزائر طائرتي نقل"), or two states follow it with nothing between
// them ("تسلم فرنسا الجزائر طائرات"). "Received" takes no state as its
// object: its giver comes after "من" ("تسلم المغرب طائرات من فرنسا").
func (sc *sentScan) arHandsOver(k int) bool {
	if sc.lw.code != "ar" || k+1 >= len(sc.toks) || !arInSet(arHandOverVerbs, sc.toks[k].norm) {
		return false
	}
	after, ok := sc.countryMentionAt(k + 1)
	if !ok || after.sub == "demonym" {
		return false
	}
	if sc.endsCountry(k) {
		return true
	}
	next, ok := sc.countryMentionAt(after.tok1)
	return ok && next.sub != "demonym"
}

var arHandOverVerbs = arWordSet("تسلم", "تسلّم")
