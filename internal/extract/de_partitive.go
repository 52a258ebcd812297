package extract

import "github.com/armswatch/armswatch/internal/domain"

// dePartitiveNamed names a generic German transfer told as a share of
// systems the sentence before names: "Sie ersetzen 36 Leopard 2 A4. Acht
// der älteren Panzer hatte Norwegen an die Ukraine abgegeben", "Zwölf
// Hubschrauber NH90 … Zwei dieser Hubschrauber gingen an Katar". A count
// (or "einige", "alle", "die ersten") and "der"/"dieser" with at most two
// adjectives open the generic noun; the system is the last named one of
// the same category in the sentence before. nameGenerics leaves such a
// transfer generic when the previous sentence names two variants or the
// system's maker state is not the (second-hand) seller. Linear: one look
// back from each generic transfer's noun.
func (d *docScan) dePartitiveNamed() {
	if d.lw.code != "de" {
		return
	}
	for k := range d.facts {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" || f.System.Category == "" {
			continue
		}
		i := d.meta[k].sent
		if i <= 0 || i >= len(d.sents) {
			continue
		}
		sc := d.sents[i]
		found := false
		for _, g := range sc.mentions {
			if g.kind == mGeneric && sc.dePartitiveAt(g.tok0) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		prev := d.sents[i-1]
		for j := len(prev.mentions) - 1; j >= 0; j-- {
			m := prev.mentions[j]
			if m.kind != mSystem {
				continue
			}
			s, ok := d.x.systemOf(m)
			if !ok || s.Category != f.System.Category {
				continue
			}
			f.System = systemFact(s, d.textAt(m.start, m.end))
			d.meta[k].flags = append(d.meta[k].flags, "named-near")
			break
		}
	}
}

// dePartitiveAt reports whether the noun at token t is the head of a
// German partitive: "acht der älteren Panzer", "zwei dieser
// Hubschrauber", "einige der Jets", "die ersten der Fahrzeuge".
func (sc *sentScan) dePartitiveAt(t int) bool {
	k := t - 1
	for n := 0; n < 2 && k >= 0 && isLowerWord(sc.toks[k].raw) && !sc.lw.isTok("partitive-article", &sc.toks[k]); n++ {
		k-- // "älteren", "gebrauchten"
	}
	if k < 1 || !sc.lw.isTok("partitive-article", &sc.toks[k]) || clauseBreak(sc.toks[k]) {
		return false
	}
	q := k - 1
	if sc.lw.isTok("partitive-share", &sc.toks[q]) {
		return true
	}
	for _, n := range sc.nums {
		if n.tok1 == k {
			return true
		}
	}
	return false
}
