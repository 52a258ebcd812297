package extract

// Second-hand sellers named at the purchase, with the buyer left to the
// document: "el rearme que ya se había hecho visible con la compra de los
// cazas F-16 a Dinamarca" in a story on Argentina and the United States.
// esBuySeller (es_boughtfrom.go) gives up when the sentence names no
// buyer, lest the maker's state, often the document's most named, be
// taken as one. The seller named at the purchase sells to the document's
// buyer when that is neither the maker's state nor the seller, else to
// the state the document names most outside those two (buySellerToDocBuyer);
// the same buyer replaces the maker's state taken as the buyer for want of
// one (makerNotBuyer).
func (d *docScan) buySellerToDocBuyer(sc *sentScan, sys *mention, sup, origin string, supMs []mention, recs []string) (string, []string) {
	if sup != "" || sys == nil || origin == "" || len(recs) > 0 {
		return sup, recs
	}
	s, _, _ := sc.esBuySeller(sys, origin, origin, supMs, []string{"?"}, nil)
	if s == "" || s == origin || s == "?" {
		return sup, recs
	}
	buyer := d.docBuyerBesides(origin, s)
	if buyer == "" {
		return sup, recs
	}
	return s, append(recs, buyer)
}

// docBuyerBesides returns the document's buyer when it is neither the
// maker's state origin nor the seller, else the state the document names
// most outside those two, or "". The buyer is read from the document, not
// the sentence: the flag buyer-from-doc lets the model weigh it and keeps
// the pair out of focus.
func (d *docScan) docBuyerBesides(origin, seller string) string {
	_, buyer := d.focus()
	if buyer == "" || buyer == origin || buyer == seller {
		buyer = d.mostNamedOutside(map[string]bool{origin: true, seller: true}, "")
	}
	if buyer != "" {
		d.flag("buyer-from-doc")
	}
	return buyer
}

// makerNotBuyer replaces a buyer that is the system's maker state, taken
// for want of a better one, by the document's buyer when a second-hand
// seller sells: "A diferencia de los F-16 que se le compraron a
// Dinamarca, Estados Unidos aportará financiamiento" in a story on
// Argentina. A maker's state the sentence marks as the buyer ("sold back
// to the United States") stays.
func (d *docScan) makerNotBuyer(sc *sentScan, sys *mention, origin, sup, rec string) string {
	if sys == nil || origin == "" || rec != origin || sup == "" || sup == origin {
		return rec
	}
	for _, m := range sc.countries() {
		if m.id == origin {
			if _, r := d.roleCues(sc, m); r {
				return rec
			}
		}
	}
	if buyer := d.docBuyerBesides(origin, sup); buyer != "" {
		return buyer
	}
	return rec
}
