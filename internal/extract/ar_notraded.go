package extract

import "strings"

// arNotTraded reports whether an Arabic system or generic mention names
// equipment the sentence does not trade:
//
//   - gear taking part in an exercise: "وشاركت في المناورات مروحيات
//     هجومية صينية", "طيار مصري يقود مقاتلة J-10 صينية خلال مناورات":
//     the sentence has an exercise word and no word of a stage, a supply,
//     a purchase or a deal, so the systems are the drill's, not sold;
//   - a rival a system is compared with: "صُممت لمنافسة مقاتلات الجيل
//     الخامس الأمريكية مثل إف-35", "نظيرة الطائرة الأمريكية": a compare
//     word before it in the same clause or list, a few words away.
func (sc *sentScan) arNotTraded(m mention) bool {
	if m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic && !sc.arSentence() {
		return false
	}
	if sc.has("exercise") && !sc.arTradeWord() {
		return true
	}
	if sc.arDescribedSystem(m) {
		return true
	}
	if sc.arPilotFlies(m) && !sc.arTradeWord() {
		return true
	}
	for _, p := range sc.cuePositions("compare") {
		if p < m.tok0 && m.tok0-p <= 10 && sc.toks[p].arabic && !sc.arClauseBreak(p+1, m.tok0) {
			return true
		}
	}
	return false
}

// arSentence reports whether most of the sentence's words are Arabic (a
// Latin designation, "Su-30MKA", inside an Arabic sentence).
func (sc *sentScan) arSentence() bool {
	n := 0
	for _, t := range sc.toks {
		if t.arabic {
			n++
		}
	}
	return n*2 > len(sc.toks)
}

// arTradeWord reports whether the sentence has a word of a stage, a supply,
// a purchase or a deal.
func (sc *sentScan) arTradeWord() bool {
	for _, k := range []string{"stage-delivered", "stage-received", "stage-ordered", "stage-approved", "stage-requested", "supply-verb", "buy-verb", "deal", "aid"} {
		if sc.has(k) {
			return true
		}
	}
	return false
}

// arClauseBreak reports whether a full clause break (a semicolon, a colon,
// a dash or a parenthesis, or a comma followed by "و" opening a new
// clause) lies between tokens a and b; a plain comma of a list does not
// break it ("مثل "إف-22" و"إف-35"").
func (sc *sentScan) arClauseBreak(a, b int) bool {
	for t := a; t <= b && t < len(sc.toks); t++ {
		g := sc.toks[t].gap
		for _, r := range g {
			switch r {
			case ';', ':', '—', '–', '(', ')', '؛':
				return true
			case ',', '،':
				if w := sc.toks[t].raw; len(w) > 0 && []rune(w)[0] == 'و' && t != b {
					return true
				}
			}
		}
	}
	return false
}

// arRivalState reports whether an Arabic state mention qualifies a rival a
// system is compared with ("نظيرة الطائرة الأمريكية", "لمنافسة مقاتلات
// الجيل الخامس الأمريكية"): the rival's state is no party to the deal.
func (sc *sentScan) arRivalState(m mention) bool {
	if m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic || m.sub != "demonym" {
		return false
	}
	for _, p := range sc.cuePositions("compare") {
		if p < m.tok0 && m.tok0-p <= 6 && sc.toks[p].arabic && !sc.arClauseBreak(p+1, m.tok0) {
			return true
		}
	}
	return false
}

// arDescribedSystem reports whether an Arabic system or generic word stands in a
// clause that describes a system named before it: "بمسيرات «مهاجر 6»، وهي
// طائرة بمحرك واحد قادرة على ... حمل ذخائر موجهة" (a drone able to carry
// guided munitions). The clause opens with "وهي"/"وهو" after a comma and
// has a word of capability or arming (قادرة، تحمل، مسلحة، مزودة) before the
// weapons: they are the system's own, not sold with it. A word of a stage,
// a supply, a deal or an inclusion between keeps them ("وهي صفقة تشمل
// تسليم 100 صاروخ").
func (sc *sentScan) arDescribedSystem(m mention) bool {
	for k := m.tok0 - 1; k > 0; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ".;؛") {
			return false
		}
		if !arInSet(arDescribingPronouns, sc.toks[k].norm) || !strings.ContainsAny(sc.toks[k].gap, ",،") {
			continue
		}
		named := false
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok1 <= k {
				named = true
			}
		}
		if !named {
			return false
		}
		for _, kind := range []string{"stage-delivered", "stage-received", "stage-ordered", "stage-approved", "supply-verb", "buy-verb", "deal", "component"} {
			if sc.cueIn(kind, k, m.tok0) {
				return false
			}
		}
		for j := k + 1; j < m.tok0; j++ {
			if arInSet(arCapabilityWords, sc.toks[j].norm) {
				return true // "قادرة على حمل", "مسلحة ب", "تحمل"
			}
		}
		return false
	}
	return false
}

var (
	arDescribingPronouns = arWordSet("وهي", "وهو", "وهما", "هي", "هو")
	arCapabilityWords    = arWordSet("قادرة", "قادر", "قادرتان", "حمل", "تحمل", "يحمل", "مسلحة", "مسلح", "مزودة", "مزود", "مجهزة", "مجهز", "تطلق", "يطلق", "إطلاق")
)

// arPilotFlies reports whether a pilot flies the system ("تولى طيار مصري
// قيادة مقاتلة صينية من طراز جيه-10", "طيارون سعوديون يقودون طائرات
// تايفون"): a pilot word and a word of flying (قيادة، يقود) a few words
// before the mention ("قيادة مقاتلة صينية من طراز جيه-10"), in its
// clause. A pilot at the controls of a foreign
// aircraft (in a drill, a demonstration) is no trade of it; the caller
// asks that no trade word be in the sentence.
func (sc *sentScan) arPilotFlies(m mention) bool {
	// "من طراز "جيه-10 إي إس" (J-10ES)": a gloss of the name just before
	// it stands where that name stands
	for _, o := range sc.mentions {
		if o.kind == mSystem && o.id == m.id && o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 3 {
			m = o
			break
		}
	}
	fly := -1
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-6; k-- {
		if sc.lw.isTok("fly-word", &sc.toks[k]) {
			fly = k
			break
		}
	}
	if fly < 0 || sc.arClauseBreak(fly+1, m.tok0) {
		return false
	}
	for k := fly - 1; k >= 0 && k >= fly-5; k-- {
		if sc.lw.isTok("pilot-word", &sc.toks[k]) {
			return true
		}
	}
	// "يقود طيار مصري مقاتلة": the pilot between the verb and the system
	for k := fly + 1; k < m.tok0; k++ {
		if sc.lw.isTok("pilot-word", &sc.toks[k]) {
			return true
		}
	}
	return false
}
