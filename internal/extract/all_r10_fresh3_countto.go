package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// ruleFresh3CountTo: "48 K9 howitzers to Finland and 100 to India", "die
// Lieferung von 48 Haubitzen an Finnland und von 100 an Indien", "48
// obusiers à la Finlande et 100 à l'Inde", "48 obuses a Finlandia y 100 a
// la India": after a count of a system going to one state, a conjunction
// and a bare count going to another leave the system out. The second
// state gets the first's system, seller and stage with its own count: a
// candidate that gave that count to the first state is moved to the
// second, or a new candidate is added (flagged fresh3-count-to).
func ruleFresh3CountTo(d *docScan, i int, sc *sentScan) {
	if d.notice {
		return
	}
	var mine []int
	for _, k := range d.bySent[sc.s.start] {
		if f := d.facts[k]; f.Type == domain.TypeTransfer && f.System != nil && f.Recipient != nil && d.meta[k].sent == i {
			mine = append(mine, k)
		}
	}
	if len(mine) == 0 {
		return
	}
	for _, b := range sc.countries() {
		if b.sub == "demonym" {
			continue
		}
		q, conj, ok := sc.fresh3BareCountTo(b)
		if !ok {
			continue
		}
		// the first state: a recipient of this sentence's transfers named
		// before the conjunction, after a recipient preposition
		var first mention
		found := false
		for _, a := range sc.countries() {
			if a.tok1 <= conj && a.id != b.id && sc.fresh3AfterRecipientPrep(a) {
				first, found = a, true
			}
		}
		if !found {
			continue
		}
		base, moved := -1, false
		for _, k := range mine {
			f := d.facts[k]
			if f.Recipient.String() == b.id {
				base, moved = -2, true // already read
				break
			}
			if f.Recipient.String() != first.id {
				continue
			}
			if f.Quantity == q {
				d.facts[k].Recipient = party(b.id) // the second count went to the first state
				moved = true
				break
			}
			if base < 0 {
				base = k
			}
		}
		if moved || base < 0 {
			continue
		}
		f := d.facts[base]
		f.Recipient = party(b.id)
		f.Quantity = q
		f.Value, f.ValueUSD = nil, 0
		d.pending = []string{"fresh3-count-to"}
		d.add(i, sc, f, "transfer.system", 0.5)
	}
}

// fresh3BareCountTo reads "and [von/de] 100 to <b>": a count right before
// a recipient preposition before the state, a conjunction right before
// the count, and no system between. It returns the count and the
// conjunction's token.
func (sc *sentScan) fresh3BareCountTo(b mention) (q, conj int, ok bool) {
	k := b.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	prep := -1
	if b.prefix != "" && strings.HasSuffix(b.prefix, "ل") {
		prep = b.tok0 // "و100 للهند"
	} else {
		for j := k; j >= 0 && j >= k-1; j-- {
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, j); n > 0 && j+n == k+1 {
				prep = j
			}
		}
	}
	if prep <= 0 {
		return 0, 0, false
	}
	var num numSpan
	found := false
	for _, n := range sc.nums {
		if n.tok1 == prep && n.value >= 1 && n.value < 10000 && !sc.isYearNum(n) {
			num, found = n, true
		}
	}
	if !found || num.tok0 < 1 {
		return 0, 0, false
	}
	c := num.tok0 - 1
	switch sc.toks[c].norm {
	case "von", "de", "of":
		c--
	}
	if c < 1 {
		return 0, 0, false
	}
	switch sc.toks[c].norm {
	case "and", "und", "et", "y", "e", "sowie", "و":
	default:
		return 0, 0, false
	}
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > c && m.tok0 < b.tok0 {
			return 0, 0, false
		}
	}
	return int(num.value), c, true
}

// fresh3AfterRecipientPrep reports whether a state follows a recipient
// preposition ("to Finland", "an Finnland", "à la Finlande", "للهند").
func (sc *sentScan) fresh3AfterRecipientPrep(a mention) bool {
	if a.prefix != "" && strings.HasSuffix(a.prefix, "ل") {
		return true
	}
	k := a.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	for j := k; j >= 0 && j >= k-1; j-- {
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, j); n > 0 && j+n == k+1 {
			return true
		}
	}
	return false
}

// fresh3PartOf is partOf, except that a "total" which is the bare count
// of another state ("von 48 Haubitzen an Finnland und von 100 an
// Indien") is no whole of which the first count is a part.
func (sc *sentScan) fresh3PartOf(m mention, nsys int) (part, total int) {
	part, total = sc.partOf(m, nsys)
	if part == 0 {
		return part, total
	}
	for _, b := range sc.countries() {
		if q, _, ok := sc.fresh3BareCountTo(b); ok && q == total {
			return 0, 0
		}
	}
	return part, total
}
