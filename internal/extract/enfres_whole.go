package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// wholeAfterComma reads the whole order a delivered part belongs to when
// the text gives it after a comma: "recibió los dos primeros aviones Super
// Tucano, de los seis que compró a Brasil por 60 millones de dólares",
// "received the first two Y-12 aircraft, out of the six it bought". The
// part stays delivered; the whole is a second transfer, ordered, with the
// count after the comma and the amount that follows that count (which was
// the part's).
func (d *docScan) wholeAfterComma() {
	n := len(d.facts)
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.Stage != domain.StageDelivered || f.Quantity <= 0 || f.System == nil || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		i := d.meta[k].sent
		sc := d.sents[i]
		start := d.mentionStart(sc, f.System.Mention)
		if start < 0 {
			continue
		}
		for _, m := range sc.mentions {
			if (m.kind != mSystem && m.kind != mGeneric) || m.start != start {
				continue
			}
			num, ok := sc.wholeAfter(m.tok1, f.Quantity)
			if !ok || d.hasCount(f, int(num.value)) {
				break
			}
			w := f
			w.Quantity, w.Stage, w.Year, w.Value, w.ValueUSD = int(num.value), domain.StageOrdered, 0, nil, 0
			for _, y := range sc.years {
				if y.tok0 > num.tok1 {
					w.Year = y.year
				}
			}
			for _, mo := range sc.money {
				if mo.start > num.end && f.Value != nil && f.Value.Amount == mo.amount {
					w.Value, w.ValueUSD = f.Value, f.ValueUSD
					d.facts[k].Value, d.facts[k].ValueUSD = nil, 0
				}
			}
			d.pending = append(d.pending, "whole-after-comma")
			d.add(i, sc, w, f.Rule, f.Confidence)
			break
		}
	}
}

// wholeAfter finds, within three words after token t and across a comma,
// an of-word ("de", "of", "out of"), articles or "un total de", a count
// larger than part, and within five words after it a verb of buying or
// ordering ("que compró", "it bought", "encargados").
func (sc *sentScan) wholeAfter(t, part int) (numSpan, bool) {
	k := t
	for ; k < len(sc.toks) && k <= t+3; k++ {
		if strings.Contains(sc.toks[k].gap, ",") {
			break
		}
	}
	if k >= len(sc.toks) || k > t+3 {
		return numSpan{}, false
	}
	of := false
	for steps := 0; k < len(sc.toks) && steps < 6; steps, k = steps+1, k+1 {
		w := sc.toks[k].norm
		if x := sc.numAt(k); x != nil && of && !sc.lw.isWord("whole-filler", w) {
			if int(x.value) <= part || x.value >= 10000 {
				return numSpan{}, false
			}
			for _, kind := range []string{"stage-ordered", "buy-verb"} {
				for _, p := range sc.cuePositions(kind) {
					if p >= x.tok1 && p-x.tok1 <= 5 {
						return *x, true
					}
				}
			}
			return numSpan{}, false
		}
		switch {
		case sc.lw.isWord("of-prep", w):
			of = true
		case w == "out" || sc.lw.isWord("whole-filler", w) && of:
		default:
			return numSpan{}, false
		}
	}
	return numSpan{}, false
}

// hasCount reports a transfer of f's system to f's buyer with count n.
func (d *docScan) hasCount(f domain.Fact, n int) bool {
	for _, g := range d.facts {
		if g.Type == domain.TypeTransfer && g.Quantity == n && g.Recipient != nil && g.Recipient.String() == f.Recipient.String() &&
			g.System != nil && g.System.ID == f.System.ID && g.System.Category == f.System.Category {
			return true
		}
	}
	return false
}
