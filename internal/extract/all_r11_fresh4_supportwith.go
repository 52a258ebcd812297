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
	with := -1
	if sc.toks[m.tok0].arabic {
		raw := strings.TrimPrefix(sc.toks[m.tok0].raw, "و")
		if strings.HasPrefix(raw, "ب") {
			with = m.tok0
		}
	}
	for k := m.tok0 - 1; with < 0 && k >= 0 && k >= m.tok0-3; k-- {
		if sc.lw.isTok("fresh4-support-with", &sc.toks[k]) {
			with = k
			break
		}
		if clauseGap(sc.toks[k+1]) {
			break
		}
	}
	if with < 0 {
		return -1
	}
	for k := max(0, m.tok0-15); k < len(sc.toks) && k <= m.tok1+15; k++ {
		if sc.lw.isTok("fresh4-support-verb", &sc.toks[k]) && sc.r11SameAct(k, with) {
			return k
		}
	}
	return -1
}

// r11SameAct reports whether the verb at v and the word of means at w
// belong to one act: no mark of a clause between them and at most one
// state (the one supported; two after an Arabic verb, which stands before
// its subject): "Polen unterstützt die Ukraine, während
// Russland die Stadt mit Iskander-Raketen angreift", "España apoya a
// Ucrania mientras Rusia ataca Kiev con misiles" attack with the weapons.
func (sc *sentScan) r11SameAct(v, w int) bool {
	a, b := min(v, w), max(v, w)
	for k := a + 1; k <= b && k < len(sc.toks); k++ {
		if clauseGap(sc.toks[k]) {
			return false
		}
	}
	states := map[string]bool{}
	for _, c := range sc.countries() {
		if c.tok0 > a && c.tok0 < b {
			states[c.id] = true
		}
	}
	if sc.lw.code == "ar" && v < w {
		return len(states) <= 2 // the verb comes first: "دعمت إيران روسيا بطائرات"
	}
	return len(states) <= 1
}

// r11PresentExport reports whether the stage word at p is a verb of export
// in the present tense whose form is also the past participle
// (fresh4-present-export: German "exportiert", "verkauft"), with no
// auxiliary of a perfect or passive in its clause ("hat ... exportiert",
// "wurden ... exportiert"): "Südkorea exportiert 24 Panzerhaubitzen nach
// Norwegen" tells of a deal just made, not of a delivery.
func (sc *sentScan) r11PresentExport(p int) bool {
	if p < 0 || p >= len(sc.toks) || !sc.lw.isTok("fresh4-present-export", &sc.toks[p]) {
		return false
	}
	from, to := sc.clauseOf(p)
	for k := from; k < to && k < len(sc.toks); k++ {
		if k != p && sc.lw.isTok("fresh4-perfect-aux", &sc.toks[k]) {
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
