package extract

import "github.com/armswatch/armswatch/internal/domain"

// futureReceipt reports whether the clause [from, to) tells a scheduled
// receipt or delivery (lexicon kind future-receipt: "is set to receive",
// "will be delivered", "expects delivery") while the sentence itself names
// both the supplier and the recipient: "Greece is set to receive six
// Rafale jets from France", "The 24 F-16s will be delivered to Morocco by
// the United States by 2026". A delivery between two named states that is
// scheduled follows a deal, so the transfer is ordered; a schedule with a
// party the sentence does not name ("deliveries are expected in 2027")
// stays a schedule of a deal told elsewhere.
func (sc *sentScan) futureReceipt(from, to int, sup, rec string) bool {
	ps := sc.lw.set("future-receipt")
	if ps == nil || !sc.names(sup) || !sc.names(rec) {
		return false
	}
	// a German modal and its verb apart ("Polen wird 32 F-35 aus den
	// USA erhalten") are one cue, as the split verbs are (cueAt)
	for i := max(from, 0); i < to && i < len(sc.toks); i++ {
		if !ps.notStart(&sc.toks[i]) && sc.cueAt(ps, i) > 0 {
			return true
		}
	}
	return false
}

// futureReceiptStage gives a transfer whose clause tells a scheduled
// receipt between two named states the stage ordered, when it has no stage
// or only the delivered of a word of delivery: "Greece will receive the
// first six Rafale jets from France in 2021", "Croatia expects delivery of
// 12 used Rafale jets from France next year".
func (sc *sentScan) futureReceiptStage(stage string, from, to int, sup, rec string) string {
	if (stage == "" || stage == domain.StageDelivered) && sc.futureReceipt(from, to, sup, rec) {
		return domain.StageOrdered
	}
	return stage
}
