package extract

import (
	"math"

	"github.com/armswatch/armswatch/internal/domain"
)

// arAmountOfTransfer reports whether an Arabic aggregate candidate's
// amount is already the price of one of the pair's transfers: a headline
// "واشنطن توافق على صفقة صواريخ للكويت بـ3 مليارات دولار" over a body
// that prices the system itself ("... منظومة NASAMS ... بقيمة 3 مليارات
// دولار"). The amount is that system's, told twice, not a total of
// several deals.
func (d *docScan) arAmountOfTransfer(c aggCand) bool {
	if d.lw.code != "ar" || c.f.Value == nil || c.total {
		return false
	}
	k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
	for _, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Value == nil || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		if f.Supplier.String()+"|"+f.Recipient.String() != k || f.Value.Currency != c.f.Value.Currency {
			continue
		}
		if math.Abs(f.Value.Amount-c.f.Value.Amount) <= 0.02*c.f.Value.Amount {
			return true
		}
	}
	return false
}

// arUnnamedOrigin: a system whose maker's state the document never names,
// given in an Arabic sentence that names another state besides its
// recipient, is that state's: "لبّت واشنطن حاجة لبنان، فسلّم سفيرها
// الجيش اللبناني ... 480 صاروخا من نوع AT4" (a Swedish design handed
// over by the United States). The lexicon's origin names who builds it,
// not who gives it here. The document's supplier wins among several.
func (d *docScan) arUnnamedOrigin(sc *sentScan, m mention, sup, rec string) string {
	if d.lw.code != "ar" || m.kind != mSystem || sup == "" {
		return sup
	}
	s, _ := d.x.systemOf(m)
	if s.Origin != sup || d.names(sup) {
		return sup
	}
	var others []string
	for _, c := range sc.countries() {
		if c.id != rec && c.id != sup && c.sub != "agency" && !sc.arMediaDemonym(c) && !contains(others, c.id) {
			others = append(others, c.id)
		}
	}
	if fs, _ := d.focus(); fs != "" && contains(others, fs) {
		return fs
	}
	if len(others) == 1 {
		return others[0]
	}
	return sup
}
