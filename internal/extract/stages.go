package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// dealCountApart reports whether a count told without a stage in a
// sentence naming the deal ("the deal covers 12 Su-57", "el contrato
// incluye cuatro buques") is the order of a system whose delivery of a
// first unit the document states elsewhere without a count or with one
// unit ("Algeria received its first Su-57", "la primera unidad llegó"):
// the order and the delivery are two events (docs/annotating.md), and
// folding the count into the delivery makes one fact with the order's
// quantity and the delivery's stage. c is the candidate being added, o
// the one already kept; on true, the stageless count becomes the order.
func (d *docScan) dealCountApart(o, c *candidate) bool {
	del, cnt := o, c
	if del.f.Stage != domain.StageDelivered {
		del, cnt = c, o
	}
	if del.f.Type != domain.TypeTransfer || del.f.Stage != domain.StageDelivered || del.f.Quantity > 1 {
		return false
	}
	if cnt.f.Stage != "" || cnt.f.Quantity < 2 || cnt.f.Evidence.Start == del.f.Evidence.Start {
		return false
	}
	if cnt.f.Year != 0 && del.f.Year != 0 && cnt.f.Year != del.f.Year {
		return false // distinctEvent's own business
	}
	// "received the third and last batch of the 222 Abrams": the final
	// delivery completes the order, the count is what was delivered
	if lastBatch(del.f.Evidence.Text) {
		return false
	}
	i := cnt.m.sent
	if i < 0 || i >= len(d.sents) || d.lw.set("deal") == nil {
		return false
	}
	sc := d.sents[i]
	if _, ok := d.lw.set("deal").any(sc.toks, 0, len(sc.toks)); !ok {
		return false
	}
	cnt.f.Stage = domain.StageOrdered
	return true
}

// lastWords say that a delivery completes an order: "the last batch", "le
// dernier lot", "la última unidad", "die letzte Tranche", "الدفعة الأخيرة".
var lastWords = []string{"last", "final", "dernier", "dernière", "derniers", "dernières", "último", "última", "últimos", "últimas",
	"letzte", "letzten", "abschließend"}

// lastStems are Arabic stems that may carry a clitic ("والأخيرة").
var lastStems = []string{"الأخير", "النهائي"}

// lastBatch reports whether a sentence tells of the last delivery.
func lastBatch(sentence string) bool {
	for _, l := range lastStems {
		if strings.Contains(sentence, l) {
			return true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		w = strings.Trim(w, ".,;:!?\"'«»“”()")
		for _, l := range lastWords {
			if w == l {
				return true
			}
		}
	}
	return false
}

// deliveredToo reports whether a sentence whose stage reads as ordered
// also says the part arrived, by the supplier's word ("delivered") or the
// buyer's ("hat den ersten von 18 bestellten AW169 übernommen", "a
// réceptionné le premier des 24 commandés"): "the first of N ordered" is
// then a delivery and an order, two events.
func (sc *sentScan) deliveredToo() bool {
	return sc.has("stage-delivered") || sc.has("stage-received")
}
