package learn

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"sort"

	"github.com/armswatch/armswatch/internal/extract"
)

// FoldsSeed assigns documents to k folds like Folds, in a shuffled order:
// within each language the documents are ordered by a hash of the seed and
// their name, then dealt round-robin (the deal runs on across languages),
// so every language still spreads over the folds. Seed 0 is Folds.
// Deterministic: the same documents and seed give the same folds.
func FoldsSeed(exs []Example, k int, seed uint64) []int {
	if seed == 0 {
		return Folds(exs, k)
	}
	key := make([]uint64, len(exs))
	for i, e := range exs {
		h := fnv.New64a()
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], seed)
		h.Write(b[:])
		h.Write([]byte(e.Doc))
		key[i] = h.Sum64()
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := exs[order[a]], exs[order[b]]
		if ea.Lang != eb.Lang {
			return ea.Lang < eb.Lang
		}
		if key[order[a]] != key[order[b]] {
			return key[order[a]] < key[order[b]]
		}
		return ea.Doc < eb.Doc
	})
	fold := make([]int, len(exs))
	for n, i := range order {
		fold[i] = n % k
	}
	return fold
}

// RepeatedCV cross-validates repeats times by document, repeat r with the
// folds of FoldsSeed(…, r), and calibrates each repeat out of fold
// (CV.Probs). Repeat 0 is the single cross-validation of old.
func RepeatedCV(exs []Example, k, repeats int, opt FitOptions) []*CV {
	if repeats < 1 {
		repeats = 1
	}
	out := make([]*CV, repeats)
	for r := range out {
		cv := crossValidate(exs, FoldsSeed(exs, k, uint64(r)), k, opt)
		cv.calibrate(exs, k)
		out[r] = cv
	}
	return out
}

// calibrate fills Probs: each fold's raw probabilities through the
// isotonic map fitted on the other folds' real news, so that the
// calibrated probabilities too are out of sample.
func (cv *CV) calibrate(exs []Example, k int) {
	cv.Probs = make([][]float64, len(cv.Raw))
	for f := 0; f < k; f++ {
		cal := &extract.Model{Calibration: calibrationOf(exs, cv, func(i int) bool { return cv.Fold[i] != f })}
		for i := range cv.Raw {
			if cv.Fold[i] != f {
				continue
			}
			cv.Probs[i] = make([]float64, len(cv.Raw[i]))
			for j, p := range cv.Raw[i] {
				cv.Probs[i][j] = cal.Calibrate(p)
			}
		}
	}
}

// Pool stacks the repeats' calibrated probabilities: the examples repeated
// once per repeat, with each repeat's probabilities, to choose a threshold
// on all of them at once.
func Pool(exs []Example, reps []*CV) ([]Example, [][]float64) {
	var pe []Example
	var pp [][]float64
	for _, cv := range reps {
		pe = append(pe, exs...)
		pp = append(pp, cv.Probs...)
	}
	return pe, pp
}

// MeanProbs averages each candidate's calibrated out-of-fold probability
// over the repeats: still out of sample (every repeat held the document
// out), and steadier than one split's.
func MeanProbs(reps []*CV) [][]float64 {
	out := make([][]float64, len(reps[0].Probs))
	for i := range out {
		out[i] = make([]float64, len(reps[0].Probs[i]))
		for _, cv := range reps {
			for j, p := range cv.Probs[i] {
				out[i][j] += p / float64(len(reps))
			}
		}
	}
	return out
}

// Stat is a mean and its spread (sample standard deviation) over repeats.
type Stat struct{ Mean, SD float64 }

func statOf(v []float64) Stat {
	if len(v) == 0 {
		return Stat{}
	}
	s := 0.0
	for _, x := range v {
		s += x
	}
	m := s / float64(len(v))
	if len(v) == 1 {
		return Stat{Mean: m}
	}
	ss := 0.0
	for _, x := range v {
		ss += (x - m) * (x - m)
	}
	return Stat{Mean: m, SD: math.Sqrt(ss / float64(len(v)-1))}
}

