package extract

import "strings"

// deDoubtFlags marks German transfer candidates the model should weigh
// with care, without dropping them: the system's clause names an
// exercise ("Kriegsschiffe sind für eine gemeinsame Marineübung
// angekommen": ships visiting, not sold) or a fleet the state relies on
// ("Bisher stützen sich die Luftstreitkräfte auf 38 MiG-29", "verfügt
// bereits über 40 Leopard": what it has).
func (d *docScan) deDoubtFlags(sc *sentScan, m mention) {
	if sc.lw.code != "de" {
		return
	}
	from, to := sc.clauseOf(m.tok0)
	exercise, fleet := false, false
	for k := max(0, from-1); k < to && k < len(sc.toks); k++ {
		w := sc.toks[k].norm
		if strings.Contains(w, "ubung") && !strings.Contains(w, "ubungsmunition") || strings.HasPrefix(w, "manover") {
			exercise = true
		}
		switch w {
		case "bisher", "derzeit", "bereits", "verfugt", "verfugen", "besitzt", "besitzen", "stutzen", "stutzt":
			if k < m.tok0 {
				fleet = true
			}
		}
	}
	if exercise {
		d.flag("de-exercise-clause")
	}
	if fleet {
		d.flag("de-fleet-clause")
	}
}
