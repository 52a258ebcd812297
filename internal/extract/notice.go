package extract

// noticeCue reports whether the sentence marks an official arms-sale
// notice: a notice word ("Prospective Purchaser", "possible Foreign
// Military Sale") outside quotation marks. A news report that quotes the
// notice ("\"The State Department has made a determination approving a
// possible Foreign Military Sale ...,\" the Pentagon said") stays a news
// report: its sentences give each system its own count and price.
func (sc *sentScan) noticeCue(ps *phraseSet) bool {
	from := 0
	for from < len(sc.toks) {
		p, ok := ps.any(sc.toks, from, len(sc.toks))
		if !ok {
			return false
		}
		if !sc.quotedAt(p) {
			return true
		}
		from = p + 1
	}
	return false
}

// quotedAt reports whether token p stands inside quotation marks opened
// earlier in the sentence.
func (sc *sentScan) quotedAt(p int) bool {
	open := false
	for k := 0; k <= p && k < len(sc.toks); k++ {
		g := sc.toks[k].gap
		for _, r := range g {
			switch r {
			case '“', '«':
				open = true
			case '”', '»':
				open = false
			case '"':
				open = !open
			}
		}
	}
	return open
}
