package extract

// A German modal of obligation with a passive infinitive pledges as its
// active form does: "Die ersten Schützenpanzer Marder sollen im März an
// die Ukraine geliefert werden", "sollen ... übergeben werden" (stage
// approved, as "will send" is). pledgeIn (transfer.go) skipped a verb
// of giving followed by an auxiliary of the perfect, among them "werden",
// so that "soll ... überlassen worden sein" stays a report of the past;
// "werden" right after a participle closing its clause is the passive
// infinitive instead. The participles themselves are pledge-verb words of
// the lexicon (lang_de.tsv, block r13-detrans).

// r13PassivePledge reports whether the pledge verb at v is a participle
// followed by the passive infinitive "werden" that ends its clause (not
// "werden ... sein", "geliefert worden").
func (sc *sentScan) r13PassivePledge(v int) bool {
	if sc.lw.code != "de" || v+1 >= len(sc.toks) || sc.toks[v+1].norm != "werden" {
		return false
	}
	_, to := sc.clauseOf(v)
	return to == v+2
}