// SetScore is one set of documents' score over the repeats: precision,
// recall and F1 of its candidates at the threshold (required gold facts no
// candidate states count as missed), as mean ± spread over the repeats.
type SetScore struct {
	Set, Lang string
	Docs      int
	P, R, F1  Stat
	// MaxR is the recall were every candidate kept: the required gold
	// facts no candidate states are the rules' to find, not the model's.
	MaxR float64
}

// Summarize scores, for each set of documents (by name) and each language
// in it (and "all"), every repeat's calibrated probabilities at thr.
func Summarize(exs []Example, reps []*CV, thr float64, sets []NamedSet) []SetScore {
	var out []SetScore
	for _, set := range sets {
		langs := []string{"all"}
		seen := map[string]bool{}
		for _, e := range exs {
			if set.In(e.Doc) && !seen[e.Lang] {
				seen[e.Lang] = true
				langs = append(langs, e.Lang)
			}
		}
		sort.Strings(langs[1:])
		for _, l := range langs {
			in := func(e Example) bool { return set.In(e.Doc) && (l == "all" || e.Lang == l) }
			var p, r, f []float64
			docs := 0
			for _, e := range exs {
				if in(e) {
					docs++
				}
			}
			for _, cv := range reps {
				probs := make([][]float64, len(exs))
				for i, e := range exs {
					if in(e) {
						probs[i] = cv.Probs[i]
					}
				}
				c := CountAt(exs, probs, thr, false)
				p = append(p, c.P())
				r = append(r, c.R())
				f = append(f, c.F1())
			}
			all := make([][]float64, len(exs))
			for i, e := range exs {
				if in(e) {
					all[i] = make([]float64, len(e.Labels))
				}
			}
			maxR := CountAt(exs, all, 0, false).R()
			out = append(out, SetScore{Set: set.Name, Lang: l, Docs: docs, P: statOf(p), R: statOf(r), F1: statOf(f), MaxR: maxR})
		}
	}
	return out
}

// NamedSet is a set of documents, by name.
type NamedSet struct {
	Name string
	In   func(doc string) bool
}

// L2Score is one L2 penalty's repeated cross-validated score on real news.
type L2Score struct {
	L2        float64
	Threshold float64 // chosen on the pooled repeats
	F1        Stat    // over the repeats, real news at Threshold
}

// ChooseL2 cross-validates each penalty of grid repeats times (the same
// folds for all) and returns the one whose mean F1 on real news (the held
// documents) at its own pooled threshold is best; a penalty within tol of
// the best that is stronger wins (the simpler model), so that a retrain
// does not flip between two nearly tied penalties.
func ChooseL2(exs []Example, k, repeats int, grid []float64, base FitOptions, tol float64) (float64, []L2Score) {
	held := []NamedSet{{Name: "held", In: func(string) bool { return true }}}
	var heldExs []Example
	for _, e := range exs {
		if e.Held {
			heldExs = append(heldExs, e)
		}
	}
	var scores []L2Score
	for _, l2 := range grid {
		opt := base
		opt.L2 = l2
		reps := RepeatedCV(exs, k, repeats, opt)
		pe, pp := Pool(exs, reps)
		thr := BestThreshold(pe, pp)
		// score the held documents only
		sub := make([]*CV, len(reps))
		for r, cv := range reps {
			sub[r] = &CV{}
			for i, e := range exs {
				if e.Held {
					sub[r].Probs = append(sub[r].Probs, cv.Probs[i])
				}
			}
		}
		s := Summarize(heldExs, sub, thr, held)
		scores = append(scores, L2Score{L2: l2, Threshold: thr, F1: s[0].F1})
	}
	best := 0
	for i, s := range scores {
		if s.F1.Mean > scores[best].F1.Mean {
			best = i
		}
	}
	choice := scores[best].L2
	for _, s := range scores {
		if s.L2 > choice && s.F1.Mean >= scores[best].F1.Mean-tol {
			choice = s.L2
		}
	}
	return choice, scores
}
