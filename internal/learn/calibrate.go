package learn

import (
	"math"
	"sort"
)

// Isotonic fits a non-decreasing map from raw probability to the share of
// right candidates (pool adjacent violators) and returns it as points to
// interpolate between: one point per pooled block, at the block's mean raw
// probability, with the block's share right read conservatively (below).
// ys are 1 (right) or 0 (wrong).
func Isotonic(ps []float64, ys []float64) [][2]float64 {
	return isotonic(ps, ys, 1)
}

// isotonic is Isotonic with every candidate counted w times: 1/r for the
// candidates of r repeated cross-validations, each seen r times, so that
// the conservative reading does not take repeats for new evidence.
func isotonic(ps []float64, ys []float64, w float64) [][2]float64 {
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
		bs = append(bs, block{ps[i] * w, ys[i] * w, w})
		for len(bs) > 1 {
			a, b := bs[len(bs)-2], bs[len(bs)-1]
			if a.sumY/a.n < b.sumY/b.n {
				break
			}
			bs = bs[:len(bs)-2]
			bs = append(bs, block{a.sumP + b.sumP, a.sumY + b.sumY, a.n + b.n})
		}
	}
	// the share right is read conservatively, as the lower end of its
	// one-standard-error (Wilson) interval: a small block of right
	// candidates is not certainty, and a confidence of 0.8 should mean
	// "at least about 80 % of such facts were right"
	type point struct{ p, y, n float64 }
	var pts []point
	for _, b := range bs {
		pts = append(pts, point{b.sumP / b.n, wilsonLower(b.sumY, b.n, 1), b.n})
		// the lower bound of a small block can dip below the one before
		// it: pool the two (weighted), as the blocks were pooled, so that
		// the map rises between the pooled blocks' centres instead of
		// staying flat over them; a flat stretch would put a threshold on
		// one side or the other of many candidates at once, from one
		// retraining to the next
		for len(pts) > 1 {
			a, c := pts[len(pts)-2], pts[len(pts)-1]
			if a.y < c.y {
				break
			}
			n := a.n + c.n
			pts = append(pts[:len(pts)-2], point{(a.p*a.n + c.p*c.n) / n, (a.y*a.n + c.y*c.n) / n, n})
		}
	}
	out := make([][2]float64, len(pts))
	for k, q := range pts {
		out[k] = [2]float64{round4(q.p), round4(q.y)}
	}
	return out
}

// wilsonLower is the lower end of the Wilson score interval for right
// successes in n trials, z standard errors wide.
func wilsonLower(right, n, z float64) float64 {
	if n == 0 {
		return 0
	}
	p := right / n
	z2 := z * z
	return (p + z2/(2*n) - z*math.Sqrt(p*(1-p)/n+z2/(4*n*n))) / (1 + z2/n)
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
