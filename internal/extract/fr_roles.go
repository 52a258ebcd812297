package extract

// notSelfSupplier drops from the suppliers (or from the states named
// with no cue, which can become the supplier) a state that another
// mention of the sentence names as the recipient: "Le Maroc a
// réceptionné six hélicoptères, signe selon l'Inspecteur général des FAR
// du partenariat avec les États-Unis" — the genitive "des FAR" gives the
// state again with no cue, and as the first such state it would become
// the seller, but a state receiving does not sell to itself. French
// only: in the other languages, dropping it lowered the held-out scores.
func (sc *sentScan) notSelfSupplier(list, recs []string) []string {
	if sc.lw.code != "fr" {
		return list
	}
	var out []string
	for _, c := range list {
		if !contains(recs, c) {
			out = append(out, c)
		}
	}
	if len(out) == len(list) {
		return list
	}
	return out
}
