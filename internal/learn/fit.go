package learn

import (
	"math"
	"sort"

	"github.com/armswatch/armswatch/internal/extract"
)

// Example is one annotated document's candidates with their labels.
type Example struct {
	Doc  string
	Lang string
	Held bool // reported as held-out news (a real-corpus document)
	// Unseen marks news no rule was written from: the calibration is
	// fitted on these documents' cross-validated predictions (when no
	// example has it, on the Held ones).
	Unseen bool
	Cands  []extract.Candidate
	Labels []int
	// Stages are the gold stage class of each transfer candidate that
	// states a gold fact ("" otherwise), for the stage model.
	Stages []string
	// Missed counts the required gold facts no candidate states: recall
	// the model cannot win back.
	Missed int
}

// FitOptions tune the logistic regression.
type FitOptions struct {
	L2     float64 // L2 penalty on the weights (not on the biases)
	Epochs int
	Rate   float64
}

func (o FitOptions) withDefaults() FitOptions {
	if o.L2 == 0 {
		o.L2 = 1
	}
	if o.Epochs == 0 {
		o.Epochs = 400
	}
	if o.Rate == 0 {
		o.Rate = 0.5
	}
	return o
}

// Fit fits the weights by full-batch gradient descent with AdaGrad steps on
// the L2-penalised log-loss: deterministic, no random order.
func Fit(exs []Example, opt FitOptions) map[string]float64 {
	opt = opt.withDefaults()
	index := map[string]int{}
	var names []string
	type row struct {
		x []int
		y float64
	}
	var rows []row
	for _, e := range exs {
		for i, c := range e.Cands {
			if e.Labels[i] < 0 {
				continue
			}
			r := row{y: float64(e.Labels[i])}
			for _, f := range c.Features {
				k, ok := index[f]
				if !ok {
					k = len(names)
					index[f] = k
					names = append(names, f)
				}
				r.x = append(r.x, k)
			}
			rows = append(rows, r)
		}
	}
	w := make([]float64, len(names))
	g2 := make([]float64, len(names))
	grad := make([]float64, len(names))
	isBias := make([]bool, len(names))
	for k, n := range names {
		isBias[k] = len(n) > 5 && n[len(n)-5:] == "|bias"
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		for k := range grad {
			grad[k] = 0
			if !isBias[k] {
				grad[k] = opt.L2 * w[k]
			}
		}
		for _, r := range rows {
			z := 0.0
			for _, k := range r.x {
				z += w[k]
			}
			p := 1 / (1 + math.Exp(-z))
			for _, k := range r.x {
				grad[k] += p - r.y
			}
		}
		for k := range w {
			g2[k] += grad[k] * grad[k]
			if g2[k] > 0 {
				w[k] -= opt.Rate * grad[k] / math.Sqrt(g2[k])
			}
		}
	}
	out := map[string]float64{}
	for k, n := range names {
		if math.Abs(w[k]) >= 1e-4 {
			out[n] = math.Round(w[k]*1e4) / 1e4
		}
	}
	return out
}

// Folds assigns documents to k folds: sorted by language and name, dealt
// round-robin, so every language spreads over the folds.
func Folds(exs []Example, k int) []int {
	held := make([]int, len(exs))
	for i := range exs {
		held[i] = i
	}
	sort.SliceStable(held, func(a, b int) bool {
		if exs[held[a]].Lang != exs[held[b]].Lang {
			return exs[held[a]].Lang < exs[held[b]].Lang
		}
		return exs[held[a]].Doc < exs[held[b]].Doc
	})
	fold := make([]int, len(exs))
	for i := range fold {
		fold[i] = -1
	}
	for n, i := range held {
		fold[i] = n % k
	}
	return fold
}

// Model fits a model (weights only; threshold and calibration are set by
// Train).
func Model(exs []Example, opt FitOptions) *extract.Model {
	return &extract.Model{Version: extract.FeatureVersion, Weights: Fit(exs, opt)}
}

// CV is a cross-validation by document: each document's candidates scored
// by the model fitted without its fold.
type CV struct {
	Fold   []int
	Models []*extract.Model // by fold
	Raw    [][]float64      // uncalibrated probabilities, Raw[i][j] for exs[i].Cands[j]
	Probs  [][]float64      // Raw calibrated out of fold (RepeatedCV)
}

// CrossValidate fits k models, each without one fold of documents.
func CrossValidate(exs []Example, k int, opt FitOptions) *CV {
	return crossValidate(exs, Folds(exs, k), k, opt)
}

