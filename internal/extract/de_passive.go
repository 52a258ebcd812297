package extract

// dePassiveReceiver reads a German state that opens its clause right
// before a passive auxiliary, in a clause that gives or approves:
// "Griechenland wurden 40 Marder zugesagt", "Der Ukraine wurden drei
// Systeme übergeben", "Polen wurde mit 96 Apache beliefert". In the
// passive the giver is named with "von"; the state first is the one
// given to (dative or subject).
func (sc *sentScan) dePassiveReceiver(m mention) bool {
	if sc.lw.code != "de" || m.sub == "demonym" || m.tok1 >= len(sc.toks) {
		return false
	}
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) { // "Der Ukraine wurden …", "Die Türkei wurde …"
		k--
	}
	if k >= 0 && !clauseBreak(sc.toks[k+1]) {
		return false
	}
	switch sc.toks[m.tok1].norm {
	case "wurde", "wurden":
	default:
		return false
	}
	from, to := sc.clauseOf(m.tok1)
	if _, ok := sc.lw.set("stage-received").any(sc.toks, from, to); ok {
		return false
	}
	for _, kind := range []string{"supply-verb", "stage-approved", "stage-delivered"} {
		if _, ok := sc.lw.set(kind).any(sc.toks, m.tok1+1, to); ok {
			return true
		}
	}
	return false
}
