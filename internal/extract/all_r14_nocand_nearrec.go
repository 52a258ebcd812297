package extract

// r14NearRecipient gives a named system with a stage, whose sentence names
// no recipient and for which no earlier transfer stated one, the state the
// nearest of the three sentences before names, when that sentence names
// one state other than the supplier by its name ("Die Kurden im Nordirak kämpfen gegen
// den IS. ... Deutschland liefert 30 Milan-Systeme."). The candidate
// carries the doubt "r14-near-rec": the model weighs it.
func (d *docScan) r14NearRecipient(i int, sc *sentScan, m *mention, stage, sup, rec string) (string, string) {
	if rec != "" || sup == "" || stage == "" || d.notice || m.kind != mSystem || len(sc.countries()) > 0 {
		return sup, rec
	}
	if !d.relaxed {
		return sup, rec // the strict rules keep no doubtful candidate
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		found, several := "", false
		for _, c := range d.sents[j].countries() {
			if c.id == sup || c.sub == "demonym" { // a place counts ("die Kurden im Nordirak"), an adjective does not ("du groupe franco-allemand KNDS")
				continue
			}
			if found != "" && found != c.id {
				several = true
			}
			found = c.id
		}
		if several {
			return sup, rec
		}
		if found != "" {
			d.flag("r14-near-rec")
			return sup, found
		}
	}
	return sup, rec
}