func crossValidate(exs []Example, fold []int, k int, opt FitOptions) *CV {
	cv := &CV{Fold: fold, Raw: make([][]float64, len(exs))}
	for f := 0; f < k; f++ {
		var train []Example
		for i, e := range exs {
			if cv.Fold[i] != f {
				train = append(train, e)
			}
		}
		m := Model(train, opt)
		cv.Models = append(cv.Models, m)
		for i, e := range exs {
			if cv.Fold[i] != f {
				continue
			}
			cv.Raw[i] = make([]float64, len(e.Cands))
			for j, c := range e.Cands {
				cv.Raw[i][j] = m.Prob(c.Features)
			}
		}
	}
	return cv
}

// Counts are a confusion count over candidates at one threshold.
type Counts struct{ TP, FP, FN int }

// P is the precision of the counts.
func (c Counts) P() float64 {
	if c.TP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R is the recall of the counts.
func (c Counts) R() float64 {
	if c.TP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 of the counts.
func (c Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	p := float64(c.TP) / float64(c.TP+c.FP)
	r := float64(c.TP) / float64(c.TP+c.FN)
	return 2 * p * r / (p + r)
}

// CountAt counts, over the examples that have probabilities (and, with
// heldOnly, are real news), what keeping candidates at p >= thr gives
// against the gold.
func CountAt(exs []Example, probs [][]float64, thr float64, heldOnly bool) Counts {
	var c Counts
	for i, e := range exs {
		if probs[i] == nil || heldOnly && !e.Held {
			continue
		}
		c.FN += e.Missed
		for j, y := range e.Labels {
			keep := probs[i][j] >= thr
			switch {
			case y == 1 && keep:
				c.TP++
			case y == 1:
				c.FN++
			case y == 0 && keep:
				c.FP++
			}
		}
	}
	return c
}

// ThresholdTolerance is how much smoothed F1 a higher threshold may give
// up and still count as tied with the best. It is 0: the threshold is the
// smoothed F1's maximum over the pooled shuffles. Until December 7 it was
// 0.002, the highest (most precise) of the tied thresholds being taken;
// over a flat F1 curve that put the threshold wherever the calibration map
// happened to step, and a step of the map just above or below it kept or
// dropped some fifty candidates of the real corpus at once from one
// retraining to the next (they all had confidence 0.355). The map now
// rises between its blocks (Isotonic), and the maximum is taken as it is.
const ThresholdTolerance = 0.0

// BestThreshold is the highest threshold in [0.2, 0.8] whose F1 on the
// given probabilities, smoothed over its neighbours (0.05 either side), is
// within ThresholdTolerance of the best smoothed F1.
func BestThreshold(exs []Example, probs [][]float64) float64 {
	var ts, f1 []float64
	for t := 20; t <= 80; t += 5 {
		thr := float64(t) / 100
		ts = append(ts, thr)
		f1 = append(f1, CountAt(exs, probs, thr, false).F1())
	}
	smooth := make([]float64, len(ts))
	bestF := -1.0
	for k := range ts {
		sum, n := 0.0, 0
		for j := max(0, k-1); j <= min(len(ts)-1, k+1); j++ {
			sum += f1[j]
			n++
		}
		smooth[k] = sum / float64(n)
		bestF = math.Max(bestF, smooth[k])
	}
	best := 0.5
	for k := range ts {
		if smooth[k] >= bestF-ThresholdTolerance-1e-12 {
			best = ts[k]
		}
	}
	return best
}

// Bin is one row of a reliability table.
type Bin struct {
	Lo, Hi float64
	N      int
	Right  int // stated a gold fact (required or optional)
}

// Reliability tabulates, for the real-news candidates kept at thr, how
// often those in each probability band were right.
func Reliability(exs []Example, probs [][]float64, thr float64) []Bin {
	edges := []float64{thr, 0.6, 0.7, 0.8, 0.9, 1.0001}
	var bins []Bin
	for k := 0; k+1 < len(edges); k++ {
		if edges[k+1] <= thr {
			continue
		}
		lo := math.Max(edges[k], thr)
		bins = append(bins, Bin{Lo: lo, Hi: math.Min(edges[k+1], 1)})
	}
	for i, e := range exs {
		if probs[i] == nil || !e.Held {
			continue
		}
		for j, y := range e.Labels {
			if probs[i][j] < thr {
				continue
			}
			p := probs[i][j]
			for b := range bins {
				if p >= bins[b].Lo && (p < bins[b].Hi || bins[b].Hi == 1 && p <= 1) {
					bins[b].N++
					if y != 0 {
						bins[b].Right++
					}
					break
				}
			}
		}
	}
	return bins
}
