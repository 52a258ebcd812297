package extract

// r14AttribPlace reports whether a state is named only as where news
// came from in German: "Nach Angaben aus Kiew", "wie aus Moskau
// verlautete", "aus Regierungskreisen in Paris hieß es" — a source of
// the report, not a party that gives ("aus" would make it one). The noun
// of the report (r14roles-report-noun) stands right before "aus"/"in", or
// the clause opens "wie aus".
func (sc *sentScan) r14AttribPlace(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 {
		return false
	}
	switch sc.toks[k].norm {
	case "aus", "in":
	default:
		return false
	}
	p := &sc.toks[k-1]
	if p.norm == "wie" && sc.toks[k].norm == "aus" {
		return true // "wie aus Kiew verlautete"
	}
	return sc.lw.isTok("r14roles-report-noun", p)
}
