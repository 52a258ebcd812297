package extract

import (
	"strconv"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file folds a breakdown of a count back into it: "صفقة تشمل 16 طائرة
// إف 16 ... منها 12 مقاتلة F-16 C Block 70 و4 مقاتلات F-16 D Block 70",
// "24 Rafale, 18 single-seat and 6 two-seat": one sentence counting a
// named system, then its parts that add up to the count, tells one deal,
// not three. distinctEvent keeps two counts of one system in one sentence
// apart ("100 Harpoon coastal systems and 400 Harpoon missiles"); when the
// other counts sum to the largest, they are its parts.

// foldBreakdowns drops the candidates of the same named system, pair and
// sentence whose counts add up to the largest, keeping the largest (their
// sentences and doubts merged into its metadata; their own facts' fields
// are not copied).
func foldBreakdowns(cs []candidate) []candidate {
	type group struct{ idx []int }
	groups := map[string]*group{}
	var order []string
	for k, c := range cs {
		f := c.f
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.Quantity == 0 {
			continue
		}
		key := factKey(f) + "|" + f.Stage + "|" + strconv.Itoa(f.Evidence.Start)
		g := groups[key]
		if g == nil {
			g = &group{}
			groups[key] = g
			order = append(order, key)
		}
		g.idx = append(g.idx, k)
	}
	drop := map[int]bool{}
	for _, key := range order {
		g := groups[key]
		if len(g.idx) < 3 {
			continue
		}
		whole, sum := -1, 0
		for _, k := range g.idx {
			if whole < 0 || cs[k].f.Quantity > cs[whole].f.Quantity {
				whole = k
			}
			sum += cs[k].f.Quantity
		}
		// the parts are smaller than the whole, so they sum to it only
		// when none repeats it
		if w := cs[whole].f.Quantity; sum-w != w {
			continue
		}
		for _, k := range g.idx {
			if k != whole {
				cs[whole].m.merge(cs[k].m)
				drop[k] = true
			}
		}
	}
	if len(drop) == 0 {
		return cs
	}
	out := cs[:0]
	for k, c := range cs {
		if !drop[k] {
			out = append(out, c)
		}
	}
	return out
}
