package extract

// Second-hand sellers named at the purchase, with the buyer left to the
// document: "el rearme que ya se había hecho visible con la compra de los
// cazas F-16 a Dinamarca" in a story on Argentina and the United States.
// esBuySeller (es_boughtfrom.go) gives up when the sentence names no
// buyer, lest the maker's state, often the document's most named, be
// taken as one. The seller named at the purchase sells to the document's
// buyer when that is neither the maker's state nor the seller, else to
// the state the document names most outside those two.
func (d *docScan) buySellerToDocBuyer(sc *sentScan, sys *mention, sup, origin string, supMs []mention, recs []string) (string, []string) {
	if sup != "" || sys == nil || origin == "" || len(recs) > 0 {
		return sup, recs
	}
	s, _, _ := sc.esBuySeller(sys, origin, origin, supMs, []string{"?"}, nil)
	if s == "" || s == origin || s == "?" {
		return sup, recs
	}
	_, buyer := d.focus()
	if buyer == "" || buyer == origin || buyer == s {
		buyer = d.mostNamedOutside(map[string]bool{origin: true, s: true}, "")
	}
	if buyer == "" {
		return sup, recs
	}
	// the buyer is read from the document, not the sentence: the flag
	// lets the model weigh it and keeps the pair out of focus
	d.flag("buyer-from-doc")
	return s, append(recs, buyer)
}
