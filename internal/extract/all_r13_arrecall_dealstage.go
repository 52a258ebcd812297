package extract

import "strings"

// Arabic tells most orders with the deal noun alone: "صفقة تركية لتزويد
// المغرب بطائرات أكينجي", "تشمل صفقة الرافال 24 مقاتلة لقطر", "صفقة
// الغواصات الألمانية لمصر" (as English "the deal for 24 Rafale"). A
// transfer whose sentence has no stage word takes the order from a deal
// noun of the sentence (kind arrecall-deal-noun) without the article, unless the sentence is
// doubtful or the document speaks of an approval or a request anywhere:
// there "الصفقة" is the approved or requested sale ("وافقت الخارجية
// الأمريكية على صفقة ... وتشمل الصفقة"), not an order.

// arrecallDealStage returns the position of the deal noun that makes the
// transfer of sentence sc an order, or -1.
func (d *docScan) arrecallDealStage(sc *sentScan) int {
	if sc.lw.code != "ar" || !sc.has("arrecall-deal-noun") || sc.doubtful() {
		return -1
	}
	if d.arrecallApprovalDoc() {
		return -1
	}
	for _, p := range sc.cuePositions("arrecall-deal-noun") {
		if !arrecallDefinite(sc.toks[p].raw) {
			return p
		}
	}
	return -1
}

// arrecallDefinite reports whether an Arabic word carries the article
// ("الصفقة", "وبالصفقة", "للصفقة"): the deal the text told before, whose
// stage is that sentence's ("الصفقة، التي تشمل 222 دبابة، أنجزت" is the
// delivery told above, no order of its own).
func arrecallDefinite(raw string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "وبال", "كال", "لل", "ولل"} {
		if strings.HasPrefix(raw, p) {
			return true
		}
	}
	return false
}

// arrecallApprovalDoc reports whether a sentence of the document has an
// approval or a request word.
func (d *docScan) arrecallApprovalDoc() bool {
	for _, s := range d.sents {
		if s != nil && (s.has("stage-approved") || s.has("stage-requested")) {
			return true
		}
	}
	return false
}
