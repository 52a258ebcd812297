package extract

import "github.com/armswatch/armswatch/internal/domain"

// packageBefore returns, for a sentence listing what "the package covers",
// a transfer standing for the package that one of the two sentences before
// states as a total between two states at a stage ("has signed off on arms
// sales to Taiwan worth $1.8 billion. The package covers 11 truck-mounted
// rocket launchers, 135 missiles and 6 sensor pods"), or nil. Its pair
// and stage are what the listed systems inherit.
func (d *docScan) packageBefore(i int) *domain.Fact {
	// a donation the sentence before hands over ("Le don ... lui a été
	// remis par l'ambassadeur de France au Niger")
	prev := d.sents[max(0, i-2)].s.start
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Evidence.Start < prev {
			break
		}
		if f.Type != domain.TypeAssistance || f.Provider == nil || f.Recipient == nil || f.Provider.Code == "" {
			continue
		}
		if t := d.aidAsTransfer(k); t != nil {
			return t
		}
	}
	for k := len(d.aggs) - 1; k >= 0; k-- {
		c := d.aggs[k]
		if c.i >= i || c.i < i-2 {
			continue
		}
		f := c.f
		if f.Supplier == nil || f.Recipient == nil {
			continue
		}
		st, pos := c.sc.stageOf(0, 0)
		if st == "" || st == domain.StageOther {
			continue
		}
		y := c.sc.yearNear(pos)
		if y == 0 {
			y = d.docYear()
		}
		return &domain.Fact{Type: domain.TypeTransfer, Supplier: f.Supplier, Recipient: f.Recipient, Stage: st, Year: y}
	}
	return nil
}

// opensOnContents reports a sentence opening on a pronoun or a definite
// noun phrase whose verb says what it holds, within its first five words.
func (sc *sentScan) opensOnContents() bool {
	return sc.opensOnIncludes("contents-opener", 4) // "Il se compose de", "It consists of", "El paquete incluye"
}

// opensOnIncludes reports a sentence whose first word is a word of the
// kind openers (goods-opener, contents-opener, also-opener)
// and whose verb of holding (cue kind includes) starts by token within, in
// the same clause.
func (sc *sentScan) opensOnIncludes(openers string, within int) bool {
	if len(sc.toks) == 0 || !sc.lw.isWord(openers, sc.toks[0].norm) { // a kind of lang_<code>.tsv
		return false
	}
	for _, q := range sc.cuePositions("includes") {
		if q <= within && !sc.boundaryBetween(1, q) {
			return true
		}
	}
	return false
}

// aidAsTransfer reads the assistance fact k as a transfer of the goods it
// hands over: its provider and recipient, and the stage its sentence
// states, delivered or approved (else nil), with that stage's year.
func (d *docScan) aidAsTransfer(k int) *domain.Fact {
	f := d.facts[k]
	sc := d.sents[d.meta[k].sent]
	st, pos := sc.stageOf(0, 0)
	if st != domain.StageDelivered && st != domain.StageApproved {
		return nil
	}
	y := sc.yearNear(pos)
	if y == 0 {
		y = d.docYear()
	}
	return &domain.Fact{Type: domain.TypeTransfer, Supplier: f.Provider, Recipient: f.Recipient, Stage: st, Year: y}
}
