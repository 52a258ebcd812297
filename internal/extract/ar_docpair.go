package extract

// arDocPairTotal gives an Arabic total whose sentence names no state the
// document's pair, when the sentence points at that pair: "حزمة أسلحة تبلغ
// قيمتها 110 مليارات دولار أعلن عنها البلدان" (a package the two countries
// announced), or at the deal the document told of with the items it
// covers ("بلغت قيمة الصفقة ستة مليارات دولار، وشملت كذلك صواريخ").
func (d *docScan) arDocPairTotal(sc *sentScan, sup, rec string) (string, string) {
	if sc.lw.code != "ar" || sup != "" && rec != "" {
		return sup, rec
	}
	if !sc.has("both-states") && sc.arGoodsIncluding() < 0 {
		return sup, rec
	}
	fs, fr := d.focus()
	if fs == "" || fr == "" || fs == fr {
		return sup, rec
	}
	// a state the sentence names is one of the pair ("زيارة ترامب إلى
	// الرياض"), or the total is another's
	for _, c := range sc.countries() {
		if c.sub != "demonym" && c.id != fs && c.id != fr {
			return sup, rec
		}
	}
	return fs, fr
}
