package extract

// frApprovalSpan returns how many tokens past the first a French phrase of
// approval spans when it opens the words after a state (k is the token
// after the state): "La Norvège a donné son feu vert à la livraison de F-16
// à l'Ukraine". The role window after a subject counts words, so a phrase
// of four words would push the act approved ("livraison", "vente") out of
// it; the window grows by the phrase's extra words.
func (sc *sentScan) frApprovalSpan(k int) int {
	if sc.lw.code != "fr" {
		return 0
	}
	for p := k; p < len(sc.toks) && p <= k+2; p++ {
		if n, _ := sc.lw.set("stage-approved").at(sc.toks, p); n > 1 {
			return n - 1
		}
	}
	return 0
}
