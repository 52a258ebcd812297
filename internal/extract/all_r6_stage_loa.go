package extract

// A signed letter of offer and acceptance is an order, not a notice of a
// proposed sale: the words no longer mark the document as a DSCA notice.

// loaAt reports whether the notice cue at p is the start of "letter of
// offer and acceptance" (an order, lexicon kind stage-ordered): "Poland
// signed a letter of offer and acceptance for 96 Apache" is news of an
// order, not the notice of a proposed sale ("Notice of Proposed Issuance
// of Letter of Offer"), and must not make every transfer of the document
// approved.
func (sc *sentScan) loaAt(p int) bool {
	ps := sc.lw.set("stage-ordered")
	if ps == nil || p < 0 || p >= len(sc.toks) {
		return false
	}
	n, _ := ps.at(sc.toks, p)
	return n > 3 // longer than "letter of offer"
}
