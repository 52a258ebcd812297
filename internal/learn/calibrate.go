package learn

import (
	"math"
	"sort"
)

// Isotonic fits a non-decreasing map from raw probability to the share of
// right candidates (pool adjacent violators) and returns it as points to
// interpolate between: one point per pooled block, at the block's mean raw
// probability. ys are 1 (right) or 0 (wrong).
func Isotonic(ps []float64, ys []float64) [][2]float64 {
	if len(ps) == 0 {
		return nil
	}
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ps[idx[a]] < ps[idx[b]] })
	type block struct{ sumP, sumY, n float64 }
	var bs []block
	for _, i := range idx {
		bs = append(bs, block{ps[i], ys[i], 1})
		for len(bs) > 1 {
			a, b := bs[len(bs)-2], bs[len(bs)-1]
			if a.sumY/a.n < b.sumY/b.n {
				break
			}
			bs = bs[:len(bs)-2]
			bs = append(bs, block{a.sumP + b.sumP, a.sumY + b.sumY, a.n + b.n})
		}
	}
	out := make([][2]float64, len(bs))
	for k, b := range bs {
		// a little shrinkage towards the middle for small blocks: a block
		// of one right candidate is not certainty
		out[k] = [2]float64{round4(b.sumP / b.n), round4((b.sumY + 0.5) / (b.n + 1))}
	}
	return out
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
