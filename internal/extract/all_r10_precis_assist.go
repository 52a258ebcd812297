package extract

// Round 10 (precis), assistance precision: training sold or handed over
// with the goods of a deal is part of that deal, no programme of military
// assistance ("El encargo incluye repuestos, documentación, herramientas y
// la formación de los marinos marroquíes", "Tras varios días de
// instrucción de las tripulaciones uruguayas, el Ejército de Brasil
// completó el traspaso a Uruguay de 21 blindados", "le contrat comprend la
// maintenance, les pièces de rechange et la formation des équipages").
// The annotation rules: "Parts, spares, training and support sold with a
// system are not separate facts". trainingAid (fr_training.go) and
// esTrainingAid (es_r4_training.go) already left out a sentence with a
// word of a deal; these two had none.

// precisTrainingWithGoods reports whether the sentence gives its training
// beside the goods of a deal: a word of support other than a word of
// training (spares, maintenance, logistics), or a weapon system (or a
// category of arms) with a word of a deal's stage.
func (sc *sentScan) precisTrainingWithGoods() bool {
	for _, p := range sc.cuePositions("support") {
		if !sc.lw.isWord("train-word", sc.toks[p].norm) && !sc.lw.isWord("train-noun", sc.toks[p].norm) {
			return true
		}
	}
	return sc.precisTellsTransfer() // all_r10_precis_member.go
}

// Second class: one recipient's share of a program's total. "the $5.5
// billion in foreign military financing grants it also wants from
// Congress, of which $40 million would go to Tunisia", "dont 40 millions
// pour la Tunisie", "davon 40 Millionen für Tunesien", "de los cuales 40
// millones para Túnez", "منها 40 مليون دولار لتونس": the recipient's
// assistance is the share after the word of inclusion and before the
// recipient, not the total nearest the program's name.

// precisShare returns the index of the amount that follows an including
// word (within two tokens) and precedes the mention of rec (within six
// tokens), or k when there is none.
func (sc *sentScan) precisShare(rec string, k int) int {
	if rec == "" || len(sc.money) < 2 {
		return k
	}
	inc := sc.lw.set("including")
	if inc == nil {
		return k
	}
	for j, mo := range sc.money {
		if j == k {
			continue
		}
		s, e := tokIndexAt(sc.toks, mo.start), tokIndexAt(sc.toks, mo.end)
		cue := false
		for p := s - 1; p >= 0 && p >= s-3 && !cue; p-- {
			if n, _ := inc.at(sc.toks, p); n > 0 && p+n <= s && s-(p+n) <= 2 {
				cue = true
			}
		}
		if !cue {
			continue
		}
		for _, c := range sc.countries() {
			if c.id == rec && c.tok0 >= e && c.tok0-e <= 6 {
				return j
			}
		}
	}
	return k
}

// Third class: a sentence that opens on "of this amount" ("ومن أصل هذا
// المبلغ المخصص لمصر ... يرتبط 320 مليون دولار بشروط", "Of that total,
// $300 million is conditioned", "Davon sind 300 Millionen an Bedingungen
// geknüpft") tells a part of an assistance the document has already
// given to that recipient, no assistance of its own.
func (d *docScan) precisPortion(sc *sentScan, rec string) bool {
	if rec == "" || !d.hasAssistance("", rec) {
		return false
	}
	p, ok := sc.lw.set("part-of-total").any(sc.toks, 0, min(3, len(sc.toks)))
	return ok && p <= 2
}
