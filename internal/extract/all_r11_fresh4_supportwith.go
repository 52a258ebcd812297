package extract

import "strings"

// r11SupportWith returns the position of a verb of support
// (fresh4-support-verb: "supported", "a soutenu", "apoyó", "unterstützt",
// "دعمت") when the weapons of mention m are what the support was made
// with (fresh4-support-with right before them: "with", "avec", "con",
// "mit", Arabic "ب" on the noun): "Nordkorea hatte Russland mit Raketen
// und Artilleriemunition unterstützt", "North Korea supported Russia with
// missiles". Weapons given as support have been delivered. Else -1.
func (sc *sentScan) r11SupportWith(m mention) int {
	with := false
	if sc.toks[m.tok0].arabic {
		raw := strings.TrimPrefix(sc.toks[m.tok0].raw, "و")
		with = strings.HasPrefix(raw, "ب")
	}
	for k := m.tok0 - 1; !with && k >= 0 && k >= m.tok0-3; k-- {
		if sc.lw.isWord("fresh4-support-with", sc.toks[k].norm) {
			with = true
			break
		}
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()،") {
			break
		}
	}
	if !with {
		return -1
	}
	for k := max(0, m.tok0-15); k < len(sc.toks) && k <= m.tok1+15; k++ {
		if sc.lw.isWord("fresh4-support-verb", sc.toks[k].norm) {
			return k
		}
	}
	return -1
}

// r11PresentExport reports whether the stage word at p is a verb of export
// in the present tense whose form is also the past participle
// (fresh4-present-export: German "exportiert", "verkauft"), with no
// auxiliary of a perfect or passive in its clause ("hat ... exportiert",
// "wurden ... exportiert"): "Südkorea exportiert 24 Panzerhaubitzen nach
// Norwegen" tells of a deal just made, not of a delivery.
func (sc *sentScan) r11PresentExport(p int) bool {
	if p < 0 || p >= len(sc.toks) || !sc.lw.isWord("fresh4-present-export", sc.toks[p].norm) {
		return false
	}
	from, to := sc.clauseOf(p)
	for k := from; k < to && k < len(sc.toks); k++ {
		if k != p && sc.lw.isWord("fresh4-perfect-aux", sc.toks[k].norm) {
			return false
		}
	}
	// a seller and a buyer in the clause: "Russland exportiert viele
	// Flugzeuge" is a habit, no deal
	states := map[string]bool{}
	for _, c := range sc.countries() {
		if c.tok0 >= from && c.tok0 < to {
			states[c.id] = true
		}
	}
	return len(states) >= 2
}
