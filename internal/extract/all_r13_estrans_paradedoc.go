package extract

// all_r13_estrans_paradedoc.go: a document that opens on a parade, a show
// or a fair ("Desfile militar del 16 de septiembre", "défilé du 14
// juillet", "Victory Day parade") tells what passed before the crowd:
// "cruzaron dos blindados Panhard", "un helicóptero UH-60 de la Armada de
// México y un Cougar sobrevolaron la plaza", "los aviones F-5 y los
// Hércules". The sentence itself need not name the show (onShow reads only
// the sentence). A system there whose seller is only its maker's state,
// in a sentence with no word of a stage, a deal or money and no other
// state than the owner, is on show, not traded (annotating.md: parades
// state no fact). The doubt is soft: the candidate stays, flagged, so that
// the model keeps learning from these easy negatives (dropping them made
// it trust bare systems of implicit sellers more elsewhere).

// r13ParadeDoc returns "r13-parade-doc" when the document's opening
// sentences speak of a show and the system of sentence sc, given by its
// maker's state sup (implicit) to rec, has nothing of a deal around it.
func (d *docScan) r13ParadeDoc(sc *sentScan, implicit bool, sup, rec string) string {
	if d.notice || !implicit || len(sc.money) > 0 {
		return ""
	}
	if !d.r13OpensOnShow() {
		return ""
	}
	for _, k := range []string{"deal", "stage-ordered", "stage-delivered", "stage-received", "stage-approved", "stage-requested", "buy-verb", "supply-verb", "gift", "aid"} {
		if sc.has(k) {
			return ""
		}
	}
	for _, c := range sc.countries() {
		if c.id != rec {
			return ""
		}
	}
	return "r13-parade-doc"
}

// r13OpensOnShow reports whether one of the document's first four
// sentences (the headline and the lead) has a word of a show.
func (d *docScan) r13OpensOnShow() bool {
	for k := 0; k < len(d.sents) && k < 4; k++ {
		if d.sents[k].has("display") {
			return true
		}
	}
	return false
}
