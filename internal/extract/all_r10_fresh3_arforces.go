package extract

import (
	"strings"
	"unicode/utf8"
)

// fresh3ArGiverForces reads an Arabic verb whose subject is a state's armed
// forces named between the verb and the state: "قدمتها القوات الجوية لدولة
// الإمارات" ("which the air force of the UAE gave"), "سلّمتها البحرية
// المصرية". The "ل" on the state after the forces is a genitive ("of"),
// not "to": the verb before the forces, with its object attached as a
// pronoun, has the forces for its subject. ok is false when no force word
// stands between, when "ل" is on the forces themselves ("للقوات الجوية
// الإماراتية": to them) or when no verb of giving or getting precedes.
func (sc *sentScan) fresh3ArGiverForces(m mention) (sup, rec, ok bool) {
	if !sc.toks[m.tok0].arabic || m.tok0 < 2 {
		return false, false, false
	}
	if m.prefix != "" && m.prefix != "ل" {
		return false, false, false
	}
	k := m.tok0 - 1
	// "لدولة الإمارات": the word for a state, with the genitive "ل"
	if n := sc.toks[k].norm; (n == "لدوله" || n == "دوله") && m.prefix == "" {
		k--
	}
	forces := 0
	for ; k >= 0 && k >= m.tok0-5; k-- {
		if arRoyalWord(sc.toks[k]) {
			continue
		}
		f, lam := sc.arabicForceWord(sc.toks[k])
		if !f {
			break
		}
		if lam {
			return false, false, false // "للقوات الجوية": given to them
		}
		forces++
		if clauseGap(sc.toks[k+1]) {
			return false, false, false
		}
	}
	if forces == 0 || k < 0 || clauseGap(sc.toks[k+1]) {
		return false, false, false
	}
	// the verb carries its object as a pronoun ("قدمتها", "سلّمه"), so the
	// forces after it are its subject; "فسلمت الجيش اللبناني" hands over
	// to the forces it names
	w := sc.toks[k].norm
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		t := []token{{norm: stem, arabic: true}}
		if n, _ := sc.lw.set("stage-received").at(t, 0); n > 0 {
			return false, true, true // "تسلمها الجيش"
		}
		if n, _ := sc.lw.set("supply-verb").at(t, 0); n > 0 {
			return true, false, true
		}
		if n, _ := sc.lw.set("stage-delivered").at(t, 0); n > 0 {
			return true, false, true
		}
	}
	return false, false, false
}
