package extract

// arEachOf reads the "من" of "كل من" ("each of", "both"), which opens a
// list of states and names no seller: "باعت الصين طائرات مسيرة لكل من
// المغرب والجزائر" (the states after "لكل من" buy), "اشترت أسلحة من كل من
// فرنسا وإيطاليا" (after "من كل من" they sell), "اشترت كل من مصر والجزائر"
// (a subject: the verb decides). ok is false when the state does not follow
// "كل من"; with ok, sup and rec are what the word before "كل" marks.
func (sc *sentScan) arEachOf(m mention) (sup, rec, ok bool) {
	if sc.lw.code != "ar" || m.tok0 < 2 || sc.toks[m.tok0-1].norm != "من" {
		return false, false, false
	}
	k := m.tok0 - 2
	w := sc.toks[k].norm
	if arInSet(arEachWords, w) {
		switch {
		case w != "كل" && w != "وكل" && w != "كلا" && w != "وكلا" && w != "بكل":
			return false, true, true // "لكل من", "للكل من"
		case k > 0 && sc.toks[k-1].norm == "من":
			return true, false, true // "من كل من فرنسا وإيطاليا"
		case k > 0 && arInSet(arToWords, sc.toks[k-1].norm):
			return false, true, true // "إلى كل من المغرب"
		}
		return false, false, true
	}
	return false, false, false
}

var (
	arEachWords = arWordSet("كل", "كلا")
	arToWords   = arWordSet("إلى", "الى", "لصالح")
)
