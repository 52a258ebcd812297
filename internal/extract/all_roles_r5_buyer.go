package extract

// A state the sentence marks as a buyer is never taken as the giver of a
// system whose maker's state the document does not name: in "اشترت الهند
// 36 طائرة رافال في أبريل، في حين اشترت قطر 24 طائرة" Qatar buys too; it
// does not sell India its Rafale (arUnnamedOrigin, ar_aggdup.go, reads
// another state of the sentence as the giver of such a system).

// markedBuyer reports whether the role cues of c make it a recipient and
// not a supplier.
func (d *docScan) markedBuyer(sc *sentScan, c mention) bool {
	s, r := d.roleCues(sc, c)
	return r && !s
}
