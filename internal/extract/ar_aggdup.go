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
	if d.lw.code != "ar" || c.f.Value == nil {
		return false
	}
	if d.arValueOfThis(c) {
		return true
	}
	if c.total {
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
		if c.id != rec && c.id != sup && c.sub != "agency" && !sc.arMediaDemonym(c) && !contains(others, c.id) && !d.markedBuyer(sc, c) { // all_roles_r5_buyer.go
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

// arValueOfThis reports whether an Arabic amount is the price of a system
// the document has already named, pointed at by a demonstrative after a
// word of buying: "أبرمت القاهرة عقدا قيمته مليار يورو لشراء هذه
// الفرقاطة" (a contract worth €1 billion to buy this frigate). The amount
// goes to the pair's transfer of that kind that has no value yet; it is no
// total of several deals.
func (d *docScan) arValueOfThis(c aggCand) bool {
	sc := c.sc
	if sc == nil || len(sc.toks) == 0 || !sc.toks[0].arabic {
		return false
	}
	var mo *moneySpan
	for j := range sc.money {
		if sc.money[j].amount == c.f.Value.Amount && sc.money[j].currency == c.f.Value.Currency {
			mo = &sc.money[j]
			break
		}
	}
	if mo == nil {
		return false
	}
	t := tokIndexAt(sc.toks, mo.end)
	for k := t; k+2 < len(sc.toks) && k <= t+3; k++ {
		if !sc.lw.isTok("price-noun", &sc.toks[k]) || !sc.lw.isTok("demonstrative", &sc.toks[k+1]) {
			continue
		}
		for _, m := range sc.mentions {
			if m.tok0 != k+2 || m.kind != mGeneric {
				continue
			}
			k2 := c.f.Supplier.String() + "|" + c.f.Recipient.String()
			set := false
			for j, f := range d.facts {
				if f.Type != domain.TypeTransfer || f.Value != nil || f.System == nil || f.System.Category != m.id ||
					f.Supplier == nil || f.Recipient == nil || f.Supplier.String()+"|"+f.Recipient.String() != k2 {
					continue
				}
				v := *c.f.Value
				d.facts[j].Value = &v
				d.facts[j].ValueUSD = c.f.ValueUSD
				set = true
			}
			if set {
				// "... لشراء هذه الفرقاطة، كما ابتاعت 24 طائرة رافال": the
				// amount is not the other system's of the sentence
				for j, f := range d.facts {
					if f.Type == domain.TypeTransfer && f.Value != nil && f.System != nil && f.System.Category != m.id &&
						d.meta[j].sent == c.i && f.Value.Amount == c.f.Value.Amount && f.Value.Currency == c.f.Value.Currency {
						d.facts[j].Value, d.facts[j].ValueUSD = nil, 0
					}
				}
			}
			return set
		}
	}
	return false
}
