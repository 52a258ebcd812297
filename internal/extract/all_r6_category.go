package extract

import "github.com/armswatch/armswatch/internal/domain"

// Transfers named by a category alone often come as the contents of a
// consignment the sentence before hands over without naming any weapon:
// "Zimbabwe received a consignment of military hardware from China. The
// equipment includes armoured vehicles, patrol boats and rifles", "Le
// Burkina a reçu un lot de matériel militaire de la France. Le lot
// comprend ...", "Die Ukraine erhielt von Tschechien Rüstungsgüter. Die
// Lieferung umfasst ...". That sentence makes no fact (no system), so
// the listed kinds found no pair and no stage (dealBefore): goodsBefore
// reads them from it, when it has a word for military goods (cue kind
// goods), a stage and both states.

// goodsBefore returns the transfer the one or two sentences before
// sentence i state for military goods of no named kind, when sentence i
// opens on what they hold (found: dealBefore's cues already saw it); nil
// otherwise.
func (d *docScan) goodsBefore(i int, sc *sentScan, found bool) *domain.Fact {
	if i == 0 || d.notice {
		return nil
	}
	if !found && !sc.opensOnIncludes("goods-opener", 4) {
		return nil
	}
	for back := 1; back <= 2 && i-back >= 0; back++ {
		ps := d.sents[i-back]
		if len(d.sentenceTransfers(ps)) > 0 || !ps.has("goods") {
			continue
		}
		st, pos := ps.stageOf(0, 0)
		if st == "" || st == domain.StageOther || st == domain.StageRequested {
			continue
		}
		sup, rec := d.pair(ps, "")
		if sup == "" || rec == "" || !ps.names(sup) || !ps.names(rec) {
			continue
		}
		y := ps.yearNear(pos)
		if y == 0 && !d.pub.IsZero() {
			y = d.pub.Year()
		}
		return &domain.Fact{Type: domain.TypeTransfer, Supplier: party(sup), Recipient: party(rec), Stage: st, Year: y}
	}
	return nil
}

// targetOf reports whether the mention m names what a weapon is
// against, not what changes hands: "designed to intercept ballistic
// missiles", "un système conçu pour intercepter des missiles", "para
// derribar drones", "منظومة مضادة للسفن", "gegen Drohnen". A word of cue
// kind target ends at most two words before the mention, in its clause;
// German also puts the verb after its object ("mit denen sich U-Boote
// aufspüren lassen"): a word of kind target-after right after the mention.
func (sc *sentScan) targetOf(m mention) bool {
	for _, p := range sc.cuePositions("target") {
		n, _ := sc.lw.set("target").at(sc.toks, p)
		end := p + max(n, 1)
		if sc.cueInOtherWeapon(p, m) {
			continue // all_r10_generic_listed.go: "المركبات المضادة للألغام وصواريخ الدفاع الجوي"
		}
		if end <= m.tok0 && m.tok0-end <= 2 && !sc.boundaryBetween(end, m.tok0) {
			return true
		}
	}
	// German verbs of cue kind target-after, not its prepositions ("10
	// Flugabwehrsysteme gegen Drohnen" trades the systems)
	for _, p := range sc.cuePositions("target-after") {
		if p >= m.tok1 && p-m.tok1 <= 1 && !sc.boundaryBetween(m.tok1, p) {
			return true
		}
	}
	return false
}
