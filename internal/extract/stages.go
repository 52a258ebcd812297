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

// stageKinds are the cue kinds that state an event's stage.
var stageKinds = []struct {
	kind  string
	stage string
}{{"stage-ordered", domain.StageOrdered}, {"stage-delivered", domain.StageDelivered},
	{"stage-received", domain.StageDelivered}, {"stage-approved", domain.StageApproved}}

// splitStagedYears: one sentence telling two events of a deal, each
// with its stage and its own year ("six Rafale ordered in 2021 were
// delivered in 2024", "Grecia, que encargó seis Rafale en 2021, los
// recibió en 2024") makes one candidate per mention; it becomes one
// candidate per event, each with the year beside its stage word. A
// sentence with one year, or two stages sharing one, is left alone.
func (d *docScan) splitStagedYears() {
	n := len(d.facts)
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.Stage == "" || f.Stage == domain.StageOther {
			continue
		}
		i := d.meta[k].sent
		if i < 0 || i >= len(d.sents) {
			continue
		}
		sc := d.sents[i]
		ev := sc.stagedYears()
		if len(ev) != 2 {
			continue
		}
		own, other := -1, -1
		for j, e := range ev {
			if e.stage == f.Stage {
				own = j
			} else {
				other = j
			}
		}
		if own < 0 || other < 0 {
			continue
		}
		d.facts[k].Year = ev[own].year
		// "received two, the first batch of an overall six ordered in
		// 2022": the rules already told the events apart; each takes its
		// year
		if d.siblingAt(k, ev[other].stage) {
			continue
		}
		g := f
		g.Stage, g.Year = ev[other].stage, ev[other].year
		d.pending = append([]string(nil), d.meta[k].flags...)
		d.add(i, sc, g, f.Rule, f.Confidence)
	}
}

// stagedEvent is a stage word with the year nearest it.
type stagedEvent struct {
	stage string
	year  int
}

// nearestCue returns which of n cues (at(j) gives cue j's token) a year
// at token t belongs to: the nearest before it within eight tokens, else
// the nearest after it within six; -1 for none.
func nearestCue(t, n int, at func(int) int) int {
	best, bd := -1, 9
	for j := range n {
		if dd := t - at(j); dd > 0 && dd < bd {
			best, bd = j, dd
		}
	}
	if best >= 0 {
		return best
	}
	bd = 7
	for j := range n {
		if dd := at(j) - t; dd >= 0 && dd < bd {
			best, bd = j, dd
		}
	}
	return best
}

// stagedYears pairs each stated year with the nearest stage word before
// it (within eight tokens), else the nearest within six after it; it
// returns the events when the sentence has exactly two stages, each with
// a year of its own, and the years differ.
func (sc *sentScan) stagedYears() []stagedEvent {
	if len(sc.years) < 2 {
		return nil
	}
	type cue struct {
		pos   int
		stage string
	}
	var cues []cue
	for _, sk := range stageKinds {
		for _, p := range sc.cuePositions(sk.kind) {
			cues = append(cues, cue{p, sk.stage})
		}
	}
	if len(cues) < 2 {
		return nil
	}
	byStage := map[string]int{}
	var order []string
	for _, y := range sc.years {
		if y.relative || sc.datelineYearApart(y) { // all_batches.go
			continue
		}
		// the stage word before the year ("ordered ... in 2021"), else
		// the one after it ("das 2021 ... bestellt hatte")
		best := nearestCue(y.tok0, len(cues), func(j int) int { return cues[j].pos })
		if best < 0 {
			continue
		}
		st := cues[best].stage
		if old, ok := byStage[st]; ok && old != y.year {
			return nil // two years for one stage: a list of batches
		}
		if _, ok := byStage[st]; !ok {
			order = append(order, st)
		}
		byStage[st] = y.year
	}
	if len(order) != 2 || byStage[order[0]] == byStage[order[1]] {
		return nil
	}
	return []stagedEvent{{order[0], byStage[order[0]]}, {order[1], byStage[order[1]]}}
}

// siblingAt reports whether another candidate of fact k's deal, from the
// same sentence, has the stage st.
func (d *docScan) siblingAt(k int, st string) bool {
	key := factKey(d.facts[k])
	for j, g := range d.facts {
		if j != k && d.meta[j].sent == d.meta[k].sent && g.Stage == st && factKey(g) == key {
			return true
		}
	}
	return false
}
