package learn

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/extract"
)

// docs makes n documents over the languages, each with a right candidate
// marked good, a wrong one marked bad and one in between.
func docs(n int, langs ...string) []Example {
	var exs []Example
	for i := 0; i < n; i++ {
		exs = append(exs, Example{Doc: fmt.Sprintf("doc-%02d", i), Lang: langs[i%len(langs)], Held: true,
			Cands:  []extract.Candidate{cand("t|bias", "t|good"), cand("t|bias", "t|bad"), cand("t|bias")},
			Labels: []int{1, 0, i % 2}})
	}
	return exs
}

// TestFoldsSeed: seed 0 is Folds; every seed holds each document out once,
// spreads each language evenly over the folds, and gives the same folds
// when asked twice; two seeds shuffle differently.
func TestFoldsSeed(t *testing.T) {
	exs := docs(37, "en", "fr", "ar")
	if !reflect.DeepEqual(FoldsSeed(exs, 5, 0), Folds(exs, 5)) {
		t.Error("seed 0 differs from Folds")
	}
	tests := []struct {
		seed uint64
		k    int
	}{{1, 5}, {2, 5}, {3, 3}, {4, 10}}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("seed %d, %d folds", tc.seed, tc.k), func(t *testing.T) {
			fold := FoldsSeed(exs, tc.k, tc.seed)
			if !reflect.DeepEqual(fold, FoldsSeed(exs, tc.k, tc.seed)) {
				t.Fatal("not deterministic")
			}
			per := map[string][]int{}
			for i, f := range fold {
				if f < 0 || f >= tc.k {
					t.Fatalf("document %d in fold %d", i, f)
				}
				if per[exs[i].Lang] == nil {
					per[exs[i].Lang] = make([]int, tc.k)
				}
				per[exs[i].Lang][f]++
			}
			for l, n := range per {
				lo, hi := n[0], n[0]
				for _, c := range n {
					lo, hi = min(lo, c), max(hi, c)
				}
				if hi-lo > 1 {
					t.Errorf("%s spread unevenly over the folds: %v", l, n)
				}
			}
		})
	}
	if reflect.DeepEqual(FoldsSeed(exs, 5, 1), FoldsSeed(exs, 5, 2)) {
		t.Error("seeds 1 and 2 give the same folds")
	}
}

// TestRepeatedCVDeterministic: repeating the cross-validation gives the
// same probabilities every time; repeat 0 is the single cross-validation;
// every candidate gets a calibrated probability in every repeat.
func TestRepeatedCVDeterministic(t *testing.T) {
	exs := docs(30, "en", "fr")
	a := RepeatedCV(exs, 5, 3, FitOptions{})
	b := RepeatedCV(exs, 5, 3, FitOptions{})
	if len(a) != 3 {
		t.Fatalf("%d repeats, want 3", len(a))
	}
	for r := range a {
		if !reflect.DeepEqual(a[r].Raw, b[r].Raw) || !reflect.DeepEqual(a[r].Probs, b[r].Probs) {
			t.Errorf("repeat %d differs between two runs", r)
		}
		for i, p := range a[r].Probs {
			if len(p) != len(exs[i].Cands) {
				t.Fatalf("repeat %d, document %d: %d probabilities for %d candidates", r, i, len(p), len(exs[i].Cands))
			}
		}
	}
	if one := CrossValidate(exs, 5, FitOptions{}); !reflect.DeepEqual(one.Raw, a[0].Raw) {
		t.Error("repeat 0 differs from CrossValidate")
	}
	if reflect.DeepEqual(a[0].Fold, a[1].Fold) {
		t.Error("repeats 0 and 1 use the same folds")
	}
	if l2, scores := ChooseL2(exs, 5, 2, []float64{1, 4}, FitOptions{}, 0.002); len(scores) != 2 || (l2 != 1 && l2 != 4) {
		t.Errorf("ChooseL2 = %g, %v", l2, scores)
	}
}

