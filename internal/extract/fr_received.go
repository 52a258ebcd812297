package extract

// frReceivedFrom reports whether the "de"/"du"/"des"/"d'" at token k,
// before a state, follows a French verb of receiving written in more than
// one word: "Le Niger a reçu de l'Égypte trente blindés", "ont obtenu du
// Brésil six Super Tucano", "a pris livraison des États-Unis de deux
// C-130". The stage-received phrases of French are mostly compound tenses
// ("a reçu", "ont réceptionné", "pris livraison"), so the phrase ends
// right before the preposition rather than starting there. The source
// named after such a verb is the supplier; a determiner before the verb
// ("la réception de") makes it a noun, as the one-word case already
// requires.
func (sc *sentScan) frReceivedFrom(k int) bool {
	if sc.lw.code != "fr" || k < 1 {
		return false
	}
	switch sc.toks[k].norm {
	case "de", "d", "du", "des":
	default:
		return false
	}
	set := sc.lw.set("stage-received")
	for s := k - 1; s >= 0 && s >= k-3; s-- {
		if n, _ := set.at(sc.toks, s); n > 0 && s+n == k {
			return s == 0 || !sc.lw.isTok("determiner", &sc.toks[s-1])
		}
	}
	return false
}
