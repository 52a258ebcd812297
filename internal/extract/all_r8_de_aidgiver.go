package extract

import "github.com/armswatch/armswatch/internal/domain"

// A system of foreign make in a state's aid to another is given by that
// state, not sold by the maker's: "Laut der Aufstellung [der
// Bundesregierung] bekam die Ukraine außerdem neun weitere
// Ketten-Mehrzweckfahrzeuge Bandvagn" (Swedish make, German aid),
// "Gemeinsam mit dem erst kürzlich gelieferten Patriot-System stärken
// wir die ukrainische Luftverteidigung" (US make, German aid). Where the
// document never names the maker's state, a sentence that names the
// document's recipient but no other supplier has the document's main
// giver as its supplier; the transfer rule already did so for sentences
// naming no state at all. The candidate is flagged (focus-giver) so that
// the model weighs it.

// focusGiverOrigin returns the supplier to assume for a system of origin
// origin whose maker's state the document never names: the document's
// main supplier, when the sentence names the document's recipient and no
// other state, and tells a delivery or a pledge (not the recipient's
// fleet: "Azerbaijan's MiG-29s", nor a carrier: "flown in by a C-17").
func (d *docScan) focusGiverOrigin(sc *sentScan, origin, stage string, carried bool) string {
	if origin == "" || carried || stage != domain.StageDelivered && stage != domain.StageApproved || d.names(origin) {
		return origin
	}
	fs, fr := d.focus()
	if fs == "" || fr == "" || fs == origin || fr == origin || fs == fr || !sc.names(fr) || !d.names(fs) {
		return origin
	}
	// the recipient is the only party the sentence names: a list of what
	// it got, not another state's deal
	for _, m := range sc.countries() {
		if m.id != fr && !sc.adversary(m) {
			return origin
		}
	}
	d.flag("focus-giver")
	return fs
}
