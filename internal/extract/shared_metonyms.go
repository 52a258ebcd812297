package extract

// sharedMetonyms are words a state's lexicon row reads as that state
// though another state's institution bears the same name: the Swiss
// Federal Council is the "Bundesrat", and so are Germany's and Austria's
// upper houses. Normalised word -> the state the lexicon gives.
var sharedMetonyms = map[string]string{"bundesrat": "CH", "bundesrates": "CH"}

// dropSharedMetonyms keeps a shared metonym as its state only in a
// document that also names that state otherwise ("die Schweiz", "Bern",
// "Schweizer"); elsewhere the word is the other states' institution and
// no party. It runs once the document's sentences are scanned.
func (d *docScan) dropSharedMetonyms() {
	shared := func(sc *sentScan, m mention) bool {
		return m.kind == mCountry && m.tok1 == m.tok0+1 && sharedMetonyms[sc.toks[m.tok0].norm] == m.id
	}
	named := map[string]bool{}
	any := false
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind != mCountry {
				continue
			}
			if shared(sc, m) {
				any = true
			} else {
				named[m.id] = true
			}
		}
	}
	if !any {
		return
	}
	for _, sc := range d.sents {
		kept := sc.mentions[:0]
		for _, m := range sc.mentions {
			if shared(sc, m) && !named[m.id] {
				continue
			}
			kept = append(kept, m)
		}
		if len(kept) != len(sc.mentions) {
			sc.mentions = kept
			sc.countryTok, sc.countryList, sc.countriesMade = nil, nil, false
		}
	}
}
