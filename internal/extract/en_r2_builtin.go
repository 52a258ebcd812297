package extract

// builtIn reports whether English country m is named as where the goods
// were made: "two patrol boats built in China", "four frigates built for
// it in China", "helicopters manufactured in Russia". For a system whose
// origin the lexicon does not give (a generic "patrol boats", a ship's
// name) the maker's state is the seller; a state building for itself
// ("built in Bangladesh" for Bangladesh) is then both, and gives no
// transfer.
func (sc *sentScan) builtIn(m mention) bool {
	if sc.lw.code != "en" || m.sub == "demonym" || m.tok0 < 2 {
		return false
	}
	k := m.tok0 - 1
	if sc.lw.isTok("article", &sc.toks[k]) && k > 0 {
		k--
	}
	if k < 1 || sc.toks[k].norm != "in" || sc.boundaryBetween(k, m.tok0) {
		return false
	}
	// the lexicon's making word ("built", "manufactured") right before
	// "in", or before "for" and one or two words: "built for it in",
	// "built for the navy in"
	made := sc.lw.set("made")
	if n, _ := made.at(sc.toks, k-1); n == 1 {
		return true
	}
	for f := k - 3; f <= k-2; f++ {
		if n, _ := made.at(sc.toks, f-1); f >= 1 && n == 1 && sc.toks[f].norm == "for" && !sc.boundaryBetween(f, k+1) {
			return true
		}
	}
	return false
}
