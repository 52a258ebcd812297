package extract

// arMinistrySupplier gives an Arabic sale approved by a ministry named
// without its state ("وافقت الخارجية", "أعلن البنتاغون") the document's
// supplier: "كما وافقت الخارجية في اليوم نفسه على بيع القاهرة ذخائر"
// after a first sentence that named the US State Department. The
// recipient must be known and differ from that supplier.
func (d *docScan) arMinistrySupplier(sc *sentScan, sup, rec string) (string, string) {
	if sc.lw.code != "ar" {
		return sup, rec
	}
	// "على بيع القاهرة ذخائر": the state right after the verbal noun of
	// selling is who it is sold to, not the seller
	if rec == "" && sup != "" {
		for _, c := range sc.countries() {
			if c.id == sup && c.tok0 > 0 && arInSet(arSupplyNouns, sc.toks[c.tok0-1].norm) {
				sup, rec = "", sup
				break
			}
		}
	}
	if sup != "" || rec == "" {
		return sup, rec
	}
	at := -1
	for k, t := range sc.toks {
		if t.arabic && arInSet(arMinistries, t.norm) {
			at = k
			break
		}
	}
	if at < 0 {
		return sup, rec
	}
	// "الخارجية الفرنسية": the ministry's state is named with it
	for _, c := range sc.countries() {
		if c.tok0 == at+1 {
			return sup, rec
		}
	}
	fs, _ := d.focus()
	if fs == "" || fs == rec {
		return sup, rec
	}
	return fs, rec
}

// arMinistries: a foreign or defence ministry, or the Pentagon, named
// alone (normalised, the article stripped).
var arMinistries = arWordSet("الخارجية", "البنتاغون", "البنتاجون")
