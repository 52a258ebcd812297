package extract

import "strings"

// Export reports' figures with the world, which name no buyer of a deal
// (reportFigure, exportWord), and their rows whose state is named only by
// an office of its government (buyerRows).

// reportFigure reports whether an aggregate read from a sentence is an
// export report's figure with the world rather than the pair's total: the
// sentence names no buyer, neither by name nor by a word for a state ("the
// kingdom", "das Land"), and speaks of no deal or package of the pair
// ("Demnach stiegen die genehmigten Ausfuhren auf rund 7,86 Milliarden
// Euro", "Güter für 696,8 Millionen Franken gingen an Abnehmer in 58
// Ländern", "arms exports rose to €4.9 billion"). The buyer would only be
// the document's, borrowed from another sentence. A stated value of
// "the whole package" or "the deal" stays the pair's, and so does a
// total with no word for exports ("das Gesamtvolumen liegt bei mehr als
// zehn Billionen Won" after the contracts are listed).
func (sc *sentScan) reportFigure(rec string) bool {
	if rec == "" || sc.names(rec) || sc.has("deal") || sc.has("anaphor") {
		return false
	}
	return !sc.has("total") || sc.exportWord()
}

// exportWord reports whether the sentence speaks of exports: "exports",
// "exportations", "exportaciones", "Ausfuhren", "Rüstungsgüter" (de_exports.go),
// "الصادرات".
func (sc *sentScan) exportWord() bool {
	if exportWordIn(sc) {
		return true
	}
	for _, t := range sc.toks {
		if strings.Contains(t.norm, "صادرات") {
			return true
		}
	}
	return false
}

// buyerRows drops the ranking rows whose state the sentence names only by
// an office of its government ("Mit Bewilligung des Seco gingen Güter für
// 696,8 Millionen Franken an Abnehmer in 58 Ländern", "the Pentagon put
// the total at $2 billion"): the licensing or buying office is no buyer
// of the exporter's goods.
func (sc *sentScan) buyerRows(hits []stateAmount) []stateAmount {
	var out []stateAmount
	for _, h := range hits {
		for _, c := range sc.countries() {
			if c.id == h.code && c.sub != "metonym" && c.sub != "agency" {
				out = append(out, h)
				break
			}
		}
	}
	return out
}
