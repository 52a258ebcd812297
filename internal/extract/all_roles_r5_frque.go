package extract

// French "que" that opens a clause rather than a relative one on the
// thing given: "tandis que les Pays-Bas ont livré six F-16", "alors que
// la France a livré", "ainsi que", "bien que", "parce que". frRelativeGiver
// (fr_relgiver.go) reads "que" + state + verb of giving as the giver of
// the thing before "que"; after a conjunction the state gives its own
// goods, not the sentence's first system.

// frConjunctionQue reports whether the "que"/"qu'" at token k follows a
// conjunction word: "tandis que", "alors qu'".
func (sc *sentScan) frConjunctionQue(k int) bool {
	return k >= 1 && sc.lw.isTok("conjunction-word", &sc.toks[k-1])
}
