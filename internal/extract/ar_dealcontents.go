package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// arDealContents reads an Arabic sentence that lists what a deal told
// before holds: "وتشمل الصفقة 25 طائرة إف-15", "وستحصل إسرائيل بموجب
// الصفقة على 30 ألف قذيفة مدفعية", "وبحسب تلك الموافقات، ستحصل إسرائيل
// على ...". The definite deal word ("الصفقة", "الحزمة", "العقد",
// "الموافقات") takes up the deal of an earlier sentence; the systems listed
// take that deal's stage (approved or ordered), which the sentence itself
// does not state. It returns the stage and the deal's sentence, or "" and
// -1 when the sentence takes up no staged deal.
func (d *docScan) arDealContents(i int, sc *sentScan) (string, int) {
	if sc.lw.code != "ar" || i == 0 || !sc.arDefiniteDeal() {
		return "", -1
	}
	for j := i - 1; j >= 0; j-- {
		p := d.sents[j]
		if p.doubtful() || !p.has("deal") && !p.has("aggregate") {
			continue
		}
		if p.has("stage-ordered") {
			return domain.StageOrdered, j
		}
		if p.has("stage-approved") {
			return domain.StageApproved, j
		}
	}
	return "", -1
}

// arDealSupplier is the supplier of a deal's contents whose sentence names
// only the buyer: the document's supplier, or the one the deal's sentence
// names for that buyer.
func (d *docScan) arDealSupplier(j int, rec string) string {
	if fs, fr := d.focus(); fr == rec && fs != "" && fs != rec {
		return fs
	}
	if s, r := d.pair(d.sents[j], ""); r == rec && s != "" && s != rec {
		return s
	}
	return ""
}

// arDefiniteDeal reports whether the sentence has a definite word of a
// deal, a package or an approval: "الصفقة", "بموجب الصفقة", "للصفقة",
// "الموافقات".
func (sc *sentScan) arDefiniteDeal() bool {
	for _, t := range sc.toks {
		if !t.arabic {
			continue
		}
		if !arContentsDeals[strings.TrimPrefix(t.norm, "و")] && !arContentsDeals[t.norm] {
			continue // norm drops the article: check the word first, then its raw form
		}
		w := normWord(t.raw)
		for _, p := range []string{"و", "ب", "ف"} {
			if strings.HasPrefix(w, p+"ال") || strings.HasPrefix(w, p+"لل") {
				w = w[len(p):]
				break
			}
		}
		switch {
		case strings.HasPrefix(w, "ال"):
			w = w[len("ال"):]
		case strings.HasPrefix(w, "لل"):
			w = w[len("لل"):]
		default:
			continue
		}
		if arContentsDeals[w] {
			return true
		}
	}
	return false
}

// arContentsDeals: deal, package, contract, order and approval nouns,
// normalised and without their article.
var arContentsDeals = map[string]bool{"صفقه": true, "صفقات": true, "حزمه": true, "عقد": true, "طلبيه": true, "موافقات": true, "موافقه": true}
