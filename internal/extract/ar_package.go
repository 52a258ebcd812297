package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// arShipmentBefore reads "وتضم الشحنة 70 مدفع هاوتزر" (the shipment
// includes 70 howitzers): a sentence opening on what a shipment, a deal
// or a package named before holds, naming no state. The contents go
// from the supplier to the recipient of the latest transfer or handed
// over aid in the five sentences before, at its stage; nil if there is
// none or the sentence does not open so.
func (d *docScan) arShipmentBefore(i int, sc *sentScan, stage string) (*domain.Fact, string) {
	if i == 0 || len(sc.toks) < 3 || !sc.toks[0].arabic || len(sc.countries()) > 0 {
		return nil, stage
	}
	opens := false
	for k := 0; k+1 < len(sc.toks) && k < 4 && !opens; k++ {
		a, b := sc.toks[k], sc.toks[k+1]
		opens = arIncludesVerb(a) && arShipmentNoun(b) || arShipmentNoun(a) && arIncludesVerb(b)
	}
	if !opens {
		return nil, stage
	}
	from := d.sents[max(0, i-5)].s.start
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Evidence.Start < from {
			break
		}
		if f.Evidence.Start >= sc.s.start {
			continue
		}
		switch {
		case f.Type == domain.TypeTransfer && f.Stage != "" && f.Supplier != nil && f.Recipient != nil:
			return &domain.Fact{Type: domain.TypeTransfer, Supplier: f.Supplier, Recipient: f.Recipient, Stage: f.Stage, Year: f.Year}, arOr(stage, f.Stage)
		case f.Type == domain.TypeAssistance && f.Provider != nil && f.Recipient != nil && f.Provider.Code != "" && k < len(d.meta):
			t := d.aidAsTransfer(k) // enfres_package.go
			if t == nil {
				continue
			}
			return t, arOr(stage, t.Stage)
		}
	}
	if g := d.goodsBefore(i, sc, true); g != nil { // all_r6_category.go: a shipment of no named kind
		return g, arOr(stage, g.Stage)
	}
	return nil, stage
}

// arIncludesVerb: "تضم", "يشمل", "وتتضمن" (includes), a conjunction allowed.
func arIncludesVerb(t token) bool {
	w := t.norm
	if strings.HasPrefix(w, "و") && arIncludes[strings.TrimPrefix(w, "و")] {
		return true
	}
	return arIncludes[w]
}

// arShipmentNoun: a definite shipment, deal, package or gift ("الشحنة",
// "الصفقة", "الحزمة", "الهبة", "الدفعة").
func arShipmentNoun(t token) bool {
	r := strings.TrimPrefix(strings.TrimPrefix(t.raw, "و"), "ف")
	return strings.HasPrefix(r, "ال") && arShipments[t.norm]
}

var (
	arIncludes = map[string]bool{
		"تضم": true, "يضم": true, "تشمل": true, "يشمل": true, "تتضمن": true, "يتضمن": true,
		"تحتوي": true, "يحتوي": true, "تتالف": true, "يتالف": true, "تتكون": true, "يتكون": true,
	}
	arShipments = map[string]bool{
		"شحنه": true, "شحنات": true, "صفقه": true, "حزمه": true, "هبه": true, "دفعه": true, "شحنة": true,
	}
)

// arOr returns a, or b when a is empty.
func arOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
