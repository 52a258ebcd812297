package extract

// This file handles hypothetical cues that a word of sequence makes past
// events: "signed a roadmap after talks in Rabat", "à l'issue des
// discussions", "au terme de négociations", "tras las conversaciones",
// "nach Gesprächen", "following negotiations". Talks that ended in
// something are no plan; the sentence states what they led to. (Arabic
// "في ختام مباحثات" is ar_talks.go's.)

// afterTalks reports whether the hypothetical cue at i follows a word of
// sequence in its clause: "after talks", "à l'issue des discussions".
func (sc *sentScan) afterTalks(kind string, i int) bool {
	if kind != "hypothetical" || sc.lw.code == "ar" {
		return false
	}
	// "after negotiations to acquire eight F-35A fell apart", "après des
	// discussions sur l'achat de Rafale": talks about a purchase say
	// nothing of how they ended
	if i+1 < len(sc.toks) && sc.lw.isTok("talks-about", &sc.toks[i+1]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if clauseGap(sc.toks[k+1]) {
			return false
		}
		w := sc.toks[k].norm
		if sc.lw.isWord("sequence-word", w) {
			return true
		}
		if !sc.lw.isWord("sequence-fill", w) {
			return false
		}
	}
	return false
}