// TestSummarize: each repeat is scored apart and summed up as mean and
// sample standard deviation, per set and language.
func TestSummarize(t *testing.T) {
	exs := []Example{
		{Doc: "a-rd-1", Lang: "en", Labels: []int{1, 0}},
		{Doc: "b-rd-2", Lang: "fr", Labels: []int{1}, Missed: 1},
		{Doc: "real-c", Lang: "en", Labels: []int{1}},
	}
	reps := []*CV{
		{Probs: [][]float64{{0.9, 0.9}, {0.9}, {0.9}}}, // rd: tp 2 fp 1 fn 1
		{Probs: [][]float64{{0.9, 0.1}, {0.1}, {0.9}}}, // rd: tp 1 fp 0 fn 2
	}
	got := Summarize(exs, reps, 0.5, []NamedSet{{Name: "rd", In: func(d string) bool { return d[1:5] == "-rd-" }}})
	want := []struct {
		lang  string
		docs  int
		p, r  Stat
		f1Avg float64
		maxR  float64
	}{
		{"all", 2, Stat{(2.0/3 + 1) / 2, math.Sqrt(2) * (1 - 2.0/3) / 2}, Stat{(2.0/3 + 1.0/3) / 2, math.Sqrt(2) * (1.0 / 3) / 2}, (2.0/3 + 0.5) / 2, 2.0 / 3},
		{"en", 1, Stat{(0.5 + 1) / 2, math.Sqrt(2) * 0.5 / 2}, Stat{1, 0}, (2.0/3 + 1) / 2, 1},
		{"fr", 1, Stat{(1 + 0) / 2.0, math.Sqrt(2) / 2}, Stat{0.25, math.Sqrt(2) * 0.5 / 2}, (2.0/3 + 0) / 2, 0.5},
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got), len(want), got)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for i, w := range want {
		g := got[i]
		if g.Lang != w.lang || g.Docs != w.docs || !near(g.P.Mean, w.p.Mean) || !near(g.P.SD, w.p.SD) ||
			!near(g.R.Mean, w.r.Mean) || !near(g.R.SD, w.r.SD) || !near(g.F1.Mean, w.f1Avg) || !near(g.MaxR, w.maxR) {
			t.Errorf("row %d = %+v, want %+v", i, g, w)
		}
	}
}

// TestPoolAndMean: pooling stacks the repeats; the mean averages them.
func TestPoolAndMean(t *testing.T) {
	exs := []Example{{Doc: "a", Labels: []int{1, 0}}}
	reps := []*CV{{Probs: [][]float64{{0.2, 0.4}}}, {Probs: [][]float64{{0.6, 0.8}}}}
	pe, pp := Pool(exs, reps)
	if len(pe) != 2 || !reflect.DeepEqual(pp, [][]float64{{0.2, 0.4}, {0.6, 0.8}}) {
		t.Errorf("Pool = %v, %v", pe, pp)
	}
	if m := MeanProbs(reps); math.Abs(m[0][0]-0.4) > 1e-12 || math.Abs(m[0][1]-0.6) > 1e-12 {
		t.Errorf("MeanProbs = %v", m)
	}
}

// TestIsotonicWeighted: counting r copies of each candidate 1/r times is
// the same calibration as counting each once.
func TestIsotonicWeighted(t *testing.T) {
	ps := []float64{0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 0.9}
	ys := []float64{0, 0, 1, 0, 1, 1, 1}
	var ps3, ys3 []float64
	for r := 0; r < 3; r++ {
		ps3, ys3 = append(ps3, ps...), append(ys3, ys...)
	}
	a, b := Isotonic(ps, ys), isotonic(ps3, ys3, 1.0/3)
	if len(a) != len(b) {
		t.Fatalf("%v vs %v", a, b)
	}
	for i := range a {
		if math.Abs(a[i][0]-b[i][0]) > 1e-3 || math.Abs(a[i][1]-b[i][1]) > 1e-3 {
			t.Errorf("point %d: %v vs %v", i, a[i], b[i])
		}
	}
}

func TestStat(t *testing.T) {
	tests := []struct {
		in   []float64
		want Stat
	}{
		{nil, Stat{}},
		{[]float64{0.5}, Stat{0.5, 0}},
		{[]float64{1, 3}, Stat{2, math.Sqrt2}},
		{[]float64{2, 2, 2}, Stat{2, 0}},
	}
	for _, tc := range tests {
		if got := statOf(tc.in); math.Abs(got.Mean-tc.want.Mean) > 1e-12 || math.Abs(got.SD-tc.want.SD) > 1e-12 {
			t.Errorf("statOf(%v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}
