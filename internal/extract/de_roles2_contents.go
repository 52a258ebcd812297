package extract

import "github.com/armswatch/armswatch/internal/domain"

// deContentsBefore reads a German sentence that lists what a package or
// delivery of the sentence before holds, naming no state: "Deutschland
// hat der Ukraine ein weiteres Paket übergeben. Darin enthalten waren
// neun Kettenfahrzeuge …", "Dazu gehören zehn Bergepanzer", "Darunter
// sind 20 Haubitzen". The giver and the receiver are the states the
// sentence before marks as such (both marked, each once), at its stage;
// the listed systems inherit them. Without such a sentence, stage and nil.
func (d *docScan) deContentsBefore(i int, sc *sentScan, inherited *domain.Fact, stage string) (*domain.Fact, string) {
	if inherited != nil {
		return inherited, stage // another language's contents rule found the deal (ar_package.go)
	}
	if i == 0 || sc.lw.code != "de" || len(sc.toks) < 3 || len(sc.countries()) > 0 || !sc.deOpensOnContents() {
		return nil, stage
	}
	prev := d.sents[i-1]
	var sups, recs []string
	for _, m := range prev.countries() {
		if prev.inCurrency(m) {
			continue
		}
		s, r := d.roleCues(prev, m)
		switch {
		case s && r:
			return nil, stage
		case s:
			sups = append(sups, m.id)
		case r:
			recs = append(recs, m.id)
		}
	}
	if len(sups) != 1 || len(recs) != 1 || sups[0] == recs[0] {
		return nil, stage
	}
	st, pos := prev.stageOf(0, 0)
	// "ein Paket übergeben": a package handed over is delivered, though
	// "Paket" is a word for a deal
	if st == domain.StageOrdered && prev.has("stage-delivered") && !orderNounIn(prev, 0, len(prev.toks)) && !prev.has("stage-ordered") {
		st = domain.StageDelivered
	}
	if st == "" || st == domain.StageOther {
		return nil, stage
	}
	y := prev.yearNear(pos)
	if y == 0 {
		y = d.docYear()
	}
	if stage == "" {
		stage = st
	}
	return &domain.Fact{Type: domain.TypeTransfer, Supplier: party(sups[0]), Recipient: party(recs[0]), Stage: st, Year: y}, stage
}

// deContentsPair gives a German sentence that names no state the states
// of the package it lists (deContentsBefore), over the maker's state and
// the document's focus: "Darin enthalten waren neun Kettenfahrzeuge
// Warthog" are Germany's to the Ukraine, not Singapore's.
func (sc *sentScan) deContentsPair(inherited *domain.Fact, sup, rec string) (string, string) {
	if sc.lw.code != "de" || inherited == nil || inherited.System != nil || inherited.Supplier == nil || inherited.Recipient == nil || len(sc.countries()) > 0 {
		return sup, rec
	}
	return inherited.Supplier.String(), inherited.Recipient.String()
}

// deOpensOnContents reports a German sentence opening on what something
// holds: a pronominal adverb ("Darin", "Dazu", "Darunter") within its
// first two words, with a word of holding or none ("Darunter sind"), or a
// definite word for the deal with a word of holding ("Das Paket umfasst").
func (sc *sentScan) deOpensOnContents() bool {
	for k := 0; k < 2 && k < len(sc.toks); k++ {
		switch sc.toks[k].norm {
		case "darin", "dazu", "darunter":
			return true
		}
	}
	switch sc.toks[0].norm {
	case "das", "die", "dieses", "diese", "der", "dieser":
	default:
		return false
	}
	for _, p := range sc.cuePositions("deal") {
		if p != 1 {
			continue
		}
		for _, q := range sc.cuePositions("includes") {
			if q == 2 {
				return true
			}
		}
	}
	return false
}
