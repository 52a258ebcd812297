package extract

import "github.com/armswatch/armswatch/internal/domain"

// French takes a system up again with the clitic "en" before the verb and
// a bare count after it: "La France a promis 12 canons Caesar à l'Ukraine et
// en a déjà livré six", "Sur les 24 F-16 commandés aux États-Unis, le Maroc
// en a déjà reçu huit", "Le Maroc a commandé 24 Apache. Il en a reçu six en
// mars", "elle en commande 30 de plus". The count is a batch of the same
// deal (delivered) or a further order (ordered) of the transfer told just
// before, with the same parties.

// frEnCounts adds the batches and further orders that a French "en … N"
// counts after a transfer of a named system, in its sentence or the next.
func (d *docScan) frEnCounts() {
	if d.notice || d.lw.code != "fr" {
		return
	}
	n := len(d.facts)
	for j := 0; j < n; j++ {
		f := d.facts[j]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		i := d.meta[j].sent
		// "Sur les 24 F-16 commandés …, le Maroc en a reçu huit": the
		// whole read as delivered is the order of a batch
		whole := f.Stage == domain.StageDelivered && d.sents[i].frOrderedAfterSystem(f.System.ID)
		if f.Stage != domain.StageOrdered && f.Stage != domain.StageApproved && !whole {
			continue
		}
		for _, si := range []int{i, i + 1} {
			if si >= len(d.sents) {
				break
			}
			sc := d.sents[si]
			after := 0 // the count must follow the system in its own sentence
			if si == i {
				after = -1
				for _, m := range sc.mentions {
					if m.kind == mSystem && m.id == f.System.ID {
						after = m.tok1
						break
					}
				}
				if after < 0 {
					continue
				}
			} else if sc.frEnNamesOther() {
				break
			}
			if sc.doubtful() {
				continue
			}
			if g, ok := d.frEnCount(sc, f, after); ok && (!whole || si == i && g.Stage == domain.StageDelivered) {
				if whole {
					d.facts[j].Stage = domain.StageOrdered
				}
				d.pending = append([]string(nil), d.meta[j].flags...)
				d.add(si, sc, g, "transfer.en", f.Confidence)
				break
			}
		}
	}
}

// frEnNamesOther: a sentence that names a system, a kind of equipment or
// a state speaks of its own deal; its "en" is not the sentence before's.
func (sc *sentScan) frEnNamesOther() bool {
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric || m.kind == mCountry {
			return true
		}
	}
	return false
}

// frEnCount finds "en" + verb of a stage + count after token after: the
// count's fact, of f's parties and system.
func (d *docScan) frEnCount(sc *sentScan, f domain.Fact, after int) (domain.Fact, bool) {
	for _, x := range sc.nums {
		if x.tok0 < after || x.value < 1 || x.value > 10000 || sc.yearAt(x.tok0) || sc.sysMentionAfter(x.tok1) {
			continue
		}
		// the verb before the count, adverbs between
		p := x.tok0 - 1
		for p > after && p > x.tok0-3 && sc.lw.isTok("enclitic-aux", &sc.toks[p]) {
			p--
		}
		if p < 0 || p < after {
			continue
		}
		stage := ""
		for _, c := range []struct{ kind, stage string }{{"stage-delivered", domain.StageDelivered}, {"stage-received", domain.StageDelivered}, {"stage-ordered", domain.StageOrdered}} {
			if n, _ := sc.lw.set(c.kind).at(sc.toks, p); n == 1 {
				stage = c.stage
				break
			}
		}
		if stage == "" {
			continue
		}
		// "en" before the verb, auxiliaries between
		k := p - 1
		for k > after && k > p-4 && sc.lw.isTok("enclitic-aux", &sc.toks[k]) {
			k--
		}
		if k < 0 || k < after || sc.toks[k].norm != "en" || gapBreaks(sc.toks[k+1].gap) {
			continue
		}
		q := int(x.value)
		if stage == domain.StageDelivered && f.Quantity > 0 && q >= f.Quantity || q == f.Quantity || d.sentHasCount(sc, f.System.ID, q) {
			continue
		}
		// no other state in the clause: "tandis que la Grèce en a acheté
		// 18" is another buyer's (fres_r2_more.go)
		from, to := sc.clauseOf(x.tok0)
		other := false
		for _, c := range sc.countries() {
			if c.tok0 >= from && c.tok0 < k && c.id != f.Recipient.String() && c.id != f.Supplier.String() {
				other = true
			}
		}
		if other {
			continue
		}
		g := domain.Fact{Type: domain.TypeTransfer, Supplier: f.Supplier, Recipient: f.Recipient, System: f.System, Stage: stage, Quantity: q}
		g.Year = sc.yearNearIn(p, from, to)
		if g.Year == 0 || !d.pub.IsZero() && g.Year > d.pub.Year() {
			g.Year = f.Year // the year of the deal's sentence or of its date line
		}
		return g, true
	}
	return f, false
}

// frOrderedAfterSystem: a word of the ordered stage right after the system
// id in the sentence ("les 24 F-16 commandés aux États-Unis").
func (sc *sentScan) frOrderedAfterSystem(id string) bool {
	for _, m := range sc.mentions {
		if m.kind != mSystem || m.id != id {
			continue
		}
		for _, p := range sc.cuePositions("stage-ordered") {
			if p >= m.tok1 && p <= m.tok1+1 {
				return true
			}
		}
		return false
	}
	return false
}
